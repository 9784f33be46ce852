"""Figures in text: the numbers a text states (digits, number words, millions) and those an answer states
that its sources do not give. Pure logic, used by the answer composer, the model-answer check and the
evaluation alike."""

from __future__ import annotations

import re

CITE = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")
NUMBER = re.compile(r"(?<![\w.,])\d+(?:[ \u00a0\u202f.,]\d{3})*(?:[.,]\d+)?(?![\w])")
GROUPED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+")
MILLION = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:million|miljon|miljoen|miljoona|milj)", re.IGNORECASE)
NUMBER_WORDS = {
    "en": "zero one two three four five six seven eight nine ten eleven twelve",
    "sv": "noll ett två tre fyra fem sex sju åtta nio tio elva tolv",
    "nl": "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf",
    "fi": "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen",
}
WORD_VALUES = {w: n for words in NUMBER_WORDS.values() for n, w in enumerate(words.split())} | {"en": 1}
WORD_NUMBER = re.compile(
    r"\b(" + "|".join(sorted(WORD_VALUES, key=len, reverse=True)) + r")(?=\b|år|årig|jarig|vuot)", re.IGNORECASE
)


def _value(token: str) -> float:
    if GROUPED.fullmatch(token):
        return float(re.sub(r"\D", "", token))
    try:
        return float(token.replace(",", "."))
    except ValueError:  # digits in groups that are no thousands ('0295 400 730', a phone number): their digits
        return float(re.sub(r"\D", "", token))


def numbers_stated(text: str) -> list[str]:
    """Numbers written in digits in a text, citation marks left out."""
    return [m.group(0) for m in NUMBER.finditer(CITE.sub(" ", text))]


def numbers_known(text: str) -> set[float]:
    """Every number a source text states: in digits, as words ("sex", "drie") and in millions."""
    known = {_value(n) for n in numbers_stated(text)}
    known |= {float(WORD_VALUES[m.group(1).lower()]) for m in WORD_NUMBER.finditer(text)}
    known |= {_value(m.group(1)) * 1_000_000 for m in MILLION.finditer(text)}
    return known


PERIOD = re.compile(r"\b(?:19|20)\d\d\s*[-\u2013/]\s*(?:19|20)\d\d\b")
MONTHS_PER_YEAR = 12


def unsupported_figures(text: str, sources: str) -> list[str]:
    """The figures `text` states that `sources` does not give, in digits, words or millions.

    A figure that is a source's number of years written as months ("2-3 years" shown as "24-36 months")
    is a plain conversion, and a programme period ("2014-2020") is the documents' own metadata: both count
    as given.
    """
    known = numbers_known(sources)
    known |= {k * MONTHS_PER_YEAR for k in known if k <= 10}
    plain = PERIOD.sub(" ", CITE.sub(" ", text))
    millions = {m.group(1) for m in MILLION.finditer(plain)}
    return [
        n
        for n in dict.fromkeys(numbers_stated(plain))
        if _value(n) not in known and not (n in millions and _value(n) * 1_000_000 in known)
    ]
