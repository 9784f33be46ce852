"""Plain text as offices save it from a word processor: headings, paragraphs, lists and tab-separated tables.

A word processor's "save as plain text" keeps a paragraph on one long line (or wraps it at a fixed width), a
table as one line per row with its cells between tabs, a heading as a short line (numbered, in capitals or
underlined), a list as lines with their bullets; the printed version's running headers, page numbers, page breaks
(form feeds) and table of contents come along. This reads them back as blocks; the page furniture is dropped.
"""

from __future__ import annotations

import re
from collections import Counter

from erasbot.guidance.reading.footnotes import MARK, with_footnotes
from erasbot.guidance.reading.model import LIST_MARKER, Block, ReadDocument, squeeze, with_sections

MAX_HEADING = 90  # a heading is a short line
MAX_QUESTION = 160  # a FAQ's question above its answer is a heading too
WRAP_WIDTH = 100  # a text whose lines are all this short is wrapped: its lines join into paragraphs

_UNDERLINE = re.compile(r"^\s*(=+|-+|_+|\*+)\s*$")
# a page's number as printed: 'Page 3 of 11', 'sida 3 av 11', '3/11', '- 3 -' (a bare '3' only in a paginated text)
_PAGE_NUMBER = re.compile(
    r"^\s*(?:page|sida|sivu|pagina|p\.|s\.)\s*\d{1,4}(?:\s*(?:of|av|/|van|\(|kautta)\s*\d{1,4}\)?)?\s*$"
    r"|^\s*\d{1,4}\s*(?:of|av|/|van)\s*\d{1,4}\s*$|^\s*[-–]\s*\d{1,4}\s*[-–]\s*$",
    re.IGNORECASE,
)
_BARE_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")
# a table of contents line: its heading, dot leaders (or a tab) and the page number
_CONTENTS_LINE = re.compile(r"^(?P<text>\S.*?)\s*(?:[.·…_]{3,}|\t)\s*(?P<page>\d{1,3})\s*$")
_LEADERS = re.compile(r"[.·…_]{4,}\s*\d{1,3}\s*$")
_NUMBERED_HEADING = re.compile(
    r"^(?:(?:chapter|section|kapitel|luku|hoofdstuk)\s+)?(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S", re.IGNORECASE
)
_FOOTNOTE_LINE = re.compile(r"^\s*\[(\d{1,2})\]\s+(\S.*)$")
_FOOTNOTE_REF = re.compile(r"(?<=\S)\[(\d{1,2})\]")
_NESTED_O = re.compile(r"^\s*o[ \t]+(?=\S)")
_END = re.compile(r"[.:;,!?]$")


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _is_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and len(line) <= MAX_HEADING


def _contents(lines: list[str]) -> set[int]:
    """The table of contents: lines with dot leaders and a page number, and runs of three or more lines that name
    a heading of the text, a tab, and page numbers that do not go down."""
    out = {i for i, line in enumerate(lines) if _LEADERS.search(line)}
    keys = Counter(_key(line) for line in lines if line.strip())
    run: list[tuple[int, int]] = []
    for i, line in enumerate([*lines, ""]):
        match = _CONTENTS_LINE.match(line.strip()) if "\t" in line else None
        if match and keys[_key(match.group("text"))] and (not run or int(match.group("page")) >= run[-1][1]):
            run.append((i, int(match.group("page"))))
            continue
        if line.strip() and i not in out or i == len(lines):
            if len(run) >= 3:
                out.update(j for j, _ in run)
            run = []
    return out


def _furniture(lines: list[str]) -> set[int]:
    """The lines of the printed version's furniture: page numbers, running headers and footers (a line printed
    again on later pages), the table of contents."""
    dropped = {i for i, line in enumerate(lines) if _PAGE_NUMBER.match(line)}
    bare = [i for i, line in enumerate(lines) if _BARE_NUMBER.match(line)]
    numbers = [int(lines[i]) for i in bare]
    if len(bare) >= 2 and numbers == sorted(numbers):  # bare numbers counting up line after line: page numbers
        dropped.update(bare)
    dropped |= _contents(lines)
    first = next((i for i, line in enumerate(lines) if line.strip()), -1)
    seen = Counter(squeeze(line) for line in lines if line.strip())
    for i, line in enumerate(lines):
        text = squeeze(line)
        if not text or i in dropped or i == first or _is_row(line) or LIST_MARKER.match(line):
            continue
        # a running header or footer: printed again word for word (the title, the office's line), no heading of
        # the text and no sentence
        if (
            (seen[text] >= 3 or seen[text] == 2 and len(text) >= 25)
            and not _is_heading_text(text)
            and not _END.search(text)
        ):
            dropped.add(i)
    # the contents' own heading ('Contents', 'Innehåll'), when all that follows it up to the text was dropped
    for i, line in enumerate(lines):
        if i in dropped or not line.strip() or len(line.strip()) > 40:
            continue
        following = [j for j in range(i + 1, min(len(lines), i + 4)) if lines[j].strip()]
        if following and all(j in dropped for j in following) and following[0] in _contents(lines):
            dropped.add(i)
    return dropped


