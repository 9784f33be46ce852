"""A user's own documents for one chat session: read, chunked and embedded in memory, never indexed.

`read_own_document` reads an attached file with the corpus's readers and chunker and embeds its
passages and sentences with the engine's embedder. `SessionDocuments` holds what one browser session
attached; `view(shared, ...)` lays them over the shared snapshot: one Snapshot with the session's
chunks after the shared ones (one lexical index over both, so BM25 scores stay comparable), and
index views whose nearest-neighbour search adds the session's in-memory vectors to the shared
index's. Nothing is written to Chroma, the manifests or the snapshot store: other sessions and the
command line never see these documents.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Protocol

import numpy as np

from erasbot.errors import ErasbotError
from erasbot.guidance.corpus import Chunk, DocumentInfo, chunk_document, chunk_sentences, clean_text
from erasbot.guidance.documents import citation_title, document_id, looks_like_text
from erasbot.guidance.embeddings import Embedder
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.lexical import LexicalIndex
from erasbot.guidance.passage_vectors import passage_vectors
from erasbot.guidance.reading import READERS, parse_document, render
from erasbot.guidance.snapshot import CorpusStats, Snapshot, concept_text
from erasbot.language import detect_language
from erasbot.limits import MAX_OWN_BYTES, MAX_OWN_CHARS, MAX_OWN_DOCUMENTS, megabytes
from erasbot.phrases import say

OWN_PREFIX = "own:"  # a session document's id: never a corpus id (those are [a-z0-9-] only)


class OwnDocumentError(ErasbotError):
    """Why an attached document was refused, as a phrase key (`ui.<key>`) and its values, for the interface."""

    def __init__(self, key: str, **values: object) -> None:
        self.key, self.values = key, values
        super().__init__(say("en", f"ui.{key}", **values))


def is_own(doc_id: str) -> bool:
    """Whether a document id names a session's own document."""
    return doc_id.startswith(OWN_PREFIX)


@dataclass(frozen=True, eq=False)
class OwnDocument:
    """One attached document: its entry, passages and their vectors (sentence vectors by record id)."""

    info: DocumentInfo
    name: str  # the file name as uploaded
    chunks: tuple[Chunk, ...]
    chunk_vectors: np.ndarray
    sentence_vectors: dict[str, np.ndarray]
    concepts: tuple[tuple[str, ...], ...]
    digest: str


def read_own_document(
    name: str,
    data: bytes,
    embedder: Embedder,
    glossary: Glossary,
    taken: Sequence[str] = (),
    language: str | None = None,
) -> OwnDocument:
    """An uploaded file read, chunked and embedded; OwnDocumentError names what is wrong with it."""
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix not in READERS:
        raise OwnDocumentError("own_wrong_kind", name=name, kinds=", ".join(sorted(READERS)))
    if len(data) > MAX_OWN_BYTES:
        raise OwnDocumentError("own_too_large", name=name, size=megabytes(len(data)), limit=megabytes(MAX_OWN_BYTES))
    try:
        document = parse_document(data, suffix, name)
    except ErasbotError as exc:
        raise OwnDocumentError("own_unreadable", name=name, reason=str(exc)) from exc
    text = clean_text(render(document))
    if not text.strip() or not looks_like_text(text):
        raise OwnDocumentError("own_no_text", name=name)
    if len(text) > MAX_OWN_CHARS:
        raise OwnDocumentError("own_too_long", name=name, chars=f"{len(text):,}", limit=f"{MAX_OWN_CHARS:,}")
    wanted = OWN_PREFIX + document_id(PurePosixPath(name.replace("\\", "/")))
    doc_id, n = wanted, 1
    while doc_id in taken:
        n += 1
        doc_id = f"{wanted}-{n}"
    info = DocumentInfo(
        id=doc_id,
        title=citation_title(document.title or text, name),
        language=language or detect_language(text[:5_000]),
        publisher="",  # said in the asker's language when a view is made (see `view`)
        actions=(),
        action_title="",
        period="",
        file=name,
    )
    chunks = tuple(chunk_document(info, text))
    if not chunks:
        raise OwnDocumentError("own_no_text", name=name)
    sentences = chunk_sentences(list(chunks))
    sentence_vectors = dict(
        zip([s.record_id for s in sentences], _unit(embedder.embed_passages([s.embed_text for s in sentences])))
    )
    chunk_vectors = passage_vectors(
        chunks,
        sentences,
        lambda ids: {i: sentence_vectors[i] for i in ids if i in sentence_vectors},
        embedder.embed_passages,
    )
    return OwnDocument(
        info=info,
        name=name,
        chunks=chunks,
        chunk_vectors=chunk_vectors,
        sentence_vectors=sentence_vectors,
        concepts=tuple(tuple(glossary.find(concept_text(c))) for c in chunks),
        digest=hashlib.sha256(data).hexdigest(),
    )


