"""Reading a Word document (.docx) as a document: its headings, paragraphs, list items and table rows.

The body is read as Word shows it, not as its XML holds it:
- a heading is a paragraph whose style (through its `w:basedOn` chain) or own outline level makes it one, in any
  language Word names its styles in (docx_styles.py); the title is the core properties' title, else the
  Title-styled paragraph, else the first heading;
- a list item is a paragraph with a `w:numPr` (its own or its style's); a numbered list's items say their number
  ('2. Dien de aanvraag in'), a sub-item is read with the item it is under ('Kosten: reiskosten'), as a slide's;
- a table is read row by row under its header row (marked to repeat, or set in bold), a cell merged over rows
  standing in each of them; a table of one cell (a 'Let op!' box) is read as the text it frames;
- what is not shown is not read: deleted text of tracked changes, hidden text, a field's instruction (`PAGE`,
  `TOC \\o "1-3"`), a table of contents, comments, the page headers and footers (and their page numbers);
- a footnote or endnote is read right after the paragraph that cites it (footnotes.py), not as a stray '1';
- a text box is read where it is anchored, once (Word writes it twice: for new and for old readers).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from erasbot.guidance.reading import slides
from erasbot.guidance.reading.docx_package import DocxError, DocxPackage, open_package
from erasbot.guidance.reading.docx_styles import Numbering, Styles, is_on, list_place, outline_level, val, w
from erasbot.guidance.reading.footnotes import MARK, MARKED, with_footnotes
from erasbot.guidance.reading.model import LIST_MARKER, Block, ReadDocument, squeeze, with_sections

_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_MATH = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
# fields whose shown result is no text of the guidance but lists made of it: a table of contents, an index, a
# table of authorities (each over many paragraphs); any other field's result is read as shown ('på sidan 2')
_HIDDEN_FIELD = re.compile(r"^\s*(?:TOC|INDEX|TOA)\b", re.IGNORECASE)
# titles a template or a converter leaves in the core properties: 'Untitled', 'Document1', 'Microsoft Word - x.doc'
_DEFAULT_TITLE = re.compile(
    r"^(?:untitled|naamloos|namnlös|nimetön|title|titel|otsikko|rubrik|document\s*\d*|dokument\s*\d*|"
    r"asiakirja\s*\d*|word document|microsoft word\b.*|\S+\.(?:docx?|dotx?|odt|pdf|rtf))$",
    re.IGNORECASE,
)
_LINE = "\u2028"  # where a line break (w:br, w:cr) stood inside a paragraph
_CONTINUES = re.compile(r"[,(–—/&+-]$")  # a cell's paragraph ending so goes on in the next
MAX_SPAN = 50  # a cell spanning more columns than this is a broken file's, read as this


def read_docx(data: bytes) -> ReadDocument:
    """A Word document's title and blocks; DocxError (an ErasbotError) says why a file cannot be read."""
    package = open_package(data)
    reader = _Reader(Styles(package.styles), Numbering(package.numbering))
    body = package.document.find(w("body"))
    try:
        if body is not None:
            reader.body(body)
        notes = _notes(package, reader.styles)
    except RecursionError as exc:  # content nested thousands deep: no document Word writes
        raise DocxError("its text is nested too deeply to be a Word document's") from exc
    blocks = slides.nested_items(reader.blocks, reader.places) if reader.places else reader.blocks
    blocks = with_footnotes(blocks, notes)  # also takes out a reference whose note is missing
    return ReadDocument(title=_title(package, reader), blocks=with_sections(blocks), source="docx")


@dataclass
class _Field:
    """A complex field (w:fldChar begin ... separate ... end) being read: its instruction, then its result."""

    instruction: str = ""
    in_result: bool = False
    hidden: bool = False  # its result is not read (a table of contents, an index)


