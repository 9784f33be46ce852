"""Reading HTML and Markdown into headings, paragraphs, list items and table rows."""

from __future__ import annotations

import re
from dataclasses import replace

from erasbot.guidance.reading import html_layout as layout
from erasbot.guidance.reading.footnotes import MARK, with_footnotes
from erasbot.guidance.reading.mail import read_mail
from erasbot.guidance.reading.model import Block, ReadDocument, squeeze, tidy, with_sections

# Elements around the guidance, not of it.
_DROPPED = ["script", "style", "nav", "header", "footer", "noscript", "aside", "form", "button", "svg", "template"]
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCKS = {"p", "blockquote", "pre", "dt", "dd", "figcaption", "address", "caption"}
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]+$")
# Page parts by their class, id or role: breadcrumbs, cookie notices, skip links, share buttons, 'Was this answer
# helpful?' widgets, 'Back to top' links.
_FURNITURE = re.compile(
    r"breadcrumb|cookie|skip-?(?:link|nav|to)|^skip$|share|social|navigation|contentinfo|feedback|helpful|rating"
    r"|back-?to-?top|to-?top\b",
    re.IGNORECASE,
)
# A box beside the text that is the guidance's own ('Note', 'Let op', 'Huom!'), by its role, class or id: kept where
# other asides (a sidebar of related pages, a sub-menu) are dropped
_NOTE_BOX = re.compile(r"^note$|note|notice|alert|warning|caution|callout|important|tip\b|info-?box|let-?op|huom|obs\b")
# a link back to the top of the page, by its words
_BACK_TO_TOP = re.compile(
    r"^\W*(?:back to top|to the top|top of (?:the )?page|tillbaka (?:till|upp till) (?:toppen|början)|till toppen"
    r"|takaisin (?:ylös|alkuun|sivun alkuun)|sivun alkuun|terug naar (?:boven|de top)|naar boven)\W*$",
    re.IGNORECASE,
)
WIDGET_MAX_CHARS = 80  # the words beside a widget's buttons ('Was this answer helpful? Yes No'), at most


def _text(element) -> str:
    """An element's text on one line, without the spaces that tags leave before punctuation."""
    return tidy(element.get_text(" "))


def _names(tag) -> str:
    attrs = getattr(tag, "attrs", None) or {}
    return " ".join([*attrs.get("class", []), attrs.get("id", ""), attrs.get("role", "")]).strip()


def _is_furniture(tag) -> bool:
    names = _names(tag)
    return bool(names) and bool(_FURNITURE.search(names))


def _opens_panel(button) -> bool:
    """Is the button an accordion's question, opening the answer under it (aria-expanded, aria-controls)?"""
    return button.has_attr("aria-expanded") or button.has_attr("aria-controls")


def _is_widget(tag) -> bool:
    """A control with a few words beside it, not the guidance's text: 'Was this answer helpful? [Yes] [No]', a
    rating's stars; two buttons or choices at least."""
    controls = [
        c
        for c in tag.find_all(["button", "input"])
        if not (c.name == "button" and _opens_panel(c)) and str(c.get("type", "button")).lower() != "hidden"
    ]
    if len(controls) < 2:
        return False
    beside = tidy(tag.get_text(" ")) if tag.name else ""
    for control in controls:
        beside = beside.replace(tidy(control.get_text(" ")), "", 1)
    return len(tidy(beside)) <= WIDGET_MAX_CHARS


_ITEM = "\u2029"  # where a list item inside a table cell ends


def _cell_text(cell) -> str:
    """A table cell's text on one line, its list items kept apart ('foorumi; kunnan päättäjien kuuleminen'), not run
    together as one phrase; its lines (a country list wrapped over two, '€ 130<br>per dag') read on as one."""
    for item in cell.find_all("li"):
        item.append(_ITEM)
    items = [tidy(item) for item in cell.get_text(" ").split(_ITEM)]
    joined = ""
    for item in (item for item in items if item):
        joined += (" " if re.search(r"[.:;!?]$", joined) else "; ") + item if joined else item
    return joined


_LINE = "\u2028"  # where a line break (<br>, a line of preformatted text) ended a line


