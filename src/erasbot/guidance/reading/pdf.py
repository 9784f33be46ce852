"""Reading a PDF as a document: printed lines reflowed into paragraphs, list items and table rows.

pypdf gives text fragments with their position, size and font. Lines are rebuilt from them;
running headers and footers (lines repeated at the top or bottom of most pages, digits folded)
and bare page numbers are dropped; headings come from the outline or from the typography
(larger or bold short lines); hyphenation at line ends is undone; a line that starts with a
bullet or a number starts a list item; a line of cells far apart opens a table, read row by row
(pdf_table.py: a cell's wrapped lines joined in its row).

A justified line of a narrow column prints a word with soft hyphens in pieces that start further right by the
line's stretch: they are one word, not a table's cells. A metadata title that is a file's working name
('esite_KA122_v4_FINAL') gives way to the first page's largest type.

A table of contents (headings with dot leaders and page numbers) is left out; footnotes at a page's
foot are read after the paragraph they interrupt. PDFs printed by a browser
or typeset with ligatures need more: 'ﬁ' and 'ﬂ' are spelt out; bullets
drawn as shapes leave no character, so lines indented from the text's left margin after a line
ending in ':' (or after an item ending in ';' or '.') start list items; a title wrapped so that its
last line is a bare year ('2025') stays one heading.
"""

from __future__ import annotations

import io
import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field, replace

from erasbot.guidance.reading import pdf_columns, slides
from erasbot.guidance.reading.form_fields import without_form_fields
from erasbot.guidance.reading.model import GLYPH_BULLET, LIST_MARKER, Block, ReadDocument, squeeze, with_sections
from erasbot.guidance.reading.pdf_fragments import Fragment, fragments
from erasbot.guidance.reading.pdf_table import PdfTable

SUPERSCRIPT_CHARS = 4  # a raised fragment in smaller type at most this long is a superscript ('2', 'th', '*')
SUPERSCRIPT_RATIO = 1.1  # its line's type is at least this much larger
SUPERSCRIPT_LIFT = 0.6  # and it stands at most this far (in the line's font sizes) above the line's baseline
_FOOTNOTE_MARK = re.compile(r"[\d*†‡,]+")
HEADING_SIZE_RATIO = 1.12  # a line this much larger than the body text is a heading
HEADING_MAX_LINES = 2  # a heading in body-size type is printed over at most this many lines
HEADING_LINE_EMS = 1.6  # lines of one heading (or of a lead or a pull quote) stand at most this far apart
WORD_GOES_ON_EMS = 0.1  # a fragment this close (in font sizes) to where the one before ends goes on with its word
SPACE_STRETCH_EMS = 0.25  # ... and this much further for each space of a justified line before it
WORD_GOES_ON_MAX_EMS = 1.5  # ... up to this
JUSTIFIED_EDGE_PT = 1.0  # a justified line ends this close to its column's right edge ...
JUSTIFIED_MIN_SPACES = 3  # ... and has this many spaces at least
ALIGNED_JOIN_EMS = 0.45  # a table's cells stand further apart than this (their padding)
# a word gap printed as spaces that pypdf widened ('avulla.  Lyhyt'): a justified line of a narrow column stretches
# each gap by up to about this much (in font sizes), and a run split inside a word ('Lyhyt' 'kes' 'toi' 'nen' at
# soft hyphens) starts that much further for each such gap of the run before it (at most WIDENED_MAX_EMS)
WIDENED_GAP_EMS = 1.2
WIDENED_MAX_EMS = 4.0
_WIDENED = re.compile(r"\S\s{2,}(?=\S)")
MARK_EMS = 0.6  # the room a footnote's mark takes, left out before the punctuation after it
CELL_GAP_EMS = 2.5  # fragments further apart than this (in font sizes) are table cells
PARAGRAPH_GAP_RATIO = 1.3  # a gap between lines this much larger than the line spacing ends a paragraph
SLIDE_LINE_EMS = 1.4  # on a slide, lines at most this far apart (in font sizes) may be lines of one paragraph
TABLE_LINE_GAP_EMS = 1.9  # a line of a table's column at most this far (in font sizes) under the line before
EDGE_LINES = 2  # lines at the top and at the bottom of a page where headers and footers live
_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(?:(?:page|sida|sivu|pagina|seite|slide|bild|dia|kalvo|folie|p\.|s\.)\s*)?\d{1,4}"
    r"(?:\s*(?:/|of|av|van|de|\(|-|–)\s*\d{1,4}\)?)?[-–—\s]*$",
    re.IGNORECASE,
)
# a line of a table of contents: a heading, dot leaders and its page number ('2. Who can apply ........ 4')
_NOTE_START = re.compile(r"^(?:\d{1,3}|[*†‡])\s+\S")  # a footnote at a page's foot starts with its mark
_NOTE_MARK = re.compile(r"^(?:\d{1,3}|[*†‡])\s+")
NOTE_SIZE_RATIO = 0.9  # footnotes are printed at most this large against the body text
NOTE_GAP_EMS = 2.0  # footnotes told by their numbers stand this far (in font sizes) at least under the text above
SMALLER_PT = 0.4  # type this much smaller (in points) than the line above is smaller type
_PULL_QUOTE = re.compile(r"^[\"“”„«»]\s*\w")  # a line opening with a quotation mark
_CONTENTS_LINE = re.compile(r"(?:\.\s?){4,}\s*\d{1,4}$|…+\s*\d{1,4}$")
_BAD_TITLES = re.compile(r"^(?:untitled|microsoft word|document\d*|\S+\.(?:docx?|odt|pdf|rtf))", re.IGNORECASE)
# a metadata title that is a file's working name, not the document's ('esite_KA122_v4_FINAL', 'gids-v2-definitief',
# 'Opmaak_2026_concept'): one token of underscores or hyphens, or carrying a version or draft mark
_FILE_NAME_TITLE = re.compile(
    r"^\S*_\S*$|^\S+$(?<=\d)|.*(?:[_\s-]v\d+\b|\bfinal\b|\bdraft\b|\bconcept\b|\butkast\b|\bluonnos\b|\bversio\b"
    r"|\bdefinitief\b|\bslutlig\b|\blopullinen\b|\bcopy\b|\bkopia\b)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?:;]['\")\]]?$")
