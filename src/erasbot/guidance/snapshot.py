"""The corpus as readers answer from it: an immutable snapshot of chunks, lexical index and statistics.

A snapshot is built once per corpus version (the documents' content hashes, the embedding model,
the chunk size) and never changed; a re-index builds the next one and the engine swaps it in with
one assignment, so a question never sees half of two corpora. Building and (de)serialising are
pure; where snapshots are kept is snapshot_store.py.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

import numpy as np

from erasbot.guidance.corpus import Chunk, DocumentInfo, split_sentences
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.lexical import LexicalIndex

# bump when chunking, tokenising or the statistics change meaning, so old snapshots are not reused
FORMAT = 2


@dataclass(frozen=True)
class CorpusStats:
    """Which glossary concepts the corpus mentions, and how rare each is (an inverse document frequency)."""

    supported: frozenset[str]
    concept_weights: dict[str, float]
    glossary: str = ""  # the digest of the glossary the concepts were found with (Glossary.digest)


Concepts = tuple[str, ...]
FindMany = Callable[[list[str]], list[Concepts]]


def concept_text(chunk: Chunk) -> str:
    """What the glossary reads of a chunk for the corpus statistics."""
    return f"{chunk.title}\n{chunk.heading}\n{chunk.text}"


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def chunk_concepts(
    chunks: list[Chunk] | tuple[Chunk, ...], find_many: FindMany, known: dict[str, Concepts] | None = None
) -> tuple[Concepts, ...]:
    """The glossary concepts each chunk mentions; texts in `known` (by text_key) are not read again."""
    known = known or {}
    keys = [text_key(concept_text(c)) for c in chunks]
    todo = {k: concept_text(c) for k, c in zip(keys, chunks) if k not in known}
    found = dict(zip(todo, find_many(list(todo.values())))) if todo else {}
    return tuple(known[k] if k in known else found[k] for k in keys)


def corpus_stats(concepts: tuple[Concepts, ...], glossary: Glossary) -> CorpusStats:
    frequency = {cid: 0 for cid in glossary.concepts}
    for found in concepts:
        for cid in set(found):
            if cid in frequency:
                frequency[cid] += 1
    return CorpusStats(
        supported=frozenset(cid for cid, df in frequency.items() if df),
        # rarer topics say more about what a sentence answers
        concept_weights={cid: math.log((len(concepts) + 1) / (df + 0.5)) for cid, df in frequency.items()},
        glossary=glossary.digest,
    )


def corpus_version(parts: list[str], embedding_model: str, chunk_chars: int | None, extra: str = "") -> str:
    """The key of a corpus state: its documents (entry + content hash each), the model and the chunking."""
    digest = hashlib.sha256()
    for part in [f"format={FORMAT}", f"model={embedding_model}", f"chunk={chunk_chars}", extra, *parts]:
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()[:24]


@dataclass(frozen=True, eq=False)
class Snapshot:
    """One consistent corpus: what every question of a reader is answered from."""

    version: str
    documents: dict[str, DocumentInfo]
    chunks: tuple[Chunk, ...]
    lexical: LexicalIndex
    stats: CorpusStats
    sentence_count: int
    concepts: tuple[Concepts, ...] = ()  # per chunk, so the next snapshot reads only new texts
    by_id: dict[str, int] = field(default_factory=dict)
    doc_languages: tuple[str, ...] = ()
    chunk_docs: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_id", {c.chunk_id: i for i, c in enumerate(self.chunks)})
        object.__setattr__(self, "doc_languages", tuple(sorted({c.language for c in self.chunks})))
        doc_index = {d: i for i, d in enumerate(self.documents)}
        object.__setattr__(
            self, "chunk_docs", np.array([doc_index.get(c.doc_id, -1) for c in self.chunks], dtype=np.int32)
        )

    def known_concepts(self) -> dict[str, Concepts]:
        """Each chunk text's concepts by text_key, for building the next snapshot."""
        return {text_key(concept_text(c)): found for c, found in zip(self.chunks, self.concepts)}

    def doc_ids_for(self, doc_ids: set[str] | None, action: str | None, language: str | None) -> list[str] | None:
        """The documents a filter leaves (None when there is no filter)."""
        if not doc_ids and not action and not language:
            return None
        return [
            d.id
            for d in self.documents.values()
            if (not doc_ids or d.id in doc_ids)
            and (not action or action in d.actions)
            and (not language or d.language == language)
        ]

    def mask(self, doc_ids: list[str] | None) -> np.ndarray | None:
        """Which chunks belong to these documents (None: all)."""
        if doc_ids is None:
            return None
        index = {d: i for i, d in enumerate(self.documents)}
        return np.isin(self.chunk_docs, [index[d] for d in doc_ids if d in index])


