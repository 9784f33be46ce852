"""Questions about a country's status, answered from the programme-country table.

"Is Turkey a programme country?", "Onko Sveitsi ohjelmamaa?", "Welke landen zijn programmalanden?":
the guidance texts use the words 'programme country' and 'partner country' but never list the
countries; the checker's table (Erasmus+ Programme Guide, by period) does. The answer names the
period(s) and says where the list comes from. Pure.
"""

from __future__ import annotations

import re

from erasbot.forms import asking_part, asks_yes_no
from erasbot.phrases import say
from erasbot.rules.countries import country_name, is_programme_country, programme_countries, programme_from_year
from erasbot.rules.country_mentions import countries_named, find_country
from erasbot.text import fold

PERIODS = ("2014-2020", "2021-2027")

# 'programme country' in the four languages, with inflections ('programländerna', 'ohjelmamaihin')
PROGRAMME = re.compile(r"program(?:me|ma)?[- ]?(?:countr|l[aä]nd)|ohjelma-?ma", re.IGNORECASE)
PARTNER = re.compile(r"partner[- ]?(?:countr|l[aä]nd)|kumppanima|partneri-?ma", re.IGNORECASE)
# 'which countries ...?' asks for the list; a count ('how many programme countries') is the rules' question
WHICH = re.compile(
    r"\b(?:which|what|vilka|mitkä|welke)\s+(?:\w+\s+){0,3}?(?:\w*countr|\w*länder|\w*maat|\w*landen)"
    r"|\b(?:list|lista|lijst|luettelo)\b",
    re.IGNORECASE,
)
COUNT = re.compile(
    r"how many|hur många|kuinka (?:monta|moni)|montako|hoeveel|\bminst|at least|vähintään|minstens", re.IGNORECASE
)


# an event that changed countries' part in the programme ('after Brexit', 'since the sanctions'): the table gives each
# period's countries, not what such an event changed, and the texts never speak of it
AFTER_AN_EVENT = re.compile(r"brexit|\bsan(?:ction|ktion|ctie)\w*|\bpakott?\w*", re.IGNORECASE)


def _periods(question: str, period: str | None) -> tuple[str, ...]:
    """The period an action fixes, or the one the question names, or both."""
    if period:
        return (period,)
    named = tuple(p for p in PERIODS if any(year in question for year in p.split("-")))
    return named if len(named) == 1 else PERIODS


def _span(period: str) -> str:
    return period.replace("-", "–")


def _joined(items: list[str], lang: str) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {say(lang, 'and')} {items[-1]}"


def _named(code: str, period: str, lang: str) -> str:
    year = programme_from_year(code, period)
    return country_name(code, lang) + (say(lang, "country_status.from_year", year=year) if year else "")


# the countries told before the asking sentence, pointed back at ('räknas de länderna dit?', 'do they count as
# programme countries?', 'tellen die landen mee?', 'käyvätkö ne ohjelmamaista?'; folded)
THOSE_COUNTRIES = re.compile(
    r"\b(?:they|those|these|them|de|dessa|dem|ne|nama|noma|ne maat|die|ze|deze)\b(?: (?:countries|lander|landerna|maat"
    r"|landen))?\b"
)


CLAUSE_BREAK = re.compile(r"\s[-–]\s|:\s")  # the clause after a dash or a colon asks ('... Turkiet – räknas de dit?')


def _told_countries(question: str, asking: str) -> tuple[list[str], str]:
    """The countries a question tells before its asking clause, when that clause names none and points back at them
    ('Vi har parter på Island och i Turkiet – räknas de länderna dit?'), and the clause; no countries otherwise."""
    clause = CLAUSE_BREAK.split(asking)[-1]
    if clause.strip() == question.strip() or find_country(clause) or not THOSE_COUNTRIES.search(fold(clause).lower()):
        return [], clause
    return countries_named(question[: question.rfind(clause)]), clause


