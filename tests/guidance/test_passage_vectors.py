"""Passage vectors composed from their sentences: each text embedded once, the passage index stays searchable."""

from __future__ import annotations

import numpy as np
from conftest import WordLengthEmbedder

from erasbot.guidance.corpus import chunk_sentences
from erasbot.guidance.documents import Library
from erasbot.guidance.engine import Engine
from erasbot.guidance.index import Index
from erasbot.guidance.passage_vectors import RECIPE, compose, head_line, passage_vectors
from erasbot.settings import load_settings


def test_a_composed_vector_is_unit_length_and_leans_to_the_longer_part():
    a, b = np.array([1.0, 0.0]), np.array([0.0, 1.0])
    v = compose(np.stack([a, b]), [30, 10])
    assert np.isclose(np.linalg.norm(v), 1.0)
    assert v[0] > v[1] > 0


def test_a_passage_vector_is_its_head_line_and_sentences_weighted_by_length():
    chunks = Library(load_settings()).chunks()[:6]
    sentences = chunk_sentences(chunks)
    embedder = WordLengthEmbedder()
    stored = dict(zip([s.record_id for s in sentences], embedder.embed_passages([s.text for s in sentences])))
    vectors = passage_vectors(chunks, sentences, lambda ids: {i: stored[i] for i in ids}, embedder.embed_passages)
    chunk = chunks[2]
    own = [s for s in sentences if s.chunk_id == chunk.chunk_id]
    head = head_line(chunk)
    assert head and chunk.text.startswith(own[0].text[:20])
    parts = np.stack([embedder.embed_passages([head])[0], *(stored[s.record_id] for s in own)])
    expected = compose(parts, [len(head), *(len(s.text) for s in own)])
    assert np.allclose(vectors[2], expected, atol=1e-6)
    # the head lines are embedded, once each; no sentence is embedded again
    assert embedder.embedded == len(sentences) + 1 + len({head_line(c) for c in chunks})


def test_a_passage_whose_sentences_have_no_vectors_is_embedded_whole():
    chunks = Library(load_settings()).chunks()[:2]
    embedder = WordLengthEmbedder()
    vectors = passage_vectors(chunks, chunk_sentences(chunks), lambda ids: {}, embedder.embed_passages)
    assert np.allclose(vectors, embedder.embed_passages([c.embed_text for c in chunks]), atol=1e-6)


def test_ingest_embeds_each_sentence_and_head_line_but_no_passage_whole():
    settings = load_settings()
    embedder = WordLengthEmbedder()
    engine = Engine(settings, embedder=embedder)
    report = engine.ingest()
    chunks = list(engine._snapshot.chunks)
    sentences = chunk_sentences(chunks)
    distinct = len({s.text for s in sentences}) + len({head_line(c) for c in chunks})
    assert report.embedded == len(chunks) + len(sentences)
    assert embedder.embedded == distinct < len({s.text for s in sentences} | {c.embed_text for c in chunks})
    hits = engine.search("Hur många organisationer krävs i en kunskapsallians?")
    assert hits and hits[0].chunk.doc_id


def test_an_index_of_passages_embedded_whole_is_rebuilt_with_a_message():
    settings = load_settings()
    chunks = Library(settings).chunks()
    embedder = WordLengthEmbedder()
    Index(embedder, settings.index_dir, settings.lock_path).sync(chunks)  # as before: no recipe
    messages: list[str] = []
    index = Index(embedder, settings.index_dir, settings.lock_path, notify=messages.append, recipe=RECIPE)
    report = index.sync(chunks)
    assert report.rebuilt and RECIPE in report.rebuilt
    assert any("Rebuilding" in m for m in messages)
