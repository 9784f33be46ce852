"""Plain text as offices save it from a word processor or a mail client: headings, paragraphs, lists and tables.

A word processor's "save as plain text" keeps a paragraph on one long line (or wraps it at a fixed width), a
table as one line per row with its cells between tabs, a heading as a short line (numbered, in capitals or
underlined), a list as lines with their bullets; the printed version's running headers, page numbers, page breaks
(form feeds) and table of contents come along. A mail saved as text wraps its paragraphs at about 72 characters
(wrapping.py), hangs a list item's wrapped lines under it, draws its tables in characters (text_tables.py) and
brings its header, quotes, signature and disclaimer (mail.py). This reads them back as blocks; the page furniture,
the mail's header and its disclaimer are dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import NamedTuple

from erasbot.guidance.reading.footnotes import MARK, with_footnotes
from erasbot.guidance.reading.mail import read_mail
from erasbot.guidance.reading.model import LIST_MARKER, Block, ReadDocument, squeeze, with_sections
from erasbot.guidance.reading.text_tables import TextTable, find_tables, has_header
from erasbot.guidance.reading.wrapping import join_wrapped, wrap_width

MAX_HEADING = 90  # a heading is a short line
MAX_QUESTION = 160  # a FAQ's question above its answer is a heading too

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
_ORDINAL = re.compile(r"^\s*\(?(\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s", re.IGNORECASE)
_REFERENCE = re.compile(r"^\s*\[\d{1,2}\]\s+\S")
_DECORATED = re.compile(r"^([*=#~])\1+\s*(?P<text>\S.*?)\s*\1+$")  # '*** 11. INTERNAL STEPS ***'
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


def _runs(lines: list[str]) -> list[list[int]]:
    """The lines between blank lines, by their index."""
    runs: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if line.strip():
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _pieces(run: list[int], lines: list[str], tables: dict[int, TextTable], wrapped: bool) -> list[_Line | TextTable]:
    """A run's lines and drawn tables; a line indented under a list item (or, in a hard-wrapped text, under any
    line) hangs from it and is joined on ('- Topic 1, ...' '  transnational ...', 'Q: ...' '   partner?')."""
    pieces: list[_Line | TextTable] = []
    k = 0
    while k < len(run):
        i = run[k]
        if i in tables:
            pieces.append(tables[i])
            k = next((j for j in range(k, len(run)) if run[j] >= tables[i].end), len(run))
            continue
        text, last = lines[i], len(lines[i])
        k += 1
        item = _is_item(text, tuple(lines[j] for j in run[k - 2 : k + 1]))
        if not _UNDERLINE.match(text) and (wrapped or item):
            while k < len(run) and run[k] not in tables and _hangs(lines[run[k]], text, item, run, k, lines):
                text, last = join_wrapped(text, lines[run[k]]), len(lines[run[k]])
                k += 1
        pieces.append(_Line(i, text, last))
    return pieces


def _hangs(line: str, head: str, item: bool, run: list[int], k: int, lines: list[str]) -> bool:
    """Whether a line hangs under the line above: indented deeper, and no list of its own (a list nested under an
    item starts at its first number or letter: '15. helmikuuta' under an item is a date going on). Under a line
    that is no item, an indented sentence after a sentence's end may start a paragraph of its own (a paragraph's
    first line indented): the reader tells."""
    neighbours = tuple(lines[j] for j in run[max(0, k - 1) : k + 2])
    ordinal = _ORDINAL.match(line)
    nested = _is_item(line, neighbours) and (not ordinal or ordinal.group(1).lower() in ("1", "a", "i"))
    new_sentence = re.search(r"[.!?]$", lines[run[k - 1]]) and line.strip()[:1].isupper()
    return (
        _indent(line) > _indent(head)
        and not _UNDERLINE.match(line)
        and not _is_row(line)
        and not nested
        and (item or not new_sentence)
    )


def _is_item(line: str, neighbours: tuple[str, ...]) -> bool:
    if LIST_MARKER.match(line):
        return True
    # Word's nested bullet 'o' is a list item only beside other items, a reference '[2] Programme Guide: https://...'
    # only beside other references
    if _REFERENCE.match(line):
        return sum(1 for n in neighbours if _REFERENCE.match(n)) >= 2
    return bool(_NESTED_O.match(line)) and any(LIST_MARKER.match(n) or _NESTED_O.match(n) for n in neighbours)


def _is_row(line: str) -> bool:
    """A table row: cells between tabs. A bullet and a tab before an item's text ('•\tschools') is no row."""
    text = line.strip()
    marker = LIST_MARKER.match(text) or _NESTED_O.match(text)
    return "\t" in text and not (marker and "\t" not in text[marker.end() :])


class _Line(NamedTuple):
    """A line as read: the line, with the lines that hang under it (indented) joined on in a hard-wrapped text."""

    index: int
    text: str
    last: int  # the length of its last line as typed


