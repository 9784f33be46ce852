"""Slides exported to PDF: each page a set of boxes (a title, bullets, a callout, a second column, a table, a
timeline) read box by box.

A deck is a PDF whose pages are mostly landscape and whose lines are short. Its text sits in boxes side by side,
which a reader of lines from top to bottom interleaves ('– Aged 18 or older The accompanying person does not').
`reading_order` puts a slide's rows of fragments in reading order:

- rows in the page's margins (the footer: organisation, event, date, 'Slide 3') stay whole, first and last, where
  the reader looks for running footers;
- the title box is the top rows in the page's largest type;
- the rest is cut at an empty vertical strip (a gutter) through consecutive rows where its two sides are boxes,
  not columns of one table: both sides are lists; or their rows do not stand level (each box keeps its own line
  spacing); or one side is a list and the other wrapped prose (a callout) or a table; or a side is a group of lines over
  another far below (a date box over an event box) and so is the other side, or the rows stand less than a line
  apart (boxes centred each on its own). A table's columns stand level row by row and hold no list: a table is not
  cut, and a box beside it is cut off it;
- each side is read whole, left before right, and cut again where it holds boxes itself;
- three or more boxes side by side, each a short group over another far below (a timeline), read as one item
  each: '27 January 2026: Application form opens' ('14.1.2026: Hakulomake avautuu', '3 maart 2026: Formulier
  open');
- a row of bullets ('• OID required • Language: English') is a row per bullet.

After the lines are read, `nested_items` reads each sub-bullet with its bullet (and a column's bullet with the
column's heading), and `heading_levels` tells the cover, the section dividers and the slide titles from the text.
"""

from __future__ import annotations

import functools
import itertools
import re
import statistics
from dataclasses import dataclass, replace

from erasbot.guidance.reading.model import GLYPH_BULLET, LIST_MARKER, Block, squeeze
from erasbot.guidance.reading.pdf_fragments import Fragment
from erasbot.guidance.reading.wrapping import join_wrapped

LANDSCAPE_RATIO = 1.2  # a slide's page is at least this much wider than high (16:9 is 1.78, 4:3 is 1.33)
DECK_SHARE = 0.6  # a deck: at least this share of its pages landscape
DECK_LINE_CHARS = 60  # and its lines this short (the median): a landscape report's lines are twice as long
MARGIN_TOP = 0.05  # rows this near the page's top edge (a share of its height) are a running header
MARGIN_BOTTOM = 0.1  # rows this near its bottom edge are the footer: organisation, event, date, slide number
TITLE_RATIO = 1.12  # the title's type is at least this much larger than the rest of the slide
GUTTER_EMS = 1.2  # an empty strip at least this wide (in font sizes) between two runs of text may part two boxes
ALIGNED_ROWS = 0.8  # columns whose rows stand side by side at least this often may be one table's
STAGGER_EMS = 0.9  # rows closer than this (in font sizes) are no lines of one box: boxes centred each on its own
GROUP_GAP_EMS = 3.0  # lines further apart than this (in font sizes) are two groups: a date box over an event box
GROUP_LINES = 4  # a timeline's date or event is at most this many lines
TIMELINE_BOXES = 3  # at least this many such boxes side by side are a timeline
NEST_POINTS = 4.0  # a bullet this far right of the one before is under it
HEADING_CHARS = 60  # a bold line inside a slide at most this long may head what follows it
_INNER_BULLET = re.compile(r"\s(?=[•▪‣◦●○■□➢►▶✓✔❖➤\ue000-\uf8ff]\s)")  # a bullet inside a run of text
_LONE_BULLET = re.compile(r"^\s*[•▪‣◦●○■□➢►▶✓✔❖➤\ue000-\uf8ff]\s*$")  # not a dash: '10–99 km | –' is a cell
_ENDS_SENTENCE = re.compile(r"[.!?:;]['\")\]]?$")

Row = list[Fragment]


@dataclass
class Box:
    """Rows of one box of a slide, top to bottom; `role`: 'title', 'margin' (header, footer) or 'text'."""

    rows: list[Row]
    role: str = "text"


