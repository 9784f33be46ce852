"""The text fragments of a PDF page as pypdf shows them: text, position, type size, weight and printed width.

The width comes from the font's own glyph widths where pypdf can map them to characters (a TrueType font with
a /ToUnicode map, as LibreOffice and Word embed them), else from half an em a character. Slides need it: two
boxes side by side are told apart by the empty strip between them, and an estimate by characters alone runs a
long bullet in large type into the next column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb06": "st"}
)
AVERAGE_WIDTH = 500  # thousandths of an em: a character whose width the font does not give


@dataclass
class Fragment:
    text: str
    x: float
    y: float
    size: float
    bold: bool
    width: float = 0.0  # printed width in points (0: not known)
    note: str = ""  # a footnote reference blanked out of its line: the notes' marks it gave ('5', '2,3')

    @property
    def end(self) -> float:
        """Where the fragment's text ends on the line."""
        return self.x + (self.width or len(self.text) * self.size * AVERAGE_WIDTH / 1000)


def glyph_widths(font) -> dict[str, float]:
    """Each character the font prints, with its width in thousandths of an em; empty when pypdf cannot tell.
    (pypdf's font model is not public API: a version without it gives the estimate, not an error.)"""
    try:
        from pypdf.generic._font import Font  # optional, see above

        parsed = Font.from_font_resource(font)
    except Exception:  # noqa: BLE001 - any pypdf version or font it cannot read: estimate instead
        return {}
    if not parsed.character_map:  # a simple font without /ToUnicode: its codes are the characters
        return {c: float(w) for c, w in parsed.character_widths.items() if len(c) == 1 and w}
    widths: dict[str, float] = {}
    for code, char in parsed.character_map.items():
        width = parsed.character_widths.get(code)
        if isinstance(char, str) and len(char) == 1 and width:
            widths[char] = float(width)
    return widths


def fragments(page) -> list[Fragment]:
    """The page's text fragments in the order the page draws them, one per printed line of each text run."""
    found: list[Fragment] = []
    widths_by_font: dict[int, dict[str, float]] = {}

    def visit(text, cm, tm, font, size) -> None:
        if not text or not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = (abs(tm[3]) or abs(tm[0]) or 1.0) * (abs(cm[3]) or abs(cm[0]) or 1.0)
        name = str((font or {}).get("/BaseFont", ""))
        bold = bool(re.search(r"bold|black|heavy|semibold|,b$", name, re.IGNORECASE))
        if font is not None and id(font) not in widths_by_font:
            widths_by_font[id(font)] = glyph_widths(font)
        widths = widths_by_font.get(id(font), {}) if font is not None else {}
        printed = round(size * scale, 1)
        for part in text.split("\n"):
            if part.strip():
                width = sum(widths.get(c, AVERAGE_WIDTH) for c in part) * printed / 1000 if widths else 0.0
                found.append(Fragment(part.translate(LIGATURES), x, y, printed, bold, width))

    page.extract_text(visitor_text=visit)
    return found
