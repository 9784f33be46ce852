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


# the letters users type without their marks ('mita', 'enta', 'hogskola'): a pattern written with them also finds
# the words typed without
_UNMARKED = {"ä": "[äa]", "ö": "[öo]", "å": "[åa]", "ë": "[ëe]", "é": "[ée]", "ü": "[üu]"}


def marks_optional(pattern: str) -> str:
    """A regular expression's source with each marked letter also matching the letter without its mark (the
    pattern must not use these letters inside a character class of its own)."""
    return "".join(_UNMARKED.get(ch, ch) for ch in pattern)


def one_slip(a: str, b: str) -> bool:
    """Are two different words one typing slip apart (a letter changed, added or dropped, or two swapped)?"""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and (a[diff[0]], a[diff[1]]) == (b[diff[1]], b[diff[0]])
        return len(diff) == 1 or swapped
    if abs(len(a) - len(b)) > 1:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1 :]


# abbreviations that do not end a sentence though a capital or a digit follows ('kl. 10', 't.ex. Sverige');
# 'osv.', 'etc.' often do, so they are not here
ABBREVIATIONS = {
    "kl.",
    "ca.",
    "nr.",
    "t.ex.",
    "bl.a.",
    "s.k.",
    "resp.",
    "jfr.",
    "dvs.",
    "fr.o.m.",
    "t.o.m.",
    "bijv.",
    "o.a.",
    "nl.",
    "m.b.t.",
    "t.a.v.",
    "z.g.",
    "esim.",
    "ns.",
    "klo.",
    "e.g.",
    "i.e.",
    "art.",
    "approx.",
    "vs.",
}


def ends_in_abbreviation(sentence: str, more: frozenset[str] = frozenset()) -> bool:
    """Whether the text's last word is an abbreviation (of ABBREVIATIONS, or of `more`) that ends no sentence."""
    words = sentence.split()
    return bool(words) and words[-1].lower().lstrip("(") in ABBREVIATIONS | more
