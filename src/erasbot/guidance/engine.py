"""Builds erasbot's parts from the settings and runs a question through them.

The one place that reaches for models, Chroma and the disk; everything it
calls for decisions (ranking, answering) is pure.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from erasbot.errors import ErasbotError
from erasbot.guidance.answer import Answer, compose_answer
from erasbot.guidance.corpus import Chunk, DocumentInfo, Sentence, chunk_sentences
from erasbot.guidance.documents import Library
from erasbot.guidance.embeddings import Embedder, make_embedder
from erasbot.guidance.facts import load_facts
from erasbot.guidance.glossary import Glossary, load_glossary
from erasbot.guidance.index import Index, Progress, SyncReport
from erasbot.guidance.lexical import LexicalIndex
from erasbot.guidance.retrieval import FusionWeights, Hit, Query, analyse, fuse, keep, named_actions
from erasbot.language import SUPPORTED, detect_language
from erasbot.settings import Settings

Notify = Callable[[str], None]


@dataclass
class IndexStatus:
    documents: int
    chunks: int
    embedding_model: str
    location: str


class Engine:
    """The corpus, its index and the question pipeline, built once and reused."""

    def __init__(
        self,
        settings: Settings,
        embedder: Embedder | None = None,
        notify: Notify = lambda message: None,
        weights: FusionWeights | None = None,
        collection: str = "erasbot",
        chunk_chars: int | None = None,
    ) -> None:
        self.settings = settings
        self.notify = notify
        self.weights = weights or FusionWeights()
        self.library = Library(settings)
        self.glossary: Glossary = load_glossary()
        self.facts = load_facts()
        self.embedder = embedder or make_embedder(settings.embedding)
        settings.ensure_dirs()
        self.index, self.sentence_index = (
            Index(
                self.embedder,
                settings.index_dir,
                settings.lock_path,
                chroma_url=settings.chroma_url,
                collection=name,
                notify=notify,
            )
            for name in (collection, f"{collection}-sentences")
        )
        self._sentence_vectors: tuple[list[str], np.ndarray] | None = None
        self._chunk_chars = chunk_chars
        self._load_corpus()

    def _load_corpus(self) -> None:
        self.documents: dict[str, DocumentInfo] = {d.id: d for d in self.library.documents()}
        self.chunks: list[Chunk] = self.library.chunks(self._chunk_chars)
        self.sentences: list[Sentence] = chunk_sentences(self.chunks)
        self._sentence_vectors = None
        self._by_id = {c.chunk_id: i for i, c in enumerate(self.chunks)}
        self.lexical = LexicalIndex(self.chunks)
        self.named_actions = named_actions(self.chunks, self.glossary)
        self.doc_languages = tuple(sorted({c.language for c in self.chunks}))
        texts = [f"{c.title}\n{c.heading}\n{c.text}" for c in self.chunks]
        frequency = {cid: sum(1 for t in texts if self.glossary.occurs(cid, t)) for cid in self.glossary.concepts}
        self.supported = {cid for cid, df in frequency.items() if df}
        # rarer topics say more about what a sentence answers (an inverse document frequency)
        self.concept_weights = {cid: math.log((len(texts) + 1) / (df + 0.5)) for cid, df in frequency.items()}

    # -- the index ---------------------------------------------------------------
    def ingest(self, progress: Progress | None = None) -> SyncReport:
        """Bring the index in line with the documents, embedding only what changed."""
        self._load_corpus()
        return self._sync(progress)

    def _sync(self, progress: Progress | None) -> SyncReport:
        total = len(self.chunks) + len(self.sentences)
        chunks = self.index.sync(self.chunks, progress and (lambda done, _: progress(done, total)))
        sentences = self.sentence_index.sync(
            self.sentences, progress and (lambda done, _: progress(chunks.embedded + done, total))
        )
        self._sentence_vectors = None
        return SyncReport(
            embedded=chunks.embedded + sentences.embedded,
            removed=chunks.removed + sentences.removed,
            unchanged=chunks.unchanged + sentences.unchanged,
            total=total,
            seconds=chunks.seconds + sentences.seconds,
            rebuilt=chunks.rebuilt or sentences.rebuilt,
        )

    def ensure_index(self, progress: Progress | None = None) -> SyncReport | None:
        """Build or update the index when it does not match the documents (a no-op when it does)."""
        try:
            report = self._sync(progress)
        except ErasbotError:
            if self.index.count():
                return None  # someone else is indexing; answer from what is there
            raise
        if report.embedded:
            self.notify(f"Indexed {report.embedded} passages and sentences in {report.seconds:.1f} s.")
        return report

    def sentence_similarity(self, vector: np.ndarray) -> dict[str, float]:
        """Cosine of the question to every stored sentence, by sentence id."""
        if self._sentence_vectors is None:
            stored = self.sentence_index.vectors()
            ids = [s.record_id for s in self.sentences if s.record_id in stored]
            matrix = np.stack([stored[i] for i in ids]) if ids else np.zeros((0, len(vector)), dtype=np.float32)
            self._sentence_vectors = (ids, matrix)
        ids, matrix = self._sentence_vectors
        return dict(zip(ids, (matrix @ vector).tolist()))

    def status(self) -> IndexStatus:
        return IndexStatus(
            documents=len(self.documents),
            chunks=self.index.count(),
            embedding_model=self.index.model or self.embedder.name,
            location=self.settings.chroma_url or str(self.settings.index_dir),
        )

    # -- questions ---------------------------------------------------------------
    def understand(self, question: str, language: str | None = None) -> Query:
        question = question.strip()
        if not question:
            raise ErasbotError("the question is empty: type a question about an Erasmus+ action")
        lang = language or detect_language(question)
        if lang not in SUPPORTED:
            raise ErasbotError(f"unsupported language {lang!r}; use one of {', '.join(SUPPORTED)}")
        return analyse(question, lang, self.glossary, self.doc_languages)

    def dense_scores(self, query: Query, vector: np.ndarray) -> np.ndarray:
        scores = np.full(len(self.chunks), -1.0, dtype=np.float32)
        for chunk_id, score in self.index.query(vector, k=len(self.chunks)):
            if chunk_id in self._by_id:
                scores[self._by_id[chunk_id]] = score
        if (scores < -0.5).all():
            raise ErasbotError("the index is empty: run `erasbot ingest` to build it")
        scores[scores < -0.5] = float(scores[scores >= -0.5].min())
        return scores

    def rank(self, query: Query, mode: str = "hybrid", vector: np.ndarray | None = None) -> list[Hit]:
        if mode != "lexical" and vector is None:
            vector = self.embedder.embed_query(query.text)
        dense = self.dense_scores(query, vector) if mode != "lexical" else np.zeros(len(self.chunks), dtype=np.float32)
        lexical = self.lexical.scores(list(query.lexical_tokens)) if mode != "dense" else np.zeros(len(self.chunks))
        return fuse(self.chunks, dense, lexical, query, self.weights, mode, self.named_actions)

    def check_doc_ids(self, doc_ids: set[str] | None) -> None:
        unknown = sorted((doc_ids or set()) - set(self.documents))
        if unknown:
            raise ErasbotError(
                f"unknown document id(s): {', '.join(unknown)}; known: {', '.join(sorted(self.documents))}"
            )

    def search(
        self,
        question: str,
        k: int = 5,
        doc_ids: set[str] | None = None,
        action: str | None = None,
        doc_language: str | None = None,
        mode: str = "hybrid",
        language: str | None = None,
    ) -> list[Hit]:
        self.check_doc_ids(doc_ids)
        query = self.understand(question, language)
        return keep(self.rank(query, mode), doc_ids, action, doc_language)[:k]

    def ask(
        self,
        question: str,
        language: str | None = None,
        doc_ids: set[str] | None = None,
        action: str | None = None,
        mode: str = "hybrid",
    ) -> Answer:
        started = time.perf_counter()
        self.check_doc_ids(doc_ids)
        query = self.understand(question, language)
        vector = self.embedder.embed_query(query.text)
        hits = keep(self.rank(query, mode, vector), doc_ids, action, None)
        similarity = self.sentence_similarity(vector)
        answer = compose_answer(
            query, hits, self.documents, self.glossary, self.facts, self.supported, self.concept_weights, similarity
        )
        answer.seconds = time.perf_counter() - started
        return answer
