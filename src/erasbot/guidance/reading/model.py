"""A document as read: its title and its blocks (headings, paragraphs, list items, table rows).

The renderer turns it into the plain-text form the chunker reads (corpus.py): headings as
'# ' lines, a paragraph per block, a list or table as one block of bullet lines so it stays whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table_row"]
# a list item's own marker: a bullet, or a number or letter with a dot or parenthesis
# bullets as printed, and as symbol fonts (Word's Symbol and Wingdings) give them (private-use code points)
LIST_MARKER = re.compile(r"^\s*(?:[•·▪‣◦●○■□➢►▶✓✔❖➤–\-\*\ue000-\uf8ff]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s+")
# a bullet glyph, not a number or letter: as printed, or a private-use glyph of a symbol font (Symbol,
# Wingdings) standing for one; a dash or a hyphen only with a space after it ('– Giltig', not '-5 %')
GLYPH_BULLET = re.compile(r"^\s*(?:[•▪‣◦●○■□➢►▶✓✔❖➤\ue000-\uf8ff]|[–\-*·](?=\s))")
_NUMBERED = re.compile(r"^\s*(\d{1,2}[.)])\s+")


@dataclass(frozen=True)
class Block:
    """One block of a document under its section heading ('' before the first heading)."""

    kind: BlockKind
    text: str
    section: str = ""
    level: int = 0  # a heading's level, 1 for the top
    cells: tuple[str, ...] = ()  # a table row's cells
    header: tuple[str, ...] = ()  # the column headings of a table row's table, when it has them


@dataclass(frozen=True)
class ReadDocument:
    """What a reader made of a file: the document's title and its blocks in reading order."""

    title: str
    blocks: tuple[Block, ...]
    source: str  # pdf | html | markdown | text | docx


def with_sections(blocks: list[Block]) -> tuple[Block, ...]:
    """Each block with the text of the heading it falls under."""
    section = ""
    out = []
    for block in blocks:
        if block.kind == "heading":
            section = block.text
        out.append(replace(block, section=section))
    return tuple(out)


# a soft hyphen and the zero-width characters (an e-mail's preheader pads itself out with them): not text
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def squeeze(text: str) -> str:
    """White space folded to single spaces (soft hyphens, zero-width characters and non-breaking spaces included)."""
    return re.sub(r"\s+", " ", _INVISIBLE.sub("", text).replace("\u00a0", " ")).strip()


def tidy(raw: str) -> str:
    """Text on one line without the spaces that markup leaves before punctuation and after '('."""
    text = squeeze(raw)
    return re.sub(r"\(\s+", "(", re.sub(r"\s+([.,;:!?)])", r"\1", text))


def row_text(block: Block) -> str:
    """A table row as one line: 'heading: value; heading: value' when its table has column headings."""
    cells = tuple(squeeze(c) for c in (block.cells or (block.text,)))
    if block.header and len(block.header) == len(cells):
        return "; ".join(f"{h}: {c}" if h else c for h, c in zip(block.header, cells) if c)
    return " | ".join(c for c in cells if c)


def row_kind(line: str) -> str:
    """What a table row as `row_text` wrote it shares with the other rows of its table: its first column
    heading ('Landengroep'), or '|' for a table without headings; '' for a line that is no table row."""
    if " | " in line:
        return "|"
    heading, colon, rest = line.partition(": ")
    if colon and re.search(r"; [^;:]{1,60}: ", rest) and len(heading) <= 60:
        return heading
    return ""


def _item_line(text: str) -> str:
    numbered = _NUMBERED.match(text)
    if numbered:
        return f"{numbered.group(1)} {text[numbered.end() :]}"
    return "• " + LIST_MARKER.sub("", text, count=1)


def render(document: ReadDocument) -> str:
    """The text form the chunker reads: '# heading' lines, paragraphs, lists and tables kept whole."""
    out: list[str] = []
    group: list[str] = []
    group_kind = ""

    def flush() -> None:
        nonlocal group, group_kind
        if group:
            out.append("\n".join(group))
        group, group_kind = [], ""

    parents: list[tuple[int, str]] = []  # the headings above the current one, outermost first
    for block in document.blocks:
        if block.kind == "heading":
            flush()
            text = squeeze(block.text)
            while parents and parents[-1][0] >= block.level:
                parents.pop()
            parent = parents[-1][1] if parents and parents[-1][1] != squeeze(document.title) else ""
            parents.append((block.level, text))
            # a subsection carries its section's heading: '22. Green practices – 22.1 Principles', not a
            # bare 'Principles' that every section of a long guide has
            out.append("# " + (f"{parent} – {text}" if parent and block.level > 1 else text))
        elif block.kind in ("list_item", "table_row"):
            if group_kind != block.kind:
                flush()
                group_kind = block.kind
            line = _item_line(squeeze(block.text)) if block.kind == "list_item" else "• " + row_text(block)
            group.append(line)
        else:
            flush()
            out.append(squeeze(block.text))
    flush()
    return "\n\n".join(b for b in out if b.strip())