def slide_pages(sizes: list[tuple[float, float]], lines: list[list[str]]) -> frozenset[int]:
    """The pages to read as slides: the landscape pages of a deck (most pages landscape, short lines).
    A landscape page in a report, or a landscape report of long lines, reads as before."""
    landscape = [n for n, (width, height) in enumerate(sizes) if height > 0 and width >= LANDSCAPE_RATIO * height]
    if not landscape or len(landscape) < DECK_SHARE * len(sizes):
        return frozenset()
    lengths = [len(text) for page in lines for text in page]
    if not lengths or statistics.median(lengths) > DECK_LINE_CHARS:
        return frozenset()
    return frozenset(landscape)


def reading_order(rows: list[Row], height: float) -> list[Box]:
    """A slide's rows (top to bottom, each left to right) as boxes in reading order."""
    top = [r for r in rows if _y(r) > (1 - MARGIN_TOP) * height]
    bottom = [r for r in rows if _y(r) < MARGIN_BOTTOM * height]
    body = [r for r in rows if MARGIN_BOTTOM * height <= _y(r) <= (1 - MARGIN_TOP) * height]
    title, body = _title(body)
    boxes = [Box(top, "margin"), Box(title, "title")]
    boxes += [Box([part for row in rows_ for part in _split_bullets(row)]) for rows_ in _cut(body)]
    boxes.append(Box(bottom, "margin"))
    return _timelines([b for b in boxes if b.rows])


def _y(row: Row) -> float:
    return row[0].y


def _size(row: Row) -> float:
    return max(f.size for f in row)


def _text(row: Row) -> str:
    return squeeze(" ".join(f.text for f in row))


def _title(rows: list[Row]) -> tuple[list[Row], list[Row]]:
    """The title box's rows (the top rows in the slide's largest type, no bullet) and the rest."""
    if not rows or GLYPH_BULLET.match(rows[0][0].text + " "):
        return [], rows
    largest = max(f.size for r in rows for f in r)
    smaller = [f.size for r in rows for f in r if f.size < largest]
    if _size(rows[0]) != largest or (smaller and largest < TITLE_RATIO * statistics.median(smaller)):
        return [], rows
    n = 1
    while n < len(rows) and _size(rows[n]) == largest and _y(rows[n - 1]) - _y(rows[n]) < 1.6 * largest:
        n += 1
    return rows[:n], rows[n:]


def _cut(rows: list[Row]) -> list[list[Row]]:
    """The rows as boxes in reading order: cut at the gutter through most rows, each side cut again."""
    split = _best_split(rows)
    if split is None:
        return [rows] if rows else []
    return [box for part in split for box in _cut(part)]


def _best_split(rows: list[Row]) -> tuple[list[Row], ...] | None:
    """(rows above, left box, right box, rows below) at the gutter that parts boxes through the most rows."""
    if not rows:
        return None
    by_x = sorted((f for r in rows for f in r), key=lambda f: f.x)
    usual = statistics.median(f.size for f in by_x)
    # a gutter seen between two runs of one row, or through all the rows (boxes whose rows never stand level)
    candidates = [(i, gap, GUTTER_EMS * _size(row)) for i, row in enumerate(rows) for gap in _gaps(row)]
    candidates += [(0, gap, GUTTER_EMS * usual) for gap in _gaps(by_x)]
    best, best_key = None, None
    for i, (lo, hi), width in candidates:
        if _free(rows[i], lo, hi, width) is None:
            continue
        start, end, lo, hi = _band(rows, i, lo, hi, width)
        if end - start < 2:
            continue
        band = rows[start:end]
        middle = (lo + hi) / 2
        left = [[f for f in r if f.x < middle] for r in band]
        right = [[f for f in r if f.x >= middle] for r in band]
        key = (end - start, hi - lo)
        if (best_key is None or key > best_key) and _boxes(band, left, right):
            best_key = key
            best = (rows[:start], [r for r in left if r], [r for r in right if r], rows[end:])
    return best


