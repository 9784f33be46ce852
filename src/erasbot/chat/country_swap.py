"""A follow-up that asks the last question of another country or kind of organisation: 'Entä sveitsiläinen yritys?'.

After 'Voiko norjalainen korkeakoulu olla mukana?' the fragment 'entä sveitsiläinen yritys?' asks the same
question of a Swiss company: the last question with its country word (and, when the fragment names a kind of
organisation, the kind it named) replaced by the fragment's words: 'Voiko sveitsiläinen yritys olla mukana?'.
Pure: the glossary and the two questions go in.
"""

from __future__ import annotations

import re

from erasbot.chat.country_status import CLAUSE_BREAK, PROGRAMME
from erasbot.chat.eligibility import TAKE_PART_VERB, find_country
from erasbot.forms import asks_yes_no
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.named_sources import named_sources
from erasbot.phrases import say
from erasbot.rules.countries import country_name
from erasbot.rules.country_mentions import countries_named

WORD = re.compile(r"[\w'-]+")
TRAILING = {"då", "da", "then", "sitten", "dan", "though", "också", "myös", "ook", "too"}  # words closing a fragment
# the glossary's topics that are kinds of organisation ('korkeakoulu', 'a company', 'een onderzoeksinstituut')
ORGANISATION_KINDS = frozenset(
    {
        "higher-education",
        "enterprises",
        "consultancies",
        "research-institutes",
        "associations",
        "public-authorities",
        "training-providers",
        "regulatory-bodies",
        "umbrella",
    }
)


def swap_country(fragment: str, previous: str, glossary: Glossary) -> str | None:
    """The previous yes/no question asked of the fragment's country (and kind of organisation); None when the
    fragment names no country, the previous question is no yes/no naming one, or its country word is not found."""
    country = find_country(fragment)
    before = find_country(previous)
    # ('Vi har parter på Island och i Turkiet – räknas de länderna dit?': the clause after the dash asks yes or no)
    yes_no = asks_yes_no(previous) or asks_yes_no(CLAUSE_BREAK.split(previous)[-1])
    if country is None or before is None or not yes_no or not _only_who(fragment, glossary):
        return None
    word = next((m for m in WORD.finditer(previous) if find_country(m.group()) == before), None)
    if word is None:
        return None
    kinds = [c for c in glossary.find(fragment) if c in ORGANISATION_KINDS]
    start, end = word.span()
    if kinds:  # the kind the last question named goes too ('norjalainen korkeakoulu' -> 'sveitsiläinen yritys')
        spans = [s for c in glossary.find(previous) if c in ORGANISATION_KINDS for s in glossary.spans_of(c, previous)]
        near = [s for s in spans if s[0] >= end and s[0] - end <= 2 or s[1] <= start and start - s[1] <= 2]
        for a, b in near:
            start, end = min(start, a), max(end, b)
    words = fragment.strip(" ?!.").split()
    while words and words[-1].lower().strip(",") in TRAILING:  # 'ett universitet i Schweiz då?'
        words = words[:-1]
    preceding = previous[:start].split()
    if words and preceding and words[0].lower() == preceding[-1].lower():  # 'a', 'from' said once
        words = words[1:]
    return f"{previous[:start]}{' '.join(words)}{previous[end:]}"


def swap_kind(fragment: str, previous: str, glossary: Glossary) -> str | None:
    """The previous question asked of the fragment's kind of organisation, when the fragment names only that kind
    and the previous question named another: 'entä yritykset?' after 'Millaisia tuloksia odotetaan korkeakoulujen
    näkökulmasta?' asks the results from the companies' point of view, not what companies are needed. None when
    the fragment names a country (swap_country's), anything but a kind, or the previous question no other kind."""
    if find_country(fragment) is not None or not _only_who(fragment, glossary):
        return None
    if len(glossary.without(fragment, ORGANISATION_KINDS).split()) > KIND_FILLERS:
        return None  # 'och om vi är med via en paraplyorganisation då?' tells a case, it names no other kind
    kinds = {c for c in glossary.find(fragment) if c in ORGANISATION_KINDS}
    before = [c for c in glossary.find(previous) if c in ORGANISATION_KINDS and c not in kinds]
    if not kinds or len(before) != 1:
        return None
    spans = sorted(glossary.spans_of(before[0], previous))
    if not spans:
        return None
    start, end = spans[0]
    word_end = re.match(r"[\w-]*", previous[end:])  # the whole word the kind begins ('korkeakoulu|jen')
    end += word_end.end() if word_end else 0
    words = fragment.strip(" ?!.").split()
    article = re.search(r"\b(?:a|an|en|ett|een)\s+$", previous[:start], re.IGNORECASE)
    if article:  # 'Can a university …' + 'and companies?': the article goes with the kind it went with
        start = article.start()
    return f"{previous[:start]}{' '.join(words)}{previous[end:]}" if words else None


