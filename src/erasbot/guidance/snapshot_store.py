"""Where snapshots are kept, and which one the index holds vectors for.

Local files under <data dir>/snapshots/<version>/ (JSON and bm25s's own npy/json files, no
pickle), each written to a temporary directory and renamed into place, so a reader finds a whole
snapshot or none. A pointer names the version whose vectors the index holds completely: a small
file beside the snapshots for the embedded store; with a Chroma server, a record in a small
collection on the server, which also holds each published snapshot's JSON so processes on other
machines load the same corpus (their lexical index is rebuilt from it once and kept locally).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

from erasbot.guidance.index import Index, _OurEmbeddings
from erasbot.guidance.lexical import LexicalIndex
from erasbot.guidance.snapshot import Snapshot, dumps, parse_snapshot_json

KEEP = 3  # snapshot directories kept (the newest), so a slow reader still finds the one it follows
PART_CHARS = 1_000_000  # a published snapshot is split into records of at most this many characters


class SharedSnapshots:
    """Snapshot JSON and the indexed-version pointer in a small collection beside the vectors."""

    def __init__(self, index: Index, name: str) -> None:
        self.index = index
        self.name = name
        self._cached: tuple[object, object] | None = None

    def _collection(self):
        """The collection on the index's current client (reopened after a reconnect)."""
        client = self.index._client
        if self._cached is None or self._cached[0] is not client:
            collection = client.get_or_create_collection(
                self.name, embedding_function=_OurEmbeddings(None), metadata={"hnsw:space": "cosine"}
            )
            self._cached = (client, collection)
        return self._cached[1]

    def current(self) -> str | None:
        got = self.index._call("reading the shared snapshot", lambda _: self._collection().get(ids=["current"]))
        return (got["metadatas"][0] or {}).get("version") if got["ids"] else None

    def fetch(self, version: str) -> dict | None:
        def read(_):
            head = self._collection().get(ids=[f"{version}/head"])
            if not head["ids"]:
                return None
            parts = int(head["metadatas"][0]["parts"])
            got = self._collection().get(ids=[f"{version}/{i}" for i in range(parts)])
            by_id = dict(zip(got["ids"], got["documents"]))
            if len(by_id) != parts:
                return None
            return json.loads("".join(by_id[f"{version}/{i}"] for i in range(parts)))

        return self.index._call("reading the shared snapshot", read)

    def publish(self, snapshot: Snapshot) -> None:
        text = dumps(snapshot)
        parts = [text[i : i + PART_CHARS] for i in range(0, len(text), PART_CHARS)] or [""]
        ids = [f"{snapshot.version}/{i}" for i in range(len(parts))] + [f"{snapshot.version}/head", "current"]
        documents = parts + ["", snapshot.version]
        metadatas = [{"version": snapshot.version, "part": i} for i in range(len(parts))] + [
            {"version": snapshot.version, "parts": len(parts)},
            {"version": snapshot.version},
        ]

        def write(_):
            collection = self._collection()
            # the parts and their head first, the pointer last: a reader never follows it to half a snapshot
            for part in (slice(0, -1), slice(-1, None)):
                count = len(ids[part])
                collection.upsert(
                    ids=ids[part], documents=documents[part], metadatas=metadatas[part], embeddings=[[1.0, 0.0]] * count
                )
            old = collection.get(where={"version": {"$ne": snapshot.version}}, include=[])
            if old["ids"]:
                collection.delete(ids=[i for i in old["ids"] if i != "current"])

        self.index._call("publishing the snapshot", write)


class SnapshotStore:
    """Snapshots on local disk, keyed by version, and the pointer to the indexed one."""

    def __init__(self, root: Path, pointer_name: str, shared: SharedSnapshots | None = None) -> None:
        self.root = root
        self.pointer = root / f"{pointer_name}.indexed"
        self.shared = shared

    # -- snapshots ---------------------------------------------------------------
    def load(self, version: str) -> Snapshot | None:
        """The snapshot of this version from disk (or, with a server, from it); None when there is none."""
        directory = self.root / version
        try:
            data = json.loads((directory / "snapshot.json").read_text(encoding="utf-8"))
            return parse_snapshot_json(data, LexicalIndex.load(directory / "lexical"))
        except (OSError, ValueError, KeyError, TypeError):
            pass
        if self.shared is None:
            return None
        data = self.shared.fetch(version)
        if data is None:
            return None
        snapshot = parse_snapshot_json(data)
        self.save(snapshot)
        return snapshot

    def save(self, snapshot: Snapshot) -> None:
        """Write a snapshot whole under its version (a no-op when it is there already)."""
        target = self.root / snapshot.version
        if (target / "snapshot.json").exists():
            return
        self.root.mkdir(parents=True, exist_ok=True)
        temporary = Path(tempfile.mkdtemp(prefix=f".{snapshot.version}-", dir=self.root))
        try:
            snapshot.lexical.save(temporary / "lexical")
            (temporary / "snapshot.json").write_text(dumps(snapshot), encoding="utf-8")
            if target.exists():  # a half-written directory from a killed process
                shutil.rmtree(target, ignore_errors=True)
            os.replace(temporary, target)
        except OSError:
            if not (target / "snapshot.json").exists():
                raise
        finally:
            shutil.rmtree(temporary, ignore_errors=True)
        self._prune(keep={snapshot.version, self._read_pointer() or ""})

    def _prune(self, keep: set[str]) -> None:
        versions = sorted(
            (p for p in self.root.iterdir() if p.is_dir() and not p.name.startswith(".")),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
        for old in versions[KEEP:]:
            if old.name not in keep:
                shutil.rmtree(old, ignore_errors=True)

    # -- the pointer to the indexed version ---------------------------------------
    def indexed_version(self) -> str | None:
        """The version whose vectors the index holds completely (None before the first ingest)."""
        if self.shared is not None:
            return self.shared.current()
        return self._read_pointer()

    def local_pointer(self) -> str | None:
        """The version this data directory last indexed (with a server, another may have indexed since)."""
        return self._read_pointer()

    def _read_pointer(self) -> str | None:
        try:
            return self.pointer.read_text(encoding="utf-8").strip() or None
        except OSError:
            return None

    def mark_indexed(self, snapshot: Snapshot) -> None:
        """Say that the index now holds this snapshot's vectors (published first, with a server)."""
        self.save(snapshot)
        if self.shared is not None:
            self.shared.publish(snapshot)
        self.root.mkdir(parents=True, exist_ok=True)
        temporary = self.pointer.with_name(f".{self.pointer.name}.{os.getpid()}")
        temporary.write_text(snapshot.version, encoding="utf-8")
        os.replace(temporary, self.pointer)

    def forget_indexed(self) -> None:
        """The index no longer matches any snapshot (it was rebuilt or moved aside)."""
        self.pointer.unlink(missing_ok=True)