@dataclass
class _Text:
    """What the runs of one paragraph give: its text (line breaks as _LINE), its text boxes, whether all of it is
    bold (a table's header cell)."""

    parts: list[str] = field(default_factory=list)
    boxes: list[ET.Element] = field(default_factory=list)
    bold: bool = True

    @property
    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class _Reader:
    """Walks the body in document order and collects its blocks."""

    styles: Styles
    numbering: Numbering
    blocks: list[Block] = field(default_factory=list)
    # the level of each list item by its block's index, as slides.nested_items wants it: (page, box, indent)
    places: dict[int, tuple[int, int, float]] = field(default_factory=dict)
    fields: list[_Field] = field(default_factory=list)  # open complex fields, outermost first (they span paragraphs)
    titles: list[str] = field(default_factory=list)  # Title-styled paragraphs' texts

    def body(self, container: ET.Element) -> None:
        """The blocks of the body, a table cell or a text box."""
        for child in _unwrapped(container):
            if child.tag == w("p"):
                self.paragraph(child)
            elif child.tag == w("tbl"):
                self.table(child)

    # -- paragraphs ---------------------------------------------------------------------------------------------

    def paragraph(self, p: ET.Element) -> None:
        ppr = p.find(w("pPr"))
        style = val(ppr.find(w("pStyle")) if ppr is not None else None)
        runs = self.runs(p, style)
        if not self.styles.is_contents(style):  # a table of contents' entry says nothing a section does not
            self.add(runs.text, ppr, style)
        for box in runs.boxes:
            self.body(box)

    def add(self, raw: str, ppr: ET.Element | None, style: str) -> None:
        lines = [squeeze(line) for line in raw.split(_LINE)]
        text = squeeze(" ".join(lines))
        if not text:
            return
        own = outline_level(ppr)
        level = (own + 1 if own < 9 else None) if own is not None else self.styles.heading_level(style)
        if self.styles.is_title(style):
            self.titles.append(text)
            level = 1
        if level is not None:
            self.blocks.append(Block("heading", text, level=level))
            return
        place = list_place(ppr) or self.styles.numbering(style)
        if place is not None and place.num_id != "0":
            number = self.numbering.number(place)
            self.item(f"{number} {text}" if number else text, place.level)
            return
        lines = [line for line in lines if line]
        if any(LIST_MARKER.match(line) for line in lines[1:]):  # lines typed as a list ('• A<w:br/>• B')
            self.typed_list(lines)
        elif LIST_MARKER.match(text):  # a bullet typed by hand
            self.item(text, 0)
        else:
            self.blocks.append(Block("paragraph", text))

    def item(self, text: str, level: int) -> None:
        # an indent for slides.nested_items: a deeper level stands further right than its threshold
        self.places[len(self.blocks)] = (0, 0, level * 2 * slides.NEST_POINTS)
        self.blocks.append(Block("list_item", text))

    def typed_list(self, lines: list[str]) -> None:
        """A paragraph of lines, each marked as a list's item ('Bijlagen:<w:br/>- begroting<w:br/>- planning'): the
        lines before the first marked one a paragraph, each marked line an item with the unmarked lines after it."""
        head: list[str] = []
        items: list[str] = []
        for line in lines:
            if LIST_MARKER.match(line):
                items.append(line)
            elif items:
                items[-1] += " " + line
            else:
                head.append(line)
        if head:
            self.blocks.append(Block("paragraph", " ".join(head)))
        for text in items:
            self.item(text, 0)

    # -- runs -----------------------------------------------------------------------------------------------------

    def runs(self, p: ET.Element, style: str) -> _Text:
        out = _Text()
        self.inline(p, out, self.styles.bold(style))
        return out

    def shown(self) -> bool:
        """Whether text now is shown: outside fields, or in the result of a field whose result is read."""
        return all(f.in_result and not f.hidden for f in self.fields)

    def inline(self, element: ET.Element, out: _Text, bold: bool) -> None:
        """The text of a paragraph's content: runs, and what holds runs (links, content controls, insertions)."""
        for child in element:
            tag = child.tag
            if tag == w("r"):
                self.run(child, out, bold)
            elif tag in (w("del"), w("moveFrom"), w("pPr"), w("rPr")):
                continue  # deleted text of a tracked change; properties
            elif tag == w("fldSimple"):
                if not _HIDDEN_FIELD.match(child.get(w("instr"), "")):
                    self.inline(child, out, bold)
            elif tag == f"{_MC}AlternateContent":
                chosen = _chosen(child)
                if chosen is not None:
                    self.inline(chosen, out, bold)
            elif tag in (f"{_MATH}oMath", f"{_MATH}oMathPara"):
                if self.shown():
                    out.parts.append(" " + "".join(t.text or "" for t in child.iter(f"{_MATH}t")) + " ")
            elif tag != w("sdtPr"):  # links, smart tags, content controls, insertions: their content
                self.inline(child, out, bold)

    def run(self, r: ET.Element, out: _Text, bold: bool) -> None:
        rpr = r.find(w("rPr"))
        hidden = rpr is not None and is_on(rpr.find(w("vanish")))
        if rpr is not None and rpr.find(w("b")) is not None:
            bold = is_on(rpr.find(w("b")))
        elif rpr is not None and rpr.find(w("rStyle")) is not None:
            bold = bold or self.styles.bold(val(rpr.find(w("rStyle"))))
        for child in r:
            tag = child.tag
            if tag == w("fldChar"):
                self.field_char(child.get(w("fldCharType"), ""))
            elif tag == w("instrText"):
                if self.fields:
                    self.fields[-1].instruction += child.text or ""
            elif not self.shown() or hidden:
                continue
            elif tag == w("t"):
                if child.text:
                    out.parts.append(child.text)
                    out.bold = out.bold and (bold or not child.text.strip())
            elif tag in (w("tab"), w("ptab")):
                out.parts.append(" ")
            elif tag in (w("br"), w("cr")):
                page = child.get(w("type"), "textWrapping") in ("page", "column")
                out.parts.append(" " if page else _LINE)
            elif tag == w("noBreakHyphen"):
                out.parts.append("-")
            elif tag == w("footnoteReference"):
                out.parts.append(MARK.format("fn" + child.get(w("id"), "")))
            elif tag == w("endnoteReference"):
                out.parts.append(MARK.format("en" + child.get(w("id"), "")))
            elif tag in (w("drawing"), w("pict"), w("object"), f"{_MC}AlternateContent"):
                out.boxes.extend(_text_boxes(child))
            # w:softHyphen (an optional hyphen), w:sym (a symbol font's bullet), w:delText: nothing shown as text

    def field_char(self, kind: str) -> None:
        if kind == "begin":
            self.fields.append(_Field())
        elif kind == "separate" and self.fields:
            current = self.fields[-1]
            current.in_result, current.hidden = True, bool(_HIDDEN_FIELD.match(current.instruction))
        elif kind == "end" and self.fields:
            self.fields.pop()

    # -- tables ---------------------------------------------------------------------------------------------------

    def table(self, tbl: ET.Element) -> None:
        """A table's body rows, each with the column headings over it (a heading spanning columns heads each; a
        value spanning them is said once; a cell merged over rows stands in each), as markup.py reads a web
        page's table; a table of one cell is the text it frames."""
        rows = [tr for tr in _unwrapped(tbl) if tr.tag == w("tr") and not _deleted(tr)]
        cells = [[tc for tc in _unwrapped(tr) if tc.tag == w("tc")] for tr in rows]
        if len(rows) == 1 and len(cells[0]) == 1:
            self.body(cells[0][0])
            return
        boxes: list[ET.Element] = []
        grid: list[list[tuple[str, bool, int]]] = []  # (text, bold, place in its span) by row and column
        for tr, row in zip(rows, cells):
            out: list[tuple[str, bool, int]] = [("", False, 0)] * _int(val(_prop(tr, "trPr", "gridBefore")), 0)
            for tc in row:
                merged = _prop(tc, "tcPr", "vMerge")
                if merged is not None and val(merged, "continue") != "restart" and grid and len(out) < len(grid[-1]):
                    text, bold, _ = grid[-1][len(out)]  # merged with the cell above: its text stands here too
                else:
                    text, bold = self.cell(tc, boxes)
                span = max(1, min(MAX_SPAN, _int(val(_prop(tc, "tcPr", "gridSpan")), 1)))
                out.extend((text, bold, k) for k in range(span))
            grid.append(out)
        heads = self.header_rows(tbl, rows, grid)
        header = tuple(
            " – ".join(dict.fromkeys(row[col][0] for row in grid[:heads] if col < len(row) and row[col][0]))
            for col in range(max((len(row) for row in grid[:heads]), default=0))
        )
        width = max((len(row) for row in grid), default=0)
        for row in grid[heads:]:
            texts = tuple(text if k == 0 else "" for text, _, k in row)
            if width > 1 and len(row) == width and all(k == n for n, (_, _, k) in enumerate(row)):
                # one cell across the whole table: a note under it ('Het bedrag wordt in twee termijnen betaald'),
                # not a value of its first column
                if texts[0]:
                    self.blocks.append(Block("paragraph", texts[0]))
            elif any(texts):
                self.blocks.append(Block("table_row", " | ".join(t for t in texts if t), cells=texts, header=header))
        for box in boxes:
            self.body(box)

    def header_rows(self, tbl: ET.Element, rows: list[ET.Element], grid: list[list[tuple[str, bool, int]]]) -> int:
        """How many rows at the top are the table's header: those marked to repeat on each page (w:tblHeader), else
        a first row set apart by the table's style or in bold throughout; none when no row would be left under it."""
        marked = 0
        while marked < len(rows) and is_on(_prop(rows[marked], "trPr", "tblHeader")):
            marked += 1
        heads = marked
        if not heads and grid:
            filled = [bold for text, bold, _ in grid[0] if text]
            tblpr = tbl.find(w("tblPr"))
            look = tblpr.find(w("tblLook")) if tblpr is not None else None
            styled = (
                look is not None
                and (look.get(w("firstRow")) in ("1", "true") or bool(_int(look.get(w("val"), "0"), 0, 16) & 0x20))
                and self.styles.formats_first_row(val(tblpr.find(w("tblStyle"))))
            )
            heads = 1 if (filled and all(filled)) or styled else 0
        return 0 if heads >= len(grid) else heads

    def cell(self, tc: ET.Element, boxes: list[ET.Element]) -> tuple[str, bool]:
        """A cell's text on one line and whether it is all bold. Its paragraphs are set apart by ';' ('Coördinator;
        partner'); one going on in lower case, or after one ending in ',', reads on ('€ 130 per dag'). A table inside
        it is said row by row, a row's cells set apart by ',' ('1.–14. päivä, 80 euroa; 15.–60. päivä, 56 euroa')."""
        texts: list[str] = []
        bold = True
        for child in _unwrapped(tc):
            if child.tag == w("p"):
                style = val(_prop(child, "pPr", "pStyle"))
                runs = self.runs(child, style)
                boxes.extend(runs.boxes)
                text = squeeze(runs.text.replace(_LINE, " "))
                if text and not self.styles.is_contents(style):
                    texts.append(text)
                    bold = bold and runs.bold
            elif child.tag == w("tbl"):
                for tr in (tr for tr in _unwrapped(child) if tr.tag == w("tr")):
                    row = [self.cell(inner, boxes)[0] for inner in _unwrapped(tr) if inner.tag == w("tc")]
                    if any(row):
                        texts.append(", ".join(text for text in row if text))
                        bold = False
        joined = ""
        for text in texts:
            if joined and (text[0].islower() or _CONTINUES.search(joined) or re.search(r"[.:;!?]$", joined)):
                joined += " " + text
            else:
                joined += ("; " if joined else "") + text
        return joined, bold and bool(texts)