class _Reader:
    def __init__(self, width: int):
        self.width = width  # the width the text is wrapped at; 0 for one line per paragraph
        self.blocks: list[Block] = []
        self.table: list[tuple[str, ...]] = []
        self.last = 0  # the length of the last line read into a paragraph

    def heading(self, text: str, level: int) -> None:
        self.close_table()
        self.blocks.append(Block("heading", squeeze(text), level=level))

    def row(self, line: str) -> None:
        self.table.append(tuple(squeeze(c) for c in line.split("\t")))

    def close_table(self) -> None:
        """The rows read so far as one table, each under the column headings when its first row gives them."""
        rows, self.table = self.table, []
        if rows:
            header = rows[0] if has_header(rows) else ()
            self._rows(rows[1:] if header else rows, header)

    def drawn_table(self, table: TextTable) -> None:
        """A table drawn in characters, under the header row its drawing marks; a box of one column is a paragraph."""
        self.close_table()
        rows = list(table.rows)
        if all(len(r) == 1 for r in rows):
            self.blocks.append(Block("paragraph", squeeze(" ".join(r[0] for r in rows))))
            return
        header = table.header if table.header is not None else (rows[0] if has_header(rows) else ())
        self._rows(rows[1:] if header and table.header is None else rows, header)

    def _rows(self, rows: list[tuple[str, ...]], header: tuple[str, ...]) -> None:
        for cells in rows:
            cells = tuple(squeeze(c) for c in cells)
            heads = header if len(header) == len(cells) else ()
            self.blocks.append(Block("table_row", " | ".join(c for c in cells if c), cells=cells, header=heads))

    def text(self, kind: str, line: _Line, goes_on: bool) -> None:
        """A paragraph or list item; a line that `goes_on` from the line before it may continue its text."""
        self.close_table()
        if goes_on and kind == "paragraph" and self.continues(line.text):
            self.blocks[-1] = replace(self.blocks[-1], text=join_wrapped(self.blocks[-1].text, squeeze(line.text)))
        else:
            self.blocks.append(Block(kind, squeeze(line.text)))
        self.last = line.last

    def continues(self, line: str) -> bool:
        """Whether a line goes on with the paragraph or list item just read."""
        previous = self.blocks[-1] if self.blocks else None
        if self.table or not previous or previous.kind not in ("paragraph", "list_item"):
            return False
        stripped = line.strip()
        if stripped[:1].islower() and not _END.search(previous.text[-1:]):
            return True  # a sentence going on
        if not self.width or previous.kind != "paragraph" or _is_caps(stripped):
            return False
        if not re.search(r"[.:;!?]$", previous.text):
            return True  # a wrapped paragraph's lines run on to a sentence's end
        # after a sentence's end, a line starts a paragraph when its first word would have fitted on the line before
        return self.last + 1 + len(stripped.split()[0]) > self.width


def _view(piece: _Line | TextTable) -> str:
    """A piece as a line, for judging the lines beside it: a drawn table as a tab-separated row."""
    return "\t".join(piece.rows[0]) if isinstance(piece, TextTable) else piece.text


def _heading_text(line: str) -> str:
    """A heading's text without the marks around it ('*** 11. INTERNAL STEPS ***')."""
    decorated = _DECORATED.match(line.strip())
    return decorated.group("text") if decorated else line.strip()


def _heading_level(line: str) -> int:
    text = _heading_text(line)
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
    """Plain text: its title (the first line, or a mail's subject), headings, paragraphs, list items and tables; the
    furniture of its printed version (page numbers, running headers, the table of contents, page breaks) and a
    mail's header and disclaimer dropped."""
    text = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    lines = [line.replace("\u00a0", " ") for line in text.split("\n")]
    mail = read_mail([line if line == "-- " else line.rstrip(" ") for line in lines])  # '-- ' opens a signature
    lines, notes = _footnotes(mail.lines)
    tables = {t.start: t for t in find_tables(lines)}
    kept = {i for t in tables.values() for i in range(t.start, t.end)} | mail.signatures
    dropped = _furniture(lines) - kept
    lines = ["" if i in dropped else line for i, line in enumerate(lines)]
    title = mail.subject or next((squeeze(line) for line in lines if line.strip()), "")
    prose = [
        line
        if i not in kept and not _is_row(line) and not LIST_MARKER.match(line) and not _UNDERLINE.match(line)
        else ""
        for i, line in enumerate(lines)
    ]
    reader = _Reader(wrap_width(prose))
    runs = [_pieces(run, lines, tables, reader.width > 0) for run in _runs(lines)]
    views = [[_view(p) for p in pieces] for pieces in runs]
    if mail.subject and (not views or squeeze(views[0][0]) != title):
        reader.heading(title, 1)
    for r, pieces in enumerate(runs):
        run, next_run = views[r], views[r + 1] if r + 1 < len(runs) else None
        at = 0
        while at < len(pieces):
            piece = pieces[at]
            if isinstance(piece, TextTable):
                reader.drawn_table(piece)
                at += 1
                continue
            line = piece.text
            underline = at + 1 < len(run) and _UNDERLINE.match(run[at + 1]) and len(line.strip()) <= MAX_HEADING
            if underline:
                numbered = _NUMBERED_HEADING.match(_heading_text(line))
                reader.heading(
                    _heading_text(line), _heading_level(line) if numbered else 1 if "=" in run[at + 1] else 2
                )
                at += 2
                continue
            item = _is_item(line, tuple(run[max(0, at - 1) : at + 2]))
            if _UNDERLINE.match(line):  # a rule between parts
                pass
            elif piece.index in mail.signatures:
                reader.text("paragraph", piece, False)
            elif r == 0 and at == 0 and squeeze(line) == title:
                reader.heading(line, 1)
            elif _is_row(line):
                reader.row(line)
            elif reader.width and at > 0 and not item and reader.continues(line):
                reader.text("paragraph", piece, True)  # a hard-wrapped paragraph going on, whatever its line looks like
            elif _looks_heading(line, run, at, next_run):
                reader.heading(_heading_text(line), _heading_level(line))
            elif item:
                reader.text("list_item", piece._replace(text=_NESTED_O.sub("◦ ", line, count=1)), at > 0)
            else:
                reader.text("paragraph", piece, at > 0)
            at += 1
    reader.close_table()
    blocks = with_sections(reader.blocks)
    if notes:
        blocks = tuple(with_footnotes(blocks, notes))
    return ReadDocument(title=title[:200], blocks=blocks, source="text")
