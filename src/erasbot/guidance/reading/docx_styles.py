"""What a Word document's styles and numbering say about a paragraph: a heading of which level, the title, a
table of contents' entry, a list item (and its numbering), bold.

Word writes a style's id in the language of the Word that made the document: Heading 1 is `Heading1` in
English Word and LibreOffice, `Kop1` in Dutch, `Rubrik1` in Swedish, `Otsikko1` in Finnish, `berschrift1` in
German (the 'Ü' dropped). Its `w:name` is the built-in English name ('heading 1', 'Title', 'toc 1') whatever the
language, and its outline level (`w:outlineLvl`, 0 for level 1) says the same; both are inherited through
`w:basedOn`. The id is only guessed from when styles.xml does not define the style.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from erasbot.guidance.reading.docx_package import W

_HEADING_NAME = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)
# ids of heading styles as Word writes them in English, Dutch, Swedish, Finnish and German
_HEADING_ID = re.compile(r"^(?:heading|kop|rubrik|otsikko|berschrift|überschrift)\s*([1-9])$", re.IGNORECASE)
_TITLE = re.compile(r"^(?:title|titel|rubrik|otsikko)$", re.IGNORECASE)
# a table of contents' entry and its heading: 'toc 1', 'TOC Heading'; ids 'TOC1' (en), 'Inhopg1' and 'Inhoud 1'
# (nl), 'Sisluet1' and 'Sisällys 1' (fi), 'Innehll1' and 'Innehåll 1' (sv), 'Verzeichnis1' (de)
_CONTENTS = re.compile(
    r"^(?:toc|inhopg|inhoud|inhoudsopgave|sisluet|sisällys|sisällysluettelo|innehll|innehåll|verzeichnis)\s*"
    r"(?:[1-9]|heading|kop)?$|^(?:kopvaninhoudsopgave|sisllysluettelonotsikko|innehllsfrteckningsrubrik)$",
    re.IGNORECASE,
)
_OFF = {"0", "false", "off", "none"}


def w(name: str) -> str:
    """The qualified name of a WordprocessingML element or attribute ('w:val')."""
    return f"{{{W}}}{name}"


def val(element: ET.Element | None, default: str = "") -> str:
    """An element's w:val ('' or `default` for a missing element)."""
    return default if element is None else element.get(w("val"), default)


def is_on(element: ET.Element | None) -> bool:
    """A toggle property (`<w:b/>`, `<w:b w:val="0"/>`) set on."""
    return element is not None and element.get(w("val"), "true").lower() not in _OFF


@dataclass(frozen=True)
class ListPlace:
    """Where a paragraph stands in a list: the list (w:numId) and its level (w:ilvl, 0 for the top)."""

    num_id: str
    level: int


@dataclass(frozen=True)
class _Style:
    name: str
    based_on: str
    outline: int | None  # w:outlineLvl: 0 for a level-1 heading, 9 for body text
    numbering: ListPlace | None
    bold: bool | None


class Styles:
    """The paragraph and character styles of a document (word/styles.xml; none when it has none)."""

    def __init__(self, root: ET.Element | None):
        self._styles: dict[str, _Style] = {}
        self._table_first_row: set[str] = set()  # table styles that format a table's first row
        for style in root.iter(w("style")) if root is not None else ():
            style_id = style.get(w("styleId"), "")
            ppr = style.find(w("pPr"))
            self._styles[style_id] = _Style(
                name=val(style.find(w("name"))),
                based_on=val(style.find(w("basedOn"))),
                outline=_outline(ppr),
                numbering=list_place(ppr),
                bold=_bold(style.find(w("rPr"))),
            )
            if any(part.get(w("type")) == "firstRow" for part in style.iter(w("tblStylePr"))):
                self._table_first_row.add(style_id)

    def _chain(self, style_id: str) -> list[tuple[str, _Style | None]]:
        """The style and the styles it is based on, nearest first (a loop in basedOn read once)."""
        chain: list[tuple[str, _Style | None]] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and len(chain) < 20:
            seen.add(style_id)
            style = self._styles.get(style_id)
            chain.append((style_id, style))
            style_id = style.based_on if style else ""
        return chain

    def is_contents(self, style_id: str) -> bool:
        """A table of contents' entry or its heading ('toc 2', 'TOC Heading', Dutch 'Inhopg1')."""
        return any(
            _CONTENTS.match(style.name if style else "") or _CONTENTS.match(sid) for sid, style in self._chain(style_id)
        )

    def is_title(self, style_id: str) -> bool:
        """The document's title style ('Title'; the id 'Titel' in Dutch Word, 'Rubrik' in Swedish, 'Otsikko' in
        Finnish)."""
        for sid, style in self._chain(style_id):
            if style is not None and style.name:
                if _TITLE.match(style.name):
                    return True
                continue
            if _TITLE.match(sid):
                return True
        return False

    def heading_level(self, style_id: str) -> int | None:
        """The heading level a paragraph style gives (1 for the top), None for a style of body text."""
        for sid, style in self._chain(style_id):
            if style is not None:
                if style.outline is not None:
                    return style.outline + 1 if style.outline < 9 else None
                named = _HEADING_NAME.match(style.name)
                if named:
                    return int(named.group(1))
                if style.name:
                    continue
            guessed = _HEADING_ID.match(sid)
            if guessed:
                return int(guessed.group(1))
        return None

    def numbering(self, style_id: str) -> ListPlace | None:
        """The list a paragraph style puts its paragraphs in ('List Bullet', 'Lijstopsommingsteken')."""
        return next((s.numbering for _, s in self._chain(style_id) if s is not None and s.numbering), None)

    def bold(self, style_id: str) -> bool:
        """Whether a style (paragraph or character) sets its text in bold."""
        return next((s.bold for _, s in self._chain(style_id) if s is not None and s.bold is not None), False)

    def formats_first_row(self, style_id: str) -> bool:
        """Whether a table style sets a table's first row apart (a header row, when the table turns it on)."""
        return any(sid in self._table_first_row for sid, _ in self._chain(style_id))


