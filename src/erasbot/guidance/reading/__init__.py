"""Reading a user's document (pdf, docx, html, md, txt) as a document: title, headings, paragraphs, lists, tables.

`read_document` is pure over the file's bytes; `render` gives the text form the chunker reads.
"""

from __future__ import annotations

from pathlib import Path

from erasbot.errors import ErasbotError
from erasbot.guidance.reading.docx import read_docx
from erasbot.guidance.reading.markup import read_html, read_markdown
from erasbot.guidance.reading.model import Block, ReadDocument, render
from erasbot.guidance.reading.pdf import read_pdf
from erasbot.guidance.reading.plain import read_plain

__all__ = ["READERS", "READER_VERSION", "Block", "ReadDocument", "parse_document", "read_document", "render"]

# Bump when the reader's output changes, so stored passages of added documents are read again.
READER_VERSION = 27
READERS = {".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}


def parse_document(data: bytes, suffix: str, where: str = "the document") -> ReadDocument:
    """The document in `data`, read by its kind (the file suffix); `where` names it in errors."""
    suffix = suffix.lower()
    if suffix not in READERS:
        raise ErasbotError(
            f"{where}: cannot read {suffix or 'files without a suffix'}; use one of {', '.join(sorted(READERS))}"
        )
    if suffix == ".pdf":
        try:
            return read_pdf(data)
        except Exception as exc:  # pypdf raises many types for broken files
            raise ErasbotError(f"{where}: not a readable PDF ({exc})") from exc
    if suffix == ".docx":
        try:
            return read_docx(data)
        except ErasbotError as exc:  # says what is wrong with the file, not which file
            raise ErasbotError(f"{where}: {exc}") from exc
    text = data.decode("utf-8", errors="replace")
    kind = READERS[suffix]
    if kind == "html":
        return read_html(text)
    if kind == "markdown":
        return read_markdown(text)
    return read_plain(text)


def read_document(path: Path) -> ReadDocument:
    """The document in a file (txt, md, html, htm, pdf or docx)."""
    if path.suffix.lower() not in READERS:
        parse_document(b"", path.suffix, str(path))  # raises with the reason
    if not path.is_file():
        raise ErasbotError(f"{path}: no such file")
    return parse_document(path.read_bytes(), path.suffix, str(path))
