"""Tables that lay a page out rather than hold data: how HTML e-mail (a newsletter saved from the mail client or its
'view in browser' page) builds everything, boxes, columns, buttons and even lists, out of nested tables.

A table is read as data when its cells hold a line of text each and it has columns; a table whose cells hold
headings, paragraphs, lists or further tables, or that has one column, is a layout: its cells are read in order as
the page's own text. A table whose rows start with a bullet cell ('•', '–', '1.') is a list.
"""

from __future__ import annotations

import re

from erasbot.guidance.reading.model import tidy

# elements that make a cell hold a page's text rather than one value
_FLOW = ("table", "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "div", "blockquote", "section", "article")
# tables that say they only lay the page out (WAI-ARIA): read as data only when their cells hold single values
_PRESENTATION = {"presentation", "none"}
# a cell that only marks a list item: a bullet, a dash, a check mark, a number ('1.', '2)')
BULLET = re.compile(r"^(?:[•·▪■►▸●○◦✓✔✗–—*-]|\d{1,2}[.)])$")
BUTTON_MAX_CHARS = 40  # 'Read the call', 'Register for the webinar': a link drawn as a button, at most
LABEL_MAX_CHARS = 60  # a box's bold title ('Key dates'), at most


def rows_of(table) -> list:
    """The table's own rows (not those of tables inside its cells)."""
    return [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]


def cells_of(row) -> list:
    return row.find_all(["th", "td"], recursive=False)


def holds_flow(cell) -> bool:
    """Does the cell hold a page's text (headings, paragraphs, lists, tables) rather than one value?"""
    return cell.find(_FLOW) is not None


def is_layout(table) -> bool:
    """Does the table lay the page out (see the module's text) rather than hold data?"""
    rows = rows_of(table)
    cells = [c for r in rows for c in cells_of(r)]
    if not cells:
        return False
    if any(c.find(["table", "h1", "h2", "h3", "h4", "h5", "h6"]) is not None for c in cells):
        return True
    filled = [[c for c in cells_of(r) if tidy(c.get_text(" "))] for r in rows]
    if max((len(r) for r in filled), default=0) <= 1:
        return True  # one column: boxes stacked, not a grid
    said = str(table.get("role", "")).strip().lower()
    return said in _PRESENTATION and any(holds_flow(c) for c in cells)


def list_rows(table) -> list[str] | None:
    """The items of a list drawn as a table (each row a bullet cell and the item's text), or None when it is not
    one: every row with text starts with a bullet cell and has one more cell."""
    items: list[str] = []
    for row in rows_of(table):
        texts = [tidy(c.get_text(" ")) for c in cells_of(row)]
        texts = [t for t in texts if t]
        if not texts:
            continue
        if len(texts) != 2 or not BULLET.match(texts[0]):
            return None
        items.append(texts[1] if not texts[0][0].isdigit() else f"{texts[0]} {texts[1]}")
    return items or None


def is_button(cell) -> bool:
    """Is the cell only a link drawn as a button ('Read the call')? A control, not the page's text."""
    links = cell.find_all("a")
    text = tidy(cell.get_text(" "))
    return len(links) == 1 and bool(text) and tidy(links[0].get_text(" ")) == text and len(text) <= BUTTON_MAX_CHARS


def _bold(tag) -> bool:
    style = str(tag.get("style", "")).replace(" ", "").lower()
    return tag.name in ("strong", "b") or "font-weight:bold" in style or "font-weight:700" in style


def wholly_bold(cell) -> bool:
    """Is all of the cell's text bold (its own style, or inside <strong>/<b>)?"""
    if _bold(cell):
        return True
    text = tidy(cell.get_text(" "))
    bold = " ".join(tidy(b.get_text(" ")) for b in cell.find_all(["strong", "b"]))
    return bool(text) and tidy(bold) == text


def is_box_title(cell, text: str) -> bool:
    """Is the cell a box's title ('Key dates'): short, bold, not a sentence?"""
    return len(text) <= LABEL_MAX_CHARS and not re.search(r"[.!?;]$", text) and wholly_bold(cell)


def label_first(lines: list[str], cell) -> list[str]:
    """A cell's two lines, a bold label and what it labels ('<b>16 July 2027</b><br>Round 1 results sent'), as one
    line ('16 July 2027 – Round 1 results sent'); other lines as they are."""
    first = cell.find(["strong", "b"])
    if len(lines) == 2 and first is not None and tidy(first.get_text(" ")) == lines[0]:
        return [f"{lines[0]} – {lines[1]}"]
    return lines


def box_title(rows: list) -> str:
    """The title of a box drawn as a table ('Key figures' over its rows): a first row of one short bold cell over
    rows of two cells or more; '' when there is none."""
    if len(rows) < 2:
        return ""
    cells = [c for c in cells_of(rows[0]) if tidy(c.get_text(" "))]
    if len(cells) != 1:
        return ""
    text = tidy(cells[0].get_text(" "))
    below = [len([c for c in cells_of(r) if tidy(c.get_text(" "))]) for r in rows[1:]]
    return text if max(below, default=0) >= 2 and is_box_title(cells[0], text) else ""


def bold_header(rows: list) -> bool:
    """Is the table's first row all bold (its column headings drawn as <td> in bold)?"""
    cells = [c for c in cells_of(rows[0]) if tidy(c.get_text(" "))] if rows else []
    return len(cells) >= 2 and all(wholly_bold(c) for c in cells)


QUESTION_MAX_CHARS = 200  # a question put in bold over its answer, at most


def is_asked(paragraph) -> bool:
    """Is the paragraph a question in bold over its answer ('<p><strong>“Can we apply?”</strong></p>')?"""
    text = tidy(paragraph.get_text(" "))
    return len(text) <= QUESTION_MAX_CHARS and bool(re.search(r"\?[\s\"”’»)]*$", text)) and wholly_bold(paragraph)


# an e-mail's own furniture: 'View this e-mail in your browser', 'Unsubscribe', 'You are receiving this e-mail
# because ...', in the four languages
_MAIL_FURNITURE = re.compile(
    r"\b(?:view|read|open|see) (?:this|the|it|our) ?(?:e-?mail|newsletter|message)? ?(?:in|on) (?:your|a|the) "
    r"(?:web )?browser|\btrouble (?:reading|viewing) this\b|\bunsubscribe\b|\bupdate your (?:e-?mail )?preferences"
    r"|\byou (?:are )?receiv\w* this (?:e-?mail|newsletter|message)"
    r"|\bvisa (?:i|detta (?:mejl|e-?post(?:meddelande)?|nyhetsbrev) i) (?:din )?webbläsare|\bavsluta (?:din )?prenumeration"
    r"|\bavprenumerera\b|\bkatso (?:tämä )?(?:viesti|uutiskirje)? ?selaime\w*|\bperu(?:uta|a) (?:tilaus|uutiskirje)"
    r"|\bbekijk (?:deze )?(?:e-?mail|nieuwsbrief)? ?in (?:je|uw) (?:web)?browser|\bafmelden\b|\buitschrijven\b",
    re.IGNORECASE,
)
FURNITURE_MAX_CHARS = 300  # a line about the e-mail itself, at most: a longer one says more


def is_mail_furniture(text: str) -> bool:
    """Is the text a line about the e-mail itself, not its content (see _MAIL_FURNITURE)?"""
    return len(text) <= FURNITURE_MAX_CHARS and bool(_MAIL_FURNITURE.search(text))