def _outline(ppr: ET.Element | None) -> int | None:
    level = val(ppr.find(w("outlineLvl")) if ppr is not None else None)
    return _number(level, 0) if level.isdigit() else None


def _bold(rpr: ET.Element | None) -> bool | None:
    bold = rpr.find(w("b")) if rpr is not None else None
    return None if bold is None else is_on(bold)


def outline_level(ppr: ET.Element | None) -> int | None:
    """A paragraph's own outline level (w:outlineLvl in its w:pPr): 0 for level 1, 9 for body text."""
    return _outline(ppr)


def list_place(ppr: ET.Element | None) -> ListPlace | None:
    """The list a paragraph's (or a style's) w:numPr puts it in; None for none (a w:numId of 0 takes it out of one,
    which `ListPlace('0', ...)` says)."""
    numpr = ppr.find(w("numPr")) if ppr is not None else None
    if numpr is None:
        return None
    num_id = val(numpr.find(w("numId")))
    return ListPlace(num_id, _number(val(numpr.find(w("ilvl"))), 0)) if num_id else None


@dataclass(frozen=True)
class _Level:
    format: str  # w:numFmt: 'bullet', 'decimal', 'lowerLetter', 'none', ...
    start: int


class Numbering:
    """How each list of a document is numbered (word/numbering.xml), and the numbers its items get in order.

    Word counts on over the lists (w:num) that share one definition (w:abstractNum): 'continue numbering' makes a
    new list of the same definition; 'restart at 1' makes one that overrides its start. So items count per
    definition and level, and per list only at a level the list restarts.
    """

    def __init__(self, root: ET.Element | None):
        abstract: dict[str, dict[int, _Level]] = {}
        self._levels: dict[str, dict[int, _Level]] = {}  # by list (numId), its levels
        self._counters: dict[str, dict[int, str]] = {}  # by list, the counter each level counts on
        self._counts: dict[str, int] = {}  # items numbered so far, by counter
        if root is None:
            return
        for definition in root.iter(w("abstractNum")):
            abstract[definition.get(w("abstractNumId"), "")] = {
                _number(lvl.get(w("ilvl")), 0): _level(lvl) for lvl in definition.iter(w("lvl"))
            }
        for num in root.iter(w("num")):
            num_id, abstract_id = num.get(w("numId"), ""), val(num.find(w("abstractNumId")))
            levels = dict(abstract.get(abstract_id, {}))
            counters = {ilvl: f"a{abstract_id}:{ilvl}" for ilvl in levels}
            for override in num.iter(w("lvlOverride")):
                ilvl = _number(override.get(w("ilvl")), 0)
                lvl = override.find(w("lvl"))
                if lvl is not None:
                    levels[ilvl] = _level(lvl)
                start = override.find(w("startOverride"))
                if start is not None and ilvl in levels:
                    levels[ilvl] = _Level(levels[ilvl].format, _number(val(start), 1))
                counters[ilvl] = f"n{num_id}:{ilvl}"
            self._levels[num_id], self._counters[num_id] = levels, counters

    def number(self, place: ListPlace) -> str:
        """The number a numbered list's next item at this place shows ('3.'), '' for a bulleted one.

        An item of a level starts the levels under it again. Only the item's own level is said ('1.' for the first
        sub-item under '2.'), as a web page's nested <ol> says it.
        """
        levels, counters = self._levels.get(place.num_id, {}), self._counters.get(place.num_id, {})
        for ilvl, counter in counters.items():
            if ilvl > place.level:
                self._counts.pop(counter, None)
        level = levels.get(place.level)
        if level is None or not level.format.startswith("decimal"):  # 'decimal', 'decimalZero' ('01')
            return ""
        counter = counters[place.level]
        self._counts[counter] = self._counts.get(counter, level.start - 1) + 1
        return f"{self._counts[counter]}."


def _level(lvl: ET.Element) -> _Level:
    return _Level(val(lvl.find(w("numFmt")), "decimal"), _number(val(lvl.find(w("start"))), 1))


def _number(text: str | None, default: int) -> int:
    return int(text) if text and text.isdigit() else default
