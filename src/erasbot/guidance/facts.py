"""The claims table: everything the bundled documents state, each claim with the sentences it comes from.

Data in data/facts.json, read into a strict schema (a typo in a field name fails at load time).
Every informative sentence and list of the bundled documents is (part of) one claim: its document,
its aspect (who can take part, composition, duration, sectors, ...), its action, its verbatim quotes
(a list stays whole: the sentence that introduces it and every item) and its statement in the four
askers' languages. A claim states only what its own quotes say: a claim that makes the same point
as another document's claim names it in `same_point_as` (the answer quotes both) but keeps its own
statement, so no document lends its sentence to another. Sentences that state nothing a user could
ask (headings, contact lines) are listed in data/uninformative.json; tests prove the two cover every
sentence of every bundled document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from erasbot.datafiles import describe, read_json
from erasbot.errors import ErasbotError
from erasbot.guidance.corpus import BULLET

FACTS_FILE = Path(__file__).with_name("data") / "facts.json"
UNINFORMATIVE_FILE = Path(__file__).with_name("data") / "uninformative.json"
STATEMENT_LANGUAGES = {"en", "sv", "fi", "nl"}

# What a claim is about: the aspect of an action a question can ask for.
Aspect = Literal[
    "about",
    "aims",
    "expected-impacts",
    "who-can-take-part",
    "composition",
    "organisation-types",
    "partner-countries",
    "partner-roles",
    "coordinator",
    "requirements",
    "duration",
    "grant",
    "costs",
    "sectors",
    "activities",
    "themes",
    "results",
    "dissemination",
    "quality",
    "application",
    "management",
    "more-information",
]


class FactRecord(BaseModel):
    """One claim as facts.json writes it."""

    model_config = ConfigDict(extra="forbid")

    id: str
    doc_id: str
    action: str
    aspect: Aspect
    answers: Literal["count", "duration", "amount"] | None = None
    facets: list[str]
    quotes: list[str]
    statement: dict[str, str]
    same_point_as: str | None = None

    @field_validator("quotes")
    @classmethod
    def _some_quote(cls, quotes: list[str]) -> list[str]:
        if not quotes or not all(q.strip() for q in quotes):
            raise ValueError("a claim needs at least one non-empty quote")
        return quotes

    @field_validator("statement")
    @classmethod
    def _four_languages(cls, statement: dict[str, str]) -> dict[str, str]:
        missing = STATEMENT_LANGUAGES - statement.keys()
        if missing:
            raise ValueError(f"statement lacks {', '.join(sorted(missing))}")
        return statement


@dataclass(frozen=True)
class Fact:
    id: str
    doc_id: str
    action: str
    aspect: str
    answers: str | None  # count | duration | amount | None
    facets: tuple[str, ...]
    quotes: tuple[str, ...]
    statement: dict[str, str]
    point: str  # facts making the same point (in different documents) share it

    @property
    def is_list(self) -> bool:
        """A claim that quotes a list: a quote that introduces the next ones ('... följande kategorier:',
        '... bidra till att') or an item without a sentence's end, followed by more."""
        return any(not re.search(r"[.!?)]$", q.strip()) for q in self.quotes[:-1]) or any(
            INLINE_LIST.search(q) for q in self.quotes
        )

    @property
    def adds_to_another(self) -> bool:
        """A claim that adds to another one on its aspect ('X are also meant to ...', 'may also take part'):
        its (English) statement says 'also' in its main clause. It answers 'may they also ...?', not 'what is
        the aim?'."""
        return bool(ALSO.search(" ".join(self.statement["en"].split()[:ALSO_WITHIN_WORDS])))

    @property
    def helps_toward(self) -> bool:
        """A claim on what an action can help or contribute to ('Knowledge Alliances can help to develop ...',
        'projects should above all help to raise skill levels'): what it may bring about, not its aim."""
        return bool(HELPS.search(" ".join(self.statement["en"].split()[:HELPS_WITHIN_WORDS])))


ALSO = re.compile(r"\b(?:also|too|as well)\b", re.IGNORECASE)
HELPS = re.compile(r"\b(?:can help|help to|helps to|can contribute)\b", re.IGNORECASE)
HELPS_WITHIN_WORDS = 10  # 'Sector Skills Alliance projects should above all help to'
ALSO_WITHIN_WORDS = 8  # the main clause's first words ('Partnerships for Innovation are also meant to')

# a list inside a sentence: 'till exempel studiematerial, webbmaterial, lärarhandböcker, ...' (three items or more)
INLINE_LIST = re.compile(
    r"(?:till exempel|t\.ex\.|bland annat|such as|for example|e\.g\.|including|bijvoorbeeld|zoals|bijv\.|"
    r"esimerkiksi|kuten|muun muassa|mm\.|:)\s+[^.;:]+?,[^.;:]+?,[^.;:]+",
    re.IGNORECASE,
)


def _normalise(text: str) -> str:
    return text.replace("\u00a0", " ")


