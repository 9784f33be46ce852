"""Tables drawn with characters in plain text: grid tables, pipe tables and columns lined up with spaces.

A mail or a plain-text memo has no table cells, so its tables are drawn:

    +---------+--------+    | Land    | Bidrag |    Land       Bidrag   Period
    | Land    | Bidrag |    |---------|--------|    ---------  -------  ----------
    +=========+========+    | Suomi   | 30 000 |    Suomi      30 000   2026 and
    | Sverige | 25 000 |    | Sverige | 25 000 |                        2027
    +---------+--------+

Each is read back as rows of cells, under the header row the drawing marks (the row above '+===+', '|---|' or the
line of dashes, or the first of a grid's rows between '+---+' lines); a cell wrapped over several lines is one
cell again. Where nothing marks a header row, `has_header` judges the first row, as for a tab-separated table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from erasbot.guidance.reading.model import LIST_MARKER
from erasbot.guidance.reading.wrapping import join_wrapped

_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")  # '+------+------+', '+======+======+'
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")  # '| cell | cell |'
_PIPE_RULE = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")  # Markdown's '|------|:----:|' under the header
_DASHES = re.compile(r"^\s*(?:-{2,}|={2,})(?:\s+(?:-{2,}|={2,}))*\s*$")  # '-------  ----  -----', or one run
_CHUNK = re.compile(r"\S+(?: \S+)*")  # text between runs of two or more spaces: a cell of a line of columns
_YEARS = re.compile(r"(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)\d\d)?")
_FIGURE_CELL = re.compile(r"(?:EUR|€|SEK|kr)?\s*[\d\s.,%€:/-]+(?:\s*(?:EUR|€|%|points?|pts))?", re.IGNORECASE)


@dataclass(frozen=True)
class TextTable:
    """A drawn table: lines `start` to `end` (not included) of the text, its rows of cells, and its column
    headings when the drawing marks them (None: unmarked, for `has_header` to judge from the rows)."""

    start: int
    end: int
    rows: tuple[tuple[str, ...], ...]
    header: tuple[str, ...] | None


def figure_cell(cell: str) -> bool:
    """A cell that is a figure alone ('30', 'EUR 1,500,000', '80 %'), not a year or a period ('2014-2020')."""
    return bool(_FIGURE_CELL.fullmatch(cell)) and not _YEARS.fullmatch(cell)


def has_header(rows: list[tuple[str, ...]]) -> bool:
    """Whether a table's first row names its columns: short cells, none a bare figure ('30', 'EUR 1,500,000'), over
    three or more columns; over two, when it has no figures and the rows under it do (a two-column table of labels
    and values has no heading row)."""
    first, body = rows[0], rows[1:]
    if not body or not all(first) or any(len(c) > 60 or figure_cell(c) for c in first):
        return False
    if len(first) >= 3:
        return True
    return not any(re.search(r"\d", c) for c in first) and sum(
        1 for r in body if any(re.search(r"\d", c) for c in r[1:])
    ) * 2 >= len(body)


def find_tables(lines: list[str]) -> list[TextTable]:
    """The drawn tables among a text's lines, in order; a table never spans an empty line."""
    tables: list[TextTable] = []
    i = 0
    while i < len(lines):
        table = _drawn(lines, i) or _dashed(lines, i) or _aligned(lines, i)
        if table:
            tables.append(table)
            i = table.end
        else:
            i += 1
    return tables


def _joined(rows: list[tuple[str, ...]]) -> tuple[str, ...]:
    """Lines of one row as one row: each cell's wrapped text joined."""
    width = max(len(r) for r in rows)
    cells = []
    for c in range(width):
        text = ""
        for row in rows:
            text = join_wrapped(text, row[c] if c < len(row) else "")
        cells.append(text)
    return tuple(cells)


# grid and pipe tables


def _drawn(lines: list[str], i: int) -> TextTable | None:
    """A grid table ('+---+' borders, '| a | b |' rows) or a pipe table ('| a | b |' rows) starting at line i."""
    end = i
    while end < len(lines) and (_BORDER.match(lines[end]) or _PIPE_ROW.match(lines[end])):
        end += 1
    block = lines[i:end]
    borders = [line for line in block if _BORDER.match(line)]
    if sum(1 for line in block if not _BORDER.match(line) and not _PIPE_RULE.match(line)) < (1 if borders else 2):
        return None
    plus = [p for p, c in enumerate(borders[0]) if c == "+"] if borders else []
    segments: list[list[tuple[str, ...]]] = [[]]
    marked = 0  # the segments above a '+===+' or '|---|' line: the header
    for line in block:
        if _BORDER.match(line) or _PIPE_RULE.match(line):
            if segments[-1]:
                if not marked and ("=" in line or _PIPE_RULE.match(line)):
                    marked = len(segments)
                segments.append([])
        else:
            segments[-1].append(_cells(line, plus))
    segments = [s for s in segments if s]
    if not segments:
        return None
    header: tuple[str, ...] | None = None
    if marked:
        header, segments = _joined([r for s in segments[:marked] for r in s]), segments[marked:]
    elif borders and len(segments) >= 2 and not any(figure_cell(c) for c in _joined(segments[0])):
        header, segments = _joined(segments[0]), segments[1:]  # the row above the first '+---+' under the top
    if borders and len(segments) > 1:
        rows = [_joined(s) for s in segments]  # a border under every row: its lines are one row
    else:
        rows = []
        for cells in (r for s in segments for r in s):
            if borders and rows and not cells[0] and any(cells):
                rows[-1] = _joined([rows[-1], cells])  # a line with its first cell empty goes on with the row
            else:
                rows.append(cells)
    return TextTable(i, end, tuple(rows), header) if rows else None