_STATEMENT_END = re.compile(r"[.!:;]['\")\]]?$")
_ITEM_END = re.compile(r"[.;:]['\")\]]?$")  # an item of a list printed without bullets ends so
INDENT_EMS = 1.0  # a line this far (in font sizes) right of the text's left margin is indented


@dataclass
class Line:
    page: int
    y: float
    x: float
    size: float
    bold: bool
    cells: list[tuple[float, str]] = field(default_factory=list)
    box: int = -1  # on a slide, the box the line is printed in (slides.py); -1 on other pages
    role: str = ""  # on a slide, 'title' for the title box's lines, 'margin' for header and footer lines
    column: int = 0  # on a page printed in columns, the column (pdf_columns.py) the line is printed in
    margin: float | None = None  # on such a page, where most lines of its column start
    refs: tuple[str, ...] = ()  # the marks of the footnotes the line refers to ('¹' raised after a word)

    @property
    def text(self) -> str:
        return squeeze(" ".join(c for _, c in self.cells))


def _lone_mark(text: str) -> bool:
    return text.strip() in {"-", "\u2010", "\u00ad", "–", "—", "."}


def _estimated_end(fragment: Fragment) -> float:
    return fragment.x + len(fragment.text) * fragment.size * 0.5


def _goes_on(previous: Fragment, fragment: Fragment, aligned: set[float]) -> bool:
    """Does the fragment go on with the word the one before ends with: a letter against a small letter, where the
    previous one ends by its glyph widths? The widths leave out the space a justified line adds to each of its
    spaces, so the gap allowed grows with them; but a fragment starting exactly where fragments of other lines
    start (`aligned`) is a table's cell, as far from the cell before as a justified line's stretch can be."""
    gap = fragment.x - previous.end
    # (a word's piece may start where another line's piece does: a gap narrower than a cell's padding, or the
    # stretch of the gaps pypdf widened in the run before, is no cell's)
    stretched = max(ALIGNED_JOIN_EMS, _widened_allowance(previous))
    if gap > WORD_GOES_ON_EMS * fragment.size and round(fragment.x, 1) in aligned:
        if previous.text[-1:].isspace() or gap > stretched * fragment.size:
            return False
    if re.match(r"[,.;:!?)]", fragment.text) and (re.search(r"\w$", previous.text) or not previous.text.strip()):
        # the stop after a footnote's mark, which is printed apart and left out ('deelnemen¹. In deze gids')
        return -WORD_GOES_ON_EMS * fragment.size <= gap <= MARK_EMS * fragment.size
    if not (re.search(r"\w$", previous.text) and re.match(r"[^\W\d_A-Z]", fragment.text)):
        return False
    spaces = previous.text.strip().count(" ")
    allowed = min(WORD_GOES_ON_EMS + SPACE_STRETCH_EMS * spaces, WORD_GOES_ON_MAX_EMS) * fragment.size
    if not previous.text[-1:].isspace() and not fragment.text[:1].isspace():
        # no space at the join, where the run before prints its gaps as spaces pypdf widened: each of those gaps
        # moved the next run right by the line's stretch
        allowed = max(allowed, _widened_allowance(previous) * fragment.size)
    return -WORD_GOES_ON_EMS * fragment.size <= gap <= allowed


def _widened_allowance(previous: Fragment) -> float:
    """How far (in font sizes) past its glyphs' end a run's word may go on in the next run: the stretch of each gap
    pypdf printed widened in it ('avulla.  Lyhyt'); 0 when it printed none."""
    widened = len(_WIDENED.findall(previous.text.strip()))
    return min(WORD_GOES_ON_EMS + WIDENED_GAP_EMS * widened, WIDENED_MAX_EMS) if widened else 0.0


