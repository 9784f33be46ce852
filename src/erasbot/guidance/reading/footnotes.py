"""Footnotes of a read document: each note placed right after the block that refers to it."""

from __future__ import annotations

import re
from dataclasses import replace

from erasbot.guidance.reading.model import Block, tidy

MARK = "\u27e6fn:{}\u27e7"  # where a reference stood, carried through to the blocks
MARKED = re.compile("\u27e6fn:([^\u27e7]+)\u27e7")


def with_footnotes(blocks: tuple[Block, ...] | list[Block], notes: dict[str, str]) -> list[Block]:
    """Each footnote as a paragraph right after the block that first refers to it, under the same heading (the
    time zone of a deadline stays beside the deadline); one referred to from a table's column heading ('Engångsbelopp
    (EUR)¹') after the table's last row; a footnote nobody refers to at the end."""
    out: list[Block] = []
    placed: set[str] = set()
    pending: list[str] = []  # labels of the column headings of the table being read, placed after its last row

    def place(labels: list[str], section: str) -> None:
        for label in dict.fromkeys(labels):
            if label not in placed and notes.get(label):
                placed.add(label)
                out.append(Block("paragraph", notes[label], section=section))

    for block in blocks:
        if pending and not (block.kind == "table_row" and out and _bare(block.header) == out[-1].header):
            place(pending, out[-1].section)
            pending = []
        labels = MARKED.findall(block.text) + [x for c in block.cells for x in MARKED.findall(c)]
        heading_labels = [x for c in block.header for x in MARKED.findall(c)]
        if labels or heading_labels:
            block = replace(
                block,
                text=tidy(MARKED.sub("", block.text)),
                cells=tuple(tidy(MARKED.sub("", c)) for c in block.cells),
                header=_bare(block.header),
            )
        out.append(block)
        place(labels, block.section)
        pending.extend(x for x in heading_labels if x not in pending)
    if pending and out:
        place(pending, out[-1].section)
    last = out[-1].section if out else ""
    out.extend(Block("paragraph", text, section=last) for label, text in notes.items() if label not in placed and text)
    return out


def _bare(cells: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(tidy(MARKED.sub("", c)) for c in cells)