def _unwrapped(container: ET.Element):
    """The children of a body, a table or a row, with those inside content controls and custom XML (which only wrap
    them) in their place; a content control holding a table of contents is left out."""
    for child in container:
        if child.tag == w("sdt"):
            if _is_contents_control(child):
                continue
            content = child.find(w("sdtContent"))
            if content is not None:
                yield from _unwrapped(content)
        elif child.tag == w("customXml"):
            yield from _unwrapped(child)
        elif child.tag == f"{_MC}AlternateContent":
            chosen = _chosen(child)
            if chosen is not None:
                yield from _unwrapped(chosen)
        else:
            yield child


def _is_contents_control(sdt: ET.Element) -> bool:
    gallery = sdt.find(f"{w('sdtPr')}/{w('docPartObj')}/{w('docPartGallery')}")
    return val(gallery).lower() == "table of contents"


def _chosen(alternate: ET.Element) -> ET.Element | None:
    """What a reader takes of an mc:AlternateContent: its first choice, else its fallback (never both: they say
    the same, for new and for old readers)."""
    choice = alternate.find(f"{_MC}Choice")
    return choice if choice is not None else alternate.find(f"{_MC}Fallback")


def _text_boxes(element: ET.Element) -> list[ET.Element]:
    """The text boxes (w:txbxContent) in a drawing, a VML picture or an mc:AlternateContent, each once."""
    if element.tag == w("txbxContent"):
        return [element]
    if element.tag == f"{_MC}AlternateContent":
        chosen = _chosen(element)
        return _text_boxes(chosen) if chosen is not None else []
    return [box for child in element for box in _text_boxes(child)]


