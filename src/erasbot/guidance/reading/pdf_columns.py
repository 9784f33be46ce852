"""A page printed in columns read column by column: its fragments split into flows where the page's own drawing
order goes back up to the top of a column beside the text before it.

Office programs draw a page's text in reading order: a newsletter's left column top to bottom, then the right
column from its top. Read by height alone, the two columns' lines at one height become one printed line, and a
sentence of the left column runs on in the right column's words ('unga människor och studenter i Europa | tredje-
länder som inte är associerade'). A flow ends where the next fragment stands several lines higher than the
fragment before it and right of every line the flow printed between those heights; a table's rows, a heading
over the columns and a footer go on in the flow they are drawn in, so a full-width table between two sections
of columns is read after the columns above it.
"""

from __future__ import annotations

import statistics

from erasbot.guidance.reading.pdf_fragments import Fragment

JUMP_LINES = 3  # the next fragment stands at least this many lines (in its font size) above the one before it
COLUMN_MIN_LINES = 8  # and the flow printed at least this many lines between the two heights
GUTTER_EMS = 0.5  # the new column starts at most this far (in font sizes) left of where those lines end
# those lines are a column's, not a table cell's: together at least this share of the page wide, and the median
# line filling at least this share of that width (a cell's short lines, 'EUR 21' or 'Digital', do neither)
COLUMN_WIDTH_SHARE = 0.3
COLUMN_FILL = 0.75


def flows(parts: list[Fragment], page_width: float) -> list[list[Fragment]]:
    """The fragments in the order the page draws them, split into columns read one after the other; one flow
    for a page printed in one column."""
    found: list[list[Fragment]] = []
    for fragment in parts:
        if found and _starts_column(found[-1], fragment, page_width):
            found.append([fragment])
        elif found:
            found[-1].append(fragment)
        else:
            found.append([fragment])
    return found


def _starts_column(flow: list[Fragment], fragment: Fragment, page_width: float) -> bool:
    """Does the fragment start a column beside the flow's last lines: drawn several lines higher than the
    fragment before it, right of every line the flow printed between the two heights, and those lines a
    column's (many, wide, and filling their width as a column's text does)?"""
    before = flow[-1]
    size = max(fragment.size, 1.0)
    if fragment.y <= before.y + JUMP_LINES * size:
        return False
    lines: dict[int, list[Fragment]] = {}
    for f in flow:
        if before.y - size / 2 <= f.y <= fragment.y + size / 2:
            lines.setdefault(round(f.y / (size / 2)), []).append(f)
    if len(lines) < COLUMN_MIN_LINES:
        return False
    start = min(f.x for line in lines.values() for f in line)
    end = max(f.end for line in lines.values() for f in line)
    if fragment.x < end - GUTTER_EMS * size or end - start < COLUMN_WIDTH_SHARE * page_width:
        return False
    # (the median line: a column of questions and answers has many short lines, its headings' and answers' last)
    filled = statistics.median(max(f.end for f in line) - min(f.x for f in line) for line in lines.values())
    return filled >= COLUMN_FILL * (end - start)
