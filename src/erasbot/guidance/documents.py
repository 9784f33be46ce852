"""Reading documents from disk: the bundled manifest, user documents (txt, md, html, pdf)."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import asdict
from pathlib import Path

from erasbot.errors import ErasbotError
from erasbot.guidance.corpus import Chunk, DocumentInfo, chunk_document, clean_text
from erasbot.guidance.reading import READERS, ReadDocument, read_document, render
from erasbot.settings import Settings

SUPPORTED_SUFFIXES = set(READERS)
USER_MANIFEST = "manifest.json"


def _read_manifest(path: Path) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except json.JSONDecodeError as exc:
        raise ErasbotError(f"{path}: not valid JSON (line {exc.lineno}): {exc.msg}") from exc
    return data.get("documents", [])


def _info(entry: dict, where: Path) -> DocumentInfo:
    try:
        return DocumentInfo(
            id=entry["id"],
            title=entry["title"],
            language=entry["language"],
            publisher=entry.get("publisher", ""),
            actions=tuple(entry.get("actions", [])),
            action_title=entry.get("action_title", ""),
            period=entry.get("period", ""),
            file=entry["file"],
        )
    except KeyError as exc:
        raise ErasbotError(f"{where}: document entry {entry.get('id', '?')!r} lacks the field {exc.args[0]!r}") from exc


def read_text(path: Path) -> str:
    """The text of a txt, md, html or pdf file in the form the chunker reads ('# ' headings, lists whole)."""
    return _text_of(path, read_document(path))


def _text_of(path: Path, document: ReadDocument) -> str:
    # plain text (the bundled corpus among it) is chunked as written; the rest as the reader rendered it
    if document.source == "text":
        return path.read_text(encoding="utf-8", errors="replace")
    return render(document)


def _short_title(title: str, limit: int = 120) -> str:
    """A title for citations: whole words up to `limit` characters."""
    title = " ".join(title.split())
    return title if len(title) <= limit else title[:limit].rsplit(" ", 1)[0] + " …"


class Library:
    """The documents erasbot answers from: the bundled corpus plus the user's own."""

    def __init__(self, settings: Settings):
        self.settings = settings

    def manifest_entries(self) -> list[tuple[DocumentInfo, Path]]:
        entries: list[tuple[DocumentInfo, Path]] = []
        for base in (self.settings.corpus_dir, self.settings.user_documents_dir):
            manifest = base / ("manifest.json" if base == self.settings.corpus_dir else USER_MANIFEST)
            for entry in _read_manifest(manifest):
                info = _info(entry, manifest)
                entries.append((info, base / info.file))
        if not entries:
            raise ErasbotError(f"no documents: {self.settings.corpus_dir / 'manifest.json'} is missing or empty")
        return entries

    def documents(self) -> list[DocumentInfo]:
        return [info for info, _ in self.manifest_entries()]

    def chunks(self, target_chars: int | None = None) -> list[Chunk]:
        out: list[Chunk] = []
        for info, path in self.manifest_entries():
            text = clean_text(read_text(path))
            out.extend(chunk_document(info, text, **({"target_chars": target_chars} if target_chars else {})))
        return out

    def add_user_document(
        self, path: Path, language: str, actions: tuple[str, ...] = (), period: str = ""
    ) -> DocumentInfo:
        """Copy a user's document into the data directory and record it in the user manifest."""
        document = read_document(path)
        text = clean_text(_text_of(path, document))
        if not text.strip():
            raise ErasbotError(f"{path}: no text could be read from it")
        doc_id = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "document"
        bundled = {info.id for info in self._bundled()}
        if doc_id in bundled:
            raise ErasbotError(f"{path}: the id {doc_id!r} belongs to a bundled document; rename the file")
        target_dir = self.settings.user_documents_dir
        target_dir.mkdir(parents=True, exist_ok=True)
        target = target_dir / f"{doc_id}{path.suffix.lower()}"
        shutil.copyfile(path, target)
        info = DocumentInfo(
            id=doc_id,
            title=_short_title(document.title) or doc_id,
            language=language,
            publisher="user document",
            actions=actions,
            action_title="",
            period=period,
            file=target.name,
        )
        manifest = target_dir / USER_MANIFEST
        entries = [e for e in _read_manifest(manifest) if e["id"] != doc_id]
        entry = asdict(info)
        entry["actions"] = list(info.actions)
        entries.append(entry)
        manifest.write_text(json.dumps({"documents": entries}, ensure_ascii=False, indent=2), encoding="utf-8")
        return info

    def _bundled(self) -> list[DocumentInfo]:
        manifest = self.settings.corpus_dir / "manifest.json"
        return [_info(e, manifest) for e in _read_manifest(manifest)]