def _runs(row: Row) -> list[tuple[float, float]]:
    """The row's stretches of text (fragments by x): fragments closer than a gutter, a bullet with its text."""
    runs: list[tuple[float, float]] = []
    previous: Fragment | None = None
    for f in row:
        near = runs and f.x - runs[-1][1] <= GUTTER_EMS * f.size
        if runs and previous is not None and (near or _LONE_BULLET.match(previous.text)):
            runs[-1] = (runs[-1][0], max(runs[-1][1], f.end))
        else:
            runs.append((f.x, f.end))
        previous = f
    return runs


def _gaps(row: Row) -> list[tuple[float, float]]:
    return [(a[1], b[0]) for a, b in itertools.pairwise(_runs(row))]


def _band(rows: list[Row], i: int, lo: float, hi: float, width: float) -> tuple[int, int, float, float]:
    """The consecutive rows around row i that leave an empty strip within (lo, hi) at least `width` wide, and
    that strip. A row on one side only, far above or below the rest (a note under a timeline), is not in it."""
    start, end = i, i + 1
    while start > 0 and (free := _free(rows[start - 1], lo, hi, width)):
        start, (lo, hi) = start - 1, free
    while end < len(rows) and (free := _free(rows[end], lo, hi, width)):
        end, (lo, hi) = end + 1, free
    middle = (lo + hi) / 2

    def side(row: Row) -> int:
        return 0 if all(f.x < middle for f in row) else 1 if all(f.x >= middle for f in row) else -1

    # rows on one side at the band's end, far below (or above) the rows before them: a note, not a box's lines
    for k in range(end - 1, start + 1, -1):
        if side(rows[k]) < 0 or side(rows[k]) != side(rows[end - 1]):
            break
        if _y(rows[k - 1]) - _y(rows[k]) > GROUP_GAP_EMS * _size(rows[k]):
            end = k
            break
    for k in range(start, end - 2):
        if side(rows[k]) < 0 or side(rows[k]) != side(rows[start]):
            break
        if _y(rows[k]) - _y(rows[k + 1]) > GROUP_GAP_EMS * _size(rows[k + 1]):
            start = k + 1
            break
    return start, end, lo, hi


def _free(row: Row, lo: float, hi: float, width: float) -> tuple[float, float] | None:
    """The widest part of the strip (lo, hi) the row leaves empty, when at least `width` wide."""
    parts = [(lo, hi)]
    for f in row:
        parts = [
            piece
            for a, b in parts
            for piece in ([(a, b)] if f.end <= a or f.x >= b else [(a, min(b, f.x)), (max(a, f.end), b)])
            if piece[1] > piece[0]
        ]
    widest = max(parts, key=lambda p: p[1] - p[0], default=None)
    return widest if widest is not None and widest[1] - widest[0] >= width else None


def _boxes(band: list[Row], left: list[Row], right: list[Row]) -> bool:
    """Are the two sides of a gutter two boxes (not two columns of one table)?"""
    left_rows, right_rows = [r for r in left if r], [r for r in right if r]
    if not left_rows or not right_rows:
        return False
    side_by_side = sum(1 for a, b in zip(left, right) if a and b)
    listed = _listed(left_rows), _listed(right_rows)
    if all(listed) or side_by_side < ALIGNED_ROWS * min(len(left_rows), len(right_rows)):
        return True
    if (listed[0] and _prose(right_rows)) or (listed[1] and _prose(left_rows)):
        return True
    if (listed[0] and _tabular(right_rows)) or (listed[1] and _tabular(left_rows)):
        return True  # a list beside a table of columns (however its lines happen to stand level with the rows)
    # a box over another far below it, on both sides or on one where the rows are staggered: timeline steps
    stacked = len(_groups(left_rows)) == 2, len(_groups(right_rows)) == 2
    return all(stacked) or (any(stacked) and _staggered(band))


def _listed(rows: list[Row]) -> bool:
    """Is this side a list: do the rows at its left edge (or a few ems in: sub-bullets) start with bullets?"""
    edge = min(r[0].x for r in rows)
    starting = [r for r in rows if r[0].x <= edge + 3 * r[0].size]
    bullets = sum(1 for r in starting if GLYPH_BULLET.match(r[0].text + " "))
    return bullets >= 2 and bullets >= 0.3 * len(starting)


