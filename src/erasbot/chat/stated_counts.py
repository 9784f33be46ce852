"""The totals a question states of its own consortium: organisations, countries and kinds of organisation.

"3 unis (Sweden, Finland, Estonia), an engineering consultancy in Latvia, one SME ... So 6 orgs from 4 countries,
only 2 of them businesses", "wij, een Belgische universiteit, twee Duitse bedrijven ... Vijf organisaties uit vier
landen": each figure with the noun it counts. A figure before a kind of organisation ('twee Duitse bedrijven') counts
some of that kind, perhaps not all ('... and a Spanish SME' adds one), so it is a lower bound; 'N of them X' counts
all of that kind among the consortium. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from erasbot.rules.number_words import NUMBERS
from erasbot.rules.vocabulary import org_type

_NUMBER = r"(\d+|" + "|".join(sorted((n for n in NUMBERS if NUMBERS[n] > 1), key=len, reverse=True)) + r")"
# a figure, 'of them' (the consortium's organisations of one kind), and the noun or an adjective and the noun
COUNTED = re.compile(
    r"(?<![\w.,])" + _NUMBER + r"\s+(of them\s+|av dem\s+|av oss\s+|heist[äa]\s+|niist[äa]\s+|daarvan\s+|van hen\s+"
    r"|van ons\s+)?([\w-]+)(?:\s+([\w-]+))?",
    re.IGNORECASE,
)
ORGANISATIONS = re.compile(
    r"^(?:organi[sz]ations?|orgs?|organisaatio\w*|organisaties?|organisationer|partners?|partner(?:na|ns)"
    r"|kumppan\w*|members?|medlemmar|jäsen\w*|leden)$",
    re.IGNORECASE,
)
COUNTRIES = re.compile(r"^(?:countr\w*|l[äa]nder|land|maa\w*|maista|landen)$", re.IGNORECASE)
# words people shorten or inflect that the partner-list vocabulary does not hold
ALIASES = {"uni": "higher_education", "unis": "higher_education", "hogescholen": "higher_education"}
# endings stripped, in turn, from a noun the vocabulary does not know ('universiteiten', 'businesses', 'yritystä',
# 'korkeakoulua')
ENDINGS = ("es", "s", "en", "ta", "tä", "a", "ä")


@dataclass(frozen=True)
class Counted:
    """A figure the question states, what it counts ('organisations', 'countries' or an organisation type), and
    whether it is all of them ('N of them X', or a total) or some."""

    what: str
    n: int
    whole: bool


def kind_of(noun: str) -> str | None:
    """The organisation type a counted noun names ('businesses', 'yritystä', 'universiteiten'), or None."""
    word = noun.lower()
    if word in ALIASES:
        return ALIASES[word]
    found = org_type(word, contained=False)
    for ending in ENDINGS:
        if found or not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        found = org_type(word[: -len(ending)], contained=False)
    return found


def stated_counts(text: str) -> list[Counted]:
    """Every figure the text states of organisations, countries or a kind of organisation, in order."""
    out = []
    for match in COUNTED.finditer(text):
        token, of_them, first, second = match.groups()
        n = int(token) if token.isdigit() else NUMBERS.get(token.lower())
        if n is not None:
            counted = _counted(first, n, bool(of_them)) or (second and _counted(second, n, bool(of_them)))
            if counted:
                out.append(counted)
    return out


def _counted(noun: str, n: int, of_them: bool) -> Counted | None:
    if ORGANISATIONS.match(noun):
        return Counted("organisations", n, True)
    if COUNTRIES.match(noun):
        return Counted("countries", n, True)
    kind = kind_of(noun)
    return Counted(kind, n, of_them) if kind else None
