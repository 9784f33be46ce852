"""Server mode: the same engine against a real `chroma run` on 127.0.0.1."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import WordLengthEmbedder

from erasbot.errors import ErasbotError
from erasbot.guidance.engine import Engine
from erasbot.settings import REPO_ROOT, load_settings

QUESTION = "Hur många organisationer krävs i en kunskapsallians?"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ChromaServer:
    """A `chroma run` on 127.0.0.1 that a test can stop and start again (same port, same data)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        chroma = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
        self.process = subprocess.Popen(
            [chroma, "run", "--host", "127.0.0.1", "--port", str(self.port), "--path", str(self.path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.time() + 30
        while time.time() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.2)
        self.stop()
        raise RuntimeError("chroma run did not start within 30 s")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


@pytest.fixture
def server(tmp_path: Path):
    running = ChromaServer(tmp_path / "server-data")
    running.start()
    yield running
    running.stop()


@pytest.fixture
def chroma_server(server: ChromaServer) -> str:
    return server.url


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


def _fast_settings(url: str, data_dir: Path):
    return replace(
        load_settings(), chroma_url=url, data_dir=data_dir, ingest_workers=1, snapshot_check_seconds=0.0
    )


def test_a_stopped_server_is_a_readable_error_per_question_and_answers_resume_when_it_is_back(server, tmp_path):
    engine = Engine(_fast_settings(server.url, tmp_path / "a"), embedder=WordLengthEmbedder())
    engine.ensure_index()
    assert engine.search(QUESTION)
    server.stop()
    for _ in range(2):  # every request says so; nothing crashes
        with pytest.raises(ErasbotError, match=f"Chroma server at {server.url}"):
            engine.ask(QUESTION)
    with pytest.raises(ErasbotError, match="Chroma server"):
        engine.status()
    server.start()
    assert engine.search(QUESTION)
    assert engine.status().chunks > 0


def test_an_ingest_cut_off_by_the_server_resumes_where_it_stopped(server, tmp_path):
    settings = _fast_settings(server.url, tmp_path / "a")
    engine = Engine(settings, embedder=WordLengthEmbedder())

    def stop_server_midway(done: int, total: int) -> None:
        if done >= 128 and server.process is not None:
            server.stop()

    with pytest.raises(ErasbotError, match="Start it again"):
        engine.ingest(stop_server_midway)
    server.start()
    embedder = WordLengthEmbedder()
    report = Engine(settings, embedder=embedder).ingest()
    assert report.unchanged >= 128 and report.embedded == report.total - report.unchanged


_READER = """
import json, sys
from erasbot.guidance.engine import Engine
from erasbot.settings import load_settings
engine = Engine(load_settings())
engine.ensure_index()
for line in sys.stdin:
    request = json.loads(line)
    try:
        answer = engine.ask(request["question"], doc_ids=set(request["docs"]))
        print(json.dumps({"cited": sorted({c.doc_id for c in answer.citations}), "text": answer.text}), flush=True)
    except Exception as exc:
        print(json.dumps({"error": str(exc)}), flush=True)
"""

ADDED = """Kunskapsallianser i Lappland

Hur går det till?

En kunskapsallians i Lappland ska bestå av minst sju oberoende organisationer från minst tre programländer.
"""


def test_two_processes_share_one_server_and_both_answer_from_a_document_one_of_them_added(server, tmp_path):
    environment = {
        **os.environ,
        "ERASBOT_CHROMA_URL": server.url,
        "ERASBOT_SNAPSHOT_CHECK_SECONDS": "0",
        "ANONYMIZED_TELEMETRY": "False",
        "PYTHONPATH": str(REPO_ROOT / "src"),
    }
    writer_env = {**environment, "ERASBOT_DATA_DIR": str(tmp_path / "writer")}
    reader_env = {**environment, "ERASBOT_DATA_DIR": str(tmp_path / "reader")}
    cli = [sys.executable, "-m", "erasbot.cli"]
    subprocess.run([*cli, "ingest"], env=writer_env, check=True, capture_output=True)
    reader = subprocess.Popen(
        [sys.executable, "-c", _READER], env=reader_env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:

        def ask_reader() -> dict:
            request = {"question": "Vad gäller för kunskapsallianser i Lappland?", "docs": ["lappland"]}
            reader.stdin.write(json.dumps(request) + "\n")
            reader.stdin.flush()
            return json.loads(reader.stdout.readline())

        assert "unknown document id" in ask_reader()["error"]
        document = tmp_path / "lappland.txt"
        document.write_text(ADDED, encoding="utf-8")
        added = subprocess.run(
            [*cli, "ingest", "--action", "knowledge-alliance", str(document)], env=writer_env, capture_output=True, text=True
        )
        assert added.returncode == 0, added.stderr
        answer = ask_reader()
        assert answer.get("cited") == ["lappland"], answer  # the running reader, without a restart
        writer_answer = subprocess.run(
            [*cli, "ask", "--json", "--doc", "lappland", "Vad gäller för kunskapsallianser i Lappland?"],
            env=writer_env,
            capture_output=True,
            text=True,
        )
        assert "lappland" in {c["doc_id"] for c in json.loads(writer_answer.stdout)["citations"]}
    finally:
        reader.stdin.close()
        reader.wait(timeout=30)
