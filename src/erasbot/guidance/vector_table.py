"""One snapshot's stored vectors as a memory-mapped array, so a question reads its candidates' rows
in constant time instead of asking Chroma for them by id (which grows with the collection).

A table is written beside its snapshot (`<snapshot dir>/vectors/<name>.npy` and `<name>.ids.json`)
once the index holds every record of that version, from the vectors Chroma stores, keeping only
records whose stored hash is the snapshot's (so a re-index under way elsewhere never lands in it).
The snapshot version fixes every text, hence every vector: a table never goes stale, a new version
gets its own. Reading maps the file; the operating system pages in only the rows asked for.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from erasbot.guidance.corpus import Record, chunk_sentences

READ_BATCH = 500  # ids per Chroma read while a table is built (5,000 held ~45 MB more at 10x)


class VectorTable:
    """Rows of vectors by record id."""

    def __init__(self, ids: Sequence[str], matrix: np.ndarray) -> None:
        if len(ids) != len(matrix):
            raise ValueError(f"{len(ids)} ids for {len(matrix)} vectors")
        self.rows = {record_id: row for row, record_id in enumerate(ids)}
        self.matrix = matrix

    def __len__(self) -> int:
        return len(self.rows)

    def get(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """The vectors of those ids the table holds (copied out of the mapping)."""
        found = [(i, self.rows[i]) for i in ids if i in self.rows]
        if not found:
            return {}
        block = np.asarray(self.matrix[[row for _, row in found]], dtype=np.float32)
        return {record_id: block[n] for n, (record_id, _) in enumerate(found)}

    # -- files ---------------------------------------------------------------------------
    @staticmethod
    def paths(directory: Path, name: str) -> tuple[Path, Path]:
        return directory / f"{name}.npy", directory / f"{name}.ids.json"

    @classmethod
    def load(cls, directory: Path, name: str) -> VectorTable | None:
        """The table saved under this name (memory-mapped), or None when there is none or it is torn."""
        matrix_path, ids_path = cls.paths(directory, name)
        try:
            ids = json.loads(ids_path.read_text(encoding="utf-8"))
            matrix = np.load(matrix_path, mmap_mode="r", allow_pickle=False)
            return cls(ids, matrix)
        except (OSError, ValueError):
            return None


def write_table(collection, records: Sequence[Record], directory: Path, name: str) -> bool:
    """Save these records' vectors, as a Chroma collection stores them, as the table `name`; False, and
    nothing saved, when it lacks any (not stored, or stored for another text: a re-index under way).
    Rows go straight to a memory-mapped file, READ_BATCH at a time, so memory holds one batch, not the
    corpus."""
    ids = [r.record_id for r in records]
    wanted = {r.record_id: r.content_hash for r in records}
    directory.mkdir(parents=True, exist_ok=True)
    matrix_path, ids_path = VectorTable.paths(directory, name)
    suffix = f".{os.getpid()}.{threading.get_ident()}.tmp"
    matrix_tmp, ids_tmp = Path(f"{matrix_path}{suffix}"), Path(f"{ids_path}{suffix}")
    matrix = None
    try:
        for start in range(0, len(ids), READ_BATCH):
            asked = ids[start : start + READ_BATCH]
            got = collection.get(ids=asked, include=["embeddings", "metadatas"])
            rows = {
                i: n for n, (i, m) in enumerate(zip(got["ids"], got["metadatas"])) if (m or {}).get("hash") == wanted[i]
            }
            if len(rows) < len(asked):
                return False
            vectors = np.asarray(got["embeddings"], dtype=np.float32)
            if matrix is None:
                shape = (len(ids), vectors.shape[1])
                matrix = np.lib.format.open_memmap(matrix_tmp, mode="w+", dtype=np.float32, shape=shape)
            matrix[start : start + len(asked)] = vectors[[rows[i] for i in asked]]
        if matrix is None:
            return False  # nothing to tabulate
        matrix.flush()
        del matrix
        ids_tmp.write_text(json.dumps(ids), encoding="utf-8")
        os.replace(matrix_tmp, matrix_path)
        os.replace(ids_tmp, ids_path)
        return True
    finally:
        matrix_tmp.unlink(missing_ok=True)
        ids_tmp.unlink(missing_ok=True)


class TabledIndex:
    """An index whose stored vectors are read from a snapshot's table; nearest-neighbour search, and
    any record the table lacks, still go to the index."""

    def __init__(self, index, table: VectorTable) -> None:
        self.index = index
        self.table = table

    def query(self, vector: np.ndarray, k: int, where: dict | None = None) -> list[tuple[str, float]]:
        return self.index.query(vector, k, where)

    def vectors(self, ids: Sequence[str] | None = None) -> dict[str, np.ndarray]:
        if ids is None:
            return self.index.vectors()
        found = self.table.get(ids)
        missing = [i for i in ids if i not in found]
        if missing:
            found.update(self.index.vectors(missing))
        return found


class SnapshotTables:
    """The chunk and sentence tables of the snapshots a process answers from, loaded once per version.

    Loaded from the snapshot's directory; when it has none (an index built elsewhere or before
    tables existed) and the index holds that version completely, built once from the index and
    saved. Until then (an ingest under way) the indexes are read as before, and building is
    tried again after `retry_seconds`. The newest `keep` versions are kept (memory-mapped).
    """

    def __init__(
        self,
        directory_of: Callable[[str], Path],
        indexed_version: Callable[[], str | None],
        chunk_index,
        sentence_index,
        retry_seconds: float,
        keep: int = 2,
    ) -> None:
        self.directory_of = directory_of
        self.indexed_version = indexed_version
        self.chunk_index = chunk_index
        self.sentence_index = sentence_index
        self.retry_seconds = retry_seconds
        self.keep = keep
        self._ready: dict[str, tuple[TabledIndex, TabledIndex]] = {}  # oldest first
        self._tried: dict[str, float] = {}
        self._lock = threading.Lock()

    def indexes(self, snapshot) -> tuple:
        """(chunk index, sentence index) to answer this snapshot's questions from."""
        ready = self._ready.get(snapshot.version)
        if ready is not None:
            return ready
        tried = self._tried.get(snapshot.version)
        if tried is not None and time.monotonic() - tried < self.retry_seconds:
            return self.chunk_index, self.sentence_index
        with self._lock:
            ready = self._ready.get(snapshot.version) or self._load_or_build(snapshot)
        return ready or (self.chunk_index, self.sentence_index)

    def write(self, snapshot) -> bool:
        """Build and save this snapshot's tables from the index (after an ingest); whether both are whole."""
        with self._lock:
            return self._build(snapshot) is not None

    def _load_or_build(self, snapshot) -> tuple[TabledIndex, TabledIndex] | None:
        directory = self.directory_of(snapshot.version)
        tables = [VectorTable.load(directory, name) for name in ("chunks", "sentences")]
        if all(t is not None for t in tables):
            return self._keep(snapshot.version, *tables)
        if self.indexed_version() == snapshot.version and self._build(snapshot) is not None:
            return self._ready[snapshot.version]
        self._tried = {snapshot.version: time.monotonic()}  # only the version asked for last is waited on
        return None

    def _build(self, snapshot) -> tuple[TabledIndex, TabledIndex] | None:
        """Tables from the index, saved; None when it lacks records or they cannot be written (a data
        directory that is full or read-only: questions then read the index as before)."""
        directory = self.directory_of(snapshot.version)
        try:
            if not self.chunk_index.write_table(snapshot.chunks, directory, "chunks"):
                return None
            if not self.sentence_index.write_table(chunk_sentences(list(snapshot.chunks)), directory, "sentences"):
                return None
        except OSError:
            return None
        tables = [VectorTable.load(directory, name) for name in ("chunks", "sentences")]
        return self._keep(snapshot.version, *tables) if all(t is not None for t in tables) else None

    def _keep(self, version: str, chunks: VectorTable, sentences: VectorTable) -> tuple[TabledIndex, TabledIndex]:
        pair = (TabledIndex(self.chunk_index, chunks), TabledIndex(self.sentence_index, sentences))
        self._ready.pop(version, None)
        self._ready[version] = pair
        while len(self._ready) > self.keep:
            self._ready.pop(next(iter(self._ready)))
        self._tried.pop(version, None)
        return pair