def _paragraphs(element) -> list[str]:
    """A paragraph's text, or one per line where its lines stand apart: an address or a 'Ansvarig: ...<br>Målgrupp:
    ...' head of lines, a template's lines; a line going on in lower case ('€ 130<br>per dag') reads on."""
    breaks = element.find_all("br")
    if element.name != "pre" and not breaks:
        text = _text(element)
        return [text] if text else []
    for br in breaks:
        br.replace_with(_LINE)
    raw = element.get_text(" ")
    lines = [tidy(line) for line in (raw.replace("\n", _LINE) if element.name == "pre" else raw).split(_LINE)]
    out: list[str] = []
    for line in (line for line in lines if line):
        if out and (line[0].islower() or re.search(r"[,(–—/&+-]$", out[-1])):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _table_rows(table, rows: list | None = None) -> list[Block]:
    """A table's body rows (`rows`: those to read, all by default), each with the column headings over it. A cell
    spanning rows stands in each of them (a lump sum's format said once for its three amounts); a heading spanning
    columns heads each, joined with the headings under it ('Maximaal aantal punten – KA210-SPO'); a body cell spanning
    columns is said once. A first row all in bold over two rows or more heads the columns like <th> cells."""
    rows = layout.rows_of(table) if rows is None else rows
    grid = [r for r in _grid(rows) if any(text for text, _ in r)]
    if not grid:
        return []
    in_head = sum(1 for tr in rows if tr.find_parent("thead") is not None and tr.find_parent("table") is table)
    leading = next((i for i, r in enumerate(grid) if not all(th for text, th in r if text)), len(grid))
    if not leading and len(grid) > 2 and layout.bold_header(rows):
        leading = 1
    heads = min(in_head, leading) if in_head else min(1, leading)
    if heads >= len(grid):  # headings alone: no row to read under them
        heads = 0
    header = tuple(
        _joined_heading([grid[i][col][0] for i in range(heads) if col < len(grid[i])])
        for col in range(max((len(r) for r in grid[:heads]), default=0))
    )
    body = [[text for text, _ in r] for r in grid[heads:]]
    return [Block("table_row", " | ".join(c for c in r if c), cells=tuple(r), header=header) for r in body]


MAX_SPAN = 50  # a span larger than this is a page's mistake, read as this


def _span(cell, name: str) -> int:
    try:
        return max(1, min(MAX_SPAN, int(str(cell.get(name, 1)).strip() or 1)))
    except ValueError:
        return 1


def _grid(rows) -> list[list[tuple[str, bool]]]:
    """The table's cells by row and column, as (text, heading?), spans laid out (see _table_rows)."""
    grid: list[list[tuple[str, bool]]] = []
    below: dict[int, tuple[str, bool, int]] = {}  # column -> a cell from a row above still spanning down
    for tr in rows:
        out: list[tuple[str, bool]] = []

        def carried() -> None:
            while len(out) in below:
                text, th, left = below.pop(len(out))
                out.append((text, th))
                if left > 1:
                    below[len(out) - 1] = (text, th, left - 1)

        for cell in tr.find_all(["th", "td"], recursive=False):
            carried()
            text, th = _cell_text(cell), cell.name == "th"
            down = _span(cell, "rowspan")
            for k in range(_span(cell, "colspan")):
                shown = text if th or k == 0 else ""  # a heading heads every column it spans; a value is said once
                if down > 1:
                    below[len(out)] = (shown, th, down - 1)
                out.append((shown, th))
        carried()
        grid.append(out)
    return grid


def _joined_heading(texts: list[str]) -> str:
    """The headings over one column, top first, each once ('Maximaal aantal punten – KA210-SPO')."""
    kept: list[str] = []
    for text in texts:
        if text and text not in kept:
            kept.append(text)
    return " – ".join(kept)