KIND_FILLERS = 2  # words besides the kind a fragment naming only another kind has ('and the companies?')
FILLER_MAX = 4  # letters of a word that may stand beside them ('a', 'from', 'ett', 'een', 'uit')


def _only_who(fragment: str, glossary: Glossary) -> bool:
    """Does the fragment name only who: a country and a kind of organisation, with short words between
    ('a Swiss company', 'from Turkey'), not anything else ('the weather in Turkey')?"""
    spans = [s for c in glossary.find(fragment) if c in ORGANISATION_KINDS for s in glossary.spans_of(c, fragment)]
    for word in WORD.finditer(fragment):
        inside = any(a <= word.start() and word.end() <= b for a, b in spans)
        if not (inside or len(word.group()) <= FILLER_MAX or find_country(word.group())):
            return False
    return True


def country_asked_of_takers(fragment: str, previous: str, glossary: Glossary, lang: str) -> str | None:
    """'what about Norway?', 'och Island?' after a question on who may take part that named no country: whether
    organisations from that country may take part (the rules and the programme-country table answer it). None when the
    fragment names no country or more than it, or names a source ('the Finnish page'), or the last question asked no
    such thing."""
    country = find_country(fragment)
    if country is None or find_country(previous) is not None or not TAKE_PART_VERB.search(previous):
        return None
    if named_sources(fragment):  # 'and the Finnish page?': the text of that country's agency, not its organisations
        return None
    if not _only_who(fragment, glossary) and not PROGRAMME.search(fragment):
        return None
    return say(lang, "chat.country_takes_part", country=country_name(country, lang))


def country_asked_of_coordinators(fragment: str, previous: str, glossary: Glossary, lang: str) -> str | None:
    """'what about a Swiss VET provider as the lead then?' after a question on who may lead the consortium that named
    no country: whether an organisation from that country may coordinate (the rules and the programme-country table
    answer it). None when the fragment names no country or more than one, the last question names one, or the fragment
    names no leading role."""
    country = find_country(fragment)
    if country is None or len(countries_named(fragment)) > 1 or find_country(previous) is not None:
        return None
    if named_sources(fragment) or not glossary.occurs("coordinator", fragment):
        return None  # 'and a Norwegian university?' after who coordinates asks whether it may take part
    return say(lang, "chat.country_coordinates", country=country_name(country, lang))


# the same asked of other countries ('och i Finland och Danmark, gäller samma sak där?', 'is it the same for Norway?',
# 'pätevätkö samat säännöt Virossa?', 'geldt hetzelfde voor België?')
SAME = re.compile(
    r"\b(?:same|samma|detsamma|likadant|likadan|sama\w*|samoin|hetzelfde|dezelfde|zelfde)\b", re.IGNORECASE
)


def same_elsewhere(fragment: str, previous: str, lang: str) -> str | None:
    """The previous question, of any form, asked of the countries the fragment names when it asks whether the same
    holds there: its country word replaced by theirs ('Vilka typer av organisationer måste vi ha med från Sverige?'
    -> '... från Finland och Danmark?'); None when the fragment names no country or asks no 'same', or the previous
    question names none."""
    named = countries_named(fragment)
    before = find_country(previous)
    if not named or before is None or before in named or not SAME.search(fragment):
        return None
    word = next((m for m in WORD.finditer(previous) if find_country(m.group()) == before), None)
    if word is None:
        return None
    names = [country_name(code, lang) for code in named]
    joined = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {say(lang, 'and')} {names[-1]}"
    return f"{previous[: word.start()]}{joined}{previous[word.end() :]}"
