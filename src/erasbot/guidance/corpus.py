"""The guidance documents: manifest entries, cleaning and section-aware chunks.

Pure functions over text; reading files lives in documents.py.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Protocol

from erasbot.guidance.reading.mail import CLOSING
from erasbot.text import ends_in_abbreviation

# Lines that belong to the web page around the guidance, not to the guidance.
FURNITURE_PATTERNS = [
    r"skip to main content",
    r"skip naar (de )?(main )?content",
    r"hoppa till (huvud)?innehåll(et)?",
    r"siirry sisältöön",
    r"dela denna sida",
    r"deel deze pagina",
    r"jaa tämä sivu",
    r"share this page",
    r"(foto|photo|kuva|bild)\s*:.*",
    r"erasmus\+",
    r"eu programme for education, training, youth and sport",
    r"[\w+]+_[\w_]+",  # image file names such as E+_aikuiskoulutus_KA2
]
_FURNITURE = re.compile(r"^\s*(?:%s)\s*$" % "|".join(FURNITURE_PATTERNS), re.IGNORECASE)
BULLET = re.compile(r"^\s*(?:[•\-\*–·]|\d{1,2}[.)])\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(]?[A-ZÅÄÖÜÉ0-9])")

TARGET_CHUNK_CHARS = 500  # measured best of 350-2000 (evals/report.md)


@dataclass(frozen=True)
class DocumentInfo:
    """One manifest entry: what a document is and where it comes from."""

    id: str
    title: str
    language: str
    publisher: str
    actions: tuple[str, ...]
    action_title: str
    period: str
    file: str = ""
    succeeded_by: str = ""  # the action that took over from this document's actions in a later period


class Record(Protocol):
    """What the index stores: an id, the text to embed, the text to keep, metadata and a change hash."""

    @property
    def record_id(self) -> str: ...

    @property
    def embed_text(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def content_hash(self) -> str: ...

    def metadata(self) -> dict[str, str | int]: ...


@dataclass(frozen=True)
class Chunk:
    """A passage of one document under one section heading, with a stable id."""

    chunk_id: str
    doc_id: str
    n: int
    heading: str
    text: str
    language: str
    actions: tuple[str, ...]
    period: str
    title: str

    @property
    def record_id(self) -> str:
        return self.chunk_id

    @property
    def embed_text(self) -> str:
        """What the embedding model sees: the passage with its document title and heading."""
        return (
            f"{self.title}. {self.heading}.\n{self.text}"
            if self.heading != self.title
            else f"{self.title}.\n{self.text}"
        )

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.embed_text.encode("utf-8")).hexdigest()[:16]

    def metadata(self) -> dict[str, str | int]:
        return {
            "doc_id": self.doc_id,
            "n": self.n,
            "heading": self.heading,
            "language": self.language,
            "actions": ",".join(self.actions),
            "period": self.period,
            "title": self.title,
            "hash": self.content_hash,
        }


@dataclass(frozen=True)
class Sentence:
    """One sentence of a chunk, embedded on its own to pick what an answer quotes."""

    chunk_id: str
    k: int
    text: str

    @property
    def record_id(self) -> str:
        return f"{self.chunk_id}/{self.k}"

    @property
    def embed_text(self) -> str:
        return self.text

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]

    def metadata(self) -> dict[str, str | int]:
        return {"chunk_id": self.chunk_id, "k": self.k, "hash": self.content_hash}


def chunk_sentences(chunks: list[Chunk]) -> list[Sentence]:
    return [Sentence(c.chunk_id, k, text) for c in chunks for k, text in enumerate(split_sentences(c.text))]


@dataclass
class Section:
    heading: str
    blocks: list[str] = field(default_factory=list)


def clean_text(raw: str) -> str:
    """Drop page furniture lines and normalise white space, keeping paragraph breaks."""
    lines = []
    for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = line.replace("\u00a0", " ").rstrip()
        if _FURNITURE.match(line):
            continue
        lines.append(line)
    text = "\n".join(lines)
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\n\s*\n+", "\n\n", text)
    return text.strip()


def split_blocks(text: str) -> list[str]:
    return [b.strip() for b in text.split("\n\n") if b.strip()]


def is_bullet(line: str) -> bool:
    return bool(BULLET.match(line))


def _is_heading(block: str, next_block: str | None) -> bool:
    """A heading is a '# ' line (a reader found it), or a short single line without closing punctuation
    that does not introduce a list."""
    if block.startswith("# ") and "\n" not in block:
        return True
    if "\n" in block or len(block) > 90 or is_bullet(block):
        return False
    if block.endswith("?"):
        return True
    if CLOSING.match(block):  # 'Groet, Marloes (decaan ...)': a mail's sign-off, above the answer to its questions
        return False
    if block[-1] in ".:;,!" or block.startswith("#"):
        return block.startswith("#")
    return next_block is None or not is_bullet(next_block)


def sections(text: str, title: str) -> list[Section]:
    """Group the cleaned text into sections under their headings."""
    blocks = split_blocks(text)
    result: list[Section] = [Section(heading=title)]
    for i, block in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if _is_heading(block, nxt):
            result.append(Section(heading=block.lstrip("#").strip()))
        else:
            result[-1].blocks.append(block)
    return [s for s in result if s.blocks]


def _units(blocks: list[str]) -> list[str]:
    """Keep a line that introduces a list together with its bullets."""
    units: list[str] = []
    for block in blocks:
        if units and is_bullet(block.split("\n", 1)[0]) and not units[-1].endswith("."):
            units[-1] = units[-1] + "\n" + block
        else:
            units.append(block)
    return units


def chunk_document(info: DocumentInfo, text: str, target_chars: int = TARGET_CHUNK_CHARS) -> list[Chunk]:
    """Cut a cleaned document into section-aware chunks of about `target_chars` characters."""
    chunks: list[Chunk] = []
    for section in sections(text, info.title):
        pieces: list[str] = []
        for unit in _units(section.blocks):
            if pieces and len(pieces[-1]) + len(unit) + 2 <= target_chars:
                pieces[-1] = pieces[-1] + "\n\n" + unit
            else:
                pieces.append(unit)
        for piece in pieces:
            chunks.append(
                Chunk(
                    chunk_id=f"{info.id}#{len(chunks)}",
                    doc_id=info.id,
                    n=len(chunks),
                    heading=section.heading,
                    text=piece,
                    language=info.language,
                    actions=info.actions,
                    period=info.period,
                    title=info.title,
                )
            )
    return chunks


def split_sentences(text: str) -> list[str]:
    """Sentences of a passage: each bullet line on its own, prose split at sentence ends."""
    out: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        marker = BULLET.match(line)
        if marker:  # '1. Allianties ...' is one item, not the sentence '1.'
            out.append(line)
            continue
        parts = [p.strip() for p in _SENTENCE_END.split(line) if p.strip()]
        for part in parts[:1]:
            out.append(part)
        for part in parts[1:]:
            if ends_in_abbreviation(out[-1]):  # 'kl. 10', 'bijv. Nederland': one sentence
                out[-1] += " " + part
            else:
                out.append(part)
    return out
