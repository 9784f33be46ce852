"""Builds erasbot's parts from the settings and runs a question through them.

The one place that reaches for models, Chroma and the disk; everything it
calls for decisions (ranking, answering) is pure. Questions are answered from
an immutable snapshot (snapshot.py), taken once per question; an ingest builds
the next one and swaps it in, and other processes follow the index's pointer.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, replace
from datetime import date

import numpy as np

from erasbot.errors import ErasbotError
from erasbot.forms import requested_language, with_question_mark, without_language_request
from erasbot.guidance import reading
from erasbot.guidance.answer import Answer, compose_answer
from erasbot.guidance.candidates import Filters, rank_candidates
from erasbot.guidance.corpus import Chunk, DocumentInfo, chunk_document, chunk_sentences, clean_text, split_sentences
from erasbot.guidance.documents import Library
from erasbot.guidance.embeddings import Embedder, make_embedder
from erasbot.guidance.facts import load_facts
from erasbot.guidance.glossary import GLOSSARY_FILE, Glossary, load_glossary
from erasbot.guidance.index import Index, Progress, SyncReport
from erasbot.guidance.parallel import PARALLEL_SPECS, ParallelPassages, find_concepts
from erasbot.guidance.passage_vectors import RECIPE as PASSAGE_RECIPE
from erasbot.guidance.passage_vectors import PassagesFromSentences
from erasbot.guidance.profile_store import load_profiles, save_profiles
from erasbot.guidance.profiles import Profile, build_profiles, is_added
from erasbot.guidance.retrieval import FusionWeights, Hit, Query, analyse
from erasbot.guidance.scope import asks_current_period, current_period
from erasbot.guidance.session_documents import SearchIndex, SessionDocuments, SessionView, is_own
from erasbot.guidance.snapshot import Snapshot, build_snapshot, corpus_version
from erasbot.guidance.snapshot_store import SharedSnapshots, SnapshotStore
from erasbot.guidance.titles import without_subject
from erasbot.guidance.vector_table import SnapshotTables
from erasbot.language import SUPPORTED, question_language
from erasbot.settings import Settings

Notify = Callable[[str], None]

# passages whose sentences are scored against the question (their vectors are read per question)
SENTENCE_PASSAGES = 60
PROFILE_VERSIONS_KEPT = 8  # document profiles kept: the shared snapshot and a few sessions' views of it


@dataclass
class IndexStatus:
    documents: int
    chunks: int
    embedding_model: str
    location: str


class Engine:
    """The corpus snapshot, its index and the question pipeline, built once and reused."""

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
                recipe=recipe,
            )
            for name, recipe in ((collection, PASSAGE_RECIPE), (f"{collection}-sentences", ""))
        )
        shared = SharedSnapshots(self.index, f"{collection}-snapshots") if settings.chroma_url else None
        self.store = SnapshotStore(settings.data_dir / "snapshots", collection, shared)
        self.tables = SnapshotTables(
            lambda version: self.store.root / version / "vectors",
            self.store.indexed_version,
            self.index,
            self.sentence_index,
            retry_seconds=settings.snapshot_check_seconds,
        )
        self._chunk_chars = chunk_chars
        self._follow_lock = threading.Lock()
        self._checked = time.monotonic()
        self._snapshot: Snapshot = self._first_snapshot()
        self._profiles: dict[str, dict[str, Profile]] = {}  # snapshot version -> profiles, oldest first
        self._profiles_lock = threading.Lock()
        self._title_vectors: dict[str, np.ndarray] = {}  # an added document's title -> its embedding

    # -- the snapshot --------------------------------------------------------------
    @property
    def snapshot(self) -> Snapshot:
        """The snapshot to answer from now: the newest the index holds, checked every few seconds."""
        now = time.monotonic()
        if now - self._checked >= self.settings.snapshot_check_seconds:
            self._checked = now
            self._follow()
        return self._snapshot

    # the parts of the current snapshot, for callers that read one thing at a time
    documents = property(lambda self: self._snapshot.documents)
    chunks = property(lambda self: list(self._snapshot.chunks))
    lexical = property(lambda self: self._snapshot.lexical)
    supported = property(lambda self: set(self._snapshot.stats.supported))
    concept_weights = property(lambda self: self._snapshot.stats.concept_weights)
    doc_languages = property(lambda self: self._snapshot.doc_languages)

    def _follow(self) -> None:
        """Swap in the snapshot the index's pointer names, when another process indexed a newer one."""
        if not self._follow_lock.acquire(blocking=False):
            return  # another thread is loading it; answer from the current one meanwhile
        try:
            version = self.store.indexed_version()
            if version and version != self._snapshot.version:
                loaded = self.store.load(version)
                if loaded is not None:
                    self._snapshot = loaded
        finally:
            self._follow_lock.release()

    def _first_snapshot(self) -> Snapshot:
        if self.settings.chroma_url:
            # a shared server is the library: answer from what was indexed last, whoever indexed it
            try:
                version = self.store.indexed_version()
                loaded = self.store.load(version) if version else None
            except ErasbotError as exc:
                self.notify(f"{exc} Using the local documents until it answers.")
                loaded = None
            if loaded is not None:
                return loaded
        return self._library_snapshot()

    def _library_snapshot(self) -> Snapshot:
        """The snapshot of the documents on disk: loaded when saved before, else built and saved."""
        for _ in range(3):
            fingerprint = self.library.fingerprint()
            version = self._version(fingerprint)
            current = getattr(self, "_snapshot", None)
            if current is not None and current.version == version:
                return current
            loaded = self.store.load(version) if not self.settings.chroma_url else self._local_only(version)
            if loaded is not None:
                return loaded
            documents, chunks = self._read_documents()
            if self.library.fingerprint() == fingerprint:  # not changed while it was read
                current = current or self._indexed_locally()
                snapshot = build_snapshot(
                    version,
                    documents,
                    chunks,
                    self.glossary,
                    lambda texts: find_concepts(texts, self.settings.ingest_workers, self.glossary),
                    self._reusable_concepts(current),
                )
                self.store.save(snapshot)
                return snapshot
        raise ErasbotError("the documents kept changing while they were read; try again when they are in place")

    def _reusable_concepts(self, current: Snapshot | None) -> dict | None:
        """The concepts the last snapshot found in each chunk text, when they were found with this glossary: a
        concept added to the glossary since (short-term projects), or a term added to a concept, is looked for
        again in every text, not only in new ones."""
        if current is None or current.stats.glossary != self.glossary.digest:
            return None
        return current.known_concepts()

    def _indexed_locally(self) -> Snapshot | None:
        """The last snapshot indexed from this data directory (its chunks' concepts are not read again)."""
        pointer = self.store.local_pointer()
        return self._local_only(pointer) if pointer else None

    def _local_only(self, version: str) -> Snapshot | None:
        shared, self.store.shared = self.store.shared, None
        try:
            return self.store.load(version)
        finally:
            self.store.shared = shared

    def _version(self, fingerprint: list[str]) -> str:
        """The corpus state's key: its documents, the model, the chunking, the glossary as written and as matched,
        and how added documents are read (a new reader or matcher reads the same files into other passages)."""
        glossary = GLOSSARY_FILE.read_bytes() if GLOSSARY_FILE.exists() else b""
        read_with = f"{hashlib.sha256(glossary).hexdigest()} {self.glossary.digest} reader={reading.READER_VERSION}"
        return corpus_version(fingerprint, self.index.vectors_by, self._chunk_chars, read_with)

    def _read_documents(self) -> tuple[list[DocumentInfo], list[Chunk]]:
        documents, chunks = [], []
        extra = {"target_chars": self._chunk_chars} if self._chunk_chars else {}
        for info, path in self.library.manifest_entries():
            documents.append(info)
            chunks.extend(chunk_document(info, clean_text(self.library.read_text(path)), **extra))
        return documents, chunks

    # -- the index ---------------------------------------------------------------
    def ingest(self, progress: Progress | None = None) -> SyncReport:
        """Bring the index in line with the documents, embedding only what changed, then answer from them."""
        return self._sync(self._library_snapshot(), progress)

    def _sync(self, snapshot: Snapshot, progress: Progress | None) -> SyncReport:
        sentences = chunk_sentences(list(snapshot.chunks))
        total = len(snapshot.chunks) + len(sentences)
        spec = getattr(self.embedder, "spec", None)
        parallel = (
            ParallelPassages(spec, self.settings.ingest_workers)
            if spec in PARALLEL_SPECS and self.settings.ingest_workers > 1
            else None
        )
        with parallel or nullcontext():
            # sentences first: a passage's vector is composed from its sentences' (passage_vectors.py)
            sentence_report = self.sentence_index.sync(
                sentences, progress and (lambda done, _: progress(done, total)), parallel
            )
            passages = PassagesFromSentences(
                snapshot.chunks, sentences, self.sentence_index.vectors, parallel or self.embedder.embed_passages
            )
            chunks = self.index.sync(
                snapshot.chunks, progress and (lambda done, _: progress(len(sentences) + done, total)), passages
            )
        self.store.save(snapshot)
        self.tables.write(snapshot)  # before the pointer moves, so other processes find the tables too
        self.profiles(snapshot)  # built and saved now, so no answering process builds them
        self.store.mark_indexed(snapshot)
        self._snapshot = snapshot  # one assignment: questions in flight keep the snapshot they took
        return SyncReport(
            embedded=chunks.embedded + sentence_report.embedded,
            removed=chunks.removed + sentence_report.removed,
            unchanged=chunks.unchanged + sentence_report.unchanged,
            total=total,
            seconds=chunks.seconds + sentence_report.seconds,
            rebuilt=chunks.rebuilt or sentence_report.rebuilt,
            copied=chunks.copied + sentence_report.copied,
        )

    def ensure_index(self, progress: Progress | None = None) -> SyncReport | None:
        """Build or update the index when it does not hold the current documents (a quick no-op when it does)."""
        indexed = self.store.indexed_version()
        if self.settings.chroma_url and indexed:
            self._follow()  # the server's snapshot is the library
            return self._nothing_to_do()
        snapshot = self._library_snapshot()
        if indexed == snapshot.version and self._counts_match(snapshot):
            self._snapshot = snapshot
            return self._nothing_to_do()
        stored = self.index.count() + self.sentence_index.count()
        if stored:
            self.notify(
                f"The index does not match the documents ({stored} passages and sentences stored): "
                "bringing it up to date; "
                "only what is missing or changed is embedded."
            )
        try:
            report = self._sync(snapshot, progress)
        except ErasbotError:
            if stored:
                return None  # someone else is indexing; answer from what is there
            raise
        if report.embedded:
            self.notify(f"Indexed {report.embedded} passages and sentences in {report.seconds:.1f} s.")
        return report

    def _counts_match(self, snapshot: Snapshot) -> bool:
        return self.index.count() == len(snapshot.chunks) and self.sentence_index.count() == snapshot.sentence_count

    def _nothing_to_do(self) -> SyncReport:
        snapshot = self._snapshot
        total = len(snapshot.chunks) + snapshot.sentence_count
        return SyncReport(embedded=0, removed=0, unchanged=total, total=total, seconds=0.0)

    def sentence_similarity(
        self, vector: np.ndarray, chunks: list[Chunk] | None = None, index: SearchIndex | None = None
    ) -> dict[str, float]:
        """Cosine of the question to the stored sentences of these passages (of every passage if none given)."""
        chunks = list(self._snapshot.chunks) if chunks is None else chunks
        ids = [f"{c.chunk_id}/{k}" for c in chunks for k in range(len(split_sentences(c.text)))]
        stored = (index or self.tables.indexes(self._snapshot)[1]).vectors(ids)
        return {i: float(stored[i] @ vector) for i in ids if i in stored}

    def status(self) -> IndexStatus:
        snapshot = self.snapshot
        return IndexStatus(
            documents=len(snapshot.documents),
            chunks=self.index.count(),
            embedding_model=self.index.model or self.embedder.name,
            location=self.settings.chroma_url or str(self.settings.index_dir),
        )

    # -- questions ---------------------------------------------------------------
    def understand(self, question: str, language: str | None = None, snapshot: Snapshot | None = None) -> Query:
        question = with_question_mark(question.strip())  # 'mitä tarvitaan? montako maata' asks two things
        if not question:
            raise ErasbotError("the question is empty: type a question about an Erasmus+ action")
        lang = language or question_language(question, self.glossary.without_actions(question))
        if lang not in SUPPORTED:
            raise ErasbotError(f"unsupported language {lang!r}; use one of {', '.join(SUPPORTED)}")
        snapshot = snapshot or self._snapshot
        guides = tuple(sorted({info.language for info in snapshot.documents.values() if is_added(info)}))
        # 'Okej, kan vi ta det på svenska nu: vilka ...?': the request to go on in Swedish asks nothing of the texts
        return analyse(without_language_request(question), lang, self.glossary, snapshot.doc_languages, guides)

    def dense_scores(self, query: Query, vector: np.ndarray) -> np.ndarray:
        """The cosine of every chunk of the current snapshot (a full scan: for the evaluation report's sweep)."""
        snapshot = self._snapshot
        scores = np.full(len(snapshot.chunks), -1.0, dtype=np.float32)
        for chunk_id, score in self.index.query(vector, k=len(snapshot.chunks)):
            if chunk_id in snapshot.by_id:
                scores[snapshot.by_id[chunk_id]] = score
        if (scores < -0.5).all():
            raise ErasbotError("the index is empty: run `erasbot ingest` to build it")
        scores[scores < -0.5] = float(scores[scores >= -0.5].min())
        return scores

    def rank(
        self,
        query: Query,
        mode: str = "hybrid",
        vector: np.ndarray | None = None,
        snapshot: Snapshot | None = None,
        doc_ids: set[str] | None = None,
        action: str | None = None,
        doc_language: str | None = None,
        index: SearchIndex | None = None,
    ) -> list[Hit]:
        """The candidate passages for a question, ranked: never a scan of every vector."""
        if mode != "lexical" and vector is None:
            vector = self.embedder.embed_query(query.text)
        filters = Filters(doc_ids, action, doc_language)
        snapshot = snapshot or self.snapshot
        index = index or self.tables.indexes(snapshot)[0]
        return rank_candidates(snapshot, index, query, vector, self.weights, mode, filters)

    def profiles(self, snapshot: Snapshot) -> dict[str, Profile]:
        """What each document of the snapshot is about (subjects.py), built once per snapshot version and
        saved beside a stored snapshot (profile_store.py), so a fresh process reads them.

        A few versions are kept: the shared snapshot and the sessions' views of it (own documents laid
        over it) are asked for in turn, from the app's threads."""
        with self._profiles_lock:
            profiles = self._profiles.pop(snapshot.version, None)
            saved_in = self.store.root / snapshot.version  # a stored snapshot's; a session's view has none
            if profiles is None:
                profiles = load_profiles(saved_in)
            if profiles is None:
                profiles = build_profiles(snapshot.documents, snapshot.chunks, snapshot.concepts, self.glossary)
                save_profiles(saved_in, profiles)
            while len(self._profiles) >= PROFILE_VERSIONS_KEPT:
                self._profiles.pop(next(iter(self._profiles)))
            self._profiles[snapshot.version] = profiles  # most recently used last
        return profiles

    def title_closeness(self, vector: np.ndarray | None, snapshot: Snapshot) -> dict[str, float]:
        """How close the question's embedding is to each added document's title (subjects.py's fallback
        for a question naming the document's subject in another language)."""
        if vector is None:
            return {}
        titles = {d: info.title for d, info in snapshot.documents.items() if is_added(info) and info.title}
        missing = [t for t in dict.fromkeys(titles.values()) if t not in self._title_vectors]
        if missing:
            self._title_vectors.update(zip(missing, self.embedder.embed_passages(missing)))
        return {d: float(np.dot(self._title_vectors[t], vector)) for d, t in titles.items()}

    def check_doc_ids(self, doc_ids: set[str] | None, snapshot: Snapshot | None = None) -> None:
        documents = (snapshot or self._snapshot).documents
        unknown = sorted((doc_ids or set()) - set(documents))
        if unknown:
            raise ErasbotError(f"unknown document id(s): {', '.join(unknown)}; known: {', '.join(sorted(documents))}")

    def view(self, attached: SessionDocuments, lang: str, snapshot: Snapshot | None = None) -> SessionView:
        """The corpus (this snapshot, else the current one) with a session's own documents laid over it."""
        snapshot = snapshot or self.snapshot
        return attached.view(snapshot, *self.tables.indexes(snapshot), lang)

    def search(
        self,
        question: str,
        k: int = 5,
        doc_ids: set[str] | None = None,
        action: str | None = None,
        doc_language: str | None = None,
        mode: str = "hybrid",
        language: str | None = None,
        attached: SessionDocuments | None = None,
    ) -> list[Hit]:
        """The best k passages; with a session's `attached` documents, theirs compete with the corpus's."""
        snapshot = self.snapshot
        index = self.tables.indexes(snapshot)[0]
        if attached:
            view = self.view(attached, language or "en", snapshot)
            snapshot, index = view.snapshot, view.index
        self.check_doc_ids(doc_ids, snapshot)
        query = self.understand(question, language, snapshot)
        hits = self.rank(
            query, mode, snapshot=snapshot, doc_ids=doc_ids, action=action, doc_language=doc_language, index=index
        )
        return hits[:k]

    def ask(
        self,
        question: str,
        language: str | None = None,
        doc_ids: set[str] | None = None,
        action: str | None = None,
        mode: str = "hybrid",
        attached: SessionDocuments | None = None,
        answer_language: str | None = None,
    ) -> Answer:
        """The offline answer. With a session's `attached` documents it is also composed with them laid
        over the corpus, and that answer is given when it cites one of them; otherwise the answer is
        exactly the one without them (they never make the corpus's answers worse or less cautious).
        `language` is the question's; `answer_language`, when given, the one the answer is said in ('in
        English please' after a question in Dutch)."""
        started = time.perf_counter()
        snapshot = self.snapshot  # one reference for the whole question
        own_ids = set(attached.ids) if attached else set()
        self.check_doc_ids((doc_ids or set()) - own_ids, snapshot)
        if answer_language is not None and answer_language not in SUPPORTED:
            raise ErasbotError(f"unsupported language {answer_language!r}; use one of {', '.join(SUPPORTED)}")
        query = self.understand(question, language, snapshot)
        # 'In English please: hoe lang duurt een kennisalliantie?': the question in Dutch, the answer in English
        answer_language = answer_language or requested_language(question.strip())
        if answer_language is not None and answer_language != query.language:
            query = replace(query, answer_language=answer_language)
        vector = self.embedder.embed_query(query.text)
        answer = None
        if not doc_ids or doc_ids - own_ids:
            answer = self._compose(query, vector, mode, snapshot, *self.tables.indexes(snapshot), doc_ids, action)
        if attached:
            view = self.view(attached, query.language, snapshot)
            own_query = replace(
                self.understand(question, query.language, view.snapshot), answer_language=answer_language
            )
            own = self._compose(own_query, vector, mode, view.snapshot, view.index, view.sentences, doc_ids, action)
            if answer is None or any(is_own(c.doc_id) for c in own.citations):
                answer = own
        assert answer is not None
        answer.seconds = time.perf_counter() - started
        return answer

    def _compose(
        self,
        query: Query,
        vector: np.ndarray,
        mode: str,
        snapshot: Snapshot,
        index: SearchIndex,
        sentences: SearchIndex,
        doc_ids: set[str] | None,
        action: str | None,
    ) -> Answer:
        doc_ids = doc_ids or self._in_force(query, snapshot)
        if action and query.actions and action not in query.actions:
            # the part's action is not the one the question names once read ('ne ekosysteemit' of a part asked for
            # the Sector Skills Alliance: the ecosystems are the Partnerships for Innovation's): the passages are the
            # named action's, so the claim answering is cited to its own text
            action = None
        hits = self.rank(query, mode, vector, snapshot, doc_ids=doc_ids, action=action, index=index)
        if action and action in query.actions:  # one side of a comparison: answered for that action alone
            query = replace(query, actions=(action,))
        similarity = self.sentence_similarity(vector, [h.chunk for h in hits[:SENTENCE_PASSAGES]], sentences)
        beside = self._beside_subject_similarity(query, hits, snapshot, sentences)
        own = self._own_words_similarity(query, hits, snapshot, sentences)
        return compose_answer(
            query,
            hits,
            snapshot.documents,
            self.glossary,
            self.facts,
            set(snapshot.stats.supported),
            snapshot.stats.concept_weights,
            similarity,
            profiles=self.profiles(snapshot),
            title_closeness=self.title_closeness(vector, snapshot),
            beside_similarity=beside,
            own_similarity=own,
        )

    @staticmethod
    def _in_force(query: Query, snapshot: Snapshot) -> set[str] | None:
        """For a question naming no action about 'the current programme': the documents of the period in force
        this year (a library holding a future period's texts, drafts or the next guide, answers it from the
        present one's); None when it asks otherwise, or the library holds no text of that period."""
        if query.actions or not asks_current_period(query.text, query.language):
            return None
        periods = {info.period for info in snapshot.documents.values() if info.period}
        now = current_period(periods, date.today().year)
        return {d for d, info in snapshot.documents.items() if info.period == now} or None

    def _own_words_similarity(
        self, query: Query, hits: list[Hit], snapshot: Snapshot, sentences: SearchIndex
    ) -> dict[str, float] | None:
        """The cosine of the question's own words (every glossary term left out: what it asks about beyond the
        aspect) to the retrieved sentences, for a question naming no action put to a corpus with documents
        added (subjects.nearest_by_own_words). None otherwise, or when nothing is left."""
        if query.actions or not any(is_added(info) for info in snapshot.documents.values()):
            return None
        own = " ".join(self.glossary.without_concepts(query.text).split())
        if not own or own == " ".join(query.text.split()):
            return None
        chunks = [h.chunk for h in hits[:SENTENCE_PASSAGES]]
        return self.sentence_similarity(self.embedder.embed_query(own), chunks, sentences)

    def _beside_subject_similarity(
        self, query: Query, hits: list[Hit], snapshot: Snapshot, sentences: SearchIndex
    ) -> dict[str, float] | None:
        """The cosine of the question without what names the added guides' subjects (titles.without_subject)
        to the sentences of added documents' passages (selection.added_sentences): what it asks, apart from
        what the whole guide is about. None when no passage of an added document was retrieved or the question
        names no subject."""
        added = [h.chunk for h in hits[:SENTENCE_PASSAGES] if is_added(snapshot.documents.get(h.chunk.doc_id))]
        if not added:
            return None
        plain = without_subject(query.text, self.profiles(snapshot), self.glossary)
        if not plain or plain == " ".join(query.text.split()):
            return None
        return self.sentence_similarity(self.embedder.embed_query(plain), added, sentences)
