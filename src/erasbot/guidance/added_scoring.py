"""The score of one sentence of an added guide against what a question asks (`Asking`, read once per question):
its cosine, the question's own words and topics, the figure and unit asked, the aspect, cases and examples."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from erasbot.guidance.added_asks import DURATION_WORD, EXCHANGE_RATE, HOW_LONG, PLACE_GIVEN
from erasbot.guidance.added_glosses import defines_named, with_glosses
from erasbot.guidance.added_marks import (
    ABOUT_THE_GUIDE,
    POINTER,
    counts_people_in,
    defines_asked,
    gives_verdict,
    in_band,
    is_example,
    refers_back,
    says_not,
    section_number,
    states_call_budget,
)
from erasbot.guidance.added_places import counts_countries, lists_countries, on_country
from erasbot.guidance.added_rows import caption_of, row_values
from erasbot.guidance.added_words import closeness_on, coverage
from erasbot.guidance.aspects import AspectCues
from erasbot.guidance.corpus import is_bullet
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.lexical import tokens
from erasbot.guidance.retrieval import Hit
from erasbot.guidance.said_of import other_holder, sentence_holder, states_limit
from erasbot.guidance.scope import says_out_of_scope
from erasbot.guidance.selection import EVIDENCE, with_list
from erasbot.guidance.units import FIGURE, TIMES, figure_rates, figure_units, rates_named, units_named
from erasbot.rules.country_mentions import countries_named
from erasbot.text import fold

# in an added document the cosine weighs most, the glossary's topics least (see added_sentences)
ADDED_SIMILARITY_WEIGHT = 4.0
ADDED_WORDS_WEIGHT = 1.5
GLOSS_CLOSENESS = 0.5  # the share of its cosine a sentence spelling out a name the question uses keeps
ADDED_TOPIC_WEIGHT = 0.5
ADDED_OPENING_PENALTY = 1.5
ADDED_OWN_WEIGHT = 5.0  # the question's own words in the sentence, by their rarity in the document
ADDED_HEADING_WEIGHT = 2.0  # the question's own words in the passage's heading, by their rarity
ADDED_UNIT_BONUS = 2.0  # a figure in the unit the question asks for
STEP_ONE_BONUS = 2.0  # the first of a procedure's numbered steps, for a question asking the steps
NUMBERED_STEP = re.compile(r"^\W*(\d{1,2})[.)]\s")  # '1. Zorg dat je organisatie een OID heeft.'
ADDED_SHARE_BONUS = 2.5  # a percentage, for a question asking what share ('how much of our grant may go to ...'); a
# sum without one (a rate table's 'EUR 720 per month'), as much less
ADDED_NEGATION_BONUS = 2.0  # for a question asking what is NOT (covered, allowed), a sentence or section saying 'not'
ADDED_RATE_BONUS = 2.0  # a figure per the unit of time asked ('per month?': 'EUR 1,400 per month', not '24 months')
ADDED_RANGE_BONUS = 2.0  # a band holding the question's own figure ('about 1,800 km': '500 to 1 999 km')
ADDED_ELSEWHERE_PENALTY = 2.0  # a sentence on another programme period than the guide's and the question's: a row of
# a table setting the guide's action beside an older one ('Strategisch partnerschap (KA202, 2014-2020): ...'). Action
# codes are left alone: a guide often names its own code nowhere in its title ('KA220-ADU' in a Swedish guide)
ADDED_BUDGET_PENALTY = 3.0  # a call's or a country's budget, for a question asking what a project gets
ADDED_EXAMPLE_PENALTY = 2.0  # a worked example's figures are not the rule (unless an example is asked for)
ADDED_ASPECT_BONUS = 1.0  # the aspect the question asks, in the cue words of the document's language
ADDED_HOLDER_BONUS = 2.0  # a duration said of what the question asks it of (the project, or an activity)
ADDED_LIMIT_BONUS = 3.0  # a limit on participants, for a question giving a number of people
ADDED_DEFINES_BONUS = 3.0  # for a comparison, an item defining one of the things compared ('Associated partners: ...')
ADDED_COUNTRIES_BONUS = 3.0  # for a question asking which countries, a sentence naming several (and as much less
# for one giving how many countries a consortium needs and naming none)
ADDED_CASE_BONUS = 3.5  # for a yes/no question on a case ('if ... by train', 'when a learner with a disability ...'),
# the sentences naming the case's rarest word (added_words.case_word)
# a sentence pointing to other sections ('eligible organisations (section 3), a lump sum of one of the two amounts
# (section 7.1), ...') summarises the rules it points to: each pointer (three at most) costs this much
ADDED_POINTER_PENALTY = 1.0
ADDED_POINTED_BONUS = 2.0  # a sentence naming the question's own words in a section the best sentences point to:
# the rule itself, where they only point to it ('extend the duration of the project (section 6.1)')
ADDED_VERDICT_WEIGHT = 4.0  # for a yes/no question, a table row deciding a case ('...; Eligible?: No; Why: ...'), by
# the share of the question's own words it names (the row on the very case asked, not every row of the table)
POINTERS_COUNTED = 3


@dataclass(frozen=True)
class Asking:
    """What a question asks of an added guide's sentences, read once: the figures (kinds, units, rates, a share,
    quantities in a band), its words (own words by the document's language, with their rarity), its topics and
    aspect, and what it looks for (a negation, an example, a limit, a case, a definition for a comparison)."""

    kinds: frozenset[str]
    units: frozenset[str]
    rates: frozenset[str]
    negated: bool
    share: bool
    wants_example: bool
    quantities: frozenset[tuple[int, str]]
    holder: str | None
    wants_limit: bool
    compares: bool
    yes_no: bool
    named_case: str | None
    topics: tuple[str, ...]
    aspects: tuple[str, ...]
    asked_words: frozenset[str]
    own: dict[str, set[str]]
    subject_words: frozenset[str]
    rarity: dict[str, float]
    scales: list[dict[str, float]]
    pointed: frozenset[str] = frozenset()  # the sections the best sentences point to ('section 6.1')
    named_subjects: frozenset[str] = frozenset()  # the periods and action codes the question names ('2014-2020')
    country: str | None = None  # the word naming the country whose organisations it asks may take part (added_places)
    budget: bool = False  # it asks for a budget or a total (what a call or country has), not one project's grant
    countries: bool = False  # it asks which countries: a sentence naming them answers (added_places)
    exchange_rate: bool = False  # it asks which rate converts sums (added_asks): a sentence naming a rate answers
    where: bool = False  # it asks where something is done (added_asks): a sentence naming a platform or address answers
    named_countries: frozenset[str] = frozenset()  # the countries (codes) the asking sentence names, several at least
    steps: bool = False  # it asks the steps of a procedure (added_asks): a numbered list's items answer
    # per document language, the words standing for a name the document spells out once ('EPS': 'Erasmus Policy
    # Statement'; added_glosses)
    glosses: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)


def gives_kind(sentence: str, kinds) -> bool:
    """Does the sentence give a figure of one of these kinds (count, amount, duration)?"""
    return any(EVIDENCE[kind].search(sentence) for kind in kinds)


FAQ_ANSWER_SENTENCES = 2  # the sentences under a question heading that answer it


def sentence_score(
    asking: Asking,
    rank: int,
    hit: Hit,
    k: int,
    sentence: str,
    glossary: Glossary,
    weights: dict[str, float],
    cues: AspectCues,
) -> tuple[float, float]:
    """The score of the k-th sentence of the rank-th passage, and the part of it its cosine makes."""
    lang = hit.chunk.language
    own = asking.own.get(lang, set())
    heading = hit.chunk.heading if hit.chunk.heading != hit.chunk.title else ""
    # the question's own words in the passage's heading: in a long guide the section says what a
    # sentence is about ('22. Green practices'), its sentences repeat the same wording section after section
    on_heading = coverage(set(tokens(heading, lang)), own, asking.rarity) if heading else 0.0
    # a sentence introducing a list says what its items say ('The following activities cannot be funded:'
    # and its item 'language courses', too short to be scored on its own)
    words = set(tokens(sentence if is_bullet(sentence) else with_list(sentence, hit.chunk.text), lang))
    # a table row is read with its table's caption: what its figures are of, and in which unit ('Maximum daily staff
    # rates (EUR per day)' over 'Staff category: Teacher educator; Group 3: 177')
    caption = caption_of(sentence, hit.chunk.text) if is_bullet(sentence) else ""
    words |= {w for w in tokens(caption, lang) if not any(ch.isdigit() for ch in w)}  # not its table's number
    if heading and refers_back(sentence) and (not asking.kinds or gives_kind(sentence, asking.kinds)):
        # 'It lasts from 2 days to 2 months' gives the figure asked of what its section's heading names ('Staff
        # mobility for training'): the heading's words are its own
        last_part = heading.rsplit(" – ", 1)[-1]
        words |= set(tokens(last_part, lang))
    # 'EPS:n on oltava ...' names the Erasmus Policy Statement as the sentence spelling it out does
    words = with_glosses(words, asking.glosses.get(lang, {}))
    if heading.rstrip().endswith("?") and k < FAQ_ANSWER_SENTENCES:
        # a FAQ's question as its heading ('Hoe lang moeten we bewijsstukken bewaren?'): the answer under it
        # ('Vijf jaar na de betaling van het saldo.') says what the question asks, in the question's words
        # ('hoe lang' read as the word for a duration, as in the question: added_asks.HOW_LONG)
        asked = HOW_LONG.sub(f" {DURATION_WORD.get(lang, 'duration')} ", fold(heading.rsplit(" – ", 1)[-1]))
        words |= set(tokens(asked, lang))
    if is_bullet(sentence) and (asked_cell := row_question(sentence)):
        # a row of a table of questions and answers ('Fråga: Kan vi byta ut en partner ...?; Svar: Ja, ...'): its
        # question says what the row answers, as a FAQ's heading does
        score_row = ADDED_HEADING_WEIGHT * coverage(set(tokens(asked_cell, lang)), own, asking.rarity)
    else:
        score_row = 0.0
    overlap = len(words & asking.asked_words) / (1 + len(asking.asked_words))
    named = sum(weights.get(c, 1.0) for c in asking.topics if glossary.occurs(c, sentence))
    score = ADDED_WORDS_WEIGHT * overlap + ADDED_TOPIC_WEIGHT * named + 0.5 / (1 + rank)
    score += ADDED_HEADING_WEIGHT * on_heading + score_row
    own_share = coverage(words, own, asking.rarity)
    score += ADDED_OWN_WEIGHT * own_share
    if own_share and asking.pointed and section_number(hit.chunk.heading) in asking.pointed:
        score += ADDED_POINTED_BONUS
    if asking.yes_no and gives_verdict(sentence):  # by the words of its cells, not the headings every row has
        score += ADDED_VERDICT_WEIGHT * coverage(set(tokens(row_values(sentence), lang)), own, asking.rarity)
    closeness = ADDED_SIMILARITY_WEIGHT * closeness_on(f"{hit.chunk.chunk_id}/{k}", asking.scales)
    if "about" not in asking.aspects[:1] and defines_named(sentence, lang, own):
        # the sentence spelling out the name the question uses is close to it by that name, not by what it asks of
        # the thing ('the max length of the Erasmus Policy Statement')
        closeness *= GLOSS_CLOSENESS
    score += closeness
    if hit.chunk.heading == hit.chunk.title:  # the opening says what the document is, seldom a rule
        score -= ADDED_OPENING_PENALTY
    elif ABOUT_THE_GUIDE.search(fold(hit.chunk.heading.rsplit(" – ", 1)[-1])) and not says_out_of_scope(sentence):
        score -= ADDED_OPENING_PENALTY  # '1.1 Purpose of the guide': what it explains, every topic named once
    if gives_kind(sentence, asking.kinds):
        score += 1.0
    given = figure_units(sentence)
    rates = figure_rates(sentence)
    if caption and FIGURE.search(sentence):  # the row's figures are in the caption's unit ('EUR per day')
        given |= units_named(caption)
        rates |= rates_named(caption)
    score += _figure_score(asking, sentence, heading, given, rates)
    on_case = (not asking.named_case or asking.named_case in words) and (not asking.country or asking.country in words)
    if (
        not asking.wants_example
        and is_example(sentence, heading)
        and not (asking.yes_no and gives_verdict(sentence) and on_case)
    ):
        # 'Example: 120 ECTS programme ...', 'Annex 1. Example of a budget'; a table of example cases deciding each
        # ('Examples of eligible and ineligible partnerships') answers a yes/no question on a case, when it is on
        # the very case asked (the country named)
        score -= ADDED_EXAMPLE_PENALTY
    if asking.aspects and asking.aspects[0] in cues.asked(sentence, lang):
        score += ADDED_ASPECT_BONUS
    score += _figure_fit(sentence, given, asking.holder, asking.wants_limit)
    if asking.countries:  # the countries asked for by name answer; how many countries a consortium needs does not
        score += ADDED_COUNTRIES_BONUS * (lists_countries(sentence) - counts_countries(sentence))
    if asking.named_case and asking.named_case in words or on_country(sentence, words, asking.country):
        score += ADDED_CASE_BONUS  # the sentence on the very case asked about, not the general rule
    elif len(asking.named_countries & set(countries_named(sentence))) >= 2:
        # 'partners uit Noorwegen en Turkije' asked in Dutch, 'Norge och Turkiet är tredjeländer ...' in the guide's
        # Swedish: the sentence on the very countries asked about (two of them at least), whatever language names them
        score += ADDED_CASE_BONUS
    if "amount" in asking.kinds and not asking.budget and states_call_budget(sentence):
        score -= ADDED_BUDGET_PENALTY  # 'Sweden has some EUR 3.2 million for these partnerships': no project's grant
    if not asking.compares and speaks_of_elsewhere(sentence, hit, asking.named_subjects):
        score -= ADDED_ELSEWHERE_PENALTY
    gives_asked = not asking.kinds or gives_kind(sentence, asking.kinds)
    if asking.compares and gives_asked and defines_asked(sentence, lang, own, set(asking.subject_words)):
        score += ADDED_DEFINES_BONUS  # 'the difference between full and associated partners': their definitions
    return score, closeness


# a row's cell asking a question ('Fråga: Kan vi byta ut en partner under projektets gång?; Svar: ...', 'Kan ...?; ...')
ROW_QUESTION = re.compile(r"^(?:[•\-*]\s*)?(?:[^:;?]{1,20}:\s*)?(?P<q>[^;?]{8,200}\?)\s*;")


def row_question(sentence: str) -> str | None:
    """The question a row of a questions-and-answers table asks in its first cell, or None."""
    found = ROW_QUESTION.match(sentence.strip())
    return found.group("q") if found else None


def _figure_score(asking: Asking, sentence: str, heading: str, given: frozenset[str], rates: frozenset[str]) -> float:
    """What the sentence's figures and wording add for the figure asked: its unit, a band holding the question's
    figure, its rate, a negation asked for, a share; less for each pointer to another section."""
    score = 0.0
    if asking.units & given and (not asking.rates or "euro" in given or gives_kind(sentence, asking.kinds)):
        # a figure in the very unit asked: per day, in ECTS, in participants; for a sum asked per month, a sum (its
        # caption's 'EUR per day' too; a number of months alone is no answer to 'how much per month?')
        score += ADDED_UNIT_BONUS
    if asking.quantities and in_band(sentence, set(asking.quantities)):
        score += ADDED_RANGE_BONUS  # the row of a table by distance, duration or age that the case falls in
    if asking.rates and asking.rates & rates:
        score += ADDED_RATE_BONUS
    if asking.negated and (says_not(sentence) or says_not(heading.rsplit(" – ", 1)[-1])):
        score += ADDED_NEGATION_BONUS  # 'The grant does not cover ...', '5.3 Costs not covered by the grant'
    if asking.steps and (step := NUMBERED_STEP.match(sentence)):
        # 'Welke stappen ...?': the procedure's numbered steps, its first the most (the list is shown from there)
        score += ADDED_UNIT_BONUS + (STEP_ONE_BONUS if step.group(1) == "1" else 0.0)
    if asking.where and PLACE_GIVEN.search(fold(sentence)):
        score += ADDED_UNIT_BONUS  # 'You apply online on the Erasmus+ and European Solidarity Corps platform.'
    if asking.exchange_rate and EXCHANGE_RATE.search(fold(sentence)):
        score += ADDED_UNIT_BONUS  # 'the Commission's monthly accounting rate (InforEuro)': the rate asked for
    if asking.share and "percent" in given:
        score += ADDED_SHARE_BONUS
    elif asking.share and "euro" in given:
        score -= ADDED_SHARE_BONUS
    score -= ADDED_POINTER_PENALTY * min(len(POINTER.findall(sentence)), POINTERS_COUNTED)
    return score


def _figure_fit(sentence: str, given: frozenset[str], holder: str | None, wants_limit: bool) -> float:
    """How well a sentence's figure fits what it is asked of: a duration of the project or of an activity,
    as asked (the other's, less); for a question giving a number of people, a limit on participants."""
    fit = 0.0
    if holder is not None and given & set(TIMES) and EVIDENCE["duration"].search(sentence):
        said = sentence_holder(sentence)
        if said == holder:
            fit += ADDED_HOLDER_BONUS
        elif other_holder(holder, said):
            fit -= ADDED_HOLDER_BONUS
    if wants_limit and states_limit(sentence) and counts_people_in(sentence):
        fit += ADDED_LIMIT_BONUS
    return fit


PERIOD_YEARS = 6  # a programme period runs seven years: 2014-2020, 2021-2027
# a span of years ('2014-2020', '2025–2026')
SUBJECT_MARK = re.compile(r"\b20\d\d\s*[-–]\s*20\d\d\b")


def subject_marks(text: str) -> frozenset[str]:
    """The programme periods a text names ('2014-2020'); a span of other years ('2025-2026', an academic year) is
    no programme period."""
    marks = (re.sub(r"\s*[-–]\s*", "-", m) for m in SUBJECT_MARK.findall(text))
    return frozenset(m for m in marks if int(m[5:9]) - int(m[:4]) == PERIOD_YEARS)


def speaks_of_elsewhere(sentence: str, hit: Hit, named: frozenset[str]) -> bool:
    """Does the sentence name a programme period other than its guide's (title, period) and the question's?"""
    own = subject_marks(f"{hit.chunk.title} {hit.chunk.period or ''}") | named
    return bool(subject_marks(sentence) - own)