def _walk(element, out: list[Block], folded: set[int] | None = None) -> None:
    """Blocks of an element in document order; text directly inside a container is a paragraph. `folded`: where in
    `out` the questions of folded answers (<summary>) stand, each a heading under the section's own."""
    from bs4 import NavigableString, Tag

    folded = set() if folded is None else folded
    loose: list[str] = []

    def flush_loose() -> None:
        text = re.sub(r"\s+([.,;:!?)])", r"\1", squeeze(" ".join(loose)))
        if text:
            out.append(Block("paragraph", text))
        loose.clear()

    for child in element.children:
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:  # not a comment or doctype
                loose.append(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name in ("br",):
            continue
        if (
            name in _HEADINGS
            or name == "summary"
            or name in _BLOCKS
            or name
            in ("li", "table", "ul", "ol", "dl", "div", "section", "article", "main", "body", "figure", "details")
        ):
            flush_loose()
        else:
            loose.append(child.get_text(" "))
            continue
        if name in _HEADINGS:
            text = _text(child)
            if text:
                out.append(Block("heading", text, level=_HEADINGS[name]))
        elif name == "summary" or (name == "p" and layout.is_asked(child)):
            # a folded answer's question, or a question in bold over its answer ('You asked, we answered'): a
            # heading under the section it stands in
            text = _text(child)
            if text:
                above = next(
                    (b.level for k, b in reversed(list(enumerate(out))) if b.kind == "heading" and k not in folded), 1
                )
                folded.add(len(out))
                out.append(Block("heading", text, level=min(6, above + 1)))
        elif name in _BLOCKS:
            out.extend(Block("paragraph", text) for text in _paragraphs(child))
        elif name == "li":
            nested = child.find_all(["ul", "ol"], recursive=False)
            for sub in nested:
                sub.extract()
            text = _text(child)
            parent = child.parent
            if text and parent is not None and parent.name == "ol":
                items = [li for li in parent.find_all("li", recursive=False)]
                start = int(parent.get("start", "1")) if str(parent.get("start", "1")).isdigit() else 1
                text = f"{start + items.index(child)}. {text}"
            if text:
                out.append(Block("list_item", text))
            for sub in nested:
                _walk(sub, out, folded)
        elif name == "table":
            _read_table(child, out, folded)
        else:
            _walk(child, out, folded)
    flush_loose()


def _read_table(table, out: list[Block], folded: set[int]) -> None:
    """A table as a list, as the page's own text (a layout: see html_layout) or as rows of data."""
    items = layout.list_rows(table)
    if items is not None:
        out.extend(Block("list_item", item) for item in items)
    elif layout.is_layout(table):
        for row in layout.rows_of(table):
            for cell in layout.cells_of(row):
                _read_cell(cell, out, folded)
    else:
        rows = layout.rows_of(table)
        title = layout.box_title(rows)
        if title:
            out.append(Block("heading", title, level=_sibling_level(out)))
            rows = rows[1:]
        out.extend(_table_rows(table, rows))


def _sibling_level(out: list[Block]) -> int:
    """The level of a box's title: beside the section it stands in, under the page's title."""
    return max(2, next((b.level for b in reversed(out) if b.kind == "heading"), 2))


def _read_cell(cell, out: list[Block], folded: set[int]) -> None:
    """A layout table's cell as the page's text: its blocks, or its lines ('<b>16 July 2027</b><br>Round 1 results'
    read as one), a box's bold title as a heading under the section it stands in; a button's link is left out."""
    if layout.holds_flow(cell):
        _walk(cell, out, folded)
        return
    text = _text(cell)
    if not text or layout.is_button(cell):
        return
    if layout.is_box_title(cell, text):
        out.append(Block("heading", text, level=_sibling_level(out)))
        return
    lines = _paragraphs(cell)
    labelled = layout.label_first(lines, cell)
    # a bold label and what it labels ('16 July 2027 – Round 1 results sent'): an entry of the box's list, as a row of
    # key dates or figures is
    kind = "list_item" if labelled != lines else "paragraph"
    out.extend(Block(kind, line) for line in labelled)


def read_html(raw: str) -> ReadDocument:
    """Headings, paragraphs, list items and table rows of a web page, without its menus and scripts."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(raw, "html.parser")
    for tag in soup.find_all(["div", "p", "span", "section", "fieldset"]):
        if not tag.decomposed and _is_widget(tag):
            tag.decompose()
    for button in soup.find_all("button"):
        if _opens_panel(button):  # an accordion's question: its words stay, in the heading around it
            button.unwrap()
    for aside in soup.find_all("aside"):
        if not aside.decomposed and _NOTE_BOX.search(_names(aside)):
            aside.name = "div"  # a note in the text ('Note', 'Let op'): the guidance's own
    for tag in soup(_DROPPED):
        tag.decompose()
    for link in soup.find_all("a"):
        if not link.decomposed and _BACK_TO_TOP.match(link.get_text(" ")):
            link.decompose()
    for tag in [t for t in soup.find_all(True) if _is_furniture(t)]:
        if not tag.decomposed:
            tag.decompose()
    page_title = squeeze(soup.title.get_text(" ")) if soup.title else ""
    if soup.title:
        soup.title.decompose()
    blocks: list[Block] = []
    _walk(soup.find("main") or soup.body or soup, blocks)
    blocks = [b for b in blocks if not layout.is_mail_furniture(b.text)]
    first_h1 = next((b.text for b in blocks if b.kind == "heading" and b.level == 1), "")
    title = first_h1 or _SITE_SUFFIX.sub("", page_title) or next((b.text for b in blocks), "")
    return ReadDocument(title=title[:200], blocks=with_sections(blocks), source="html")


_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
# a footnote's definition ('[^2]: Brysseltid ...', its further lines indented) and a reference to it ('17.00 [^2]')
_FOOTNOTE = re.compile(r"^\[\^([^\]\s]+)\]:[ \t]*(.*(?:\n(?:[ \t]+\S.*|[ \t]*(?=\n[ \t]+\S)))*)", re.MULTILINE)
_FOOTNOTE_REF = re.compile(r"[ \t]?\[\^([^\]\s]+)\]")
# a task list's box ('- [ ] CV finns för alla lärare'): how it is shown, not what it says
_TASK_BOX = re.compile(r"^(\d{1,2}[.)] )?\[[ xX]\]\s+")


def _front_matter_value(value: str) -> str:
    """A YAML scalar as written on one line, without the quotes around it ('"Handbok: ..., call 2026"')."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        return inner.replace("''", "'") if value[0] == "'" else inner.replace('\\"', '"')
    return value


def _footnotes(raw: str) -> tuple[str, dict[str, str]]:
    """The text without its footnotes' definitions, each reference marked, and the footnotes' texts by label."""
    notes = {m.group(1): squeeze(m.group(2)) for m in _FOOTNOTE.finditer(raw)}
    if not notes:
        return raw, {}
    raw = _FOOTNOTE.sub("", raw)
    raw = _FOOTNOTE_REF.sub(lambda m: MARK.format(m.group(1)) if m.group(1) in notes else m.group(0), raw)
    return raw, notes


def _alike(a: str, b: str) -> bool:
    """Two titles that say the same ('Handbok: X, call 2026' and 'Handbok: X (call 2026)')."""
    return re.findall(r"\w+", a.lower()) == re.findall(r"\w+", b.lower())


_BOLD_LINE = re.compile(r"^\s{0,3}(?:\*\*|__)([^*_\n]{1,80}?[^.*_\s])(?:\*\*|__):?\s*$")


def _as_mail(raw: str) -> tuple[str, str]:
    """A mail thread saved as Markdown ('Van: ... Onderwerp: Re: ...', earlier mails quoted '> ' and '> > '): its
    Markdown without the headers, the quote marks and the closing disclaimer, and its subject; other Markdown as it
    was, with no subject. Unquoted, the earlier mails' lists, tables and emphasis are read as Markdown; quoted, they
    would be one blockquote each."""
    lines = [line if line == "-- " else line.rstrip(" ") for line in raw.split("\n")]
    mail = read_mail(lines, headed=lambda subject: f"## {subject}")
    if not mail.subject and mail.lines == lines:
        return raw, ""
    out: list[str] = []
    for line in mail.lines:
        # a line all in bold ('**Leeftijd**', '**2. Eenheidsbedragen**'): the heading a mail's writer makes of it
        bold = _BOLD_LINE.match(line)
        out.extend(["", f"### {bold.group(1)}", ""] if bold else [line])
    return "\n".join(out), mail.subject


def read_markdown(raw: str) -> ReadDocument:
    """Markdown (CommonMark with tables) through markdown-it: the same blocks as its HTML would give, with the
    wiki exports' parts CommonMark lacks read as well: the front matter's title, footnotes, task-list boxes."""
    from markdown_it import MarkdownIt

    raw = raw.replace("\r\n", "\n")
    front_title = ""
    match = _FRONT_MATTER.match(raw)
    if match:
        fields = {
            k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in match.group(1).splitlines())
        }
        front_title = _front_matter_value(fields.get("title", ""))
        raw = raw[match.end() :]
    raw, subject = _as_mail(raw)
    raw, notes = _footnotes(raw)
    html = MarkdownIt("commonmark").enable("table").render(raw)
    document = read_html(f"<html><body>{html}</body></html>")
    if subject:
        document = replace(document, title=subject)
    blocks = with_footnotes(document.blocks, notes) if notes else list(document.blocks)
    blocks = [replace(b, text=_TASK_BOX.sub(r"\1", b.text)) if b.kind == "list_item" else b for b in blocks]
    # the page's own heading names it as the reader sees it; the front matter's title says the same or more
    title = document.title if front_title and _alike(front_title, document.title) else front_title or document.title
    return ReadDocument(title=title, blocks=tuple(blocks), source="markdown")
