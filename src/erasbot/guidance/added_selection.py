"""Which sentences of a document a user added answer a question: scored by their cosine, the question's own
words and topics (across languages), the figure and unit asked, the aspect, lists, cases and examples."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from itertools import pairwise

from erasbot.forms import asking_part, asks_comparison, infer_form
from erasbot.guidance.aspects import AspectCues, load_aspect_cues
from erasbot.guidance.corpus import BULLET, is_bullet, split_sentences
from erasbot.guidance.cross_words import load_cross_words
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.lexical import tokens
from erasbot.guidance.reading.model import row_kind
from erasbot.guidance.retrieval import Hit, Query
from erasbot.guidance.said_of import asked_holder, counts_people, other_holder, sentence_holder, states_limit
from erasbot.guidance.scope import says_out_of_scope
from erasbot.guidance.selection import ADDED_PASSAGES, COMPOUNDING, EVIDENCE, SUM_CONCEPTS, similarity_range, with_list
from erasbot.guidance.units import TIMES, asked_units, asks_share, figure_rates, figure_units, rates_named
from erasbot.text import fold, one_slip

# in an added document the cosine weighs most, the glossary's topics least (see added_sentences)
ADDED_SIMILARITY_WEIGHT = 4.0
ADDED_WORDS_WEIGHT = 1.5
ADDED_TOPIC_WEIGHT = 0.5
ADDED_OPENING_PENALTY = 1.5
ADDED_OWN_WEIGHT = 5.0  # the question's own words in the sentence, by their rarity in the document
ADDED_HEADING_WEIGHT = 2.0  # the question's own words in the passage's heading, by their rarity
ADDED_UNIT_BONUS = 2.0  # a figure in the unit the question asks for
ADDED_SHARE_BONUS = 2.5  # a percentage, for a question asking what share ('how much of our grant may go to ...'); a
# sum without one (a rate table's 'EUR 720 per month'), as much less
ADDED_NEGATION_BONUS = 2.0  # for a question asking what is NOT (covered, allowed), a sentence or section saying 'not'
ADDED_RATE_BONUS = 2.0  # a figure per the unit of time asked ('per month?': 'EUR 1,400 per month', not '24 months')
ADDED_RANGE_BONUS = 2.0  # a band holding the question's own figure ('about 1,800 km': '500 to 1 999 km')
ADDED_EXAMPLE_PENALTY = 2.0  # a worked example's figures are not the rule (unless an example is asked for)
ADDED_ASPECT_BONUS = 1.0  # the aspect the question asks, in the cue words of the document's language
ADDED_HOLDER_BONUS = 2.0  # a duration said of what the question asks it of (the project, or an activity)
ADDED_LIMIT_BONUS = 3.0  # a limit on participants, for a question giving a number of people
ADDED_LIST_BONUS = 2.0  # a sentence introducing a list, for a "which ...?" question
ADDED_DEFINES_BONUS = 3.0  # for a comparison, an item defining one of the things compared ('Associated partners: ...')
TERM_MAX_WORDS = 6  # the words before an item's colon that name what it defines
ADDED_CASE_BONUS = 3.5  # for a yes/no question on a case ('if ... by train', 'when a learner with a disability ...'),
CASE_MAX_SENTENCES = 3
# a sentence pointing to other sections ('eligible organisations (section 3), a lump sum of one of the two amounts
# (section 7.1), ...') summarises the rules it points to: each pointer (three at most) costs this much
ADDED_POINTER_PENALTY = 1.0
POINTER = re.compile(
    r"\b(?:sections?|avsnitt(?:et)?|kohda(?:ssa|n)?|kohta|paragra(?:af|ph)|sectie|hoofdstuk|chapter|kapitel)"
    r"\s+\d+(?:\.\d+)*",
    re.IGNORECASE,
)  # ... the sentences naming the case's rarest word, when at most this many do


def added_sentences(
    query: Query,
    hits: list[Hit],
    glossary: Glossary,
    weights: dict[str, float],
    similarity: dict[str, float],
    cues: AspectCues | None = None,
    beside_similarity: dict[str, float] | None = None,
):
    """Sentences of an added document's passages, best first, as (score, hit, sentence, closeness).

    Scored like `candidate_sentences`, but over more of its passages and with what the question asks
    deciding which sentence leads, not what the document is about (every sentence of a guide is close to
    its subject, so the cosine alone favours the opening's): the question's own words, each weighing by
    how rare it is among the document's sentences ('count towards' over 'partner'); the aspect it asks
    (aspects.py's cue words, read in the document's language: 'how many' meets 'at least'); the unit it
    asks a figure in (a sum per day, ECTS credits, participants: units.py); and the glossary's topics.
    `beside_similarity`: the cosine of the question without the action's name (engine.py), averaged with the
    whole question's, so a question in another language still meets the sentence on what it asks.
    The figure asked for is read from the question's wording alone, so a sentence giving a count, a sum
    or a duration rises when one is asked."""
    cues = cues or load_aspect_cues()
    kinds = glossary.question_kinds(query.text) & set(EVIDENCE)
    if "wh" in glossary.question_kinds(query.text) and set(query.concepts) & SUM_CONCEPTS:
        kinds.add("amount")  # 'which lump sums', 'what is the maximum grant': sums are asked for
    if asks_extra_money(query.text):
        kinds.add("amount")  # 'is there extra money if ...?': the sum the case gets
    # the words of the documents' titles name their subject, which every passage shares: not what is asked
    subject_words = {w for h in hits for w in tokens(h.chunk.title, h.chunk.language)}
    query = replace(query, focus_tokens=tuple(w for w in query.focus_tokens if w not in subject_words))
    asked_words = set(query.focus_tokens)
    plain = glossary.without_actions(query.text)
    # a topic counts when the question names it beside the action ('innovation' in 'allians för innovation' does not)
    beside = set(glossary.find(plain))
    topics = [c for c in query.concepts if glossary.concepts[c].kind == "topic" and c in beside]
    aspects = cues.asked(plain, query.language)
    units = asked_in_units(plain)
    rates = rates_named(plain)  # 'how much per month': a sum per month answers, not a number of months
    negated = says_not(asking_part(query.text))  # 'which costs are not covered?', 'vilka kostnader täcks inte?'
    share = asks_share(asking_part(query.text))  # 'how much of our grant ...': the percentage answers, not the rates
    wants_example = bool(EXAMPLE.search(fold(query.text)))
    quantities = asked_quantities(query.text)
    # what a duration is asked of (the project, or an activity), read in the asking sentence (after context)
    holder = asked_holder(asking_part(query.text)) if "duration" in kinds or units & set(TIMES) else None
    wants_limit = counts_people(query.text)  # '40 students; can they all take part?': the limit answers
    wants_list = cues.wants_list(plain, query.language) and not offers_choice(query.text)
    compares = asks_comparison(query.text)
    case = case_words(query.text) if infer_form(query.text) == "yes_no" else ""
    scored = [
        (rank, hit, k, sentence)
        for rank, hit in enumerate(hits[:ADDED_PASSAGES])
        for k, sentence in enumerate(split_sentences(hit.chunk.text))
        if not (is_bullet(sentence) and len(sentence) < 40)
    ]
    ids = [f"{h.chunk.chunk_id}/{k}" for _, h, k, _ in scored]
    scales = [_scale({i: sims[i] for i in ids if i in sims}) for sims in (similarity, beside_similarity or {})]
    rarity = _rarity([tokens(s, h.chunk.language) for _, h, _, s in scored])
    named_case = _case_word(case, [(h.chunk.language, s) for _, h, _, s in scored], query.language)
    languages = {h.chunk.language for h in hits}
    # the words asking how long ('how long', 'hur länge') ask for a duration: 'long' would meet every 'long-term' of
    # the guide, whatever the question asks about; they are read as the word for a duration ('Duration of the project')
    content = HOW_LONG.sub(f" {DURATION_WORD.get(query.language, 'duration')} ", fold(plain))
    own = {lang: (_read_in(content, query.language, lang) - subject_words) for lang in languages}
    for lang in languages - {query.language}:  # a question put to a document in another language
        own[lang] = _in_document_language(own[lang], content, query.language, lang, rarity) - subject_words
    if query.language in own:  # a slip of typing is read as the document's word only in the document's language
        own[query.language] = _spelled_as(own[query.language], rarity)
        asked_words = _spelled_as(asked_words, rarity)
    candidates = []
    for rank, hit, k, sentence in scored:
        lang = hit.chunk.language
        heading = hit.chunk.heading if hit.chunk.heading != hit.chunk.title else ""
        # the question's own words in the passage's heading: in a long guide the section says what a
        # sentence is about ('22. Green practices'), its sentences repeat the same wording section after section
        on_heading = _coverage(set(tokens(heading, lang)), own.get(lang, set()), rarity) if heading else 0.0
        # a sentence introducing a list says what its items say ('The following activities cannot be funded:'
        # and its item 'language courses', too short to be scored on its own)
        words = set(tokens(sentence if is_bullet(sentence) else with_list(sentence, hit.chunk.text), lang))
        if heading and refers_back(sentence) and (not kinds or any(EVIDENCE[k].search(sentence) for k in kinds)):
            # 'It lasts from 2 days to 2 months' gives the figure asked of what its section's heading names ('Staff
            # mobility for training'): the heading's words are its own
            last_part = heading.rsplit(" – ", 1)[-1]
            words |= set(tokens(last_part, lang))
        overlap = len(words & asked_words) / (1 + len(asked_words))
        named = sum(weights.get(c, 1.0) for c in topics if glossary.occurs(c, sentence))
        score = ADDED_WORDS_WEIGHT * overlap + ADDED_TOPIC_WEIGHT * named + 0.5 / (1 + rank)
        score += ADDED_HEADING_WEIGHT * on_heading
        score += ADDED_OWN_WEIGHT * _coverage(words, own.get(lang, set()), rarity)
        closeness = ADDED_SIMILARITY_WEIGHT * _closeness(f"{hit.chunk.chunk_id}/{k}", scales)
        score += closeness
        if hit.chunk.heading == hit.chunk.title:  # the opening says what the document is, seldom a rule
            score -= ADDED_OPENING_PENALTY
        elif ABOUT_THE_GUIDE.search(fold(hit.chunk.heading)) and not says_out_of_scope(sentence):
            score -= ADDED_OPENING_PENALTY  # '1.1 Purpose of the guide': what it explains, every topic named once
        if any(EVIDENCE[kind].search(sentence) for kind in kinds):
            score += 1.0
        given = figure_units(sentence)
        if units and units & given:
            score += ADDED_UNIT_BONUS  # a figure in the very unit asked: per day, in ECTS, in participants
        if quantities and in_band(sentence, quantities):
            score += ADDED_RANGE_BONUS  # the row of a table by distance, duration or age that the case falls in
        if rates and rates & figure_rates(sentence):
            score += ADDED_RATE_BONUS
        if negated and (says_not(sentence) or says_not(heading.rsplit(" – ", 1)[-1])):
            score += ADDED_NEGATION_BONUS  # 'The grant does not cover ...', '5.3 Costs not covered by the grant'
        if share and "percent" in given:
            score += ADDED_SHARE_BONUS
        elif share and "euro" in given:
            score -= ADDED_SHARE_BONUS
        score -= ADDED_POINTER_PENALTY * min(len(POINTER.findall(sentence)), 3)
        if not wants_example and is_example(sentence, heading):
            score -= ADDED_EXAMPLE_PENALTY  # 'Example: 120 ECTS programme ...', 'Annex 1. Example of a budget'
        if aspects and aspects[0] in cues.asked(sentence, lang):
            score += ADDED_ASPECT_BONUS
        score += _figure_fit(sentence, given, holder, wants_limit)
        if named_case and named_case in words:
            score += ADDED_CASE_BONUS  # the sentence on the very case asked about, not the general rule
        gives_asked = not kinds or any(EVIDENCE[kind].search(sentence) for kind in kinds)
        if compares and gives_asked and defines_asked(sentence, lang, own.get(lang, set()), subject_words):
            score += ADDED_DEFINES_BONUS  # 'the difference between full and associated partners': their definitions
        candidates.append((score, hit, sentence, closeness))
    candidates = _answers_for_questions(candidates)
    if wants_list and candidates:
        candidates = _lists_first(candidates)
    candidates.sort(key=lambda c: c[0], reverse=True)
    return _inline_over_rows(candidates, units, kinds, query.text)


FIGURE_IN_CELL = re.compile(r"\d+(?:[.,]\d+)*")


def _inline_over_rows(candidates: list, units: set[str], kinds: set[str], question: str) -> list:
    """When a table row leads and a sentence of its section states inline what the table's first column holds
    in every row ('The joint master programme must correspond to 60, 90 or 120 ECTS credits' above rows for 60,
    90 and 120 ECTS), that sentence leads instead: it is the rule the table details, in the guide's own words.
    Not when the question names one row's figure (that row answers), nor when it asks a figure in a unit the
    first column does not give, or a kind of figure it does not give (another column's: the months of the
    scholarship)."""
    if not candidates or not is_bullet(candidates[0][2]):
        return candidates
    top = candidates[0]
    kind = row_kind(BULLET.sub("", top[2]).strip())
    if not kind or kind == "|":
        return candidates
    cells = [
        line.partition(": ")[2].split("; ")[0]
        for line in (BULLET.sub("", raw.strip()) for raw in top[1].chunk.text.split("\n"))
        if row_kind(line) == kind
    ]
    figures = {f for cell in cells for f in FIGURE_IN_CELL.findall(cell)}
    if len(cells) < 2 or len(figures) < 2 or figures & set(FIGURE_IN_CELL.findall(question)):
        return candidates
    asked = set(units) - {"date"}
    if asked and not asked & figure_units(" ".join(cells)):
        return candidates
    if kinds and not any(EVIDENCE[k].search(" ".join(cells)) for k in kinds):
        return candidates
    for k, (score, hit, sentence, closeness) in enumerate(candidates[1:], start=1):
        if (
            not is_bullet(sentence)
            and hit.chunk.doc_id == top[1].chunk.doc_id
            and hit.chunk.heading == top[1].chunk.heading
            and figures <= set(FIGURE_IN_CELL.findall(sentence))
        ):
            lead = (top[0] + 0.01, hit, sentence, closeness)
            return [lead, *candidates[:k], *candidates[k + 1 :]]
    return candidates


# a sentence opening with a pronoun standing for what its section is about ('It lasts ...', 'They do not sign ...',
# 'Den varar ...', 'Het duurt ...', 'Se kestää ...'), folded
REFERS_BACK = re.compile(r"^\W*(?:it|they|this|these|den|det|de|dessa|het|deze|dit|zij|se|ne|tama|nama)\s")


# the words asking how long something lasts, folded ('how long', 'hur länge', 'hur lång tid', 'kuinka kauan', 'kuinka
# pitkä', 'hoe lang', 'hoelang')
HOW_LONG = re.compile(
    r"\bhow long\b|\bhur (?:lange|lang tid|langa?)\b|\b(?:kuinka|miten|kauanko) (?:kauan|pitka\w*)\b|\bkauanko\b"
    r"|\bhoe ?lang\b"
)


DURATION_WORD = {"en": "duration", "sv": "varaktighet", "fi": "kesto", "nl": "duur"}  # cross_words.json's


# a negation in any of the four languages, folded ('not', 'cannot', 'inte', 'ej', 'ei', 'eivät', 'niet', 'geen')
NOT = re.compile(
    r"\b(?:not|cannot|never|no longer|excluded|ineligible|inte|ej|icke|aldrig|ingen|inga|ei|eivat|eika|eivatka"
    r"|niet|geen|nooit|uitgesloten)\b|n't\b"
)


def says_not(text: str) -> bool:
    """Does the text say what is not (a negation in any of the four languages)?"""
    return bool(NOT.search(fold(text)))


def refers_back(sentence: str) -> bool:
    """Does the sentence open with a pronoun for what its section names?"""
    return bool(REFERS_BACK.match(fold(sentence)))


# a figure with its unit ('1,800 km', '10 days') and a band of them ('500 to 1 999 km', '5–14 dagen')
_NUMBER = r"(\d{1,3}(?:[ ,.]\d{3})+|\d+)"
QUANTITY = re.compile(rf"{_NUMBER}\s*([^\W\d_]+)")
BAND = re.compile(rf"{_NUMBER}\s*(?:to|till|tot|-|–)\s*{_NUMBER}\s*([^\W\d_]+)")


def _value(figure: str) -> int:
    return int(re.sub(r"[ ,.]", "", figure))


def asked_quantities(question: str) -> set[tuple[int, str]]:
    """The figures a question gives with their unit word ('it's about 1,800 km': (1800, 'km'))."""
    return {(_value(n), unit) for n, unit in QUANTITY.findall(fold(question))}


def in_band(sentence: str, quantities: set[tuple[int, str]]) -> bool:
    """Does the sentence give a band (in the same unit word) that one of the question's figures falls in?"""
    return any(
        unit == asked and _value(low) <= n <= _value(high)
        for low, high, unit in BAND.findall(fold(sentence))
        for n, asked in quantities
    )


# 'which is also paid for self-funded students: the scholarship or the institutional unit cost?': the question
# ends by naming the things to choose from, after a colon or comma (folded)
CHOICE = re.compile(r"[:,]\s*[^,:?]+\s(?:or|eller|tai|vai|of)\s[^,:?]+\?\s*$")


def offers_choice(question: str) -> bool:
    """Does a "which ...?" question ask to choose between things it names (answered by the rule on them, not by
    a list)?"""
    return bool(CHOICE.search(fold(asking_part(question))))


# an example, as a guide marks one (folded): its heading ('Annex 1. Example of a budget estimate', '11. Rekenvoorbeeld'),
# a row or sentence opening with the word ('Example: ...'), or one speaking of it ('In this example, ...'); 'for
# example' inside a rule names cases the rule covers and is no example of this kind
EXAMPLE = re.compile(
    r"\b(?:examples?|exempel|exemplet|esimerkki|esimerkke\w*|esimerkin|voorbeeld\w*|rekenvoorbeeld\w*|illustration"
    r"|fictitious|fiktiv\w*|fictie\w*|kuvitteellinen)\b"
)
EXAMPLE_SENTENCE = re.compile(
    r"^\W*(?:example|exempel|esimerkki|voorbeeld)\b|\b(?:this|the|in the|in this) example\b|\bexemplet\b"
    r"|\btassa esimerkissa\b|\bin dit voorbeeld\b|\bfictitious\b"
)


# a section saying what the guide is and what it explains ('1. About this guide – 1.1 Purpose of the guide'), folded
ABOUT_THE_GUIDE = re.compile(
    r"\babout (?:this|the) (?:guide|document|handbook|brochure)|\bpurpose of (?:this|the) (?:guide|document|handbook)"
    r"|\bover deze (?:handleiding|gids|brochure)|\bdoel van deze handleiding"
    r"|\bom (?:denna|den har) (?:vagledning|guide|handbok|broschyr)|\bvagledningens syfte"
    r"|\btasta oppaasta|\boppaan tarkoitus|\btietoa oppaasta"
)


def is_example(sentence: str, heading: str = "") -> bool:
    """Is the sentence part of a worked example (by its section's heading, or by its own words)? Its figures
    illustrate a case; the rule states them."""
    return bool(EXAMPLE.search(fold(heading)) or EXAMPLE_SENTENCE.search(fold(BULLET.sub("", sentence))))


SHORT_ANSWER_CHARS = 40  # an answer this short ('Yes.', 'No, only one.') is quoted with the sentence after it


def _answers_for_questions(candidates: list) -> list:
    """A guide's own question ('Can a university coordinate two EMJMs?' in its FAQ) is no answer: its score
    goes to the sentence after it in its passage, the answer; a question with no answer after it is left out."""
    kept: dict[tuple[str, str], tuple] = {}
    for score, hit, sentence, closeness in candidates:
        if sentence.rstrip().endswith("?"):
            sentences = split_sentences(hit.chunk.text)
            k = sentences.index(sentence) if sentence in sentences else -1
            if not 0 <= k < len(sentences) - 1 or sentences[k + 1].rstrip().endswith("?"):
                continue
            sentence = sentences[k + 1]
            if len(sentence) < SHORT_ANSWER_CHARS and k + 2 < len(sentences):  # 'Yes.' with what follows it
                sentence = f"{sentence} {sentences[k + 2]}"
        key = (hit.chunk.chunk_id, sentence)
        if key in kept:
            best = kept[key]
            kept[key] = (max(score, best[0]), hit, sentence, max(closeness, best[3]))
        else:
            kept[key] = (score, hit, sentence, closeness)
    return list(kept.values())


# 'is there extra money if they travel by train?', 'do we get more for a participant with a disability?': a sum
# answers, though the question names no figure (folded text)
EXTRA_MONEY = re.compile(
    r"\b(?:extra|additional|more|top-up|supplementary)\b(?:\s+\w+){0,2}?\s+(?:money|funding|funds|support|grant"
    r"|pay|paid|budget)\b|\bget more\b|\bclaim more\b|\btop-up\b"
    r"|\b(?:extra|ytterligare|mer|mera)\s+(?:pengar|bidrag|stod|medel|ersattning)\b"
    r"|\b(?:extra|meer|aanvullende?)\s+(?:geld|subsidie|steun|financiering|vergoeding)\b"
    r"|\b(?:lisaa|ylimaaraista|ylimaarainen)\s+(?:rahaa|tukea|avustusta|rahoitusta)\b|\blisatuk\w*",
)


def asks_extra_money(question: str) -> bool:
    """Does the question ask whether a case gets more money (a sum answers it, though it names no figure)?"""
    return bool(EXTRA_MONEY.search(fold(question)))


# the clause of a yes/no question that names its case: 'is there extra money IF participants travel by train?'
CASE_CLAUSE = re.compile(
    r"\b(?:if|when|whenever|where|om|när|ifall|als|wanneer|indien|jos|kun|mikäli)\b(.+)$", re.IGNORECASE
)


# the year of a call for proposals: 'call 2025', 'the 2026 call', 'call in 2026', 'ansökningsomgång 2025',
# 'oproep 2025', 'haku 2025' (folded)
CALL_YEAR = re.compile(
    r"\b(?:call|calls|call for proposals|selection round|ansokningsomgang\w*|omgang\w*|oproep\w*|ronde|haku\w*"
    r"|hakukierro\w*)(?:\s+(?:in|for|of|av|för|van|voor|vuonna))?\s+(20\d\d)\b"
    r"|\b(20\d\d)\s+(?:call|calls|selection round|oproep|haku\w*|ansokningsomgang\w*)\b"
)


def call_years(text: str) -> set[str]:
    """The years of calls for proposals a text names."""
    return {a or b for a, b in CALL_YEAR.findall(fold(text))}


def other_call(question: str, title: str) -> bool:
    """Does the question ask about a call of another year than the one the guide's title names ('the deadline
    of the call in 2026' put to a guide for the call 2025)? A guide on one call does not state another's rules."""
    asked, own = call_years(question), call_years(title)
    return bool(asked and own and not asked & own)


def asked_in_units(question: str) -> set[str]:
    """The units a question asks a figure in; a yes/no question asks none ('when a learner with a disability
    goes abroad' names a case, not a date)."""
    return set() if infer_form(question) == "yes_no" else set(asked_units(question))


def case_words(question: str) -> str:
    """The words of the clause that names a yes/no question's case ('' when it has none)."""
    match = CASE_CLAUSE.search(asking_part(question))
    return match.group(1) if match else ""


def _case_word(case: str, sentences: list[tuple[str, str]], asked_in: str) -> str | None:
    """The case clause's word that the fewest of the sentences use (at most CASE_MAX_SENTENCES, at least one):
    'disabl' in 'when a learner with a disability goes on a placement', which 'learner' and 'placement' are
    not. None when the clause names nothing that rare."""
    if not case:
        return None
    count: dict[str, int] = {}
    for lang, sentence in sentences:
        for w in set(tokens(sentence, lang)):
            count[w] = count.get(w, 0) + 1
    languages = {asked_in, *(lang for lang, _ in sentences)}
    asked = {w for lang in languages for w in tokens(case, lang)}
    # ... and its words in a document's other language ('med tåg' put to an English guide: 'train')
    asked |= {
        w
        for lang in languages - {asked_in}
        for words in load_cross_words().in_language(case, asked_in, lang)
        for w in tokens(" ".join(words), lang)
    }
    rare = [(count[w], w) for w in asked if 0 < count.get(w, 0) <= CASE_MAX_SENTENCES]
    return min(rare)[1] if rare else None


def defines_asked(sentence: str, lang: str, asked: set[str], subject_words: set[str]) -> bool:
    """Is the sentence an item defining something the question names ('Associated partners: contribute ..., but
    receive no funding', '2. Full partners (beneficiaries): sign the grant agreement ...')? The words before its
    colon, less any in brackets and the document's subject words, are all the question's own. A table row is no
    definition: its first words name a column."""
    bare = re.sub(r"^\d+[.)]\s+", "", BULLET.sub("", sentence).strip())
    term, colon, rest = bare.partition(":")
    if not colon or not rest.strip() or row_kind(bare):
        return False
    term_words = set(tokens(re.sub(r"\([^)]*\)", " ", term), lang)) - subject_words
    return 0 < len(term.split()) <= TERM_MAX_WORDS and bool(term_words) and term_words <= asked


def asks_what_is_excluded(query: Query, hits: list[Hit], glossary: Glossary) -> bool:
    """Does the question name something an added document places outside its scope, and that the document
    mentions nowhere else ('Lot 2' alliances in a guide to Lot 1)? Words of the documents' titles do not count."""
    plain = query.text  # the action's name too: a lot or strand the guide excludes is often named like one
    subject = {w for h in hits for w in tokens(h.chunk.title, h.chunk.language)}
    excluded: set[str] = set()
    elsewhere: set[str] = set()
    # ... or a phrase of two words it names there and nowhere else ('Design Measures', whose words 'design' and
    # 'measures' the guide uses elsewhere apart)
    excluded_pairs: set[tuple[str, str]] = set()
    elsewhere_pairs: set[tuple[str, str]] = set()
    for hit in hits[:ADDED_PASSAGES]:
        asked_pairs = {
            pair
            for lang in {query.language, hit.chunk.language}
            for pair in _pairs(tokens(plain, lang))
            if not set(pair) & subject
        }
        asked = set(tokens(plain, query.language)) | set(tokens(plain, hit.chunk.language))
        # ... and its words in the document's language ('sectorale samenwerking' put to an English guide)
        asked |= {
            w
            for words in load_cross_words().in_language(plain, query.language, hit.chunk.language)
            for w in tokens(" ".join(words), hit.chunk.language)
        }
        for sentence in split_sentences(hit.chunk.text):
            read = tokens(sentence, hit.chunk.language)
            words = set(read)
            if says_out_of_scope(sentence):
                excluded |= (words & asked) - subject
                excluded_pairs |= _pairs(read) & asked_pairs
            else:
                elsewhere |= words
                elsewhere_pairs |= _pairs(read)
    return bool(excluded - elsewhere) or bool(excluded_pairs - elsewhere_pairs)


def _pairs(words: list[str]) -> set[tuple[str, str]]:
    """The pairs of words that follow one another."""
    return set(pairwise(words))


# a sentence announcing a list or table that follows it ('... from the following regions of the world.',
# 'The budget table must estimate the following cost categories:'), folded
ANNOUNCES_LIST = re.compile(
    r":\s*$|\b(?:the following|as follows|listed below|set out below|in the table below|foljande|nedan|seuraav\w*"
    r"|alla olev\w*|de volgende|hieronder|als volgt)\b"
)
ANNOUNCING_RANKS = 3  # the best sentences whose announced list rises with the best one's


def _lists_first(candidates: list) -> list:
    """For a "which ...?" question, a list in the section of the best sentence rises: 'which costs are
    covered?' is answered by the section's list of them, not by its opening sentence; so does the list of a
    section whose sentence among the best few announces it ('... from the following regions:' with its table in
    the next passage). A list elsewhere does not (the section that answers is the best sentences')."""
    ranked = sorted(candidates, key=lambda c: c[0], reverse=True)
    sections = {(ranked[0][1].chunk.doc_id, ranked[0][1].chunk.heading)} | {
        (hit.chunk.doc_id, hit.chunk.heading)
        for _, hit, sentence, _ in ranked[:ANNOUNCING_RANKS]
        if ANNOUNCES_LIST.search(fold(sentence))
    }
    return [
        (score + ADDED_LIST_BONUS, hit, sentence, closeness)
        if (hit.chunk.doc_id, hit.chunk.heading) in sections and with_list(sentence, hit.chunk.text) != sentence
        else (score, hit, sentence, closeness)
        for score, hit, sentence, closeness in candidates
    ]


def _read_in(text: str, asked_in: str, lang: str) -> set[str]:
    """A question's words as the tokenizers of its language and of the document's read them."""
    return set(tokens(text, asked_in)) | set(tokens(text, lang))


def _in_document_language(
    read: set[str], question: str, asked_in: str, lang: str, rarity: dict[str, float]
) -> set[str]:
    """A question's own words for a document in another language: those the document uses as written (figures,
    names, 'ECTS', 'CoVE') and its content words in the document's language (cross_words.py: 'kustannusluokat'
    asks about 'cost' and 'category'), each meaning by the one of its words the document uses most (a guide keeps
    to one: 'kortlopend' or 'kortdurend'). Words the document never uses are left out: they would weigh as its
    rarest and leave the words that do meet it weighing next to nothing."""
    meant = set()
    for words in load_cross_words().in_language(question, asked_in, lang):
        used = [w for w in tokens(" ".join(words), lang) if w in rarity]
        if used:
            meant.add(min(used, key=lambda w: rarity[w]))
    if lang in COMPOUNDING:  # its compounds hold the question's words as parts ('kostencategorieën'), that no
        return read | meant  # word meets: the meanings found add to the question's words, not stand for them
    return {w for w in read if w in rarity} | meant


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
    if wants_limit and "participants" in given and states_limit(sentence):
        fit += ADDED_LIMIT_BONUS
    return fit


def _scale(similarity: dict[str, float]) -> dict[str, float]:
    """Cosines put on a 0-1 scale over the sentences scored (nothing when they do not differ)."""
    low, high = similarity_range(similarity)
    return {i: (v - low) / (high - low) for i, v in similarity.items()} if high > low else {}


def _closeness(sentence_id: str, scales: list[dict[str, float]]) -> float:
    """A sentence's mean place on the scales that have it."""
    values = [scale[sentence_id] for scale in scales if sentence_id in scale]
    return sum(values) / len(values) if values else 0.0


TYPO_MIN_CHARS = 5  # a word this long that the document never uses may be one of its words mistyped


def _spelled_as(asked: set[str], vocabulary: dict[str, float]) -> set[str]:
    """The question's words, each the document never uses but one of its words one typing slip away
    ('assosiat' for 'associat', 'reciev' for 'receiv': a letter wrong, missing, extra or two swapped)
    read as that word. A word near none, or near several, stays as asked."""
    read = set()
    for word in asked:
        if word in vocabulary or len(word) < TYPO_MIN_CHARS or any(ch.isdigit() for ch in word):
            read.add(word)
            continue
        near = [v for v in vocabulary if v[:1] == word[:1] and abs(len(v) - len(word)) <= 1 and one_slip(word, v)]
        read.add(near[0] if len(near) == 1 else word)
    return read


def _rarity(sentences: list[list[str]]) -> dict[str, float]:
    """Each word's weight among these sentences: the fewer sentences use it, the more it says."""
    count: dict[str, int] = {}
    for words in sentences:
        for w in set(words):
            count[w] = count.get(w, 0) + 1
    n = len(sentences)
    return {w: math.log(1 + n / c) for w, c in count.items()}


def _coverage(words: set[str], asked: set[str], rarity: dict[str, float]) -> float:
    """The share of the question's own words a sentence uses, each weighing by its rarity in the document
    (a word the document never uses weighs as the rarest: it may be the asker's language, not the text's)."""
    if not asked:
        return 0.0
    most = max(rarity.values(), default=1.0)
    total = sum(rarity.get(w, most) for w in asked)
    return sum(rarity.get(w, most) for w in asked & words) / total if total else 0.0
