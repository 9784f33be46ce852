"""The corpus snapshot: saved with the index, loaded (not rebuilt) by the next process, swapped whole
after a re-index, followed by other processes, and never seen half-built by a question."""

from __future__ import annotations

import json
import random
import threading
from dataclasses import replace

import pytest
from conftest import WordLengthEmbedder

import erasbot.guidance.engine as engine_module
from erasbot.errors import ErasbotError
from erasbot.guidance.documents import Library
from erasbot.guidance.engine import Engine
from erasbot.guidance.progress import PlainProgress, progress_line
from erasbot.settings import load_settings

QUESTION = "Hur många organisationer krävs i en kunskapsallians?"


def _settings(**changes):
    return replace(load_settings(), ingest_workers=1, snapshot_check_seconds=0.0, **changes)


def _write_user_documents(settings, documents: dict[str, str]) -> None:
    """Put user documents and their manifest in place (as adding them in the app does)."""
    folder = settings.user_documents_dir
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for doc_id, text in documents.items():
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        entries.append(
            {
                "id": doc_id,
                "title": doc_id,
                "language": "sv",
                "publisher": "user document",
                "actions": ["knowledge-alliance"],
                "action_title": "",
                "period": "",
                "file": f"{doc_id}.txt",
            }
        )
    (folder / "manifest.json").write_text(json.dumps({"documents": entries}), encoding="utf-8")


def test_a_new_process_loads_the_saved_snapshot_without_reading_the_documents(monkeypatch):
    settings = _settings()
    first = Engine(settings, embedder=WordLengthEmbedder())
    first.ingest()

    def no_reading(library, path):
        raise AssertionError(f"{path} was read and chunked again")

    monkeypatch.setattr(Library, "read_text", no_reading)
    second = Engine(settings, embedder=WordLengthEmbedder())
    report = second.ensure_index()
    assert report is not None and report.embedded == 0
    assert second.snapshot.version == first.snapshot.version
    assert [h.chunk.chunk_id for h in second.search(QUESTION)] == [h.chunk.chunk_id for h in first.search(QUESTION)]


def test_a_changed_document_is_a_new_snapshot_and_ensure_index_embeds_only_it():
    settings = _settings()
    engine = Engine(settings, embedder=WordLengthEmbedder())
    engine.ingest()
    before = engine.snapshot.version
    _write_user_documents(settings, {"lokal-guide": "Lokala regler\n\nKunskapsallianser i Lappland har sju partner."})
    fresh = Engine(settings, embedder=WordLengthEmbedder())
    report = fresh.ensure_index()
    assert fresh.snapshot.version != before
    assert "lokal-guide" in fresh.snapshot.documents
    assert report is not None and 0 < report.embedded <= 3


def test_another_engine_picks_up_a_reindex_without_a_restart():
    settings = _settings()
    reader = Engine(settings, embedder=WordLengthEmbedder())
    reader.ensure_index()
    with pytest.raises(ErasbotError, match="unknown document id"):
        reader.search("Lappland", doc_ids={"lokal-guide"})
    writer = Engine(settings, embedder=WordLengthEmbedder())
    _write_user_documents(settings, {"lokal-guide": "Lokala regler\n\nKunskapsallianser i Lappland har sju partner."})
    writer.ingest()
    hits = reader.search("Lappland", doc_ids={"lokal-guide"})
    assert hits and hits[0].chunk.doc_id == "lokal-guide"


