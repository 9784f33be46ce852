"""What a question asks about an action: its aspect(s) (aims, sectors, who can take part, ...) and whether
it wants a whole list ("which sectors ...?"), read from its words with the cue table in data/aspects.json.

Pure after loading: text in, aspects out. The aspects are the claims' (facts.py), so a question meets the
claims that answer what it asks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import get_args

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from erasbot.datafiles import describe, read_json
from erasbot.errors import ErasbotError
from erasbot.guidance.facts import STATEMENT_LANGUAGES, Aspect
from erasbot.guidance.glossary import without_kind_idiom
from erasbot.text import fold

ASPECTS_FILE = Path(__file__).with_name("data") / "aspects.json"
ASPECT_NAMES = set(get_args(Aspect))
# 'What should they do with the reports they produce?' asks what becomes of the thing named, not which
# activities are funded: the verb 'do' with its object is no cue for an aspect (folded text)
DOING_WITH = {
    "en": re.compile(r"\bdo(?:es)? with\b"),
    "sv": re.compile(r"\bgora med\b|\bgor med\b"),
    "nl": re.compile(r"\bdoen met\b|\bmet\b(?:\s+\w+){1,6}\s+doen\b"),
    "fi": re.compile(r"\bteh(?:da|davat|daan|kaa)\b(?=(?:\s+\w+){0,4}?\s+\w+ll[aa]\b)"),
}

# 'Kan en folkhögskola söka ...?', 'Can a company from Norway apply ...?', 'Voiko kansanopisto hakea ...?': a question
# opening with 'can' and naming who would apply asks whether they may take part, not how to apply (folded text; 'hur
# kan vi söka?' does not open with the verb)
# aspects whose English cues are programme words people keep in English in another language ('dissemination',
# 'associated partner', 'coordinator', 'outputs')
ENGLISH_TERMS = frozenset({"dissemination", "coordinator", "partner-roles", "results", "expected-impacts"})
MAY_APPLY = {
    "en": re.compile(
        r"(?:^|[.?!:;]\s+)(?:can|may|could)\s+(?:\S+\s+){1,6}?(?:apply|take part|participate|join|be part of)\b"
    ),
    "sv": re.compile(r"(?:^|[.?!:;]\s+)(?:kan|far)\s+(?:\S+\s+){1,6}?(?:soka|ansoka|delta|vara med)\b"),
    "fi": re.compile(
        r"(?:^|[.?!:;]\s+)(?:voi(?:ko|vatko|mmeko)|saa(?:ko|vatko|mmeko))\s+(?:\S+\s+){0,4}?"
        r"(?:hakea|osallistua|olla mukana)\b"
    ),
    "nl": re.compile(r"(?:^|[.?!:;]\s+)(?:kan|kunnen|mag|mogen)\s+(?:\S+\s+){1,6}?(?:aanvragen|deelnemen|meedoen)\b"),
}

# aspects that a question asks of a case within a broader one: 'can a university from outside Europe take part?' asks
# who may take part, of partner countries; 'what do universities need to take part?' what is required of them
NARROWER = {"who-can-take-part": {"partner-countries", "coordinator", "partner-roles", "requirements"}}


def _check_languages(cues: dict[str, list[str]]) -> dict[str, list[str]]:
    unknown = set(cues) - STATEMENT_LANGUAGES
    if unknown:
        raise ValueError(f"unknown language(s) {', '.join(sorted(unknown))}")
    return cues


class AspectsRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    about: str = ""
    aspects: dict[str, dict[str, list[str]]]
    forms: dict[str, dict[str, list[str]]]
    # words that ask for an aspect only when nothing else is asked ('consortium' in 'who leads the consortium?'
    # is what is led, not a question on its composition): counted after the aspects other words ask for
    weak: dict[str, dict[str, list[str]]] = {}
    # aspects that answer one an action has no claim of ('which results are expected?' of an action whose text
    # gives its expected impacts, 'leads to results such as ...')
    stand_in: dict[str, list[str]] = {}

    @field_validator("aspects", "weak")
    @classmethod
    def _known_aspects(cls, aspects: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, list[str]]]:
        unknown = set(aspects) - ASPECT_NAMES
        if unknown:
            raise ValueError(
                f"unknown aspect(s) {', '.join(sorted(unknown))}; the claims know {', '.join(sorted(ASPECT_NAMES))}"
            )
        for cues in aspects.values():
            _check_languages(cues)
        return aspects

    @field_validator("forms")
    @classmethod
    def _list_form(cls, forms: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, list[str]]]:
        if set(forms) != {"list"}:
            raise ValueError("forms must hold exactly 'list'")
        return {k: _check_languages(v) for k, v in forms.items()}


# ' ... ' in a cue: up to three words between its parts ('make ... public': 'making the materials public')
GAP = r"\w*(?:\W+\w+){0,3}?\W+"


def _cue(cue: str) -> str:
    return GAP.join(re.escape(part) for part in cue.split(" ... "))


def _pattern(cues: list[str]) -> re.Pattern | None:
    words = sorted({fold(c) for c in cues if c.strip()}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:%s)" % "|".join(_cue(w) for w in words)) if words else None


@dataclass(frozen=True)
class AspectCues:
    """The compiled cue table: per language, one pattern per aspect and one for list questions."""

    aspects: dict[str, dict[str, re.Pattern]]  # language -> aspect -> pattern
    lists: dict[str, re.Pattern]
    weak: dict[str, dict[str, re.Pattern]] = field(default_factory=dict)  # language -> aspect -> pattern
    stand_in: dict[str, tuple[str, ...]] = field(default_factory=dict)  # aspect -> aspects answering it instead

    def asked(self, text: str, language: str) -> tuple[str, ...]:
        """The aspects the question's words ask for, the one named first first ('What impact should ... aim
        for?' asks for impacts before aims; of two cues at one place the longer: 'who can I contact' before
        'who can'), then those only weak cues ask for; empty when it names none."""
        folded = without_kind_idiom(fold(text))  # 'what kind of project is it?' asks what it is, not its activities
        if language in DOING_WITH:
            folded = DOING_WITH[language].sub(" ", folded)
        strong = _found(self.aspects.get(language, {}), folded)
        if language != "en":
            # the English programme word in another language's question ('Pitääkö dissemination suunnitella?',
            # 'Får en associated partner vara coordinator?'), after the question's own words
            strong += [a for a in _found(self.aspects.get("en", {}), folded) if a not in strong and a in ENGLISH_TERMS]
        if language in MAY_APPLY and MAY_APPLY[language].search(folded):
            # who may take part, asked before what else the words name at or after the verb
            strong = ["who-can-take-part"] + [a for a in strong if a != "who-can-take-part"]
        weak = [a for a in _found(self.weak.get(language, {}), folded) if a not in strong]
        return tuple(strong + weak)

    def wants_list(self, text: str, language: str) -> bool:
        """A 'which ...?' question: answered with the whole list."""
        pattern = self.lists.get(language)
        return bool(pattern and pattern.search(fold(text)))


def _found(patterns: dict[str, re.Pattern], folded: str) -> list[str]:
    """The aspects whose cues the text holds, by where the cue is, the longer cue first at one place; a cue only
    inside another aspect's longer cue asks nothing of its own ('söka' in 'kan söka': who may apply, not how)."""
    spans = {a: [m.span() for m in p.finditer(folded) if m.group()] for a, p in patterns.items()}
    found = []
    for aspect, own in spans.items():
        free = [
            (start, end)
            for start, end in own
            if not any(
                o <= start and end <= e and e - o > end - start
                for other, theirs in spans.items()
                if other != aspect
                for o, e in theirs
            )
        ]
        if free:
            start, end = free[0]
            found.append((start, start - end, aspect))
    return [a for _, _, a in sorted(found)]


