"""Reading documents from disk: the bundled manifest, user documents (txt, md, html, pdf, docx)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from erasbot.errors import ErasbotError
from erasbot.guidance.corpus import Chunk, DocumentInfo, chunk_document, clean_text
from erasbot.guidance.parsed_store import ParsedDocuments
from erasbot.guidance.reading import READERS, read_document, render
from erasbot.settings import Settings

SUPPORTED_SUFFIXES = set(READERS)
USER_MANIFEST = "manifest.json"
PARSED_DIR = "parsed"  # beside the user manifest: added documents as the reader parsed them
MANIFEST_LOCK = "manifest.lock"
LOCK_SECONDS = 30.0
TEXT_NOISE = 0.02  # share of control or undecodable characters above which a file is not text


def _read_manifest(path: Path) -> list[dict]:
    """The entries of a manifest file ([] when there is none), each checked to be an object with an id."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except UnicodeDecodeError as exc:
        raise ErasbotError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start}); {_FIX}") from exc
    except json.JSONDecodeError as exc:
        raise ErasbotError(f"{path}: not valid JSON (line {exc.lineno}): {exc.msg}; {_FIX}") from exc
    except OSError as exc:
        raise ErasbotError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("documents", []), list):
        found = type(data.get("documents") if isinstance(data, dict) else data).__name__
        raise ErasbotError(f'{path}: expected an object {{"documents": [...]}}, found {found}; {_FIX}')
    entries = data.get("documents", [])
    for n, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise ErasbotError(f'{path}: document entry {n} is not an object with an "id"; {_FIX}')
    return entries


_FIX = "fix or remove the file (user documents can be added again with `erasbot ingest FILE`)"


def _write_manifest(path: Path, entries: list[dict]) -> None:
    """Replace the manifest atomically: readers see the old or the new file, never half of one."""
    text = json.dumps({"documents": entries}, ensure_ascii=False, indent=2)
    _atomic_write(path, text.encode("utf-8"))


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _info(entry: dict, where: Path) -> DocumentInfo:
    for key in ("id", "title", "language", "file"):
        if key not in entry:
            raise ErasbotError(f"{where}: document entry {entry.get('id', '?')!r} lacks the field {key!r}; {_FIX}")
    texts = ("id", "title", "language", "file", "publisher", "action_title", "period", "succeeded_by")
    wrong = [k for k in texts if not isinstance(entry.get(k, ""), str)]
    actions = entry.get("actions", [])
    if not isinstance(actions, list) or not all(isinstance(a, str) for a in actions):
        wrong.append("actions")
    if wrong:
        raise ErasbotError(
            f"{where}: document entry {entry['id']!r}: {', '.join(wrong)} must be text (actions a list of text); {_FIX}"
        )
    return DocumentInfo(
        id=entry["id"],
        title=entry["title"],
        language=entry["language"],
        publisher=entry.get("publisher", ""),
        actions=tuple(actions),
        action_title=entry.get("action_title", ""),
        period=entry.get("period", ""),
        file=entry["file"],
        succeeded_by=entry.get("succeeded_by", ""),
    )