def test_no_question_fails_while_another_thread_reindexes_changing_documents():
    settings = _settings()
    engine = Engine(settings, embedder=WordLengthEmbedder())
    engine.ingest()
    questions = [
        QUESTION,
        "Hur länge får ett strategiskt partnerskap inom vuxenutbildning pågå?",
        "Hoeveel partners heeft een alliantie voor innovatie nodig?",
        "Vilka branscher kan en branschspecifik kunskapsallians gälla?",
        "Hur mycket bidrag kan en kunskapsallians få?",
    ]
    failures: list[str] = []
    asked = 0
    stop = threading.Event()
    lock = threading.Lock()

    def ask_many(seed: int) -> None:
        nonlocal asked
        rng = random.Random(seed)
        while not stop.is_set():
            try:
                engine.ask(rng.choice(questions))
            except Exception as exc:  # every failure counts, whatever its type
                failures.append(f"{type(exc).__name__}: {exc}")
            with lock:
                asked += 1
                if asked >= 1000:
                    stop.set()

    readers = [threading.Thread(target=ask_many, args=(seed,)) for seed in range(3)]
    for thread in readers:
        thread.start()
    reindexes = 0
    while not stop.is_set():
        n = reindexes % 4
        documents = {
            f"lokal-{i}": f"Lokal guide {i}\n\n" + "Kunskapsallianser har partner. " * (i + 1) for i in range(n)
        }
        _write_user_documents(settings, documents)
        engine.ingest()
        reindexes += 1
    for thread in readers:
        thread.join()
    assert reindexes >= 3, "the test must re-index while questions are asked"
    assert asked >= 1000 and failures == []


def test_an_interrupted_ingest_resumes_where_it_stopped():
    settings = _settings()
    engine = Engine(settings, embedder=WordLengthEmbedder())

    class Killed(Exception):
        pass

    def kill_after_two_batches(done: int, total: int) -> None:
        if done >= 128:
            raise Killed

    with pytest.raises(Killed):
        engine.ingest(kill_after_two_batches)
    embedder = WordLengthEmbedder()
    resumed = Engine(settings, embedder=embedder).ensure_index()
    assert resumed is not None
    assert resumed.unchanged >= 128 and resumed.embedded == resumed.total - resumed.unchanged
    assert embedder.embedded < resumed.total


def test_a_resumed_ingest_says_so_before_embedding():
    settings = _settings()
    engine = Engine(settings, embedder=WordLengthEmbedder())
    with pytest.raises(RuntimeError):
        engine.ingest(lambda done, total: (_ for _ in ()).throw(RuntimeError("killed")) if done >= 64 else None)
    messages: list[str] = []
    Engine(settings, embedder=WordLengthEmbedder(), notify=messages.append).ensure_index()
    assert any("does not match the documents" in m for m in messages)


def test_progress_lines_give_counts_rate_and_an_estimate():
    lines: list[str] = []
    clock = iter([0.0, 10.0, 12.0, 20.0])
    progress = PlainProgress(lines.append, every=5.0, clock=lambda: next(clock))
    progress(100, 1100)  # resumed: 100 were in place
    progress(300, 1100)  # 200 in 10 s
    progress(350, 1100)  # within 5 s of the last line: quiet
    progress(1100, 1100)
    assert lines[1] == "Indexing: 300 of 1,100 passages and sentences (27%), 20.0/s, about 40 s left"
    assert len(lines) == 3 and lines[-1].endswith("done")
    assert progress_line("Indexing", 0, 10, None, None).endswith("estimating time left")


def test_a_corrupt_saved_snapshot_is_rebuilt_not_trusted():
    settings = _settings()
    engine = Engine(settings, embedder=WordLengthEmbedder())
    engine.ingest()
    saved = settings.data_dir / "snapshots" / engine.snapshot.version / "snapshot.json"
    saved.write_text("{not json", encoding="utf-8")
    again = Engine(settings, embedder=WordLengthEmbedder())
    assert len(again.snapshot.chunks) == len(engine.snapshot.chunks)
    assert again.search(QUESTION)


def test_snapshot_files_hold_no_pickle():
    settings = _settings()
    Engine(settings, embedder=WordLengthEmbedder()).ingest()
    files = [p for p in (settings.data_dir / "snapshots").rglob("*") if p.is_file()]
    assert files
    assert {p.suffix for p in files} <= {".json", ".npy", ".indexed", ""}
    for path in files:
        if path.suffix == ".npy":
            import numpy as np

            np.load(path, allow_pickle=False)  # raises if it needed pickle


