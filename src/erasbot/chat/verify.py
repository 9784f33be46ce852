"""Checking a language model's answer against what it was shown: citations it may give, figures it may state.

An answer may cite only passages retrieved in its turn; every figure it states must appear in a
cited passage, the checker's verdict or the question. What fails is removed or flagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from erasbot.guidance.corpus import split_sentences
from erasbot.guidance.lexical import tokens

CLOSE_ENOUGH = 0.7  # a second supporting sentence must score this share of the best one

FLAGS = {
    "numbers": {
        "en": "Check these figures: {numbers} do not appear in the cited passages.",
        "sv": "Kontrollera siffrorna: {numbers} finns inte i de citerade avsnitten.",
        "fi": "Tarkista luvut: {numbers} eivät esiinny lainatuissa kohdissa.",
        "nl": "Controleer deze cijfers: {numbers} staan niet in de geciteerde passages.",
    },
    "removed": {
        "en": "Removed citation(s) {marks}: the model cited passages it had not retrieved.",
        "sv": "Tog bort hänvisning(ar) {marks}: modellen hänvisade till avsnitt den inte hade hämtat.",
        "fi": "Poistettiin viittaukset {marks}: malli viittasi kohtiin, joita se ei ollut hakenut.",
        "nl": "Verwijzing(en) {marks} verwijderd: het model verwees naar passages die het niet had opgehaald.",
    },
}

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


# -- numbers --------------------------------------------------------------------------------------


def _value(token: str) -> float:
    if GROUPED.fullmatch(token):
        return float(re.sub(r"\D", "", token))
    return float(token.replace(",", "."))


def numbers_stated(text: str) -> list[str]:
    """Numbers written in digits in a text, citation marks left out."""
    return [m.group(0) for m in NUMBER.finditer(CITE.sub(" ", text))]


def numbers_known(text: str) -> set[float]:
    """Every number a source text states: in digits, as words ("sex", "drie") and in millions."""
    known = {_value(n) for n in numbers_stated(text)}
    known |= {float(WORD_VALUES[m.group(1).lower()]) for m in WORD_NUMBER.finditer(text)}
    known |= {_value(m.group(1)) * 1_000_000 for m in MILLION.finditer(text)}
    return known


# -- verification ---------------------------------------------------------------------------------


@dataclass
class Verified:
    text: str
    cited: list[int]
    removed: list[int]
    unsupported: list[str]


def verify(text: str, retrieved: dict[int, str], verdict_text: str = "", question: str = "") -> Verified:
    """Drop citation marks of passages not retrieved; list the numbers no cited passage, verdict or question states.

    `retrieved` maps passage number -> the text the model was shown for it (with title and period).
    """
    removed: list[int] = []
    cited: list[int] = []

    def keep(match: re.Match) -> str:
        marks = [int(n) for n in re.split(r"\s*[,;]\s*", match.group(1))]
        valid = [n for n in marks if n in retrieved]
        removed.extend(n for n in marks if n not in retrieved)
        cited.extend(n for n in valid if n not in cited)
        return "".join(f"[{n}]" for n in valid)

    cleaned = re.sub(r"[ \t]+([.,;:!?])", r"\1", CITE.sub(keep, text)).strip()
    known = numbers_known(" ".join(retrieved[n] for n in cited) + " " + verdict_text + " " + question)
    unsupported = [n for n in dict.fromkeys(numbers_stated(cleaned)) if _value(n) not in known]
    return Verified(cleaned, cited, sorted(set(removed)), unsupported)


def supporting_sentences(
    answer: str, passage: str, n: int, doc_lang: str, answer_lang: str, limit: int = 2
) -> list[str]:
    """The passage's sentences closest to what the answer says with [n]: shared words and numbers."""
    said = " ".join(s for s in re.split(r"(?<=[.!?])\s+|\n", answer) if f"[{n}]" in s) or answer
    words = set(tokens(said, answer_lang)) | set(tokens(said, doc_lang))
    numbers = numbers_known(said)
    scored = []
    for sentence in split_sentences(passage):
        overlap = len(words & set(tokens(sentence, doc_lang))) + 2 * len(numbers & numbers_known(sentence))
        if overlap:
            scored.append((overlap, sentence))
    scored.sort(key=lambda s: s[0], reverse=True)
    return [s for score, s in scored[:limit] if score >= CLOSE_ENOUGH * scored[0][0]]


def flag(key: str, lang: str, **values: str) -> str:
    return FLAGS[key].get(lang, FLAGS[key]["en"]).format(**values)