def _prop(element: ET.Element, props: str, name: str) -> ET.Element | None:
    """A property of a row, cell or paragraph (`_prop(tc, 'tcPr', 'gridSpan')`), None when it is not set."""
    holder = element.find(w(props))
    return holder.find(w(name)) if holder is not None else None


def _deleted(tr: ET.Element) -> bool:
    return _prop(tr, "trPr", "del") is not None  # a row deleted with changes tracked


def _int(text: str | None, default: int, base: int = 10) -> int:
    try:
        return int(text or "", base)
    except ValueError:
        return default


def _notes(package: DocxPackage, styles: Styles) -> dict[str, str]:
    """The footnotes' and endnotes' texts by the label their references carry ('fn2', 'en1')."""
    notes: dict[str, str] = {}
    for root, kind, prefix in ((package.footnotes, "footnote", "fn"), (package.endnotes, "endnote", "en")):
        for note in root.iter(w(kind)) if root is not None else ():
            if note.get(w("type"), "normal") != "normal":  # the separator lines Word keeps among the notes
                continue
            reader = _Reader(styles, Numbering(None))
            reader.body(note)
            text = squeeze(" ".join(b.text for b in reader.blocks))
            if text:
                notes[prefix + note.get(w("id"), "")] = text
    return notes


def _title(package: DocxPackage, reader: _Reader) -> str:
    """The title the author gave the file (not a template's 'Title' or 'Document1'), else the Title-styled paragraph,
    else the first heading, else the first line."""
    core = squeeze(package.core_title)
    if len(core) > 3 and not _DEFAULT_TITLE.match(core):
        return core[:200]
    first_heading = next((b.text for b in reader.blocks if b.kind == "heading"), "")
    first_line = next((b.text for b in reader.blocks), "")
    title = reader.titles[0] if reader.titles else first_heading or first_line
    return squeeze(MARKED.sub("", title))[:200]
