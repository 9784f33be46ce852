"""The Chroma store of chunk vectors: build, update, query, lock.

An embedded persistent store under the data directory by default, a Chroma
server when a URL is given. Telemetry is off and the only embedding function
Chroma ever sees is ours, so nothing is downloaded.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np
from filelock import FileLock, Timeout

from erasbot.errors import ErasbotError
from erasbot.guidance.corpus import Record
from erasbot.guidance.embeddings import Embedder
from erasbot.guidance.vector_table import write_table

COLLECTION = "erasbot"
BATCH = 64  # texts per embedding call and per Chroma write (16 measured ~20% slower per record)

Progress = Callable[[int, int], None]
Embed = Callable[[list[str]], np.ndarray]


@dataclass
class SyncReport:
    """What an ingest did."""

    embedded: int
    removed: int
    unchanged: int
    total: int
    seconds: float
    rebuilt: str | None = None
    copied: int = 0  # of `embedded`: records whose text was stored already, so their vector was copied


class _OurEmbeddings:
    """Chroma's embedding-function slot, filled with our embedder so Chroma never loads its default."""

    def __init__(self, embedder: Embedder | None) -> None:
        self._embedder = embedder

    def _bound(self) -> Embedder:
        if self._embedder is None:
            raise ErasbotError("the erasbot collection must be opened by erasbot, with its embedding backend")
        return self._embedder

    def __call__(self, input: Sequence[str]) -> list[np.ndarray]:  # noqa: A002 - Chroma's parameter name
        return list(self._bound().embed_passages(list(input)))

    def embed_query(self, input: Sequence[str]) -> list[np.ndarray]:  # noqa: A002
        return [self._bound().embed_query(text) for text in input]

    @staticmethod
    def name() -> str:
        return "erasbot"

    def is_legacy(self) -> bool:
        return False

    def default_space(self) -> str:
        return "cosine"

    def supported_spaces(self) -> list[str]:
        return ["cosine"]

    def get_config(self) -> dict[str, Any]:
        return {}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "_OurEmbeddings":
        return _OurEmbeddings(None)


def _chroma_settings():
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=True)


def open_client(index_dir: Path, chroma_url: str | None):
    """A Chroma client: HTTP when a server URL is given, else the persistent store in index_dir."""
    import chromadb

    if chroma_url:
        url = urlparse(chroma_url if "://" in chroma_url else f"http://{chroma_url}")
        if not url.hostname:
            raise ErasbotError(f"ERASBOT_CHROMA_URL={chroma_url!r} is not a URL like http://127.0.0.1:8000")
        try:
            client = chromadb.HttpClient(
                host=url.hostname, port=url.port or 8000, ssl=url.scheme == "https", settings=_chroma_settings()
            )
            client.heartbeat()
        except Exception as exc:
            raise ErasbotError(
                f"cannot reach the Chroma server at {chroma_url}: {exc}. Start it or unset ERASBOT_CHROMA_URL."
            ) from exc
        return client
    index_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(index_dir), settings=_chroma_settings())


