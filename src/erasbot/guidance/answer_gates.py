"""What a question asks that the bundled texts cannot answer whatever their claims: another programme period, a
year no passage names, a list the text only counts; and whether it asks which action came before or after.

Pure: reads the question, the glossary and the documents' metadata."""

from __future__ import annotations

import re

from erasbot.forms import asking_part
from erasbot.guidance.corpus import DocumentInfo
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.profiles import (
    MARK,
    PERIOD,
    asked_period,
    named_periods,
)
from erasbot.guidance.retrieval import Hit, Query
from erasbot.rules.number_words import NUMBERS
from erasbot.text import fold

# requirements an action's texts set of their own, not to be read into another action's ('the Erasmus charter')
OWN_REQUIREMENTS = frozenset({"eche"})


# aspects a text either states or does not: asked of an action with no claim on it, the text does not say it
UNSAID_ASPECTS = {"application", "coordinator"}
NAMES_COORDINATOR = re.compile(r"\b(?:co-?ordina\w*|koordina\w*|samordna\w*|penvoerder\w*)")
ACTION_CODE = re.compile(r"\bka\s?-?\d{3}", re.IGNORECASE)  # 'KA220', 'KA 210-ADU'


def asks_generically(query: Query, glossary: Glossary) -> bool:
    """Does the question name its action only by words of both programme periods: no period, no action code, no
    action or programme of its own ('KA220', 'cooperation partnership', '2021-2027')?"""
    return not (
        asked_period(query.text)
        or ACTION_CODE.search(query.text)
        or any(glossary.concepts[c].kind == "other" for c in query.concepts)
    )


def other_period(question: str, documents: dict[str, DocumentInfo]) -> bool:
    """'What was the budget of Knowledge Alliances in the 2007-2013 programme?': every programme period the
    question names is one no text is of, so what the texts say of their own period does not answer it."""
    # ('(looptijd 2019-2021)': a project's own years, over two periods, name none)
    named = set(named_periods(question))
    return bool(named) and not named & {d.period for d in documents.values() if d.period}


def unnamed_years(question: str, hits: list[Hit]) -> bool:
    """'How much was the Knowledge Alliances budget in 2019?': the question names a year (not a programme period)
    that none of the passages names, so no figure of theirs is that year's."""
    years = {year for code, year in MARK.findall(PERIOD.sub(" ", question)) if year and not code}
    if not years:
        return False
    named = {y for h in hits for y in re.findall(r"20\d\d", h.chunk.text)}
    return not years & named


# the words naming a programme period as such (beside its years): what is left of the period concept asks which
# action came before or after ('voorganger', 'ersatte', 'tilalle')
PERIOD_NAMES = re.compile(
    r"\w*(?:programme period|program period|programperiod|ohjelmakau|programmaperiode)\w*", re.IGNORECASE
)


def asks_succession(question: str, glossary: Glossary) -> bool:
    """Whether the question asks which action came before or after ('Wat was de voorganger daarvan in 2014-2020?')."""
    return "period" in glossary.find(PERIOD_NAMES.sub(" ", PERIOD.sub(" ", question)))


def span(periods: set[str]) -> str:
    return ", ".join(sorted(p.replace("-", "–") for p in periods))


# a number just before the thing named ('the 14 industrial ecosystems'): the text counts it
# 'which 14 are those?', 'welke 14 zijn dat?', 'vilka 14 är det?', 'mitkä 14 ne ovat?' (folded): the things a number
# counts, asked by the number alone
_WHICH_NUMBER = re.compile(
    r"^\W*(?:(?:and|och|en|ja|entä)\s+)?(?:which|what|vilka|welke|mitka|mita)\s+(?:are\s+)?(?:the\s+|de\s+|die\s+)?(\d+)\b"
)
_COUNTED_BEFORE = re.compile(r"\b(\d+)\s+(?:[\w-]+\s+){0,2}$")
# a demonstrative or the number just before the thing asked of ('those 14', 'ne', 'die 14', 'dessa'; folded)
_KNOWN_BEFORE = re.compile(
    r"\b(?:those|these|ne|nama|noiden|naiden|die|deze|dessa|de dar|dem)\s+(?:\d+\s+)?(?:[\w-]+\s+)?$"
)


def _figures(text: str) -> set[str]:
    """The numbers a text names, in digits ('14', 'veertien', 'fourteen')."""
    out = set()
    for word in re.findall(r"\w+", text.lower()):
        n = word if word.isdigit() else NUMBERS.get(word)
        if n is not None:
            out.add(str(n))
    return out


def counts_without_listing(statement: str, query: Query, glossary: Glossary) -> bool:
    """Does the question ask which they are of things it knows the number of ('which are those 14 ecosystems?',
    'mitkä ne ekosysteemit ovat?'), that the claim only counts ('implemented in the 14 industrial ecosystems'),
    naming none of them (no colon, semicolon or run of commas)? 'In which sectors are they implemented?' is
    answered by the claim: the industrial strategy's 14 ecosystems."""
    if ":" in statement or ";" in statement or statement.count(",") >= 2:
        return False
    asking = asking_part(query.text)
    # 'Welke veertien ecosystemen zijn dat precies? Valt de zorg eronder?': the list asked in a sentence before the last
    return any(_counted_unlisted(statement, part, glossary) for part in dict.fromkeys((asking, query.text)))


def _counted_unlisted(statement: str, asking: str, glossary: Glossary) -> bool:
    asked = [c for c in glossary.find(asking) if glossary.concepts[c].kind == "topic"]
    if not asked and (number := _WHICH_NUMBER.search(fold(asking))):
        # 'Welke 14 zijn dat dan?' after the 14 ecosystems were named: which the number counts, the claim counting
        # that many things ('in de 14 industriële ecosystemen') without naming them
        return any(m.group(1) == number.group(1) for m in re.finditer(r"\b(\d+)\s+[^\W\d]", statement))
    for c in asked:
        counts = [
            m.group(1)
            for start, _ in glossary.spans_of(c, statement)
            if (m := _COUNTED_BEFORE.search(statement[:start]))
        ]
        # the question names the number counted, or points at the things with a demonstrative ('those', 'ne', 'die')
        known = any(
            _KNOWN_BEFORE.search(fold(asking[:start])) or any(n in _figures(asking[:start]) for n in counts)
            for start, _ in glossary.spans_of(c, asking)
        )
        if counts and known:
            return True
    return False