@lru_cache(maxsize=1)
def load_facts(path: Path = FACTS_FILE) -> tuple[Fact, ...]:
    raw = read_json(path)["facts"]
    facts = []
    for n, item in enumerate(raw):
        try:
            record = FactRecord.model_validate(item)
        except ValidationError as exc:
            raise ErasbotError(f"{path.name}: fact {n + 1} ({item.get('id', '?')}): {describe(exc)}") from None
        facts.append(
            Fact(
                id=record.id,
                doc_id=record.doc_id,
                action=record.action,
                aspect=record.aspect,
                answers=record.answers,
                facets=tuple(record.facets),
                quotes=tuple(_normalise(q) for q in record.quotes),
                statement=record.statement,
                point=record.same_point_as or record.id,
            )
        )
    ids = [f.id for f in facts]
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        raise ErasbotError(f"{path}: claim id(s) used twice: {', '.join(repeated)}")
    unknown = sorted({f.point for f in facts} - set(ids))
    if unknown:
        raise ErasbotError(f"{path}: same_point_as names unknown fact(s) {', '.join(unknown)}")
    return tuple(facts)


# -- figures: what an answer's own sentences may state -------------------------------------------------

NUMBER_WORDS = {
    2: r"two|två|tvåårig\w*|kaksi|kahde\w*|kahta|kaksivuoti\w*|twee|tweejarig\w*",
    3: r"three|tre|treårig\w*|kolme\w*|kolmi\w*|drie|driejarig\w*",
    4: r"four|fyra|neljä\w*|vier",
    5: r"five|fem|viisi|viide\w*|vijf",
    6: r"six|sex|kuusi|kuude\w*|kuutta|zes",
    7: r"seven|sju|seitsemä\w*|zeven",
    8: r"eight|åtta|kahdeksa\w*|acht",
    9: r"nine|nio|yhdeksä\w*|negen",
    10: r"ten|tio|kymmene\w*|tien",
    12: r"twelve|tolv|kaksitoista|twaalf",
    14: r"fourteen|fjorton|neljätoista|veertien",
}
WORD_PATTERNS = [(v, re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.IGNORECASE)) for v, p in NUMBER_WORDS.items()]
DIGITS = re.compile(r"(?<![\w.,])\d+(?:[ ,.]\d{3})*(?!\w)")
MILLION = re.compile(r"(\d+)\s*(?:miljon\w*|million\w*|miljoen\w*|miljoon\w*)", re.IGNORECASE)
YEARS = re.compile(r"(?<!\w)(?:år|års|jaar|year\w*|vuo\w*)(?!\w)", re.IGNORECASE)


def figures(text: str) -> set[int]:
    """The figures a text states, in digits ('700 000', '2-3') or words ('sex', 'kolmesta'); 'one' is left out
    (in Swedish and Dutch it is also the article)."""
    text = _normalise(text)
    values = {int(re.sub(r"[ ,.]", "", m.group())) for m in DIGITS.finditer(text)}
    return values | {v for v, pattern in WORD_PATTERNS if pattern.search(text)}


def stated_or_converted(text: str) -> set[int]:
    """Figures a text states plus the plain conversions an answer may show: millions written out,
    years in months."""
    values = figures(text)
    values |= {int(m.group(1)) * 1_000_000 for m in MILLION.finditer(_normalise(text))}
    if YEARS.search(text):
        values |= {v * 12 for v in list(values) if v <= 10}
    return values


# -- coverage: which claim quotes a sentence of a document ---------------------------------------------


def _bare(sentence: str) -> str:
    return BULLET.sub("", _normalise(sentence)).strip()


def quoted_by(sentence: str, quotes: list[str] | tuple[str, ...]) -> bool:
    """True when the quotes cover the sentence: it is one of them, or it is made of them
    ('(Närmare information ...) Bara de projekt ...' quoted as its two parts)."""
    rest = _bare(sentence)
    if rest in quotes:
        return True
    for quote in sorted(quotes, key=len, reverse=True):
        if len(quote) >= 20 and quote in rest:
            rest = rest.replace(quote, " ")
    return not re.search(r"\w", rest)


def claim_of(sentence: str, doc_id: str, facts: tuple[Fact, ...]) -> Fact | None:
    """The claim of this document that quotes the sentence (None for a heading or a user's document)."""
    return next((f for f in facts if f.doc_id == doc_id and quoted_by(sentence, f.quotes)), None)


@lru_cache(maxsize=1)
def load_uninformative(path: Path = UNINFORMATIVE_FILE) -> dict[str, tuple[str, ...]]:
    """Per document, the sentences that state nothing a user could ask (headings, contact lines)."""
    documents = read_json(path).get("documents")
    if not isinstance(documents, dict) or not all(
        isinstance(v, list) and all(isinstance(s, str) for s in v) for v in documents.values()
    ):
        raise ErasbotError(f"{path}: 'documents' must map each document id to a list of sentences")
    return {doc_id: tuple(_normalise(s) for s in sentences) for doc_id, sentences in documents.items()}