def _cells(parts: list[Fragment], columns: set[int], aligned: set[float] = frozenset()) -> list[tuple[float, str]]:
    """A line's text in cells: a fragment far to the right, or at a column start of the page, opens a cell."""
    cells = [(parts[0].x, parts[0].text)]
    in_columns = sum(round(f.x, 1) in aligned for f in parts[1:])  # a table's row starts several of its cells there
    for previous, fragment in itertools.pairwise(parts):
        gap = fragment.x - _estimated_end(previous)
        last_x, last_text = cells[-1]
        if not fragment.text.strip():  # a footnote's mark, blanked: it opens no cell (_with_superscripts)
            cells[-1] = (last_x, last_text.rstrip() + " ")
            continue
        if previous.width and _goes_on(previous, fragment, aligned):
            # a run that starts where the one before ends, by the font's own widths, goes on with its word: a word
            # LibreOffice printed in pieces at its soft hyphens ('gecentrali' + 'seerde'), wherever other lines have
            # a column
            if re.match(r"[,.;:!?)]", fragment.text):
                last_text = last_text.rstrip()
            cells[-1] = (last_x, last_text + fragment.text)
            continue
        at_column = round(fragment.x) in columns
        # a numbered item's text goes on past its number ('1. Texten ...'), unless the line reaches several of a
        # table's columns where other lines' cells start exactly ('1. Västra Balkan' | 'Albanien, Bosnien och' | 'Nej':
        # a numbered row)
        marker = (
            LIST_MARKER.match(last_text + " ")
            and len(cells) == 1
            and not (
                in_columns >= 2
                and round(fragment.x, 1) in aligned
                and not LIST_MARKER.fullmatch(last_text.strip() + " ")
                and not fragment.text.strip()[:1].islower()  # ('beroeps' + 'oplei': a word's pieces)
            )
        )
        # the end of the text before is estimated (half an em a letter): at a column's start, a long cell's text that
        # reaches the next column ('Tidigaste start för första ackrediterade projektet' / '1 juni 2027') is ended
        # by it within a fifth of its estimated width
        slack = max(4 * fragment.size, 0.2 * (_estimated_end(previous) - previous.x))
        # (by the glyphs' widths too where the font gives them: 'Henkilöstö ja' and 'Aikuisopiskelijat', a table's
        # two headings in small type, stand further apart than half an em a letter makes them)
        printed_gap = fragment.x - previous.end if previous.width else gap
        far = max(gap, printed_gap) > CELL_GAP_EMS * fragment.size or (at_column and gap > -slack)
        # a dash where a table's column starts is a cell of its own ('—': nothing in that column); a hyphen at
        # the end of a justified line is not
        # (or far from its glyphs' end: a right-aligned '–' under '785 €')
        dash = fragment.text.strip() in {"—", "–"} and (
            at_column or bool(previous.width) and printed_gap > CELL_GAP_EMS * fragment.size
        )
        if far and (dash or not _lone_mark(fragment.text)) and not marker:
            cells.append((fragment.x, fragment.text))
            continue
        apart = gap > 0.25 * fragment.size or len(previous.text.strip()) <= 3
        touching = _lone_mark(fragment.text) or last_text.endswith(" ") or fragment.text.startswith(" ")
        joiner = " " if apart and not touching else ""
        if last_text.endswith(" ") and re.match(r"\s*[,.;:!?)]", fragment.text):  # after a blanked footnote mark
            cells[-1] = (last_x, last_text.rstrip() + fragment.text.lstrip())
            continue
        cells[-1] = (last_x, last_text + joiner + fragment.text)
    return cells


def _with_superscripts(rows: list[list[Fragment]]) -> list[list[Fragment]]:
    """Rows of short raised fragments in smaller type put back into the line they are raised above: a
    footnote reference ('EUR 500²', 'countries³') is blanked, so it neither splits its line nor sticks to
    a figure; other raised text ('15th') joins its word."""
    kept: list[list[Fragment]] = []
    raised: list[list[Fragment]] = []
    for row in rows:
        (raised if all(len(f.text.strip()) <= SUPERSCRIPT_CHARS for f in row) else kept).append(row)
    for row in raised:
        size = max(f.size for f in row)
        start, end = min(f.x for f in row), max(_estimated_end(f) for f in row)

        def under(line: list[Fragment], row=row, size=size, start=start, end=end) -> bool:
            big = max(f.size for f in line)
            lift = row[0].y - line[0].y
            return (
                big >= size * SUPERSCRIPT_RATIO
                and 0 < lift <= SUPERSCRIPT_LIFT * big
                and min(f.x for f in line) - big <= start
                and end <= max(_estimated_end(f) for f in line) + 2 * big
            )

        line = next((ln for ln in kept if under(ln)), None)
        if line is None:
            kept.append(row)
        else:
            # a footnote reference becomes a blank: it bridges its line's text without a cell's gap
            big = max(f.size for f in line)
            line.extend(
                replace(f, y=line[0].y, text=" ", size=big, note=f.text.strip())
                if _FOOTNOTE_MARK.fullmatch(f.text.strip())
                else replace(f, y=line[0].y)
                for f in row
            )
    return sorted(kept, key=lambda r: -r[0].y)


def _lines(
    page, number: int, carried: frozenset[int] = frozenset(), slide: bool = False
) -> tuple[list[Line], frozenset[int]]:
    """The printed lines of a page, top to bottom, each with its cells left to right, and the page's table columns.
    `carried`: the columns of the page before, for a table going on over the page break whose rows there are too
    few to show its columns ('Grupp 3 | Bulgarien, ... | 145 euro | 75 euro' alone at the top of a page).
    A slide's lines come box by box (slides.py)."""
    parts = fragments(page)
    # a page printed in columns is read column by column (pdf_columns.py); a slide box by box (slides.py)
    groups = [parts] if slide else pdf_columns.flows(parts, float(page.mediabox.width))
    boxes: list[slides.Box] = []
    for group in groups:
        rows: list[list[Fragment]] = []
        for fragment in group:
            row = next((r for r in rows if abs(r[0].y - fragment.y) < 0.4 * max(fragment.size, 1.0)), None)
            if row is None:
                rows.append([fragment])
            else:
                row.append(fragment)
        # (not on a slide: a short line of one box is no superscript of the line of another box beside it)
        rows = sorted(rows, key=lambda r: -r[0].y) if slide else _with_superscripts(rows)
        for row in rows:
            row.sort(key=lambda f: f.x)
        boxes.extend(slides.reading_order(rows, float(page.mediabox.height)) if slide else [slides.Box(rows)])
    # x positions where fragments start inside several lines: the columns of a table
    starts = Counter(round(f.x) for box in boxes for row in box.rows for f in row[1:] if not _lone_mark(f.text))
    columns = {x for x, n in starts.items() if n >= 2}
    # ... to a tenth of a point: a table's cells start exactly there, the pieces of words a justified line printed
    # apart (at soft hyphens) where they happen to
    exact = Counter(round(f.x, 1) for box in boxes for row in box.rows for f in row[1:] if not _lone_mark(f.text))
    aligned = {x for x, n in exact.items() if n >= 2}
    aligned |= {x for x in exact if round(x) in carried}  # the columns of a table going on from the page before
    page_columns = frozenset(columns)
    columns |= carried
    # in a column of several, a line is indented from the column's own left edge
    margins = [
        Counter(round(row[0].x) for row in box.rows).most_common(1)[0][0] if len(boxes) > 1 and box.rows else None
        for box in boxes
    ]
    # where each box's (column's) lines end at the right: a justified line of text reaches it
    ends = [max((row[-1].end for row in box.rows), default=0.0) for box in boxes]
    lines = [
        Line(
            number,
            row[0].y,
            row[0].x,
            _text_size(row),
            all(f.bold for f in row),
            _cells(row, columns, frozenset() if _justified(row, ends[n]) else aligned),
            box=n if slide else -1,
            role=box.role if slide else "",
            column=0 if slide else n,
            margin=None if slide else margins[n],
            refs=tuple(mark for f in row for mark in f.note.split(",") if mark),
        )
        for n, box in enumerate(boxes)
        for row in box.rows
    ]
    ordered = lines if slide else sorted(lines, key=lambda ln: (ln.column, -round(ln.y, 0), ln.x))
    return [ln for ln in ordered if ln.text], page_columns


