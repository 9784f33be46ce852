"""A question asking when, answered from an added guide: the sentence giving the date (in the calendar first, then
a time within or after which something is done) leads over a better-scored one giving none."""

from __future__ import annotations

import re

from erasbot.guidance.added_marks import gives_calendar_date
from erasbot.guidance.added_scoring import Asking
from erasbot.guidance.added_words import coverage
from erasbot.guidance.cross_words import COMPOUNDING
from erasbot.guidance.lexical import tokens
from erasbot.guidance.units import MONTHS, figure_units
from erasbot.text import fold

INSIDE_MIN_CHARS = 3  # an own word this long found inside a compound word names it
DATED_SHARE = 0.75  # a sentence giving the date asked leads over a better one giving none when it scores this close
MONTH_SHARE = 0.6  # a sentence giving a date in the month the question names leads when it scores this close
# the months' names ('huhtikuussa' in its case), 'may' being the English verb too
MONTH_WORDS = [(fold(m), i % 12 + 1) for i, m in enumerate(MONTHS) if m != "may"]
NUMERIC_DATE = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](?:\d{4}|\d{2})\b")


def asked_month(question: str) -> int | None:
    """The month a question names (1-12): 'Mikä on DL tarkalleen huhtikuussa?' asks the date in April."""
    for word in re.findall(r"[^\W\d_]+", fold(question)):
        for name, month in MONTH_WORDS:
            if word == name or (name.endswith("kuu") and word.startswith(name)):  # Finnish in its cases
                return month
    return None


def gives_month(sentence: str, month: int) -> bool:
    """Does the sentence give a date in the month, by number ('15.4.2027') or by name ('15 April 2027')?"""
    if any(int(m) == month for _, m in NUMERIC_DATE.findall(sentence)):
        return True
    return asked_month(sentence) == month


def dated_first(candidates: list, asking: Asking, question: str = "") -> list:
    """For a question asking when, the best sentence giving a date that names one of the question's own words leads
    over a better-scored one giving none, when it scores nearly as high: the date is the figure asked for ('closes at
    17:00:00 on 11 June 2026' over 'Proposals are submitted in the Electronic Submission System'). A date in the
    calendar first, then a time ('within 60 days after the end'): 'at the latest 10 days before the deadline' is
    another thing's time. A date naming nothing asked, nor under a heading naming it, is another thing's too ('version
    1 of 12 November 2025' in the introduction).
    A question whose words the guide's language does not read (put in Dutch to an English guide) names nothing in
    it: of the dates scoring nearly as high, the one closest to it by meaning leads."""
    if not candidates:
        return candidates
    month = asked_month(question)
    if month is not None:  # 'the deadline in April': the date in April, of those scoring nearly as high
        in_month = [c for c in candidates if c[0] >= MONTH_SHARE * candidates[0][0] and gives_month(c[2], month)]
        if in_month:
            return [in_month[0], *(c for c in candidates if c is not in_month[0])]
    close = [c for c in candidates if c[0] >= DATED_SHARE * candidates[0][0]]
    read = any(asking.own.get(c[1].chunk.language) for c in close)
    # 'how much time do we have after the end date?' asks a time within which, not the calendar: the best of either
    tiers = (gives_date,) if "duration" in asking.kinds else (gives_calendar_date, gives_date)
    for gives in tiers:
        dated = [c for c in close if gives(c[2]) and (not read or _names_own(c, asking))]
        if not dated:
            continue
        chosen = dated[0] if read else max(dated, key=lambda c: c[3])
        return candidates if chosen is candidates[0] else [chosen, *(c for c in candidates if c is not chosen)]
    return candidates


def _names_own(candidate, asking: Asking) -> bool:
    """Does a scored sentence, or its section's heading, name one of the question's own words (in its document's
    language)? 'The submission system closes ... on 11 June 2026' under '4. Timetable and deadlines'."""
    lang = candidate[1].chunk.language
    own = asking.own.get(lang, set())
    heading = candidate[1].chunk.heading if candidate[1].chunk.heading != candidate[1].chunk.title else ""
    words = set(tokens(candidate[2], lang)) | set(tokens(heading, lang))
    if coverage(words, own, asking.rarity) > 0:
        return True
    # in a language that compounds, an own word inside a word of it ('sök' in 'ansökan', 'skicka in den innan ...')
    return lang in COMPOUNDING and any(len(o) >= INSIDE_MIN_CHARS and o in w for o in own for w in words)


def gives_date(sentence: str) -> bool:
    """Does a sentence give a date, or a time in days, weeks, months or years?"""
    return "date" in figure_units(sentence)
