"""What a printed form adds to its text, read away: fill-in blanks ('Name of the applicant organisation: ______'),
tick boxes ('☐ Yes ☐ No'). A form's questions and notes stay; a line that is only blanks and their labels goes (it
says nothing, and as a heading it would head the note under it instead of the question above); a tick box
before a choice's words leaves the words as a list item. Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from erasbot.guidance.reading.model import Block, squeeze

# a blank to fill in: underscores, dots or ellipses in a row
BLANK = re.compile(r"_{3,}|\.{6,}|…{2,}")
# what is left of a blank for a date or a number ('____ / ____ / ________', '___ . ___')
BLANK_REST = re.compile(r"(?<!\w)[\s/.:\-–]*(?:[/.\-–][\s/.\-–]*)+(?!\w)")
TICKS = "☐☑☒□▢■✓✔✗✘"
TICK = re.compile(f"[{TICKS}]")
# the words of a choice that say nothing without the question ('Yes', 'No', 'Ja', 'Kyllä', 'Nee')
ANSWERS = re.compile(r"^(?:(?:yes|no|ja|nej|kyllä|kylla|ei|nee|n/a)\b[\s,/]*)+", re.IGNORECASE)
# a question of the form by its number ('C.1 Planned project duration: ... months'), which stays a heading
NUMBERED = re.compile(r"^(?:[A-Z]\.\d+(?:\.\d+)*|\d+(?:\.\d+)+)\.?\s")
# a label before its blank ('Contact person:', 'E-mail:'): at most this many words
LABEL_WORDS = 8


def without_form_fields(blocks: list[Block]) -> list[Block]:
    """The blocks with the form's blanks and tick boxes read away (the sections are the caller's to set again)."""
    out: list[Block] = []
    for block in blocks:
        if block.kind == "table_row" and block.cells and _ticked(block.cells[0]):
            text = _choice(block.cells)
            if text:
                out.append(Block("list_item", text))
            continue
        if BLANK.search(block.text):
            rest = _unblanked(block.text)
            if block.kind == "heading" and NUMBERED.match(rest):
                out.append(replace(block, text=rest))
            elif not _labels_only(rest) and block.kind != "heading":
                out.append(replace(block, text=rest))
            continue
        out.append(block)
    return out


def _ticked(cell: str) -> bool:
    """Is the cell a tick box alone?"""
    return bool(cell.strip()) and not TICK.sub("", cell).strip()


def _choice(cells: tuple[str, ...]) -> str:
    """The words of a row of tick boxes, without the boxes and the bare answers ('Yes', 'No') they offer; '' when
    nothing else is said ('☐ Yes ☐ No')."""
    text = squeeze(" ".join(TICK.sub(" ", c) for c in cells))
    return squeeze(ANSWERS.sub("", text))


def _unblanked(text: str) -> str:
    """The text without its blanks (and the slashes and dots left between a date's blanks)."""
    return squeeze(BLANK_REST.sub(" ", BLANK.sub(" / ", text))).strip(" /")


def _labels_only(text: str) -> bool:
    """Is the text only labels of blanks ('Contact person: E-mail:', 'Date of legal registration:')?"""
    pieces = [p.strip() for p in re.split(r":", text)]
    return all(len(p.split()) <= LABEL_WORDS and not re.search(r"[.!?]$", p) for p in pieces)
