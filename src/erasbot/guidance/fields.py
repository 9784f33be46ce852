"""Which field of education (or youth) a text names: a question's field, and the field an added guide is written for.

Pure after loading the small table in data/field_words.json. A question names its field in any language, often by
a word of its own rather than the guide's title ('yrkeselever', 'korkeakouluopiskelija', 'folk high schools'); a
guide's field is what its title names, else the fields its text names most (an 'Alliances for Innovation' guide:
higher education and vocational education and training). subjects.py compares the two.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from erasbot.datafiles import read_json
from erasbot.errors import ErasbotError
from erasbot.text import fold

FIELD_WORDS_FILE = Path(__file__).with_name("data") / "field_words.json"
NOT_A_FIELD = ""
TEXT_SHARE = 0.5  # a guide whose title names no field is written for each field its text names this share as often
TEXT_MIN = 2  # as the field it names most, and at least this many times
# an action's code names its field in every language ('KA220-ADU': adult education, 'KA122-SCH': school education)
# ('ka220 adu' too, but not 'KA220 you ...': the youth code only with its hyphen)
CODE_FIELD = re.compile(r"(?<!\w)ka\d{3}(?:-?(adu|vet|sch|hed|you)|\s(adu|vet|sch|hed))(?!\w)")
CODE_FIELDS = {"adu": "adult", "vet": "vocational", "sch": "school", "hed": "higher", "you": "youth"}


@dataclass(frozen=True)
class FieldWords:
    """Per language, one pattern finding every field term (longest first) and the field of each term."""

    patterns: dict[str, re.Pattern]
    field_of: dict[str, dict[str, str]]  # language -> folded term -> field ('' for a phrase that is no field)

    def counts(self, text: str, language: str, codes: bool = True) -> Counter:
        """How often the text names each field, in its language or in English, or (`codes`) by an action's code."""
        found: Counter = Counter()
        folded = fold(text)
        for lang in dict.fromkeys((language, "en")):
            pattern = self.patterns.get(lang)
            if pattern is None:
                continue
            for match in pattern.finditer(folded):
                field = self.field_of[lang][match.group(1)]
                if field != NOT_A_FIELD:
                    found[field] += 1
            folded = pattern.sub(" ", folded)  # a term found in one language is not found again in the other
        if codes:
            found.update(CODE_FIELDS[m.group(1) or m.group(2)] for m in CODE_FIELD.finditer(folded))
        return found

    def named(self, text: str, language: str) -> frozenset[str]:
        return frozenset(self.counts(text, language))

    def without(self, text: str, language: str) -> str:
        """The text (folded) less the words naming a field: what it names beside its field."""
        folded = fold(text)
        for lang in dict.fromkeys((language, "en")):
            if (pattern := self.patterns.get(lang)) is not None:
                folded = pattern.sub(" ", folded)
        return " ".join(folded.split())


@lru_cache(maxsize=1)
def load_field_words(path: Path = FIELD_WORDS_FILE) -> FieldWords:
    data = read_json(path)
    try:
        fields = data["fields"]
        not_fields = data.get("not_fields", {})
        terms: dict[str, dict[str, str]] = {}
        for field, by_lang in fields.items():
            for lang, words in by_lang.items():
                for word in words:
                    terms.setdefault(lang, {})[fold(word)] = field
        for lang, words in not_fields.items():
            for word in words:
                terms.setdefault(lang, {})[fold(word)] = NOT_A_FIELD
    except (AttributeError, TypeError):
        raise ErasbotError(f"{path.name}: needs 'fields' (field -> language -> words)") from None
    except KeyError:
        raise ErasbotError(f"{path.name}: needs 'fields' (field -> language -> words)") from None

    def alternative(term: str) -> str:
        # a term ending in a space is a whole word; the others are beginnings of words
        return re.escape(term.rstrip()) + (r"(?!\w)" if term.endswith(" ") else "")

    patterns = {}
    field_of = {}
    for lang, by_term in terms.items():
        ordered = sorted(by_term, key=len, reverse=True)
        field_of[lang] = {t.rstrip(): f for t, f in by_term.items()}
        patterns[lang] = re.compile(r"(?<!\w)(" + "|".join(alternative(t) for t in ordered) + ")")
    return FieldWords(patterns, field_of)


def asked_fields(question: str, language: str, words: FieldWords | None = None) -> frozenset[str]:
    """The fields a question names, in its language or in English ('folkhögskola': adult; 'mbo-student': vocational)."""
    return (words or load_field_words()).named(question, language)


def without_fields(question: str, language: str, words: FieldWords | None = None) -> str:
    """The question (folded) less its words naming a field ('folkhögskola' out of '... en folkhögskola få ...')."""
    return (words or load_field_words()).without(question, language)


def document_fields(title: str, text: str, language: str, words: FieldWords | None = None) -> frozenset[str]:
    """The fields a guide is written for: those its title names, else those its text names most."""
    words = words or load_field_words()
    own = words.named(title, language)
    if own:
        return own
    # the codes a guide's text names are often other actions' ('unlike KA210-ADU ...'), not its own field
    counts = words.counts(text, language, codes=False)
    top = max(counts.values(), default=0)
    return frozenset(f for f, n in counts.items() if n >= TEXT_MIN and n >= TEXT_SHARE * top)