@lru_cache(maxsize=1)
def load_aspect_cues(path: Path = ASPECTS_FILE) -> AspectCues:
    try:
        record = AspectsRecord.model_validate(read_json(path))
    except ValidationError as exc:
        raise ErasbotError(f"{path.name}: {describe(exc)}") from None
    by_language: dict[str, dict[str, re.Pattern]] = {}
    for aspect, cues in record.aspects.items():
        for lang, words in cues.items():
            pattern = _pattern(words)
            if pattern is not None:
                by_language.setdefault(lang, {})[aspect] = pattern
    lists = {lang: p for lang, words in record.forms["list"].items() if (p := _pattern(words)) is not None}
    weak: dict[str, dict[str, re.Pattern]] = {}
    for aspect, cues in record.weak.items():
        for lang, words in cues.items():
            if (pattern := _pattern(words)) is not None:
                weak.setdefault(lang, {})[aspect] = pattern
    unknown = {a for a, others in record.stand_in.items() for a in (a, *others)} - ASPECT_NAMES
    if unknown:
        raise ErasbotError(f"{path.name}: unknown aspect(s) in stand_in: {', '.join(sorted(unknown))}")
    stand_in = {a: tuple(others) for a, others in record.stand_in.items()}
    return AspectCues(by_language, lists, weak, stand_in)