def _prose(rows: list[Row]) -> bool:
    """Is this side wrapped prose: do its lines go on with the sentence of the line above (a lower-case start)?"""
    pairs = list(itertools.pairwise(_text(r) for r in rows))
    going_on = sum(1 for _, after in pairs if after[:1].islower())
    return bool(pairs) and going_on >= max(1, len(pairs) / 2)


def _tabular(rows: list[Row]) -> bool:
    """Is this side a table: are most of its rows cells far apart?"""
    cells = sum(1 for r in rows if len(_runs(r)) >= 2)
    return cells >= 2 and cells >= 0.5 * len(rows)


def _staggered(band: list[Row]) -> bool:
    """Do rows stand less than a line apart (boxes centred each on its own, not lines of one box)?"""
    close = sum(1 for a, b in itertools.pairwise(band) if 0 < _y(a) - _y(b) < STAGGER_EMS * _size(b))
    return close >= 2


def _groups(rows: list[Row]) -> list[list[Row]]:
    """The rows in groups parted by gaps wider than a few lines (a box over another one)."""
    groups = [rows[:1]] if rows else []
    for above, row in itertools.pairwise(rows):
        if _y(above) - _y(row) > GROUP_GAP_EMS * _size(row):
            groups.append([row])
        else:
            groups[-1].append(row)
    return groups


def _split_bullets(row: Row) -> list[Row]:
    """A row of bullets, one row per bullet: '• A • B' printed on one line (a row of bullets starts with one)."""
    if not GLYPH_BULLET.match(row[0].text + " "):
        return [row]
    parts: list[Row] = [[]]
    for fragment in row:
        for piece in _pieces(fragment):
            if parts[-1] and _LONE_BULLET.match(piece.text.split(" ", 1)[0]) and _text(parts[-1]).strip("•▪‣◦●○■□ "):
                parts.append([])
            parts[-1].append(piece)
    # each bullet at the row's start, as if printed on a line of its own: a sibling of the first, not under it,
    # and the row's wrapped line below goes on with the last
    return [[replace(f, x=f.x - part[0].x + row[0].x) for f in part] for part in parts if part]


def _pieces(fragment: Fragment) -> list[Fragment]:
    """A fragment cut before each bullet inside it, each piece placed where its share of the text starts."""
    texts = _INNER_BULLET.split(fragment.text)
    if len(texts) == 1:
        return [fragment]
    width = fragment.end - fragment.x
    pieces, done = [], 0
    for text in texts:
        share = width * len(text) / max(len(fragment.text), 1)
        pieces.append(
            replace(fragment, text=text, x=fragment.x + width * done / max(len(fragment.text), 1), width=share)
        )
        done += len(text) + 1
    return pieces


def _timelines(boxes: list[Box]) -> list[Box]:
    """Runs of boxes side by side, each a short group over another far below, as one entry each."""
    out: list[Box] = []
    i = 0
    while i < len(boxes):
        j = i
        while j < len(boxes) and _entry(boxes[j]) and (j == i or _beside(boxes[j - 1], boxes[j])):
            j += 1
        if j - i >= TIMELINE_BOXES:
            out.extend(Box([[_entry_line(b)]]) for b in boxes[i:j])
            i = j
        else:
            out.append(boxes[i])
            i += 1
    return out


def _entry(box: Box) -> bool:
    groups = _groups(box.rows)
    return box.role == "text" and len(groups) == 2 and all(len(g) <= GROUP_LINES for g in groups)


def _beside(a: Box, b: Box) -> bool:
    """Is box b right of box a and level with it?"""
    a_end = max(f.end for r in a.rows for f in r)
    b_start = min(f.x for r in b.rows for f in r)
    return b_start >= a_end and _y(b.rows[0]) >= _y(a.rows[-1]) and _y(a.rows[0]) >= _y(b.rows[-1])


def _entry_line(box: Box) -> Fragment:
    """A timeline box as one bullet: what stands above (a date) with what stands below it (the event)."""
    upper, lower = (functools.reduce(join_wrapped, (_text(r) for r in g)) for g in _groups(box.rows))
    text = f"• {upper}{' ' if _ENDS_SENTENCE.search(upper) else ': '}{lower}"
    first = box.rows[0][0]
    return Fragment(text, min(f.x for r in box.rows for f in r), first.y, _size(box.rows[-1]), False)


