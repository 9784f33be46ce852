"""Text folding shared by both pipelines: one meaning of 'fold' for every comparison that ignores case and accents."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def strip_accents(text: str) -> str:
    """The text without diacritics ("Türkiye" -> "Turkiye", "Åbo" -> "Abo"); ß becomes ss."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lower-case without diacritics, so 'hogskola' finds 'högskola'."""
    return strip_accents(text.lower())