def _unit(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to length one, so a dot product is the cosine the index reports."""
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms > 0, norms, 1.0)


class SearchIndex(Protocol):
    """What ranking reads of an index (guidance/index.py's Index)."""

    def query(self, vector: np.ndarray, k: int, where: dict | None = None) -> list[tuple[str, float]]: ...

    def vectors(self, ids: Sequence[str] | None = None) -> dict[str, np.ndarray]: ...


class OverlayIndex:
    """The shared index with a session's vectors beside it: searched and read as one."""

    def __init__(self, shared: SearchIndex, vectors: dict[str, np.ndarray], doc_of: dict[str, str]) -> None:
        self.shared = shared
        self._own = vectors
        self._doc_of = doc_of  # record id -> document id, for `where` filters

    def query(self, vector: np.ndarray, k: int, where: dict | None = None) -> list[tuple[str, float]]:
        allowed = set(where["doc_id"]["$in"]) if where else None  # ranking filters by document only
        shared_docs = None if allowed is None else sorted(d for d in allowed if not is_own(d))
        if shared_docs is None:
            found = self.shared.query(vector, k)
        else:
            found = self.shared.query(vector, k, {"doc_id": {"$in": shared_docs}}) if shared_docs else []
        unit = vector / (float(np.linalg.norm(vector)) or 1.0)
        own = [
            (rid, float(v @ unit))
            for rid, v in self._own.items()
            if allowed is None or self._doc_of.get(rid) in allowed
        ]
        return sorted(found + own, key=lambda item: -item[1])[:k]

    def vectors(self, ids: Sequence[str] | None = None) -> dict[str, np.ndarray]:
        if ids is None:
            return self.shared.vectors() | self._own
        shared = [i for i in ids if i not in self._own]
        found = self.shared.vectors(shared) if shared else {}
        return found | {i: self._own[i] for i in ids if i in self._own}


@dataclass(frozen=True)
class SessionView:
    """The shared snapshot and indices with one session's documents laid over them."""

    snapshot: Snapshot
    index: OverlayIndex
    sentences: OverlayIndex


@dataclass(frozen=True)
class SessionDocuments:
    """The documents one browser session attached, in the order attached; adding or removing gives a new value."""

    documents: tuple[OwnDocument, ...] = ()
    _views: dict = field(default_factory=dict, compare=False, repr=False)

    def __bool__(self) -> bool:
        return bool(self.documents)

    def __len__(self) -> int:
        return len(self.documents)

    @property
    def ids(self) -> list[str]:
        return [d.info.id for d in self.documents]

    def add(self, document: OwnDocument) -> SessionDocuments:
        """With this document too (the same file attached again changes nothing)."""
        if any(d.digest == document.digest for d in self.documents):
            return self
        if len(self.documents) >= MAX_OWN_DOCUMENTS:
            raise OwnDocumentError("own_too_many", limit=MAX_OWN_DOCUMENTS)
        return SessionDocuments((*self.documents, document))

    def remove(self, doc_id: str) -> SessionDocuments:
        return SessionDocuments(tuple(d for d in self.documents if d.info.id != doc_id))

    def view(
        self, shared: Snapshot, shared_index: SearchIndex, shared_sentences: SearchIndex, lang: str
    ) -> SessionView:
        """The shared corpus with these documents laid over it; their publisher said in `lang`.

        The lexical index over both is built once per shared snapshot (kept while it is current)."""
        base = self._views.get(shared.version)
        if base is None:
            self._views.clear()
            base = self._views[shared.version] = self._base(shared)
        publisher = say(lang, "answer.own_document")
        documents = dict(shared.documents) | {
            d.info.id: dataclasses.replace(d.info, publisher=publisher) for d in self.documents
        }
        snapshot = dataclasses.replace(base, documents=documents)
        chunk_vectors = {c.chunk_id: v for d in self.documents for c, v in zip(d.chunks, d.chunk_vectors)}
        sentence_vectors = {rid: v for d in self.documents for rid, v in d.sentence_vectors.items()}
        doc_of = {c.chunk_id: c.doc_id for d in self.documents for c in d.chunks}
        return SessionView(
            snapshot,
            OverlayIndex(shared_index, chunk_vectors, doc_of),
            OverlayIndex(shared_sentences, sentence_vectors, {}),
        )

    def _base(self, shared: Snapshot) -> Snapshot:
        own_chunks = tuple(c for d in self.documents for c in d.chunks)
        own_concepts = tuple(found for d in self.documents for found in d.concepts)
        chunks = shared.chunks + own_chunks
        concepts = (shared.concepts or tuple(() for _ in shared.chunks)) + own_concepts
        # what the session's documents cover counts as covered; the weights stay the corpus's, so
        # the shared passages are scored as they are without the session's documents
        supported = shared.stats.supported | {cid for found in own_concepts for cid in found}
        return Snapshot(
            version=f"{shared.version}+{hashlib.sha256(''.join(self.ids).encode()).hexdigest()[:8]}",
            documents=dict(shared.documents) | {d.info.id: d.info for d in self.documents},
            chunks=chunks,
            lexical=LexicalIndex(list(chunks)),
            stats=CorpusStats(frozenset(supported), shared.stats.concept_weights, shared.stats.glossary),
            sentence_count=shared.sentence_count + sum(len(d.sentence_vectors) for d in self.documents),
            concepts=concepts,
        )