def nested_items(blocks: list[Block], places: dict[int, tuple[int, int, float]]) -> list[Block]:
    """Slide bullets with what they are under: each sub-bullet after its bullet, each bullet of a box after the
    box's own heading (a column's), as one item.

    `places`: (page, box, x) of each slide bullet and heading by its block's index. A bullet right of the one before
    in the same box is under it. A passage's sentence is a bullet line (corpus.split_sentences keeps one whole), and a
    sub-bullet alone ('At least one per national group') does not say what it is about; after its bullet it does
    ('Group leaders: At least one per national group', 'Työelämäorganisaatiot: Yksi hakemus kierrosta kohden',
    'Organisaties uit programmalanden: Minimaal 3 organisaties', 'Vuxna studerande: Grupper med minst 2 deltagare').
    A bullet with sub-bullets is then left out: its words are in each of them. A column's bullet of a comparison says
    which side it is on ('Youth Exchanges: 5 to 21 days'); the column's heading stays, heading the column.
    """
    out: list[Block] = []
    above: list[tuple[tuple[int, int], float, str, int | None]] = []  # open bullets: (page, box), x, text, index
    parents: set[int] = set()
    for i, block in enumerate(blocks):
        place = places.get(i)
        if block.kind == "heading" and place is not None:  # a heading inside a box: over all the box's bullets
            above = [(place[:2], float("-inf"), block.text, None)]
            out.append(block)
            continue
        if block.kind != "list_item" or place is None:
            above = []
            out.append(block)
            continue
        where, x = place[:2], place[2]
        while above and (above[-1][0] != where or above[-1][1] >= x - NEST_POINTS):
            above.pop()
        text = block.text
        if above:
            head, index = above[-1][2].rstrip(), above[-1][3]
            if index is None:  # under a heading: the item keeps its own bullet
                marker = LIST_MARKER.match(text)
                head = (marker.group(0) if marker else "") + head
            else:
                parents.add(index)
            own = LIST_MARKER.sub("", text, count=1)
            text = f"{head}{' ' if _ENDS_SENTENCE.search(head) else ': '}{own}"
        out.append(replace(block, text=text))
        above.append((where, x, text, len(out) - 1))
    return [b for k, b in enumerate(out) if k not in parents]


def heading_levels(pages: list[list]) -> dict[int, int]:
    """The headings of slide pages (their lines, in reading order, without footers), by id of the line: the cover's
    title 1, a section divider's (a page of a title alone) 2, a slide's title the next level, a short bold line
    inside a slide (a column's heading) the one under it."""
    kinds: dict[int, str] = {}
    for n, page in enumerate(pages):
        titles = [ln for ln in page if ln.role == "title"]
        rest = [ln for ln in page if ln.role != "title"]
        listed = any(GLYPH_BULLET.match(ln.text) for ln in rest)
        kind = "cover" if n == 0 and not listed else "divider" if len(rest) <= 1 and not listed else "title"
        kinds.update((id(ln), kind) for ln in titles)
        kinds.update((id(ln), "inner") for k, ln in enumerate(page) if ln.role != "title" and _inner_heading(page, k))
    title = 3 if "divider" in kinds.values() else 2
    level = {"cover": 1, "divider": 2, "title": title, "inner": title + 1}
    return {key: level[kind] for key, kind in kinds.items()}


def _inner_heading(page: list, k: int) -> bool:
    """A short bold line alone in its box's type: a column's heading ('KA131 – within Europe'). Not a statement
    ('Budget 2026: EUR 9.4 million'), not a line of bold prose (a callout printed bold)."""
    line = page[k]
    text = line.text
    if not line.bold or len(line.cells) != 1 or len(text) > HEADING_CHARS or LIST_MARKER.match(text + " "):
        return False
    if _ENDS_SENTENCE.search(text) or ": " in text:
        return False
    for other in (page[k - 1] if k else None, page[k + 1] if k + 1 < len(page) else None):
        if (
            other is not None
            and other.box == line.box
            and other.bold
            and abs(other.size - line.size) <= 0.5
            and abs(other.y - line.y) < 1.6 * line.size
        ):
            return False
    return True
