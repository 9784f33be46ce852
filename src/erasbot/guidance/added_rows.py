"""A table's rows: read with the caption of their table, and against the sentence of their section that states
inline what the rows' first column holds."""

from __future__ import annotations

import re

from erasbot.guidance.corpus import BULLET, is_bullet
from erasbot.guidance.reading.model import row_kind
from erasbot.guidance.selection import EVIDENCE
from erasbot.guidance.units import figure_units

FIGURE_IN_CELL = re.compile(r"\d+(?:[.,]\d+)*")


# a table's caption: a line naming the table ('Table 8. ...', 'Tabel 3 –', 'Tabell 2:', 'Taulukko 4.'), or a short line
# that is no sentence ('Maximum daily staff rates (EUR per day)'); a sentence announcing the table ('The grant depends
# on the country group:') is scored with its rows already (selection.with_list), its words are no row's
CAPTION = re.compile(r"^(?:table|tabel|tabell|taulukko)\s+\d+|[^.:]$", re.IGNORECASE)
CAPTION_MAX_CHARS = 160


def caption_of(sentence: str, text: str) -> str:
    """The caption of the table a row belongs to, from the row's passage: the nearest line above the table's rows
    that is none of them, when it names the table or is no sentence ('Table 8. Maximum daily staff rates used to
    check the lump sum estimate (EUR per day)'). '' for a sentence that is no table row, a table whose caption is in
    another passage, or one introduced by a rule ('The programme must correspond to 60, 90 or 120 ECTS credits'
    states the rows' figures: every row would name them all). A row says what its cells hold ('Group 3: 177'); its
    caption says of what, and in which unit: the rate per day of the staff category the row names."""
    row = BULLET.sub("", sentence.strip())
    if not row_kind(row):
        return ""
    lines = [line.strip() for line in text.split("\n")]
    at = next((k for k, line in enumerate(lines) if BULLET.sub("", line) == row), None)
    if at is None:
        return ""
    for line in reversed(lines[:at]):
        if not line or is_bullet(line) and row_kind(BULLET.sub("", line)):
            continue
        return line if not is_bullet(line) and len(line) <= CAPTION_MAX_CHARS and CAPTION.search(line) else ""
    return ""


def row_values(sentence: str) -> str:
    """A table row's cells without their column headings ('Privatperson; Nej; Nej'): what sets the row apart from
    the others of its table, whose headings it shares; the sentence itself when it is no such row."""
    row = BULLET.sub("", sentence.strip())
    if not row_kind(row) or row_kind(row) == "|":
        return sentence
    return "; ".join(cell.partition(": ")[2] or cell for cell in row.split("; "))


def inline_over_rows(candidates: list, units: set[str], kinds: set[str], question: str) -> list:
    """When a table row leads and a sentence of its section states inline what the table's first column holds
    in every row ('The joint master programme must correspond to 60, 90 or 120 ECTS credits' above rows for 60,
    90 and 120 ECTS), that sentence leads instead: it is the rule the table details, in the guide's own words.
    Not when the question names one row's figure (that row answers), nor when it asks a figure in a unit the
    first column does not give, or a kind of figure it does not give (another column's: the months of the
    scholarship)."""
    if not candidates or not is_bullet(candidates[0][2]):
        return candidates
    top = candidates[0]
    kind = row_kind(BULLET.sub("", top[2]).strip())
    if not kind or kind == "|":
        return candidates
    cells = [
        line.partition(": ")[2].split("; ")[0]
        for line in (BULLET.sub("", raw.strip()) for raw in top[1].chunk.text.split("\n"))
        if row_kind(line) == kind
    ]
    figures = {f for cell in cells for f in FIGURE_IN_CELL.findall(cell)}
    if len(cells) < 2 or len(figures) < 2 or figures & set(FIGURE_IN_CELL.findall(question)):
        return candidates
    asked = set(units) - {"date"}
    if asked and not asked & figure_units(" ".join(cells)):
        return candidates
    if kinds and not any(EVIDENCE[k].search(" ".join(cells)) for k in kinds):
        return candidates
    for k, (score, hit, sentence, closeness) in enumerate(candidates[1:], start=1):
        if (
            not is_bullet(sentence)
            and hit.chunk.doc_id == top[1].chunk.doc_id
            and hit.chunk.heading == top[1].chunk.heading
            and figures <= set(FIGURE_IN_CELL.findall(sentence))
        ):
            lead = (top[0] + 0.01, hit, sentence, closeness)
            return [lead, *candidates[:k], *candidates[k + 1 :]]
    return candidates