def build_snapshot(
    version: str,
    documents: list[DocumentInfo],
    chunks: list[Chunk],
    glossary: Glossary,
    find_many: FindMany | None = None,
    known: dict[str, Concepts] | None = None,
) -> Snapshot:
    """A snapshot of these documents; `find_many` reads concepts (in worker processes, say), `known`
    holds those of texts read before."""
    concepts = chunk_concepts(chunks, find_many or (lambda texts: [tuple(glossary.find(t)) for t in texts]), known)
    return Snapshot(
        version=version,
        documents={d.id: d for d in documents},
        chunks=tuple(chunks),
        lexical=LexicalIndex(chunks),
        stats=corpus_stats(concepts, glossary),
        sentence_count=sum(len(split_sentences(c.text)) for c in chunks),
        concepts=concepts,
    )


# -- JSON form (no pickle: the files may be shared between machines) ---------------------------
def _info_json(info: DocumentInfo) -> dict:
    data = asdict(info)
    data["actions"] = list(info.actions)
    return data


def snapshot_json(snapshot: Snapshot) -> dict:
    """Everything but the lexical index (saved beside it, or rebuilt from the chunks)."""
    return {
        "format": FORMAT,
        "version": snapshot.version,
        "documents": [_info_json(d) for d in snapshot.documents.values()],
        "chunks": [
            [c.doc_id, c.n, c.heading, c.text, c.language, list(c.actions), c.period, c.title] for c in snapshot.chunks
        ],
        "supported": sorted(snapshot.stats.supported),
        "concepts": [list(found) for found in snapshot.concepts],
        "concept_weights": snapshot.stats.concept_weights,
        "glossary": snapshot.stats.glossary,
        "sentence_count": snapshot.sentence_count,
    }


def parse_snapshot_json(data: dict, lexical: LexicalIndex | None = None) -> Snapshot:
    """The snapshot a JSON form describes; the lexical index is rebuilt when not given."""
    if data.get("format") != FORMAT:
        raise ValueError(f"snapshot format {data.get('format')!r}, expected {FORMAT}")
    documents = [DocumentInfo(**{**d, "actions": tuple(d["actions"])}) for d in data["documents"]]
    chunks = [
        Chunk(
            chunk_id=f"{doc_id}#{n}",
            doc_id=doc_id,
            n=n,
            heading=heading,
            text=text,
            language=language,
            actions=tuple(actions),
            period=period,
            title=title,
        )
        for doc_id, n, heading, text, language, actions, period, title in data["chunks"]
    ]
    return Snapshot(
        version=data["version"],
        documents={d.id: d for d in documents},
        chunks=tuple(chunks),
        lexical=lexical if lexical is not None else LexicalIndex(chunks),
        stats=CorpusStats(frozenset(data["supported"]), dict(data["concept_weights"]), data.get("glossary", "")),
        sentence_count=int(data["sentence_count"]),
        concepts=tuple(tuple(found) for found in data["concepts"]),
    )


def dumps(snapshot: Snapshot) -> str:
    return json.dumps(snapshot_json(snapshot), ensure_ascii=False, separators=(",", ":"))