def document_id(path: Path) -> str:
    """The id a file's name gives it: lower case letters, digits and hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "document"


def looks_like_text(text: str) -> bool:
    """False for the text of a binary file: many control or undecodable characters."""
    sample = text[:200_000]
    odd = sum(1 for ch in sample if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f"))
    return odd <= TEXT_NOISE * max(len(sample), 1)


def read_text(path: Path) -> str:
    """The text of a txt, md, html, pdf or docx file in the form the chunker reads ('# ' headings, lists whole)."""
    return render(read_document(path))


def _short_title(title: str, limit: int = 120) -> str:
    """A title for citations: whole words up to `limit` characters."""
    title = " ".join(title.split())
    return title if len(title) <= limit else title[:limit].rsplit(" ", 1)[0] + " …"


@dataclass(frozen=True)
class Listed:
    """A document in the library as `erasbot documents` shows it."""

    info: DocumentInfo
    path: Path
    bundled: bool

    @property
    def missing(self) -> bool:
        return not self.path.is_file()


class Library:
    """The documents erasbot answers from: the bundled corpus plus the user's own.

    The user manifest is only changed under a file lock and replaced atomically, so
    concurrent adds (several sessions of the app, several commands) lose nothing.
    A document whose file has gone is skipped and listed in `missing`.
    """

    def __init__(self, settings: Settings):
        self.settings = settings
        self.missing: list[Listed] = []
        self.parsed = ParsedDocuments(settings.user_documents_dir / PARSED_DIR)

    def read_text(self, path: Path) -> str:
        """Like `read_text`, but a file is parsed once and its parse stored (by content) for every later read, in
        this process or a fresh one; the bundled corpus, curated plain text, is chunked as it is written."""
        if not path.is_file():
            raise ErasbotError(f"{path}: no such file")
        if READERS.get(path.suffix.lower()) == "text" and path.resolve().is_relative_to(
            self.settings.corpus_dir.resolve()
        ):
            return path.read_text(encoding="utf-8", errors="replace")
        return render(self.parsed.read(path))

    @property
    def _user_manifest(self) -> Path:
        return self.settings.user_documents_dir / USER_MANIFEST

    def listing(self) -> list[Listed]:
        """Every document in the manifests, bundled first, whether or not its file exists."""
        out: list[Listed] = []
        for base, bundled in ((self.settings.corpus_dir, True), (self.settings.user_documents_dir, False)):
            manifest = base / USER_MANIFEST
            for entry in _read_manifest(manifest):
                info = _info(entry, manifest)
                out.append(Listed(info, base / info.file, bundled))
        return out

    def manifest_entries(self) -> list[tuple[DocumentInfo, Path]]:
        """The documents whose files exist, with their paths; the others are recorded in `missing`."""
        listed = self.listing()
        if not listed:
            raise ErasbotError(f"no documents: {self.settings.corpus_dir / 'manifest.json'} is missing or empty")
        self.missing = [item for item in listed if item.missing]
        return [(item.info, item.path) for item in listed if not item.missing]

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
            text = clean_text(self.read_text(path))
            out.extend(chunk_document(info, text, **({"target_chars": target_chars} if target_chars else {})))
        return out

    def _lock(self) -> FileLock:
        self.settings.user_documents_dir.mkdir(parents=True, exist_ok=True)
        return FileLock(str(self.settings.user_documents_dir / MANIFEST_LOCK), timeout=LOCK_SECONDS)

    def add_user_document(
        self, path: Path, language: str, actions: tuple[str, ...] = (), period: str = ""
    ) -> DocumentInfo:
        """Copy a user's document into the data directory and record it in the user manifest.

        Its id comes from the file name; when a different document already has that id the new
        one gets the next free id (`same-2`), and adding the same content again changes nothing.
        """
        if path.suffix.lower() not in READERS or not path.is_file():
            read_document(path)  # raises with the reason
        document = self.parsed.read(path)  # parsed once here, at ingest; later reads load the stored parse
        text = clean_text(render(document))
        if not text.strip():
            raise ErasbotError(f"{path}: no text could be read from it")
        if not looks_like_text(text):
            raise ErasbotError(
                f"{path}: does not look like text (a binary file?); give a txt, md, html, pdf or docx document"
            )
        wanted = document_id(path)
        bundled = {info.id for info in self._bundled()}
        if wanted in bundled:
            raise ErasbotError(f"{path}: the id {wanted!r} belongs to a bundled document; rename the file")
        content = path.read_bytes()
        target_dir = self.settings.user_documents_dir
        try:
            with self._lock():
                entries = _read_manifest(self._user_manifest)
                taken = {e["id"]: e for e in entries}
                doc_id, n = wanted, 1
                while doc_id in taken:
                    same = target_dir / str(taken[doc_id].get("file", ""))
                    if same.is_file() and same.read_bytes() == content:  # already added, unchanged
                        title = citation_title(document.title or text, doc_id)
                        if taken[doc_id]["title"] != title:  # read better since (a newer reader): its title too
                            taken[doc_id]["title"] = title
                            _write_manifest(self._user_manifest, entries)
                        return _info(taken[doc_id], self._user_manifest)
                    n += 1
                    doc_id = f"{wanted}-{n}"
                target = target_dir / f"{doc_id}{path.suffix.lower()}"
                _atomic_write(target, content)
                info = DocumentInfo(
                    id=doc_id,
                    title=citation_title(document.title or text, doc_id),
                    language=language,
                    publisher="user document",
                    actions=actions,
                    action_title="",
                    period=period,
                    file=target.name,
                )
                entry = asdict(info) | {"actions": list(info.actions), "source": str(path.resolve())}
                _write_manifest(self._user_manifest, [*entries, entry])
                return info
        except Timeout as exc:
            raise ErasbotError(f"{target_dir}: another process holds the document list; try again") from exc

    def remove_user_document(self, doc_id: str) -> DocumentInfo:
        """Take a user document out of the manifest and delete its copied file."""
        if doc_id in {info.id for info in self._bundled()}:
            raise ErasbotError(f"{doc_id!r} is a bundled document and cannot be removed")
        try:
            with self._lock():
                entries = _read_manifest(self._user_manifest)
                found = [e for e in entries if e["id"] == doc_id]
                if not found:
                    known = ", ".join(e["id"] for e in entries) or "none"
                    raise ErasbotError(f"no user document {doc_id!r}; your documents: {known}")
                info = _info(found[0], self._user_manifest)
                _write_manifest(self._user_manifest, [e for e in entries if e["id"] != doc_id])
        except Timeout as exc:
            raise ErasbotError(f"{self.settings.user_documents_dir}: another process holds the document list") from exc
        copied = (self.settings.user_documents_dir / info.file).resolve()
        if copied.parent == self.settings.user_documents_dir.resolve():  # never a file outside the data directory
            copied.unlink(missing_ok=True)
        return info

    def _bundled(self) -> list[DocumentInfo]:
        manifest = self.settings.corpus_dir / "manifest.json"
        return [_info(e, manifest) for e in _read_manifest(manifest)]


def citation_title(text: str, fallback: str) -> str:
    """The first line of text (a parsed document's title, else its text), without control characters, as a
    citation title of whole words up to 120 characters; `fallback` when there is no line."""
    for line in text.split("\n"):
        line = "".join(ch for ch in line if unicodedata.category(ch)[0] != "C").strip()
        if line:
            return _short_title(line)
    return fallback
