"""Added documents parsed once: the reader's output stored on disk, keyed by the file's content.

Reading a PDF takes seconds; an added document is read at ingest and its parsed form stored as
`<sha256 of the bytes>-<suffix>-r<READER_VERSION>.json`, so a fresh process (and every re-index)
loads it instead of parsing the file again. A changed file has another hash and is read again; a
new reader version is a new key. A stored file that cannot be read back is ignored and replaced.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict
from pathlib import Path

from erasbot.guidance.reading import READER_VERSION, Block, ReadDocument, parse_document


class ParsedDocuments:
    """The parsed documents stored in one folder (the user documents' `parsed/`)."""

    def __init__(self, directory: Path):
        self.directory = directory

    def path_for(self, data: bytes, suffix: str) -> Path:
        digest = hashlib.sha256(data).hexdigest()
        return self.directory / f"{digest}-{suffix.lower().lstrip('.') or 'none'}-r{READER_VERSION}.json"

    def read(self, path: Path) -> ReadDocument:
        """The document in `path`: the stored parse of these bytes, else parsed now and stored."""
        data = path.read_bytes()
        stored = self.path_for(data, path.suffix)
        document = _load(stored)
        if document is None:
            document = parse_document(data, path.suffix, str(path))
            self._save(stored, document)
        return document

    def _save(self, stored: Path, document: ReadDocument) -> None:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{stored.name}.", suffix=".tmp", dir=self.directory)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(asdict(document), handle, ensure_ascii=False)
            os.replace(tmp, stored)
        except OSError:
            return  # a read-only data directory: the document is parsed again next time, nothing is lost


def _load(stored: Path) -> ReadDocument | None:
    try:
        data = json.loads(stored.read_text(encoding="utf-8"))
        blocks = tuple(
            Block(**{**b, "cells": tuple(b.get("cells", ())), "header": tuple(b.get("header", ()))})
            for b in data["blocks"]
        )
        return ReadDocument(title=data["title"], blocks=blocks, source=data["source"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