class Index:
    """Chunk vectors in one Chroma collection that records which embedding model made them."""

    def __init__(
        self,
        embedder: Embedder,
        index_dir: Path,
        lock_path: Path,
        chroma_url: str | None = None,
        collection: str = COLLECTION,
        notify: Callable[[str], None] = lambda message: None,
        recipe: str = "",
    ) -> None:
        self.embedder = embedder
        # what made the vectors: the model, and how (passage_vectors.RECIPE); a change rebuilds the collection
        self.vectors_by = f"{embedder.name}; {recipe}" if recipe else embedder.name
        self.index_dir = index_dir
        self.lock_path = lock_path
        self.chroma_url = chroma_url
        self.collection_name = collection
        self.notify = notify
        self._client = None
        self._collection = None

    # -- opening -----------------------------------------------------------------
    def _open(self):
        if self._collection is not None:
            return self._collection
        try:
            self._client = open_client(self.index_dir, self.chroma_url)
            self._collection = self._get_collection()
            self._collection.count()
        except ErasbotError:
            raise
        except Exception as exc:
            if self.chroma_url:
                self._client = self._collection = None
                raise ErasbotError(f"the Chroma server at {self.chroma_url} failed: {exc}") from exc
            self._quarantine(f"the index at {self.index_dir} could not be opened ({type(exc).__name__}: {exc})")
            self._client = open_client(self.index_dir, None)
            self._collection = self._get_collection()
        return self._collection

    def _call(self, what: str, work: Callable[[Any], Any]) -> Any:
        """Run work(collection); a Chroma server that went away is a readable error, and the next call reconnects."""
        collection = self._open()
        try:
            return work(collection)
        except ErasbotError:
            raise
        except Exception as exc:
            if not self.chroma_url:
                raise
            self._client = self._collection = None
            raise ErasbotError(
                f"the Chroma server at {self.chroma_url} did not answer while {what} "
                f"({type(exc).__name__}: {exc}). Start it again; erasbot reconnects by itself, "
                "and an interrupted ingest resumes where it stopped."
            ) from exc

    def _get_collection(self):
        return self._client.get_or_create_collection(
            self.collection_name,
            embedding_function=_OurEmbeddings(self.embedder),
            metadata={"hnsw:space": "cosine", "embedding_model": self.vectors_by},
        )

    def _quarantine(self, reason: str) -> None:
        """Move a broken store aside (kept for inspection) so a fresh one can be built."""
        self._client = None
        self._collection = None
        try:
            from chromadb.api.client import SharedSystemClient

            SharedSystemClient.clear_system_cache()
        except Exception:  # pragma: no cover - best effort on chroma internals
            pass
        if self.index_dir.exists():
            target = self.index_dir.with_name(f"{self.index_dir.name}.broken-{int(time.time())}")
            shutil.move(str(self.index_dir), target)
            reason += f"; moved it to {target}"
        self.notify(f"Rebuilding the index: {reason}.")

    @property
    def model(self) -> str | None:
        """The embedding model that made the stored vectors (without how: see `vectors_by`)."""
        recorded = self._call("reading the index", lambda c: (c.metadata or {}).get("embedding_model"))
        return recorded.split("; ")[0] if recorded else recorded

    def count(self) -> int:
        return self._call("counting the index", lambda c: c.count())

    # -- writing -----------------------------------------------------------------
    def sync(
        self, chunks: Sequence[Record], progress: Progress | None = None, embed: Embed | None = None
    ) -> SyncReport:
        """Make the store hold exactly these records, embedding only what is new or changed."""
        started = time.perf_counter()
        try:
            with FileLock(str(self.lock_path), timeout=0):
                embed = embed or self.embedder.embed_passages
                return self._call("indexing", lambda _: self._sync_locked(chunks, progress, embed, started))
        except Timeout as exc:
            raise ErasbotError(
                f"another erasbot process is indexing (lock {self.lock_path}); wait for it to finish and try again"
            ) from exc

    def _sync_locked(
        self, chunks: Sequence[Record], progress: Progress | None, embed: Embed, started: float
    ) -> SyncReport:
        collection = self._open()
        rebuilt = None
        recorded = (collection.metadata or {}).get("embedding_model")
        if recorded != self.vectors_by:
            rebuilt = f"embedding model changed from {recorded} to {self.vectors_by}"
            self.notify(f"Rebuilding the index: {rebuilt}.")
            self._client.delete_collection(self.collection_name)
            self._collection = collection = self._get_collection()
        existing = collection.get(include=["metadatas"])
        have = {i: (m or {}).get("hash") for i, m in zip(existing["ids"], existing["metadatas"])}
        wanted = {c.record_id: c for c in chunks}
        todo = [c for c in chunks if have.get(c.record_id) != c.content_hash]
        stale = [i for i in have if i not in wanted]
        if stale:
            for start in range(0, len(stale), 5000):
                collection.delete(ids=stale[start : start + 5000])
        # a text already stored under another id (a sentence repeated across documents) is copied, not embedded
        stored_by_hash = {h: i for i, h in have.items() if h and i in wanted and wanted[i].content_hash == h}
        done = copied = 0
        if progress:
            progress(len(chunks) - len(todo), len(chunks))
        for start in range(0, len(todo), BATCH):
            batch = todo[start : start + BATCH]
            vectors, reused = self._vectors_for_batch(collection, batch, stored_by_hash, embed)
            copied += reused
            collection.upsert(
                ids=[c.record_id for c in batch],
                embeddings=vectors,
                metadatas=[c.metadata() for c in batch],
            )
            for c in batch:
                stored_by_hash.setdefault(c.content_hash, c.record_id)
            done += len(batch)
            if progress:
                progress(len(chunks) - len(todo) + done, len(chunks))
        return SyncReport(
            embedded=len(todo),
            removed=len(stale),
            unchanged=len(chunks) - len(todo),
            total=len(chunks),
            seconds=time.perf_counter() - started,
            rebuilt=rebuilt,
            copied=copied,
        )

    @staticmethod
    def _vectors_for_batch(
        collection, batch: Sequence[Record], stored_by_hash: dict[str, str], embed: Embed
    ) -> tuple[list, int]:
        """Vectors of a batch, and how many were not embedded: copied for texts already stored, else
        embedded once per distinct text."""
        copy_ids = {c.content_hash: stored_by_hash[c.content_hash] for c in batch if c.content_hash in stored_by_hash}
        copied: dict[str, list[float]] = {}
        if copy_ids:
            got = collection.get(ids=list(set(copy_ids.values())), include=["embeddings"])
            by_id = {i: list(map(float, v)) for i, v in zip(got["ids"], got["embeddings"])}
            copied = {h: by_id[i] for h, i in copy_ids.items() if i in by_id}
        new_texts: dict[str, str] = {}
        for c in batch:
            if c.content_hash not in copied:
                new_texts.setdefault(c.content_hash, c.embed_text)
        if new_texts:
            vectors = embed(list(new_texts.values()))
            copied.update({h: v.tolist() for h, v in zip(new_texts, vectors)})
        return [copied[c.content_hash] for c in batch], len(batch) - len(new_texts)

    # -- reading -----------------------------------------------------------------
    def vectors(self, ids: Sequence[str] | None = None) -> dict[str, np.ndarray]:
        """Stored vectors by record id: the ones asked for (those stored), or every one."""
        if ids is not None and not ids:
            return {}
        selection = {"ids": list(ids)} if ids is not None else {}
        got = self._call("reading vectors", lambda c: c.get(**selection, include=["embeddings"]))
        return {i: np.asarray(v, dtype=np.float32) for i, v in zip(got["ids"], got["embeddings"])}

    def write_table(self, records: Sequence[Record], directory: Path, name: str) -> bool:
        """Save these records' stored vectors as a table; False when the index lacks any (vector_table.py)."""
        return self._call("reading vectors", lambda c: write_table(c, records, directory, name))

    def query(self, vector: np.ndarray, k: int, where: dict | None = None) -> list[tuple[str, float]]:
        """The k nearest records to a query vector (among those `where` allows) as (id, cosine similarity).

        Fewer when fewer are stored: Chroma returns what it has, so nothing is counted per question."""

        def nearest(collection) -> list[tuple[str, float]]:
            if k <= 0:
                return []
            result = collection.query(
                query_embeddings=[vector.tolist()], n_results=k, where=where, include=["distances"]
            )
            return [(cid, 1.0 - float(d)) for cid, d in zip(result["ids"][0], result["distances"][0])]

        return self._call("searching", nearest)
