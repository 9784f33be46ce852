"""Stored vectors read from a memory-mapped table per snapshot: a warm question asks Chroma only for
its nearest neighbours, the table holds exactly what Chroma stores, and a re-index elsewhere is
answered from the new version's own table."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace

import numpy as np
import pytest
from conftest import WordLengthEmbedder

from erasbot.guidance.corpus import chunk_sentences
from erasbot.guidance.documents import Library
from erasbot.guidance.engine import Engine
from erasbot.guidance.index import Index
from erasbot.guidance.vector_table import VectorTable
from erasbot.settings import load_settings

QUESTION = "Hur många organisationer krävs i en kunskapsallians?"


def _settings():
    return replace(load_settings(), ingest_workers=1, snapshot_check_seconds=0.0)


def _tables_dir(engine: Engine):
    return engine.store.root / engine.snapshot.version / "vectors"


def _no_chroma_reads(monkeypatch) -> list[str]:
    calls: list[str] = []
    original_vectors, original_count = Index.vectors, Index.count
    monkeypatch.setattr(Index, "vectors", lambda self, ids=None: calls.append("vectors") or original_vectors(self, ids))
    monkeypatch.setattr(Index, "count", lambda self: calls.append("count") or original_count(self))
    return calls


def test_a_warm_question_reads_no_stored_vectors_from_chroma_and_counts_nothing(monkeypatch):
    engine = Engine(_settings(), embedder=WordLengthEmbedder())
    engine.ingest()
    first = engine.ask(QUESTION)
    calls = _no_chroma_reads(monkeypatch)
    again = engine.ask(QUESTION)
    engine.search("Hoeveel partners heeft een alliantie voor innovatie nodig?")
    assert calls == []
    assert again.text == first.text and [c.chunk_id for c in again.citations] == [c.chunk_id for c in first.citations]


def test_the_tables_hold_exactly_the_vectors_chroma_stores():
    engine = Engine(_settings(), embedder=WordLengthEmbedder())
    engine.ingest()
    snapshot = engine.snapshot
    sentences = VectorTable.load(_tables_dir(engine), "sentences")
    chunks = VectorTable.load(_tables_dir(engine), "chunks")
    sentence_ids = [s.record_id for s in chunk_sentences(list(snapshot.chunks))]
    assert len(sentences) == len(sentence_ids) and len(chunks) == len(snapshot.chunks)
    from_chroma = engine.sentence_index.vectors(sentence_ids)
    from_table = sentences.get(sentence_ids)
    assert all(np.array_equal(from_table[i], from_chroma[i]) for i in sentence_ids)
    vector = engine.embedder.embed_query(QUESTION)
    passages = [h.chunk for h in engine.rank(engine.understand(QUESTION), vector=vector)]
    assert engine.sentence_similarity(vector, passages) == engine.sentence_similarity(
        vector, passages, engine.sentence_index
    )


def test_an_index_without_tables_gets_them_at_its_first_question_with_the_same_answer():
    settings = _settings()
    built = Engine(settings, embedder=WordLengthEmbedder())
    built.ingest()
    expected = built.ask(QUESTION).text
    shutil.rmtree(_tables_dir(built))  # an index built before tables existed
    fresh = Engine(settings, embedder=WordLengthEmbedder())
    assert fresh.ensure_index().embedded == 0
    assert fresh.ask(QUESTION).text == expected
    assert VectorTable.load(_tables_dir(fresh), "sentences") is not None


def test_a_reindex_by_another_process_is_answered_from_the_new_versions_table(monkeypatch):
    settings = _settings()
    reader = Engine(settings, embedder=WordLengthEmbedder())
    reader.ensure_index()
    reader.ask(QUESTION)
    writer = Engine(settings, embedder=WordLengthEmbedder())
    folder = settings.user_documents_dir
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "lokal-guide.txt").write_text("Lokala regler\n\nKunskapsallianser i Lappland har sju partner.")
    entry = {
        "id": "lokal-guide",
        "title": "Lokal guide",
        "language": "sv",
        "publisher": "user document",
        "actions": ["knowledge-alliance"],
        "action_title": "",
        "period": "",
        "file": "lokal-guide.txt",
    }
    (folder / "manifest.json").write_text(json.dumps({"documents": [entry]}), encoding="utf-8")
    writer.ingest()
    calls = _no_chroma_reads(monkeypatch)
    hits = reader.search("Kunskapsallianser i Lappland", doc_ids={"lokal-guide"})
    assert hits and hits[0].chunk.doc_id == "lokal-guide"
    assert reader.snapshot.version == writer.snapshot.version
    vector = reader.embedder.embed_query("Lappland")
    assert reader.sentence_similarity(vector, [hits[0].chunk])  # the new sentence, from the new table
    assert calls == []


def test_a_table_is_not_saved_from_an_index_that_lacks_records_or_holds_other_texts(tmp_path):
    folder = tmp_path / "vectors"
    settings = load_settings()
    chunks = Library(settings).chunks()
    index = Index(WordLengthEmbedder(), settings.index_dir, settings.lock_path)
    index.sync(chunks[:-3])
    changed = replace(chunks[0], text=chunks[0].text + " Ny mening.")  # stored under the old text
    assert not index.write_table([changed, *chunks[1:-3]], folder, "chunks")
    assert not index.write_table(chunks, folder, "chunks")
    assert list(folder.iterdir()) == []
    assert index.write_table(chunks[:-3], folder, "chunks")
    assert len(VectorTable.load(folder, "chunks")) == len(chunks) - 3


def test_a_torn_table_is_not_loaded(tmp_path):
    np.save(tmp_path / "sentences.npy", np.eye(2, dtype=np.float32))
    (tmp_path / "sentences.ids.json").write_text('["a", "b"]', encoding="utf-8")
    assert VectorTable.load(tmp_path, "sentences").get(["b", "x"])["b"].tolist() == [0.0, 1.0]
    (tmp_path / "sentences.ids.json").write_text('["a"]', encoding="utf-8")
    assert VectorTable.load(tmp_path, "sentences") is None
    with pytest.raises(ValueError, match="1 ids for 2 vectors"):
        VectorTable(["a"], np.eye(2, dtype=np.float32))


def test_a_text_repeated_among_new_records_is_embedded_once():
    settings = load_settings()
    chunks = Library(settings).chunks()
    twin = replace(chunks[3], chunk_id="copy#0", doc_id="copy")
    embedder = WordLengthEmbedder()
    report = Index(embedder, settings.index_dir, settings.lock_path).sync([*chunks, twin])
    assert (report.embedded, report.copied) == (len(chunks) + 1, 1 + len(chunks) - len({c.embed_text for c in chunks}))
    assert embedder.embedded == len({c.embed_text for c in chunks})
    stored = Index(embedder, settings.index_dir, settings.lock_path).vectors([chunks[3].chunk_id, "copy#0"])
    assert np.array_equal(stored["copy#0"], stored[chunks[3].chunk_id])