def _is_heading_text(text: str) -> bool:
    numbered = _NUMBERED_HEADING.match(text)
    return bool(numbered) and "." in numbered.group(1) or _is_caps(text)


def _footnotes(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    """The lines without the footnotes at the end ('[1] Brussels time ...'), each reference marked in the text."""
    notes: dict[str, str] = {}
    tail = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if not line.strip() or _UNDERLINE.match(line):
            continue
        match = _FOOTNOTE_LINE.match(line)
        if not match:
            break
        notes[match.group(1)] = squeeze(match.group(2))
        tail = i
    if not notes:
        return lines, {}
    body = lines[:tail]
    while body and (not body[-1].strip() or _UNDERLINE.match(body[-1])):
        body.pop()
    marked = [
        _FOOTNOTE_REF.sub(lambda m: MARK.format(m.group(1)) if m.group(1) in notes else m.group(0), line)
        for line in body
    ]
    return marked, dict(reversed(list(notes.items())))


def _runs(lines: list[str]) -> list[list[str]]:
    """The lines between blank lines."""
    runs: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            runs[-1].append(line)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _is_item(line: str, neighbours: tuple[str, ...]) -> bool:
    if LIST_MARKER.match(line):
        return True
    # Word's nested bullet 'o' is a list item only beside other items
    return bool(_NESTED_O.match(line)) and any(LIST_MARKER.match(n) or _NESTED_O.match(n) for n in neighbours)


def _is_row(line: str) -> bool:
    """A table row: cells between tabs. A bullet and a tab before an item's text ('•\tschools') is no row."""
    text = line.strip()
    marker = LIST_MARKER.match(text) or _NESTED_O.match(text)
    return "\t" in text and not (marker and "\t" not in text[marker.end() :])


_YEARS = re.compile(r"(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)\d\d)?")
_FIGURE_CELL = re.compile(r"(?:EUR|€|SEK|kr)?\s*[\d\s.,%€:/-]+(?:\s*(?:EUR|€|%|points?|pts))?", re.IGNORECASE)


def _figure_cell(cell: str) -> bool:
    """A cell that is a figure alone ('30', 'EUR 1,500,000', '80 %'), not a year or a period ('2014-2020')."""
    return bool(_FIGURE_CELL.fullmatch(cell)) and not _YEARS.fullmatch(cell)


def _has_header(rows: list[tuple[str, ...]]) -> bool:
    """Whether a table's first row names its columns: short cells, none a bare figure ('30', 'EUR 1,500,000'), over
    three or more columns; over two, when it has no figures and the rows under it do (a two-column table of labels
    and values has no heading row)."""
    first, body = rows[0], rows[1:]
    if not body or not all(first) or any(len(c) > 60 or _figure_cell(c) for c in first):
        return False
    if len(first) >= 3:
        return True
    return not any(re.search(r"\d", c) for c in first) and sum(
        1 for r in body if any(re.search(r"\d", c) for c in r[1:])
    ) * 2 >= len(body)


class _Reader:
    def __init__(self, wrapped: bool):
        self.wrapped = wrapped
        self.blocks: list[Block] = []
        self.table: list[tuple[str, ...]] = []

    def heading(self, text: str, level: int) -> None:
        self.close_table()
        self.blocks.append(Block("heading", squeeze(text), level=level))

    def row(self, line: str) -> None:
        self.table.append(tuple(squeeze(c) for c in line.split("\t")))

    def close_table(self) -> None:
        """The rows read so far as one table, each under the column headings when its first row gives them."""
        rows, self.table = self.table, []
        if not rows:
            return
        header = rows[0] if _has_header(rows) else ()
        for cells in rows[1:] if header else rows:
            heads = header if len(header) == len(cells) else ()
            self.blocks.append(Block("table_row", " | ".join(c for c in cells if c), cells=cells, header=heads))

    def text(self, kind: str, line: str, goes_on: bool) -> None:
        """A paragraph or list item; a line that `goes_on` from the line before it may continue its text."""
        self.close_table()
        previous = self.blocks[-1] if self.blocks and goes_on else None
        if previous and previous.kind in ("paragraph", "list_item") and self._continues(previous.text, line, kind):
            self.blocks[-1] = Block(previous.kind, f"{previous.text} {squeeze(line)}")
            return
        self.blocks.append(Block(kind, squeeze(line)))

    def _continues(self, previous: str, line: str, kind: str) -> bool:
        if kind == "list_item":
            return False
        stripped = line.strip()
        if stripped[:1].islower() and not _END.search(previous[-1:]):
            return True  # a sentence going on
        # a wrapped paragraph's lines run on to a sentence's end (a line after one may start the next paragraph)
        return self.wrapped and not re.search(r"[.:;!?]$", previous) and not _is_caps(stripped)


def _heading_level(text: str) -> int:
    numbered = _NUMBERED_HEADING.match(text)
    if numbered:
        return 2 + numbered.group(1).rstrip(".").count(".")
    return 2


def _looks_heading(line: str, run: list[str], at: int, next_run: list[str] | None) -> bool:
    """A line standing as a heading: numbered ('3.2 Associated partners') or in capitals, short, with no closing
    punctuation; a short line alone above a paragraph; a question above its answer (a FAQ)."""
    text = line.strip()
    if len(text) > (MAX_QUESTION if text.endswith("?") else MAX_HEADING) or _is_row(line):
        return False
    if text.endswith("?"):
        return at + 1 < len(run) or next_run is not None and not _is_item(next_run[0], ())
    if _END.search(text):
        return False
    if _is_caps(text):
        return True
    numbered = _NUMBERED_HEADING.match(text)
    following = run[at + 1] if at + 1 < len(run) else (next_run[0] if next_run else "")
    if numbered and "." in numbered.group(1).strip("."):
        return True  # '3.2 Associated partners'
    if numbered:
        # '3. Who can apply' above text, not an item of a numbered list ('1. Submit the notice')
        neighbours = [run[j] for j in (at - 1, at + 1) if 0 <= j < len(run)]
        return not any(
            _NUMBERED_HEADING.match(n) and len(n) <= MAX_HEADING and not _is_row(n) for n in neighbours
        ) and not (following and _is_item(following, ()) and LIST_MARKER.match(text))
    if LIST_MARKER.match(text) or _NESTED_O.match(text):
        return False
    # a short line of its own, or first in its run above longer text
    if len(run) == 1:
        return next_run is not None and not _is_item(next_run[0], ())
    return at == 0 and len(run[1].strip()) > MAX_HEADING and not _is_item(run[1], ())


def read_plain(raw: str) -> ReadDocument:
    """Plain text: its title (the first line), headings, paragraphs, list items and tables; the furniture of its
    printed version (page numbers, running headers, the table of contents, page breaks) dropped."""
    text = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    lines = [line.replace("\u00a0", " ").rstrip(" ") for line in text.split("\n")]
    lines, notes = _footnotes(lines)
    dropped = _furniture(lines)
    lines = ["" if i in dropped else line for i, line in enumerate(lines)]
    title = next((squeeze(line) for line in lines if line.strip()), "")
    prose = [line for line in lines if line.strip() and not _is_row(line) and not LIST_MARKER.match(line)]
    wrapped = len(prose) >= 3 and max(len(line) for line in prose) <= WRAP_WIDTH
    reader = _Reader(wrapped)
    runs = _runs(lines)
    for r, run in enumerate(runs):
        next_run = runs[r + 1] if r + 1 < len(runs) else None
        i = 0
        while i < len(run):
            line = run[i]
            underline = i + 1 < len(run) and _UNDERLINE.match(run[i + 1]) and len(line.strip()) <= MAX_HEADING
            if underline:
                reader.heading(line, 1 if "=" in run[i + 1] else 2)
                i += 2
                continue
            if _UNDERLINE.match(line):  # a rule between parts
                i += 1
                continue
            if r == 0 and i == 0 and squeeze(line) == title:
                reader.heading(line, 1)
            elif _is_row(line):
                reader.row(line)
            elif _looks_heading(line, run, i, next_run):
                reader.heading(line, _heading_level(line.strip()))
            elif _is_item(line, tuple(run[max(0, i - 1) : i + 2])):
                reader.text("list_item", _NESTED_O.sub("◦ ", line, count=1), i > 0)
            else:
                reader.text("paragraph", line, i > 0)
            i += 1
    reader.close_table()
    blocks = with_sections(reader.blocks)
    if notes:
        blocks = tuple(with_footnotes(blocks, notes))
    return ReadDocument(title=title[:200], blocks=blocks, source="text")