def test_the_first_ask_after_a_killed_ingest_says_so_and_prints_progress_lines_when_piped(monkeypatch):
    from typer.testing import CliRunner

    from erasbot.cli.app import app

    with pytest.raises(RuntimeError):
        Engine(_settings(), embedder=WordLengthEmbedder()).ingest(
            lambda done, total: (_ for _ in ()).throw(RuntimeError("killed")) if done >= 64 else None
        )
    monkeypatch.setattr(engine_module, "make_embedder", lambda spec: WordLengthEmbedder())
    result = CliRunner().invoke(app, ["ask", QUESTION])
    assert result.exit_code == 0, result.output
    assert "does not match the documents" in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("Indexing: ")]
    assert lines and lines[-1].endswith("done") and "passages and sentences" in lines[-1]


def test_a_concept_added_to_the_glossary_is_looked_for_again_in_texts_already_indexed(tmp_path, monkeypatch):
    from erasbot.guidance.glossary import GLOSSARY_FILE, load_glossary

    settings = _settings()
    Engine(settings, embedder=WordLengthEmbedder()).ingest()
    data = json.loads(GLOSSARY_FILE.read_text(encoding="utf-8"))
    data["concepts"].append({"id": "added-concept", "kind": "other", "terms": {"sv": ["kunskapsallians"]}})
    path = tmp_path / "glossary.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(engine_module, "GLOSSARY_FILE", path)  # the glossary is part of the snapshot's version
    monkeypatch.setattr(engine_module, "load_glossary", lambda: load_glossary(path))
    engine = Engine(settings, embedder=WordLengthEmbedder())
    engine.ensure_index()
    assert any("added-concept" in found for found in engine.snapshot.concepts)


def test_a_term_added_to_an_existing_concept_is_looked_for_again_in_texts_already_indexed(tmp_path, monkeypatch):
    from erasbot.guidance.glossary import GLOSSARY_FILE, load_glossary

    settings = _settings()
    before = Engine(settings, embedder=WordLengthEmbedder())
    before.ingest()
    mentions = [i for i, c in enumerate(before.snapshot.chunks) if "nätverk" in c.text.lower()]
    assert mentions and not any("salary-costs" in before.snapshot.concepts[i] for i in mentions)
    data = json.loads(GLOSSARY_FILE.read_text(encoding="utf-8"))
    concept = next(c for c in data["concepts"] if c["id"] == "salary-costs")
    concept["terms"].setdefault("sv", []).append("nätverk")
    path = tmp_path / "glossary.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(engine_module, "GLOSSARY_FILE", path)
    monkeypatch.setattr(engine_module, "load_glossary", lambda: load_glossary(path))
    engine = Engine(settings, embedder=WordLengthEmbedder())
    engine.ensure_index()
    assert all(
        "salary-costs" in engine.snapshot.concepts[engine.snapshot.by_id[before.snapshot.chunks[i].chunk_id]]
        for i in mentions
    )


def test_a_new_reader_reads_an_added_page_again_though_its_file_is_unchanged(monkeypatch):
    settings = _settings()
    page = settings.data_dir / "page.html"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(
        "<html><body><main><h1>Lokala regler</h1><p>Kunskapsallianser i Lappland har sju partner.</p></main></body></html>",
        encoding="utf-8",
    )
    Library(settings).add_user_document(page, "sv", (), "2021-2027")
    first = Engine(settings, embedder=WordLengthEmbedder())
    first.ingest()
    before = first.snapshot
    assert any("sju partner" in c.text for c in before.chunks)

    # the next release reads pages otherwise: the same file gives other passages, and a plain ingest uses them
    from erasbot.guidance import parsed_store, reading

    real = reading.read_html
    monkeypatch.setattr(reading, "read_html", lambda raw: real(raw.replace("sju", "åtta")))
    for module in (reading, parsed_store):
        monkeypatch.setattr(module, "READER_VERSION", reading.READER_VERSION + 1)
    second = Engine(settings, embedder=WordLengthEmbedder())
    second.ingest()
    assert second.snapshot.version != before.version
    assert any("åtta partner" in c.text for c in second.snapshot.chunks)
    assert not any("sju partner" in c.text for c in second.snapshot.chunks)
