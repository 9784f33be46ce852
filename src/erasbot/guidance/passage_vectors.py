"""Passage vectors composed from their sentences' vectors, so ingest embeds each piece of text once.

Every sentence is embedded on its own (answers pick the sentence they quote by its vector); embedding
each passage as well read every text twice. A passage's vector is instead the length-weighted mean of
the vectors of its head line ("title. heading.") and of its sentences, scaled to length one: what the
engine does itself with a text longer than its window (a token-weighted mean of the windows' pooled
states), with the sentence as the window. Measured against embedding passages whole in the README
("Passage vectors").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from erasbot.guidance.corpus import Chunk, Sentence

RECIPE = "passages composed from sentences"

Embed = Callable[[list[str]], np.ndarray]


def compose(vectors: np.ndarray, weights: Sequence[float]) -> np.ndarray:
    """The weighted mean of unit vectors (rows), scaled to length one."""
    mean = np.asarray(weights, dtype=np.float32) @ np.asarray(vectors, dtype=np.float32)
    norm = float(np.linalg.norm(mean))
    return mean / norm if norm > 0 else mean


def head_line(chunk: Chunk) -> str:
    """What a passage's embedded text holds besides its sentences: its document title and heading."""
    return chunk.embed_text[: len(chunk.embed_text) - len(chunk.text)].strip()


def _unit(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms > 0, norms, 1.0)


def passage_vectors(
    chunks: Sequence[Chunk],
    sentences: Sequence[Sentence],
    sentence_vectors: Callable[[list[str]], dict[str, np.ndarray]],
    embed: Embed,
) -> np.ndarray:
    """One vector per chunk, from the stored vectors of its sentences and the embedded head lines.

    `sentences` are the chunks' sentences (corpus.chunk_sentences); `sentence_vectors` gives the vectors
    of sentence record ids; `embed` embeds what is not stored: the distinct head lines, and the whole
    text of a chunk none of whose sentences has a vector."""
    by_chunk: dict[str, list[Sentence]] = {}
    for sentence in sentences:
        by_chunk.setdefault(sentence.chunk_id, []).append(sentence)
    stored = sentence_vectors([s.record_id for c in chunks for s in by_chunk.get(c.chunk_id, [])])
    heads = sorted({head_line(c) for c in chunks} - {""})
    whole = sorted(
        {c.embed_text for c in chunks if not any(s.record_id in stored for s in by_chunk.get(c.chunk_id, []))}
    )
    texts = heads + whole
    embedded = dict(zip(texts, _unit(embed(texts)))) if texts else {}
    out = np.zeros((len(chunks), _dimension(stored, embedded)), dtype=np.float32)
    for row, chunk in enumerate(chunks):
        parts = [(s.text, stored[s.record_id]) for s in by_chunk.get(chunk.chunk_id, []) if s.record_id in stored]
        if not parts:
            out[row] = embedded[chunk.embed_text]
            continue
        head = head_line(chunk)
        if head:
            parts.insert(0, (head, embedded[head]))
        out[row] = compose(np.stack([v for _, v in parts]), [len(text) for text, _ in parts])
    return out


def _dimension(*tables: dict[str, np.ndarray]) -> int:
    for table in tables:
        for vector in table.values():
            return int(np.asarray(vector).shape[-1])
    return 0


class PassagesFromSentences:
    """An embedding callable for the passage index: passage texts in, composed vectors out."""

    def __init__(
        self,
        chunks: Sequence[Chunk],
        sentences: Sequence[Sentence],
        sentence_vectors: Callable[[list[str]], dict[str, np.ndarray]],
        embed: Embed,
    ) -> None:
        self._by_text = {c.embed_text: c for c in chunks}
        self._by_chunk: dict[str, list[Sentence]] = {}
        for sentence in sentences:
            self._by_chunk.setdefault(sentence.chunk_id, []).append(sentence)
        self._sentence_vectors = sentence_vectors
        self._embed = embed

    def __call__(self, texts: list[str]) -> np.ndarray:
        chunks = [self._by_text[text] for text in texts]
        sentences = [s for c in chunks for s in self._by_chunk.get(c.chunk_id, [])]
        return passage_vectors(chunks, sentences, self._sentence_vectors, self._embed)