def _text_size(row: list[Fragment]) -> float:
    """A line's type size: its words', not a tick box's or a check mark's printed larger ('☐ Yes', '1 | Budget
    table | ✓')."""
    return max((f.size for f in row if re.search(r"\w", f.text)), default=max(f.size for f in row))


def _justified(row: list[Fragment], right: float) -> bool:
    """Is the row a justified line of text: several words, reaching the right edge of its column? Its pieces are
    words split at soft hyphens wherever they start, not a table's cells, which end short of the edge."""
    return row[-1].end >= right - JUSTIFIED_EDGE_PT and sum(f.text.count(" ") for f in row) >= JUSTIFIED_MIN_SPACES


def _fold(text: str, size: float) -> str:
    """A line as a running header or footer repeats it: digits folded (page numbers), at its size
    (so a title printed large on the first page is not the small running header of the same words)."""
    return f"{round(size)}:" + re.sub(r"\d+", "0", squeeze(text).lower())


def _drop_furniture(pages: list[list[Line]], body_size: float) -> list[list[Line]]:
    """Without running headers and footers (repeated at page edges) and bare page numbers (a bare number in a
    heading's type is a title's last line: 'call' / '2025')."""
    edges = [page[:EDGE_LINES] + page[-EDGE_LINES:] for page in pages]
    seen = Counter(key for edge in edges for key in {_fold(ln.text, ln.size) for ln in edge})
    needed = max(2, (len(pages) + 1) // 2)
    repeated = {key for key, count in seen.items() if count >= needed} if len(pages) > 1 else set()
    kept = []
    for page, edge in zip(pages, edges):
        at_edge = {id(ln) for ln in edge}
        kept.append(
            [
                ln
                for ln in page
                if id(ln) not in at_edge
                or ln.role == "title"  # a slide's title ('Questions (1)', 'Questions (2)' in a deck of four) stays
                or (
                    _fold(ln.text, ln.size) not in repeated
                    and not (_PAGE_NUMBER.match(ln.text) and ln.size < body_size * HEADING_SIZE_RATIO)
                    and not _page_footer(ln)
                )
            ]
        )
    return kept


# a footer's or a header's page number said with the word for a page ('Page 1 of 4', 'Sivu 2/3'), in its last cell
_PAGE_CELL = re.compile(r"^(?:page|sida|sivu|pagina|seite)\s*\d{1,4}(?:\s*(?:/|of|av|van|de|-)\s*\d{1,4})?$", re.I)


def _page_footer(line: Line) -> bool:
    """Is a line at a page's edge a footer or header ending in its page number ('Form EYT-SC-2026 v1.2 | Page 1 of
    4'), dropped even where no other page repeats it (a form of one page)?"""
    return 1 < len(line.cells) <= 3 and bool(_PAGE_CELL.match(line.cells[-1][1].strip()))


def _outline(reader) -> list[tuple[str, int]]:
    """(title, level) of every outline entry, in order."""
    found: list[tuple[str, int]] = []

    def walk(items, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                title = squeeze(str(getattr(item, "title", "") or ""))
                if title:
                    found.append((title, level))

    try:
        walk(reader.outline, 1)
    except Exception:  # noqa: BLE001 - a broken outline (any pypdf error) is no reason to refuse the text
        return []
    return found


def _key(text: str) -> str:
    return re.sub(r"[^\w]+", "", text.lower())


def _outline_level(key: str, levels: dict[str, int]) -> int | None:
    """The outline's level for the first printed line of a heading over two lines ('10. Kortvariga projekt (KA122-ADU)
    för organisationer utan' / 'ackreditering'): the entry it begins; None when it begins none or several levels'."""
    if len(key) < 12:
        return None
    found = {level for entry, level in levels.items() if entry.startswith(key)}
    return found.pop() if len(found) == 1 else None


@dataclass
class _Typography:
    body_size: float
    spacing: float  # the usual distance between two lines of a paragraph
    full_width: int  # characters in a full line of body text
    margin: float | None = None  # where most lines of body text start (None: not known)

    @classmethod
    def of(cls, lines: list[Line]) -> _Typography:
        sizes = Counter()
        for ln in lines:
            sizes[ln.size] += len(ln.text)
        body = sizes.most_common(1)[0][0] if sizes else 12.0
        gaps = [
            a.y - b.y
            for a, b in itertools.pairwise(lines)
            if a.page == b.page and a.size == b.size == body and 0 < a.y - b.y < 3 * body
        ]
        lengths = sorted(len(ln.text) for ln in lines if ln.size == body)
        width = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 80
        starts = Counter(round(ln.x) for ln in lines if ln.size == body)
        margin = float(starts.most_common(1)[0][0]) if starts else None
        return cls(body, statistics.median(gaps) if gaps else 1.2 * body, width, margin)

    def indented(self, line: Line) -> bool:
        """Does the line start right of the text's left margin (a list printed without bullets, a quote)?"""
        margin = self.margin if line.margin is None else line.margin
        return margin is not None and line.x > margin + INDENT_EMS * line.size


def _is_heading(line: Line, style: _Typography, outline_keys: set[str]) -> bool:
    text = line.text
    large = line.size >= style.body_size * HEADING_SIZE_RATIO
    # a bare number in small type is a page number; in a heading's type, a title's last line ('2025')
    # a bullet in large type is a slide's bullet, not a heading ('• Group leaders' over its sub-bullets)
    if len(text) > 150 or _PAGE_NUMBER.match(text) and not large or GLYPH_BULLET.match(text):
        return False
    if _PULL_QUOTE.match(text):  # a pull quote in large type ('"We had 240 participants ...') heads nothing
        return False
    if outline_keys and _key(text) in outline_keys and text.count("(") == text.count(")"):
        # ('(PIC, zie de' / 'Begrippenlijst).': a line of text ending on a heading's words with its bracket closed)
        return True
    if large and len(text) > 1 and len(line.cells) == 1:  # a line of cells in larger type is a table's
        return True
    return (
        line.bold
        and line.size >= style.body_size * 0.95
        and len(line.cells) == 1
        and len(text) <= 90
        # (a question ends a bold line as a heading: 'Voiko jakso suuntautua Isoon-Britanniaan tai' / 'Sveitsiin?')
        and not _STATEMENT_END.search(text)
    )


def _join_lines(previous: str, following: str, hyphenated: set[str]) -> str:
    """Two printed lines as one text: a hyphen at a line end undone when it only broke a word."""
    previous, following = previous.rstrip(), following.lstrip()
    if previous.endswith("-") and not previous.endswith(" -"):
        word_end = re.search(r"(\S+)-$", previous).group(1)
        next_word = following.split(" ", 1)[0]
        # an abbreviation before the hyphen ('KA122-VET-' / 'hankkeessa') is joined by a real hyphen: a word is not
        # broken after capitals
        part = word_end.rsplit("-", 1)[-1]
        abbreviation = len(part) >= 2 and part.isupper()
        if re.search(r"[^\W\d_]$", word_end) and next_word[:1].islower() and not abbreviation:
            compound = f"{word_end.rsplit('-', 1)[-1]}-{next_word}".lower().strip(".,;:")
            if compound not in hyphenated:
                return previous[:-1] + following
        return previous + following
    return previous + " " + following


def _join_cell_lines(previous: str, following: str, hyphenated: set[str], words: Counter) -> str:
    """Two printed lines of a table cell as one text. A narrow cell breaks a word without a hyphen where it
    does not fit ('Netherlan' / 'ds'): joined where the document writes the whole word at least as often as
    the piece; a comma or a stop is not set apart ('Nairobi' / ', Kenya')."""
    head, tail = re.search(r"([^\W\d_]+)$", previous.rstrip()), re.match(r"([^\W\d_]+)", following.lstrip())
    if head and tail and tail.group(1)[:1].islower() and previous == previous.rstrip():
        whole = (head.group(1) + tail.group(1)).lower()
        if words[whole] and words[whole] >= words[head.group(1).lower()]:
            return previous + following.lstrip()
    if re.match(r"\s*[,.;:)]", following):
        return previous.rstrip() + following.lstrip()
    return _join_lines(previous, following, hyphenated)


@dataclass
class _Builder:
    """Collects blocks while walking the lines of the document in reading order."""

    style: _Typography
    hyphenated: set[str]
    blocks: list[Block] = field(default_factory=list)
    open_kind: str = ""
    open_lines: list[Line] = field(default_factory=list)
    table: PdfTable | None = None  # the table being read
    last_table: PdfTable | None = None  # the table read last (a line across it may have closed it)
    last_table_end: int = 0  # the number of blocks read when it closed
    last_table_notes: int = 0  # ... and of footnotes
    note_count: int = 0  # the footnotes read
    heading_line: Line | None = None  # the last printed line of the last heading
    heading_lines: list[Line] = field(default_factory=list)  # the printed lines of the last heading
    previous: Line | None = None  # the line before the one being added
    notes: list[Line] = field(default_factory=list)  # footnote lines waiting for the block they interrupt to end
    waiting_refs: list[str] = field(default_factory=list)  # marks referred to by the lines of the open block
    refs: dict[int, list[str]] = field(default_factory=dict)  # the marks each block (by index) refers to
    note_blocks: dict[int, str] = field(default_factory=dict)  # each footnote's block (by index) and its mark
    words: Counter = field(default_factory=Counter)  # how often the document writes each word (lower case)
    line_ems: float = 0.0  # how far apart the lines of its body text stand, in font sizes (_line_spacing)
    places: dict[int, tuple[int, int, float]] = field(
        default_factory=dict
    )  # (page, box, x) of a slide's bullet by index

    def add(self, line: Line, heading_level: int | None, note: bool = False) -> None:
        """Add the next line of the document: a line of the open table, a heading line, a line of
        table cells, or text. A footnote's line waits until the block it interrupts is over."""
        if note:
            self.notes.append(line)
            return
        before = self.previous
        if line.box >= 0 and before is not None and (line.page, line.box) != (before.page, before.box):
            self.close()  # a slide's box ends what the box before it had open (a table beside a box takes none of it)
            self.previous = None
        max_gap = max(PARAGRAPH_GAP_RATIO * self.style.spacing, TABLE_LINE_GAP_EMS * line.size)
        if self.table is not None and self.previous is not None and self.table.takes(line, self.previous, max_gap):
            self.table.add(line, self.previous)
        elif heading_level is not None:
            self.heading(line, heading_level)
        elif len(line.cells) >= 2 and not LIST_MARKER.match(line.cells[0][1] + " "):
            self.table_line(line)
        else:
            self.text_line(line, self.previous)
        self.previous = line
        self.waiting_refs.extend(line.refs)  # the block the line is now part of refers to them

    def close(self) -> None:
        if self.table is not None:
            self.blocks.extend(self.table.blocks())
            self.last_table, self.table = self.table, None
            self.last_table_end, self.last_table_notes = len(self.blocks), self.note_count
        if self.open_kind in ("paragraph", "list_item") and self.open_lines:
            text = self.open_lines[0].text
            for ln in self.open_lines[1:]:
                text = _join_lines(text, ln.text, self.hyphenated)
            first = self.open_lines[0]
            if self.open_kind == "list_item" and first.box >= 0:
                self.places[len(self.blocks)] = (first.page, first.box, first.x)
            self.blocks.append(Block(self.open_kind, squeeze(text)))
        self.open_kind, self.open_lines = "", []
        if self.waiting_refs and self.blocks:
            self.refs.setdefault(len(self.blocks) - 1, []).extend(self.waiting_refs)
        self.waiting_refs = []
        notes: list[str] = []
        for ln in self.notes:  # each footnote a paragraph: a line starting with its mark starts one
            if notes and not _NOTE_START.match(ln.text):
                notes[-1] = _join_lines(notes[-1], ln.text, self.hyphenated)
            elif not notes and not _NOTE_START.match(ln.text) and self.note_blocks:
                # a note going on at the foot of the next page ('... met een partner in regio 9, 10' / 'of 11 zijn
                # maximaal vier reisdagen toegestaan'): the last note read goes on
                last = max(self.note_blocks)
                joined = _join_lines(self.blocks[last].text, ln.text, self.hyphenated)
                self.blocks[last] = replace(self.blocks[last], text=squeeze(joined))
            else:
                notes.append(ln.text)
        # a note read without its mark, as a document's other readers give it (footnotes.py): 'In naar behoren
        # gemotiveerde gevallen ...', not '6 In naar ...', whose '6' would read as a figure
        self.note_count += len(notes)
        for note in notes:
            mark = _NOTE_MARK.match(note)
            self.note_blocks[len(self.blocks)] = mark.group().strip() if mark else ""
            self.blocks.append(Block("paragraph", squeeze(_NOTE_MARK.sub("", note, count=1))))
        self.notes = []

    def placed_notes(self) -> list[Block]:
        """The blocks with a footnote the page's foot put between the items of a list moved right after the block
        referring to it (after its whole list, for a list item); a note elsewhere stays where the page's foot put it
        (every note moved into the section referring to it measured worse: its sentences crowded the answers there)."""
        first_ref: dict[str, int] = {}
        for index in sorted(self.refs):
            for mark in self.refs[index]:
                first_ref.setdefault(mark, index)
        items = [i for i, b in enumerate(self.blocks) if b.kind == "list_item"]

        def in_a_list(note: int) -> bool:
            before = max((k for k in items if k < note), default=-1)
            after = min((k for k in items if k > note), default=-1)
            between = range(before + 1, after)
            return before >= 0 and after >= 0 and all(k in self.note_blocks for k in between)

        moved = {
            i: first_ref[m]
            for i, m in self.note_blocks.items()
            if m in first_ref
            and first_ref[m] not in self.note_blocks
            and in_a_list(i)
        }
        for note, target in moved.items():  # a note referred to from a list item: after the whole list
            following = (k for k in range(target + 1, len(self.blocks)) if k not in moved)
            for k in following:
                if not (self.blocks[target].kind == self.blocks[k].kind == "list_item"):
                    break
                target = k
            moved[note] = target
        after: dict[int, list[int]] = {}
        for note, target in sorted(moved.items()):
            after.setdefault(target, []).append(note)
        out: list[Block] = []
        for i, block in enumerate(self.blocks):
            if i in moved:
                continue
            out.append(block)
            out.extend(self.blocks[n] for n in after.get(i, []))
        return out

    def heading(self, line: Line, level: int) -> None:
        lead = self.open_lines[-1] if self.open_kind == "paragraph" and self.open_lines else None
        if (
            lead is not None
            and lead.size == line.size
            and (
                lead.bold
                and line.size < self.style.body_size * HEADING_SIZE_RATIO
                or _PULL_QUOTE.match(self.open_lines[0].text)
            )
            and (lead.page, lead.column, lead.box) == (line.page, line.column, line.box)
            and 0 < lead.y - line.y <= HEADING_LINE_EMS * line.size
        ):  # the next line of a paragraph printed in bold, or of a pull quote in large type
            self.open_lines.append(line)
            return
        last = self.blocks[-1] if self.blocks else None
        if (
            not self.open_lines
            and self.table is None
            and last is not None
            and last.kind == "heading"
            and self.heading_line is not None
            and self.heading_line.page == line.page
            and self.heading_line.box == line.box
            and self.heading_line.size == line.size
            and 0 < self.heading_line.y - line.y < HEADING_LINE_EMS * line.size
        ):  # a heading printed over two lines
            self.heading_lines.append(line)
            if len(self.heading_lines) > HEADING_MAX_LINES and line.size < self.style.body_size * HEADING_SIZE_RATIO:
                # bold lines of body text, one under another, are a paragraph printed in bold (a newsletter's lead),
                # not a heading: read on as one
                self.blocks.pop()
                self.open_kind, self.open_lines = "paragraph", self.heading_lines
                self.heading_line, self.heading_lines = None, []
                return
            self.blocks[-1] = Block("heading", squeeze(last.text + " " + line.text), level=last.level)
        else:
            self.close()
            if line.box >= 0 and line.role != "title":  # a heading inside a slide's box (a column's)
                self.places[len(self.blocks)] = (line.page, line.box, line.x)
            self.blocks.append(Block("heading", line.text, level=level))
            self.heading_lines = [line]
        self.heading_line = line

    def table_line(self, line: Line) -> None:
        """A line of cells far apart opens a table (closing the paragraph or list item before it)."""
        before = self.table
        self.close()
        self.table = PdfTable.open(
            line, lambda a, b: _join_cell_lines(a, b, self.hyphenated, self.words), line_ems=self.line_ems
        )
        # the table before, when no more than one line across it stands between (and the footnotes of its page)
        between = len(self.blocks) - self.last_table_end - (self.note_count - self.last_table_notes)
        if before is None and self.last_table is not None and between <= 1:
            before = self.last_table
        self.table.go_on_from(before)

    def text_line(self, line: Line, previous: Line | None) -> None:
        marker = LIST_MARKER.match(line.text + " ")
        # a bullet glyph starts an item in any type (a slide's bullets are larger than their sub-bullets); a number
        # in large type may be a heading's
        glyph = GLYPH_BULLET.match(line.text)
        if marker and (glyph or line.size <= self.style.body_size * 1.05) or self._starts_bare_item(line):
            self.close()
            self.open_kind, self.open_lines = "list_item", [line]
            return
        if self.open_lines and previous is not None and self._continues(line, previous):
            self.open_lines.append(line)
            return
        self.close()
        self.open_kind, self.open_lines = "paragraph", [line]

    def _starts_bare_item(self, line: Line) -> bool:
        """An indented line of body text where a list printed without bullets has an item start: after a
        paragraph ending in ':' that introduces it, or after an item of it that ended ('...;', '...')."""
        if line.box >= 0 or not self.style.indented(line) or abs(line.size - self.style.body_size) > 0.5:
            return False  # (a slide's boxes stand anywhere: a box's place says nothing of a list)
        if not self.open_lines:  # right under a heading
            return bool(self.blocks) and self.blocks[-1].kind == "heading" and self.table is None
        last = self.open_lines[-1].text
        if self.open_kind == "paragraph":
            return last.endswith(":") and not self.style.indented(self.open_lines[0])
        return (
            self.open_kind == "list_item"
            and not LIST_MARKER.match(self.open_lines[0].text + " ")
            and abs(line.x - self.open_lines[0].x) <= 2
            and bool(_ITEM_END.search(last))
        )

    def _continues(self, line: Line, previous: Line) -> bool:
        """True when a line goes on with the paragraph or list item open before it."""
        last_text = self.open_lines[-1].text
        if (previous.page, previous.column) != (line.page, line.column):
            # across a page break or into the next column: a sentence broken off goes on
            return not _SENTENCE_END.search(last_text) and abs(line.size - previous.size) <= 0.5
        if abs(line.size - previous.size) > 0.5:
            return False
        gap = previous.y - line.y
        # a slide's boxes print in sizes of their own: a wrapped 20 pt bullet's lines stand wider than 14 pt text's
        limit = SLIDE_LINE_EMS * line.size if line.box >= 0 else PARAGRAPH_GAP_RATIO * self.style.spacing
        if gap <= 0 or gap > limit:
            return False
        if self.open_kind == "list_item" and line.x < self.open_lines[0].x - 2:
            return False  # back at the left margin: the list is over
        first = self.open_lines[0]
        if (
            self.open_kind == "paragraph"
            and len(self.open_lines) >= 2
            and self.open_lines[1].x > first.x + INDENT_EMS * line.size
            and abs(line.x - first.x) <= 2
        ):
            return False  # a hanging indent's paragraph is over where a line starts out at its first line's place
        short = len(last_text) < 0.7 * self.style.full_width
        if line.bold and not previous.bold and _SENTENCE_END.search(last_text) and self.open_kind == "paragraph":
            return False  # a line in bold after a sentence ended: a question of a box of questions and answers
        return not (short and _SENTENCE_END.search(last_text) and self.open_kind == "paragraph")


def _footnotes(page: list[Line], body_size: float, going_on: bool = False) -> list[Line]:
    """The footnotes at a page's foot: the lines after its last line of body text, in smaller type, the
    first of them starting with a note's mark ('1 The Programme Guide ...'), or going on with the last note of the
    page before (`going_on`: that page ended in notes). They are read after the paragraph they interrupt, so a
    paragraph going on over the page break stays one, and then placed after the block referring to them."""
    last_body = max((i for i, ln in enumerate(page) if ln.size >= body_size * 0.95), default=None)
    if last_body is None:
        return []
    foot = page[last_body + 1 :]
    # under a table in smaller type the notes are smaller still: they start where the type gets smaller
    smaller = [i for i in range(1, len(foot)) if foot[i].size < foot[i - 1].size - SMALLER_PT]
    for start in [0, *smaller] if foot else []:
        notes = foot[start:]
        if not (_NOTE_START.match(notes[0].text) or going_on):
            continue
        if any(ln.size > notes[0].size + SMALLER_PT for ln in notes):
            continue
        # a note's mark may stand apart from its text, at a tab ('2 | Uitzondering: ...'): still one line of text
        if any(ln.size > body_size * NOTE_SIZE_RATIO or len(ln.cells) > 1 and not _marked(ln) for ln in notes):
            continue
        return notes
    return []


def _numbered_notes(pages: list[list[Line]]) -> list[Line]:
    """Footnotes told apart by their numbers where their type does not tell them from the text (a form printed
    mostly in small type): on each page, from the line starting with the next note's number (1, then on), set off
    from the line above by a wider gap than lines of text, to the page's foot, in one type no larger than its own."""
    found: list[Line] = []
    expected = 1
    for page in pages:
        for i in range(len(page) - 1, 0, -1):
            if _label(page[i]) != expected:
                continue
            run, first = page[i:], page[i]
            apart = page[i - 1].y - first.y > NOTE_GAP_EMS * first.size
            if any(ln.size > first.size + SMALLER_PT for ln in run) or not apart:
                break
            labels = [n for ln in run if (n := _label(ln)) is not None and n >= expected]
            found.extend(run)
            expected = max(labels) + 1
            break
    return found


def _label(line: Line) -> int | None:
    """The number a footnote's first line starts with ('1 If the same ...', '3 | No single ...'), or None."""
    if _marked(line):
        mark = line.cells[0][1].strip()
    else:
        found = re.match(r"(\d{1,3})\s+\S", line.text)
        mark = found.group(1) if found else ""
    return int(mark) if mark.isdigit() else None


def _marked(line: Line) -> bool:
    """Is the line a footnote's first: its mark in a cell of its own, then its text?"""
    return len(line.cells) == 2 and bool(re.fullmatch(r"\d{1,3}|[*†‡]", line.cells[0][1].strip()))


# the site's name after a bar in a web page printed to PDF ('Kapacitetsuppbyggnad ... – utlysning 2026 | Universitets-
# och utbytesrådet'): the browser takes the page's <title>
_SITE_AFTER_BAR = re.compile(r"\s+\|\s+[^|]+$")


def _title(reader, first_page: list[Line], style: _Typography) -> str:
    meta = reader.metadata or {}
    title = squeeze(str(meta.get("/Title") or ""))
    page = "".join(_key(ln.text) for ln in first_page)
    without_site = _SITE_AFTER_BAR.sub("", title)
    if without_site != title and _key(without_site) in page:  # the page's own heading printed on it
        title = without_site
    if title and not _BAD_TITLES.match(title) and not _FILE_NAME_TITLE.match(title) and len(title) > 3:
        return title
    big = [ln for ln in first_page if ln.size >= style.body_size * HEADING_SIZE_RATIO]
    if big:
        largest = max(ln.size for ln in big)
        top = [ln for ln in big if ln.size == largest]
        run = [top[0]]
        for ln in first_page[first_page.index(top[0]) + 1 :]:
            if ln.size == largest and run[-1].y - ln.y < 1.6 * largest:
                run.append(ln)
            else:
                break
        return squeeze(" ".join(ln.text for ln in run))[:200]
    return next((ln.text for ln in first_page if len(ln.text) > 3), "")[:200]


def _line_spacing(lines: list[Line], body_size: float) -> float:
    """How far apart (in font sizes) the lines of the body text stand: the median distance between two lines of
    body type one under the other, starting at one margin; 0 when too few are."""
    gaps = sorted(
        (a.y - b.y) / a.size
        for a, b in itertools.pairwise(lines)
        if a.page == b.page
        and a.column == b.column
        and a.size == b.size == body_size
        and not a.bold
        and abs(a.x - b.x) <= 1
        and len(a.cells) == len(b.cells) == 1
        and 0 < a.y - b.y < 3 * a.size
    )
    return gaps[len(gaps) // 2] if len(gaps) >= LINE_SPACING_MIN_PAIRS else 0.0


LINE_SPACING_MIN_PAIRS = 10  # pairs of lines measured, at least, for a line spacing


def read_pdf(data: bytes) -> ReadDocument:
    """A PDF's title and blocks (raises whatever pypdf raises for a broken file)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    printed = []
    columns: frozenset[int] = frozenset()
    for n, page in enumerate(reader.pages):
        page_lines, columns = _lines(page, n, columns)
        printed.append(page_lines)
    sizes = [(float(page.mediabox.width), float(page.mediabox.height)) for page in reader.pages]
    on_slides = slides.slide_pages(sizes, [[ln.text for ln in page] for page in printed])
    for n in sorted(on_slides):  # read again box by box
        printed[n] = _lines(reader.pages[n], n, slide=True)[0]
    pages = _drop_furniture(printed, _Typography.of([ln for page in printed for ln in page]).body_size)
    # a table of contents repeats the headings with page numbers: not text a question should find
    lines = [ln for page in pages for ln in page if not _CONTENTS_LINE.search(ln.text)]
    style = _Typography.of(lines)
    outline = _outline(reader)
    outline_keys = {_key(t) for t, _ in outline}
    levels = {_key(t): level for t, level in outline}
    heading_sizes = sorted({ln.size for ln in lines if ln.size >= style.body_size * HEADING_SIZE_RATIO}, reverse=True)
    text = " ".join(ln.text for ln in lines)
    # the words a text writes with a hyphen, each pair of a longer compound too ('day-by-day': 'by-day')
    hyphenated = {
        "-".join(pair)
        for m in re.findall(r"(?<!\S)[^\W\d_]+(?:-[^\W\d_]+)+", text.lower())
        for pair in itertools.pairwise(m.split("-"))
    }
    notes: set[int] = set()
    going_on = False  # the page before ended in footnotes: a note may go on at this page's foot
    for page in pages:
        found = _footnotes(page, style.body_size, going_on) if page and page[0].box < 0 else []
        notes |= {id(ln) for ln in found}
        going_on = bool(found) and found[-1] is page[-1]
    if not notes:  # notes in the body's own type (a form whose small print is most of its text): by their numbers
        notes = {id(ln) for ln in _numbered_notes([page for page in pages if page and page[0].box < 0])}
    slide_levels = slides.heading_levels([page for page in pages if page and page[0].box >= 0])
    builder = _Builder(style, hyphenated, words=Counter(re.findall(r"[^\W\d_]+", text.lower())))
    builder.line_ems = _line_spacing(lines, style.body_size)
    for line in lines:
        if id(line) in notes:
            builder.add(line, None, note=True)
            continue
        level = None
        if line.box >= 0:
            level = slide_levels.get(id(line))
        elif _is_heading(line, style, outline_keys):
            by_size = heading_sizes.index(line.size) + 1 if line.size in heading_sizes else len(heading_sizes) + 1
            level = levels.get(_key(line.text)) or _outline_level(_key(line.text), levels) or by_size
        builder.add(line, level)
    builder.close()
    blocks = slides.nested_items(builder.blocks, builder.places) if builder.places else builder.placed_notes()
    title = _title(reader, pages[0] if pages else [], style)
    return ReadDocument(title=title, blocks=with_sections(without_form_fields(blocks)), source="pdf")
