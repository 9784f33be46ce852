"""Whether the lines an added guide's answer would quote give the figure a question asks: the largest number of
things allowed, a count of things, an amount at the rate asked. Pure.

Each check is on what the answer quotes (a list or a table's rows under the sentence introducing them included), so a
question is refused when the quotes do not give what it asks for: 'Is there a maximum number of partners?' is not
answered by 'Maximum points: 20', 'a minimum number of joint degrees?' not by 'After four years the Commission
expects ...', 'the monthly grant' not by 'EUR 400,000 per full partner per year'.
"""

from __future__ import annotations

import re

from erasbot.guidance.counted_kinds import bounded_kinds, counted_kind
from erasbot.guidance.said_of import countries_named
from erasbot.guidance.scope import (
    SAYS_MAXIMUM,
    asked_rates,
    asks_maximum_count,
    counts_things,
    gives_rate,
    states_count,
    states_maximum_count,
)
from erasbot.guidance.selection import EVIDENCE
from erasbot.rules.country_mentions import find_country
from erasbot.text import fold

# money named in a question ('maximaal kosten', 'the maximum grant', 'högsta bidraget'; folded)
NAMES_SUM = re.compile(
    r"\b(?:kost\w*|costs?|kostnad\w*|kustannu\w*|bidrag\w*|subsid\w*|grants?|budget\w*|avustu\w*|rahaa|geld|money"
    r"|euro\w*|eur)\b"
)


# the largest sum asked ('het maximale subsidiebedrag', 'the maximum grant', 'högsta bidraget', 'enimmäisavustus';
# folded)
MAXIMUM_SUM = re.compile(r"\b(?:max\w*|hoogste|hogsta|storsta|enimmais\w*|suurin\w*|korkein\w*|largest|highest|most)\b")
RATE_UNITS = ("month", "week", "day", "hour", "participant")
# a number with no word after it, as a table cell gives a sum in its column's unit ('Green travel: 417'); not '60 dagen'
NUMBER = re.compile(r"(?<![\w\[-])\d(?:[\d.,]|\s(?=\d))*(?![\d.,]*\s*[^\W\d_])")


def gives_asked(text: str, kinds: set[str]) -> bool:
    """Does the text give a figure of a kind asked: a count of things (not a year, a sum or a length of time; 'Er is
    geen maximum aantal partners' bounds a count too), or a sum or a duration?"""
    return any(
        states_count(text) or states_maximum_count(text) if k == "count" else bool(EVIDENCE[k].search(text))
        for k in kinds
    )


# points asked ('the max score', 'maximum points', 'maxpoäng', 'enimmäispisteet', 'maximale punten'; folded)
SCORE_ASKED = re.compile(
    r"(?<!ects-)(?<!ects )(?<!studie)(?<!hogskole)(?<!opinto)\b(?:scores?|points?|poang|pisteet|pistetta|pistemaara\w*"
    r"|punten|punt|maxpoang|maxpisteet)\b"
)
POINTS_GIVEN = re.compile(r"\b\d+\s*(?:points?|poang|pistett\w*|pistee\w*|punten|punt)\b")
# a criterion's most points given ('Maxpoäng: 30 poäng', 'maximum 30 points', 'enintään 30 pistettä'; folded)
MAXIMUM_POINTS = re.compile(
    r"\bmax\w*\s*(?:score|points?|poang|pisteet|punten)\W*\d|\bmaxpoang\W*\d|\b(?:max(?:imum|imaal)?|hogst|enintaan)"
    r"\s+\d+\s*(?:points?|poang|pistetta|punten)\b|\bout of \d+ points\b|\bav \d+ poang\b"
)


def figure_not_quoted(
    question: str, asking: str, language: str, kinds: set[str], quoted: list[str], around: list[str]
) -> bool:
    """Is the figure the question asks missing from the quoted lines? `asking`: its asking sentence; `kinds`: the
    figures its wording asks (count, amount, duration); `around`: the headings and passages quoted from, where a rate
    may stand in a table's heading ('Amount per day')."""
    counted = counts_things(asking)
    # ('Hoeveel mag het projectmanagement maximaal kosten?' asks a sum)
    maximum = counted and not NAMES_SUM.search(fold(asking)) and asks_maximum_count(question, language)
    if SCORE_ASKED.search(fold(asking)) and not NAMES_SUM.search(fold(asking)):
        # 'the max score for impact and the minimum you need': a criterion's points, which 'Maxpoäng: 30 poäng'
        # gives (its maximum, where a maximum is asked); where no line gives them so, the checks below decide
        if any((MAXIMUM_POINTS if maximum else POINTS_GIVEN).search(fold(line)) for line in quoted):
            return False
    if maximum and not any(states_maximum_count(line) for line in quoted):
        return True  # a minimum given, or a maximum of something else (points)
    if maximum and (asked := counted_kind(asking)):
        bounded = set().union(*(bounded_kinds(line) for line in quoted))
        if bounded and asked not in bounded:
            return True  # the most partner organisations asked; 'maximaal 50 deelnemers' bounds people
    if "count" in kinds and counted and not any(gives_asked(line, kinds) for line in quoted):
        return True  # 'how much budget and how many alliances?' and a sentence naming years
    if kinds and other_country(asking, quoted):
        return True  # 'the Swedish national agency's budget' and 'het Nederlandse nationaal agentschap ... € 2.100.000'
    # ('met welk dagtarief ...?' asks a sum without 'how much')
    rates = asked_rates(question) if "amount" in kinds or not kinds else frozenset()
    if rates:
        return not any(gives_rate([*quoted, *around], rate) for rate in rates)
    # 'the maximum grant one institution can apply for' is no sum per month or per day: a table of rates does not give
    # it ('700 euro/mån', '79 euro/dag')
    sums = [line for line in quoted if EVIDENCE["amount"].search(line)]
    if (
        kinds == {"amount"}
        and MAXIMUM_SUM.search(fold(asking))
        and NAMES_SUM.search(fold(asking))  # money asked, not the most points ('the maximum score for relevance')
        and not sums
        and not any(NUMBER.search(line) for line in quoted)
    ):
        # 'het maximale subsidiebedrag' and 'maximaal één aanvraag per ronde': no sum at all (a table's bare
        # amounts, 'Green travel: 417', are sums in their column's unit)
        return True
    return (
        "amount" in kinds
        and bool(MAXIMUM_SUM.search(fold(asking)))
        and bool(sums)
        and not any(SAYS_MAXIMUM.search(fold(line)) for line in quoted)  # 'Maximum grant: EUR 450,000 ...' gives one
        and all(any(gives_rate([line], rate) for rate in RATE_UNITS) for line in sums)
    )


def other_country(asking: str, quoted: list[str]) -> bool:
    """Does the asking sentence ask of a country ('det svenska nationella kontoret', 'in Spain') that the quoted lines
    never name, while they name others ('het Nederlandse nationaal agentschap')? Their figure is another country's."""
    asked = find_country(asking)
    if asked is None:
        return False
    named = countries_named(" ".join(quoted)) | {c for line in quoted if (c := find_country(line))}
    return bool(named) and asked not in named