def _statuses(countries: list[str], periods: tuple[str, ...], lang: str, asked_programme: bool) -> str:
    """Each country's status, with a plain yes or no when every country has the one asked of them in every period."""
    parts, answers = [], set()
    for country in countries:
        name = country_name(country, lang)
        inside = [p for p in periods if is_programme_country(country, p)]
        outside = [p for p in periods if p not in inside]
        if inside:
            spans = [_span(p) + _named(country, p, lang)[len(name) :] for p in inside]
            parts.append(say(lang, "country_status.is", country=name, periods=_joined(spans, lang)))
        if outside:
            key = "country_status.but_not" if inside else "country_status.is_not"
            parts.append(say(lang, key, country=name, periods=_joined([_span(p) for p in outside], lang)))
        answers.add("mixed" if inside and outside else bool(inside) == asked_programme)
    text = "; ".join(parts)
    if answers in ({True}, {False}):
        text = f"{say(lang, 'eligibility.yes' if answers == {True} else 'eligibility.no')}: {text}"
    return text


def answer_country_status(question: str, period: str | None, lang: str) -> str | None:
    """The answer to a question about which countries are programme countries, or None when it asks no such thing.

    `period` is the period of the action the question is read with, if any."""
    asking = asking_part(question)
    programme, partner = PROGRAMME.search(asking), PARTNER.search(asking)
    told, clause = _told_countries(question, asking)
    if told and not (programme or partner):
        # the status named in what the question tells ('står det "från minst tre programländer" ... räknas de dit?')
        programme, partner = PROGRAMME.search(question), PARTNER.search(question)
    if not (programme or partner) or COUNT.search(asking):
        return None
    periods = _periods(question, period)
    source = say(lang, "country_status.source")
    if told and asks_yes_no(clause):
        return f"{_statuses(told, periods, lang, bool(programme) or not partner)}.\n{source}"
    country = find_country(asking)
    if country is None:
        if not WHICH.search(asking) or partner and not programme:
            return None
        lines, before = [], None
        for p in periods:
            codes = programme_countries(p)
            if before is None:
                names = ", ".join(sorted(_named(code, p, lang) for code in codes))
                lines.append(say(lang, "country_status.list", period=_span(p), names=names))
            else:  # the next period as the difference, not 33 names again
                changes = [
                    say(lang, key, names=_joined(sorted(_named(c, p, lang) for c in diff), lang))
                    for key, diff in (
                        ("country_status.without", before - codes),
                        ("country_status.with", codes - before),
                    )
                    if diff
                ]
                lines.append(
                    say(lang, "country_status.same", period=_span(p), changes=" ".join(changes)).rstrip() + "."
                )
            before = codes
        return "\n".join([*lines, source])
    # ('och Island, räknas det som programland?': the country put first, the question after the comma)
    if not (asks_yes_no(asking) or WHICH.search(asking) or any(asks_yes_no(after) for after in asking.split(",")[1:])):
        return None
    name = country_name(country, lang)
    inside = [p for p in periods if is_programme_country(country, p)]
    outside = [p for p in periods if p not in inside]
    parts = []
    if inside:
        spans = [_span(p) + _named(country, p, lang)[len(name) :] for p in inside]
        parts.append(say(lang, "country_status.is", country=name, periods=_joined(spans, lang)))
    if outside:
        spans = _joined([_span(p) for p in outside], lang)
        key = "country_status.but_not" if inside else "country_status.is_not"
        parts.append(say(lang, key, country=name, periods=spans))
    text = ", ".join(parts)
    if len(parts) == 1 and not (programme and partner):
        # one status for every period: a plain yes or no to the question asked (not to 'a programme country or a
        # partner country?', which the status answers)
        asked_programme = bool(programme) or not partner
        yes = bool(inside) == asked_programme
        text = f"{say(lang, 'eligibility.yes' if yes else 'eligibility.no')}: {text}"
    return f"{text}.\n{source}"
