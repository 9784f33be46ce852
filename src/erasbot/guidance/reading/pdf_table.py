"""A table of a PDF read row by row: the printed lines of a row, whatever cell wraps, joined cell by cell.

A table opens at a line of cells far apart; its columns start where that line's cells start. The
lines under it belong to it while they sit in its columns in its type size (a lone line in the first
column only where its cells start and narrow enough for it; on the next page, a row broken by the page
break, only where a column starts). A line starts a new row
when it has text in the first column and either stands further below the line before than the lines
inside a cell do (LibreOffice's cell padding, Word's borders) or, where rows and lines stand equally
apart, fills every column the row's first line filled; otherwise it goes on with the row's cells
(a country list wrapped over four lines of the first column, a note wrapped in the last).

A line with no text in the first column that stands a row's distance below the line before (rows seen
to stand further apart than a cell's lines) starts a row of its own; a row that ends with no first cell
stands under a first cell merged over several rows ('Group 1' over 'up to 14 days' and 'from day 15')
and takes that cell, so each row reads whole. The header row printed again at the top of the next page
is not a row.

A web page printed by the browser sets its lines, a wrapped cell's too, as far apart as its text's lines (160 % and a
little unevenly): in such a loose document the distances allowed follow the document's measured line spacing.

Cells centred vertically (a browser's and Word's option) print a row's short cells between the lines of
its longest one: a line closer under the line before than two lines of one column can stand belongs to
the same row, and may bring the first column the table's opening line did not have.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from erasbot.guidance.reading.model import Block, squeeze

ROW_GAP_SLACK = 0.3  # points: rows further apart than a cell's lines by more than this (a border) are rows
# ... or, in a loose document, by more than this share of the type size: a browser places a cell's lines a little
# unevenly (17.3 and 18.0 points apart at 11.2 points)
ROW_GAP_JITTER_EMS = 0.08
CELL_LINE_EMS = 1.6  # lines of one cell stand at most this far apart (in font sizes; 125 % line height)
# ... or, in a document whose lines of text stand further apart (a web page printed at 160 % line height), this much
# further than they do
LOOSE_LINE_EXTRA_EMS = 0.12
LOOSE_LINES_EMS = 1.5  # lines of text this far apart (in font sizes) or more: a loose document (LibreOffice: 1.2-1.46)
ROW_LINE_EMS = 2.2  # a row's first line stands at most this far (in font sizes) under the row before
SAME_ROW_EMS = 0.9  # lines closer than this (in font sizes) are side by side in one row, not one under another
TOTAL = re.compile(r"(?:total|totaal|totalt|summa|yhteensä|in total|sum)\b", re.IGNORECASE)
NARROW_CHAR_EMS = 0.4  # a narrow estimate of a character's width, so a full line of a cell still fits its column


@dataclass
class PdfTable:
    """The table being read: its columns, header, rows, and the gaps seen between its lines."""

    columns: list[float]
    size: float  # the type size of its text
    join: Callable[[str, str], str]  # two printed lines of a cell as one text (hyphenation undone)
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    row_columns: set[int] = field(default_factory=set)  # the columns the open row's first line filled
    gaps: list[float] = field(default_factory=list)  # distances between consecutive lines of the table
    repeating_header: bool = False  # the line before was the header printed again on a new page
    line_ems: float = 0.0  # how far apart (in font sizes) the document's lines of text stand, when measured

    @classmethod
    def open(cls, line, join: Callable[[str, str], str], line_ems: float = 0.0) -> PdfTable:
        """A table opened by a line of cells: a bold line is its header row (`line_ems`: the document's line
        spacing in font sizes)."""
        table = cls([x for x, _ in line.cells], line.size, join, line_ems=line_ems)
        if line.bold:
            table.header = [squeeze(text) for _, text in line.cells]
        else:
            table._new_row(line)
        return table

    def go_on_from(self, before: PdfTable | None) -> None:
        """A table opened right after another with as many columns, the first where its first starts, is that
        table going on after a line across all its columns ('Criterium 2 – ...' between the rows of criterion 1
        and 2; a right-aligned column of figures starts elsewhere in every row): its header is the same, and so is
        the header it prints again on the next page."""
        if (
            before is not None
            and before.header
            and not self.header
            and len(before.columns) == len(self.columns)
            and abs(before.columns[0] - self.columns[0]) <= 2
        ):
            self.header = list(before.header)

    def takes(self, line, previous, max_gap: float) -> bool:
        """True when `line` (coming after `previous`) is printed inside this table."""
        if abs(line.size - self.size) > 0.5:
            return False
        if len(line.cells) >= 2 or self._beside(line, previous):
            return True
        x, text = line.cells[0]
        if line.page != previous.page:  # a row broken by a page break goes on in one of its columns
            return not line.bold and self._fits_column(x, text, line.size)  # (a bold line: a heading)
        # a row's first line under a row of padded cells stands further down than lines of text do
        if not 0 < previous.y - line.y <= max(max_gap, ROW_LINE_EMS * line.size):
            return False
        if len(self.columns) > 1 and x > self.columns[1] - 2:  # in a later column: a cell going on
            return True
        # in the first column only where its cells start (an indented list item under the table does not)
        return self._fits_column(x, text, line.size)

    def _fits_column(self, x: float, text: str, size: float) -> bool:
        """True when a line starts where a column starts and fits in it (a paragraph under the table or a
        list item on the next page starts elsewhere or runs across the columns)."""
        at = [i for i, start in enumerate(self.columns) if abs(x - start) <= 2]
        if not at:
            return False
        i = at[0]
        return i + 1 >= len(self.columns) or x + len(text) * NARROW_CHAR_EMS * size <= self.columns[i + 1] + size

    def add(self, line, previous) -> None:
        """Add a line the table takes: the header going on, a new row, or the open row going on."""
        gap = previous.y - line.y if line.page == previous.page else None
        if self._repeats_header(line, previous):
            self.repeating_header = True
            return
        self.repeating_header = False
        if self._beside(line, previous):  # a centred cell of the row being read (not a gap between lines)
            self._widen(line)
            self._extend(self.rows[-1] if self.rows else self.header, line)
            return
        if not self.rows and self._header_goes_on(line, gap):
            self._extend(self.header, line)
        elif not self.rows or self._starts_row(line, gap) or self._row_gap(line, gap):
            self._new_row(line)
        else:
            self._extend(self.rows[-1], line)
        if gap is not None and gap > 0:
            self.gaps.append(gap)

    def _beside(self, line, previous) -> bool:
        """Is the line printed beside the one before it in one row (closer than two lines of a column)?"""
        gap = previous.y - line.y
        return line.page == previous.page and 0 < gap < SAME_ROW_EMS * line.size and bool(self.rows or self.header)

    def _widen(self, line) -> None:
        """A cell left of the first column the table has: the opening line lacked the first column."""
        x = min(x for x, _ in line.cells)
        if x < self.columns[0] - 2:
            self.columns.insert(0, x)
            for cells in [self.header, *self.rows] if self.header else self.rows:
                cells.insert(0, "")

    def _repeats_header(self, line, previous) -> bool:
        """A bold line at the top of a later page (or going on from one) whose cells are the header's own."""
        if not (self.header and self.rows and line.bold):
            return False
        if line.page == previous.page and not self.repeating_header:
            return False
        if len(line.cells) == len(self.header):  # cell by cell (a right-aligned column starts elsewhere in each row)
            return all(squeeze(text) in cell for (_, text), cell in zip(line.cells, self.header, strict=True))
        for x, text in line.cells:
            i = self._column(x)
            if i >= len(self.header) or squeeze(text) not in self.header[i]:
                return False
        return True

    def _loose(self) -> bool:
        return self.line_ems >= LOOSE_LINES_EMS

    def _cell_line(self, size: float) -> float:
        """How far apart (in points) the lines of one cell may stand."""
        return max(CELL_LINE_EMS, self.line_ems + LOOSE_LINE_EXTRA_EMS if self._loose() else 0.0) * size

    def _slack(self, size: float) -> float:
        """How much further apart than a cell's lines two lines must stand to be rows apart."""
        return max(ROW_GAP_SLACK, ROW_GAP_JITTER_EMS * size) if self._loose() else ROW_GAP_SLACK

    def _row_gap(self, line, gap: float | None) -> bool:
        """A line with no first cell further under the line before than the lines of a cell stand (closer
        lines were seen, or further than a cell's lines can be): a new row. Where rows stand as close as
        a cell's lines, it goes on with the row."""
        if gap is None or not self.rows:
            return False
        if self.gaps and gap > min(self.gaps) + self._slack(line.size):
            return True
        return gap > self._cell_line(line.size)

    def _close_row(self) -> None:
        """The last row ended with no first cell but others: it stands under the row before's first cell."""
        if len(self.rows) >= 2 and not self.rows[-1][0] and any(self.rows[-1]):
            if TOTAL.match(next(c for c in self.rows[-1] if c)):  # a total's row stands under no row's first cell
                return
            self.rows[-1][0] = self.rows[-2][0]

    def blocks(self) -> list[Block]:
        """The table's rows as table-row blocks, each with its column headings when the table has them."""
        self._close_row()
        header = tuple(self.header) if len(self.header) == len(self.columns) else ()
        return [
            Block("table_row", " | ".join(c for c in cells if c), cells=tuple(cells), header=header)
            for cells in self.rows
            if any(cells)
        ]

    def _header_goes_on(self, line, gap: float | None) -> bool:
        """A bold line close under the header, not filling all its columns: the header printed over two lines."""
        filled = {self._column(x) for x, _ in line.cells}
        return (
            bool(self.header)
            and line.bold
            and gap is not None
            and gap < self._cell_line(line.size)
            and len(filled) < len(self.columns)
        )

    def _column(self, x: float) -> int:
        return max((i for i, start in enumerate(self.columns) if start <= x + 2), default=0)

    def _starts_row(self, line, gap: float | None) -> bool:
        filled = {self._column(x) for x, _ in line.cells}
        if 0 not in filled:  # a row's first line has its first cell (see _under_merged_first_cell)
            return False
        if gap is not None and gap > self._cell_line(line.size):  # further apart than a cell's lines can be
            return True
        if gap is not None and self.gaps:
            low, high = min(self.gaps), max(self.gaps)
            if high - low > self._slack(line.size):  # rows seen to stand further apart than the lines of a cell
                return gap > (low + high) / 2
            if abs(gap - low) > self._slack(line.size):
                return gap > low
        return filled >= self.row_columns

    def _new_row(self, line) -> None:
        self._close_row()
        self.rows.append([""] * len(self.columns))
        self._extend(self.rows[-1], line)
        self.row_columns = {self._column(x) for x, _ in line.cells}

    def _extend(self, cells: list[str], line) -> None:
        while len(cells) < len(self.columns):
            cells.append("")
        for x, text in line.cells:
            i = self._column(x)
            cells[i] = self.join(cells[i], text) if cells[i] else squeeze(text)
