"""Server mode: the same engine against a real `chroma run` on 127.0.0.1."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from erasbot.errors import ErasbotError
from erasbot.guidance.engine import Engine
from erasbot.settings import load_settings


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path: Path):
    chroma = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
    port = _free_port()
    process = subprocess.Popen(
        [chroma, "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(tmp_path / "server-data")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 30
    while time.time() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.2)
    else:
        process.kill()
        raise RuntimeError("chroma run did not start within 30 s")
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


def test_engine_indexes_and_answers_through_a_chroma_server(chroma_server, monkeypatch):
    monkeypatch.setenv("ERASBOT_CHROMA_URL", chroma_server)
    settings = load_settings()
    engine = Engine(settings)
    report = engine.ensure_index()
    assert report and report.embedded > 0
    assert not settings.index_dir.exists()  # nothing went to the local store
    answer = engine.ask("Hur många organisationer behövs i ett strategiskt partnerskap inom vuxenutbildning?")
    assert "minst 3" in answer.text
    again = Engine(settings).ensure_index()
    assert again and again.embedded == 0


def test_an_unreachable_server_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("ERASBOT_CHROMA_URL", f"http://127.0.0.1:{_free_port()}")
    with pytest.raises(ErasbotError, match="cannot reach the Chroma server"):
        Engine(load_settings()).ensure_index()
