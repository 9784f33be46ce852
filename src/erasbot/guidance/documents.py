"""Reading documents from disk: the bundled manifest, user documents (txt, md, html, pdf)."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from dataclasses import asdict
from pathlib import Path

from erasbot.guidance.corpus import Chunk, DocumentInfo, chunk_document, clean_text
from erasbot.errors import ErasbotError
from erasbot.settings import Settings

SUPPORTED_SUFFIXES = {".txt", ".md", ".html", ".htm", ".pdf"}
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
    """The plain text of a txt, md, html or pdf file."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ErasbotError(
            f"{path}: cannot read {suffix or 'files without a suffix'}; use one of {', '.join(sorted(SUPPORTED_SUFFIXES))}"
        )
    if not path.is_file():
        raise ErasbotError(f"{path}: no such file")
    if suffix == ".pdf":
        from pypdf import PdfReader

        try:
            reader = PdfReader(str(path))
            return "\n\n".join((page.extract_text() or "") for page in reader.pages)
        except Exception as exc:  # pypdf raises many types for broken files
            raise ErasbotError(f"{path}: not a readable PDF ({exc})") from exc
    raw = path.read_text(encoding="utf-8", errors="replace")
    if suffix in {".html", ".htm"}:
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(raw, "html.parser")
        for tag in soup(["script", "style", "nav", "header", "footer", "noscript"]):
            tag.decompose()
        blocks = [el.get_text(" ", strip=True) for el in soup.find_all(["h1", "h2", "h3", "h4", "p", "li", "td"])]
        return "\n\n".join(b for b in blocks if b) or soup.get_text("\n")
    if suffix == ".md":
        raw = re.sub(r"^#{1,6}\s*", "", raw, flags=re.MULTILINE)
        raw = re.sub(r"^\s*[-*+]\s+", "• ", raw, flags=re.MULTILINE)
    return raw


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

    def fingerprint(self) -> list[str]:
        """One line per document: its manifest entry and the SHA-256 of its file (what a snapshot is keyed by)."""
        lines = []
        for info, path in self.manifest_entries():
            try:
                content = path.read_bytes()
            except OSError as exc:
                raise ErasbotError(
                    f"{path}: cannot read it ({exc.strerror or exc}); fix or remove its manifest entry"
                ) from exc
            entry = asdict(info)
            entry["actions"] = list(info.actions)
            digest = hashlib.sha256(content).hexdigest()
            lines.append(json.dumps(entry, sort_keys=True, ensure_ascii=False) + " " + digest)
        return lines

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
        text = clean_text(read_text(path))
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
        first_line = next((line.strip() for line in text.split("\n") if line.strip()), doc_id)
        info = DocumentInfo(
            id=doc_id,
            title=first_line[:80],
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