def _cells(line: str, plus: list[int]) -> tuple[str, ...]:
    """A '| a | b |' line's cells; by the border's '+' positions when a cell holds a '|' of its own."""
    cells = [c.strip() for c in line.strip()[1:-1].split("|")]
    if plus and len(cells) != len(plus) - 1:
        cells = [line[a + 1 : b].strip(" |") for a, b in pairwise(plus)]
    return tuple(cells)


# columns lined up with spaces


def _chunks(line: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _CHUNK.finditer(line)]


def _dashed(lines: list[str], i: int) -> TextTable | None:
    """Columns under a header line and a line of dashes (one run per column, or one run under them all)."""
    if i + 1 >= len(lines) or not _DASHES.match(lines[i + 1]) or not _columns_line(lines[i]):
        return None
    runs = [(m.start(), m.end()) for m in re.finditer(r"[-=]+", lines[i + 1])]
    head = _chunks(lines[i])
    spans = runs if len(runs) >= 2 else [(s, e) for s, e, _ in head]
    if len(spans) < 2 or not max(e - s for s, e in runs) >= 3:
        return None
    header = _cells_in(head, spans)
    if header is None or sum(1 for c in header if c) < 2:
        return None
    rows, end = _rows(lines, i + 2, spans)
    if not rows:
        return None
    start = i - 1 if i > 0 and _DASHES.match(lines[i - 1]) else i  # a rule above the header too
    return TextTable(start, end, tuple(rows), header)


def _aligned(lines: list[str], i: int) -> TextTable | None:
    """Three or more columns lined up with spaces and no line of dashes: each row's cells start where the first
    line's do (left-aligned) or end where they end (right-aligned figures)."""
    if not _columns_line(lines[i]) or (i + 1 < len(lines) and _DASHES.match(lines[i + 1])):
        return None
    head = _chunks(lines[i])
    if len(head) < 3:
        return None
    spans = [(s, e) for s, e, _ in head]
    rows, end = _rows(lines, i + 1, spans)
    starts, ends = {s for s, _ in spans}, {e for _, e in spans}
    lined_up = sum(
        1 for line in lines[i + 1 : end] if sum(1 for s, e, _ in _chunks(line) if s in starts or e in ends) >= 3
    )
    if len(rows) < 2 or lined_up < 2:
        return None
    return TextTable(i, end, (tuple(c for _, _, c in head), *rows), None)


def _columns_line(line: str) -> bool:
    """A line that may be a table's header: two or more cells apart, no tab (a tab table is read apart), no list
    item ('1.  Submit the form') and no line of dashes."""
    return "\t" not in line and not _DASHES.match(line) and not LIST_MARKER.match(line) and len(_chunks(line)) >= 2


def _column(start: int, spans: list[tuple[int, int]]) -> int:
    """The column a cell starting at `start` falls in: the last whose start it reaches or whose left neighbour it
    has passed (a right-aligned figure may start before its column's dashes)."""
    return sum(1 for k in range(1, len(spans)) if start >= spans[k - 1][1])


def _cells_in(chunks: list[tuple[int, int, str]], spans: list[tuple[int, int]]) -> tuple[str, ...] | None:
    """A line's chunks as the cells of the columns; None when a chunk runs into the next column (prose)."""
    cells = [""] * len(spans)
    for start, end, text in chunks:
        col = _column(start, spans)
        if col + 1 < len(spans) and end > spans[col + 1][0] + 1:
            return None
        cells[col] = f"{cells[col]} {text}".strip()
    return tuple(cells)


def _rows(lines: list[str], i: int, spans: list[tuple[int, int]]) -> tuple[list[tuple[str, ...]], int]:
    """The rows from line i on, and the line after the table. A line with its first column empty, or indented
    under it, goes on with the row above; a line with one cell at the left (the text after the table) ends it."""
    rows: list[tuple[str, ...]] = []
    end = i
    while end < len(lines) and lines[end].strip() and "\t" not in lines[end]:
        line = lines[end]
        if _DASHES.match(line):  # a rule between rows or under the table
            end += 1
            continue
        chunks = _chunks(line)
        cells = _cells_in(chunks, spans)
        if cells is None or chunks[0][0] < spans[0][0] - 1:
            break
        if rows and (not cells[0] or chunks[0][0] > spans[0][0]):
            rows[-1] = _joined([rows[-1], cells])
        elif sum(1 for c in cells if c) >= 2:
            rows.append(cells)
        else:
            break
        end += 1
    return rows, end
