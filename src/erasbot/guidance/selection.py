"""Choosing what an answer states and quotes: scoring sentences and facts against a question.

Pure: a question's concepts, words and the sentences' similarity to it go in; scores come out.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import lru_cache

from erasbot.forms import asking_part, asks_comparison, asks_yes_no, infer_form, without_comparison
from erasbot.guidance.action_parts import load_action_parts
from erasbot.guidance.aspects import AspectCues, load_aspect_cues
from erasbot.guidance.corpus import BULLET, is_bullet, split_sentences
from erasbot.guidance.cross_words import load_cross_words
from erasbot.guidance.facts import Fact
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.lexical import tokens
from erasbot.guidance.reading.model import row_kind
from erasbot.guidance.retrieval import Hit, Query, programme_name
from erasbot.guidance.said_of import asked_holder, counts_people, other_holder, sentence_holder, states_limit
from erasbot.guidance.scope import OUT_OF_SCOPE, says_out_of_scope  # noqa: F401 (imported from here too)
from erasbot.guidance.units import TIMES, asked_units, figure_rates, figure_units, rates_named
from erasbot.text import fold

SIMILARITY_WEIGHT = 2.0

CANDIDATE_PASSAGES = 5
SUM_CONCEPTS = {"grant", "lump-sum"}
COMPOUNDING = {"sv", "fi", "nl"}  # languages writing compounds as one word
ADDED_PASSAGES = 12  # an added document's passages whose sentences are scored
# in an added document the cosine weighs most, the glossary's topics least (see added_sentences)
ADDED_SIMILARITY_WEIGHT = 4.0
ADDED_WORDS_WEIGHT = 1.5
ADDED_TOPIC_WEIGHT = 0.5
ADDED_OPENING_PENALTY = 1.5
ADDED_OWN_WEIGHT = 5.0  # the question's own words in the sentence, by their rarity in the document
ADDED_HEADING_WEIGHT = 2.0  # the question's own words in the passage's heading, by their rarity
ADDED_UNIT_BONUS = 2.0  # a figure in the unit the question asks for
ADDED_RATE_BONUS = 2.0  # a figure per the unit of time asked ('per month?': 'EUR 1,400 per month', not '24 months')
ADDED_RANGE_BONUS = 2.0  # a band holding the question's own figure ('about 1,800 km': '500 to 1 999 km')
ADDED_EXAMPLE_PENALTY = 2.0  # a worked example's figures are not the rule (unless an example is asked for)
ADDED_ASPECT_BONUS = 1.0  # the aspect the question asks, in the cue words of the document's language
ADDED_HOLDER_BONUS = 2.0  # a duration said of what the question asks it of (the project, or an activity)
ADDED_LIMIT_BONUS = 3.0  # a limit on participants, for a question giving a number of people
ADDED_LIST_BONUS = 2.0  # a sentence introducing a list, for a "which ...?" question
ADDED_DEFINES_BONUS = 3.0  # for a comparison, an item defining one of the things compared ('Associated partners: ...')
TERM_MAX_WORDS = 6  # the words before an item's colon that name what it defines
ADDED_CASE_BONUS = 2.0  # for a yes/no question on a case ('if ... by train', 'when a learner with a disability ...'),
CASE_MAX_SENTENCES = 3  # ... the sentences naming the case's rarest word, when at most this many do

FOCUS_FACTOR = 3.0

FOCUS_FACT_BONUS = 4.0

TOP_ACTION_BONUS = 1.0

ANSWERS_BONUS = 5.0  # a fact that gives the very figure asked for (count, duration, amount)

UNITS = {
    "amount": r"euro|eur\b|€|miljon|miljoen|miljoon|%|procent|percent|per cent|prosent",
    "duration": r"år|månad|jaar|maand|vuo|kuukau|year|month|dag|päiv|day|week|wek|veck|viiko",
}
ASPECT_BONUS = 3.0  # a claim about the very aspect the question's words ask for (aims, sectors, ...)

LIST_BONUS = 3.0  # a whole list for a "which ...?" question

OWN_WORDS_WEIGHT = 3.0  # the question's own words in a claim's statement in the asker's language
SPECIFIC_WEIGHT = 4.0  # the question's rarer words said by the claim's statement (specific_shares)
SPECIFIC_GATE = 0.45  # a claim saying this share of them is a candidate whatever its topics
SPECIFIC_SMOOTHING = 2.0
NAMED_ALIKE_BONUS = 2.0  # a claim naming the action with the question's own words (named_alike)
NAMED_MIN_CHARS = 12
NAMED_MAX_CLAIMS = 4

EVIDENCE = {
    # sums (EUR 400, 1 000 000 euro, €79), shares of a grant (40 %), per month or per day included
    "amount": re.compile(rf"\d[\d\s.,]*\s*(?:{UNITS['amount']})|(?:€|\beur\b|\beuro\b)\s*\d", re.IGNORECASE),
    # years, months, weeks and days, as figures or words, ranges included ('5 to 30 days', '6–24 månader')
    "duration": re.compile(
        r"\b(?:\d+|en|ett|två|tre|fyra|fem|sex|een|twee|drie|vier|yksi|kaksi|kolme|one|two|three)\b[\s\-–]*"
        r"(?:(?:till|tot|eller|of|or|to|-|–)\s*(?:\d+|två|tre|fyra|twee|drie|vier|kaksi|kolme|two|three|four)\s*)?"
        rf"(?:{UNITS['duration']})"
        # a span of months or years named by their numbers ('months 1 to 24', 'maanden 25 tot 48'); days so named
        # are not a duration but the days a rate applies to ('per day (days 1 to 14)')
        r"|\b(?:month|månad|maand|kuukau|year|år|jaar|vuo)\w*\s+\d+\s*(?:till|tot|to|-|–)\s*\d+\b",
        re.IGNORECASE,
    ),
    # a number of organisations, partners, participants, ECTS credits
    "count": re.compile(r"\b(?:minst|minimum|minstens|ten minste|vähintään|at least|\d+)\b", re.IGNORECASE),
}


def sentence_score(
    sentence: str, lang: str, query: Query, glossary: Glossary, weights: dict[str, float], heading: str = ""
) -> float:
    """How well one sentence answers: the question's topics it and its heading mention (rarer ones weigh
    more) and the words it shares with the question."""
    topics = [c for c in query.concepts if glossary.concepts[c].kind == "topic"]
    # 'what kinds of results': the question is about results; 'kinds' only qualifies them
    topics = [c for c in topics if not glossary.concepts[c].qualifier] or topics
    concept_score = sum(topic_weight(c, query, weights) for c in topics if glossary.occurs(c, sentence))
    if heading:
        concept_score += 0.5 * sum(topic_weight(c, query, weights) for c in topics if glossary.occurs(c, heading))
    words = set(tokens(sentence, lang))
    asked_words = set(query.focus_tokens)
    overlap = len(words & asked_words) / (1 + len(asked_words)) if words else 0.0
    return concept_score + 2.0 * overlap


@lru_cache(maxsize=256)
def _own_tokens(question: str, lang: str, glossary: Glossary) -> frozenset[str]:
    return frozenset(t for t in tokens(glossary.without_actions(question), lang) if not programme_name(t))


def own_words(text: str, query: Query, glossary: Glossary) -> float:
    """The share of the question's own words (without the action's name) that a text in its language uses."""
    asked_words = _own_tokens(query.text, query.language, glossary)
    if not asked_words:
        return 0.0
    return len(set(tokens(text, query.language)) & asked_words) / (1 + len(asked_words))


_STATEMENT_STEMS: dict[tuple[int, str, bool], dict[str, frozenset[str]]] = {}
STEM_PREFIX = 5  # Finnish and Dutch endings: 'liikkuvuutta' and 'liikkuvuus' are one word


def _statement_stems(facts: tuple[Fact, ...], lang: str, sourced: bool = False) -> dict[str, frozenset[str]]:
    key = (id(facts), lang, sourced)
    if key not in _STATEMENT_STEMS:
        _STATEMENT_STEMS[key] = {f.id: frozenset(tokens(said(f, lang, sourced), lang)) for f in facts}
    return _STATEMENT_STEMS[key]


# The source a statement opens with ('According to the Finnish national agency, ...', 'Opetushallituksen
# mukaan ...'): says where the claim comes from, not what it says
ATTRIBUTION = {
    "en": re.compile(r"^according to [^,]{3,60},\s*", re.IGNORECASE),
    "sv": re.compile(r"^enligt (?:den |det )?\w+ nationella \w+\s*", re.IGNORECASE),
    "fi": re.compile(r"^\w+ mukaan\s*", re.IGNORECASE),
    "nl": re.compile(r"^volgens (?:het |de )?\w+ nationale \w+,?\s*", re.IGNORECASE),
}
# A question naming the source it asks about ('according to the Finnish agency', 'Opetushallituksen sivun mukaan')
ASKS_SOURCE = re.compile(r"\b(?:according to|enligt|mukaan|volgens)\b", re.IGNORECASE)


def said(fact: Fact, lang: str, sourced: bool = False) -> str:
    """The claim's statement in the language, without the source it opens with unless `sourced` (the question
    names a source): 'do we apply to the Finnish or the Swedish agency?' names an agency, not the Finnish
    agency's page."""
    statement = fact.statement.get(lang, fact.statement["en"])
    pattern = ATTRIBUTION.get(lang if lang in fact.statement else "en")
    return statement if sourced or pattern is None else pattern.sub("", statement)


def asks_source(text: str) -> bool:
    return bool(ASKS_SOURCE.search(text))


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    k = max(STEM_PREFIX, min(len(a), len(b)) - 1)
    return abs(len(a) - len(b)) <= 3 and len(a) >= k and len(b) >= k and a[:k] == b[:k]


def asked_text(query: Query, glossary: Glossary) -> str:
    """The words a question asks with: its asking sentence, unless that names no topic and so leans on the
    context before it ('We are the only regulatory body and already in one alliance. Can we join a second
    one?'), when it is the whole question."""
    asking = asking_part(query.text)
    if asking != query.text.strip() and any(glossary.concepts[c].kind == "topic" for c in glossary.find(asking)):
        return asking
    return query.text


def specific_shares(facts: tuple[Fact, ...], query: Query, glossary: Glossary) -> dict[str, float]:
    """Per claim, the share by rarity of the question's own words that its statement in the asker's language
    says: 1.0 when it says every specific thing asked ('staff mobility', 'budget for'). The question's own
    words are those of its asking sentence without the action's name; a word's rarity is log(claims /
    claims saying it), so 'project', which many claims say, weighs little, and a word no claim says, nothing."""
    stems = _statement_stems(facts, query.language, asks_source(query.text))
    asking = without_comparison(asked_text(query, glossary))
    plain = glossary.without_concepts(glossary.without_question_words(asking))
    asked = {t for t in tokens(plain, query.language) if not programme_name(t)}
    saying = {w: {fid for fid, said in stems.items() if any(_same_word(w, s) for s in said)} for w in asked}
    rarity = {w: math.log((1 + len(stems)) / len(ids)) for w, ids in saying.items() if ids}
    total = sum(rarity.values())
    if total <= 0:
        return {}
    total += SPECIFIC_SMOOTHING  # one or two words alone say less about what is asked than several
    shares: dict[str, float] = {}
    for w, ids in saying.items():
        for fid in ids:
            shares[fid] = shares.get(fid, 0.0) + rarity[w] / total
    return shares


_NAMES: dict[tuple[int, str], dict[str, frozenset[str]]] = {}


def _claim_names(facts: tuple[Fact, ...], glossary: Glossary, lang: str) -> dict[str, frozenset[str]]:
    """Per claim, the names of parts of actions (named by few claims) its statement in `lang` uses."""
    key = (id(facts), lang)
    if key not in _NAMES:
        named = {
            f.id: {p for p in glossary.action_phrases(f.statement.get(lang, "")) if len(p) >= NAMED_MIN_CHARS}
            for f in facts
        }
        counts: dict[str, int] = {}
        for phrases in named.values():
            for p in phrases:
                counts[p] = counts.get(p, 0) + 1
        _NAMES[key] = {fid: frozenset(p for p in ps if counts[p] <= NAMED_MAX_CLAIMS) for fid, ps in named.items()}
    return _NAMES[key]


def named_alike(facts: tuple[Fact, ...], query: Query, glossary: Glossary) -> set[str]:
    """The claims whose statement (in any language) names the action with the very words the question uses,
    when few claims do, and names no other part of it (an overview naming both parts of a comparison helps
    neither side): a part of an action ('Alliances for Sectoral
    Cooperation on Skills' within Partnerships for Innovation) is asked about by its own name; a name most
    claims use tells nothing."""
    return _named_by(facts, query, glossary, lambda phrase: True)


def part_named(facts: tuple[Fact, ...], query: Query, glossary: Glossary) -> set[str]:
    """The claims named_alike by the name of a part of an action (action_parts.py: 'Alliances for
    Education and Enterprises'), not by the action's own name: such a claim answers 'what are they?'."""
    names = load_action_parts().all_names()
    return _named_by(facts, query, glossary, lambda phrase: any(n in phrase or phrase in n for n in names))


def _named_by(facts: tuple[Fact, ...], query: Query, glossary: Glossary, keep) -> set[str]:
    asking = asked_text(query, glossary)
    phrases = {p for p in glossary.action_phrases(asking) if len(p) >= NAMED_MIN_CHARS and keep(p)}
    # the parts a claim names, read from its English statement (one name per part there)
    parts = _claim_names(facts, glossary, "en")
    alike: set[str] = set()
    for phrase in phrases:
        ids = {f.id for f in facts if any(phrase in fold(text) for text in f.statement.values())}
        if len(ids) <= NAMED_MAX_CLAIMS:
            alike |= {fid for fid in ids if len(parts.get(fid, ())) <= 1}
    return alike


def topic_weight(concept: str, query: Query, weights: dict[str, float]) -> float:
    """A topic's weight: rarer topics weigh more, and the one the question asks about most."""
    return weights.get(concept, 1.0) * (FOCUS_FACTOR if concept == query.focus else 1.0)


def fact_score(
    fact: Fact,
    query: Query,
    glossary: Glossary,
    weights: dict[str, float],
    kinds: set[str],
    doc_language: str,
    closeness: float,
    top_action: float = 0.0,
    aspects: tuple[str, ...] = (),
    wants_list: bool = False,
    specific: float = 0.0,
    named: bool = False,
    by_part: bool = False,
) -> float:
    """A fact scores like its best sentence: its statement in the asker's language or its quote; a claim
    about the aspect the question asks for (most for the one it names first; for a "which ...?" question, the
    whole list) scores more."""
    shared = set(query.concepts) & set(fact.facets)
    on_aspect = fact.aspect in aspects
    if fact.aspect == "about" and not by_part and _about_a_part(fact):
        on_aspect = False  # what one part of the action is does not say what the whole action is
    # the aspect's word alone ('verksamhet') makes a claim a candidate only for the action the question names
    # ... and so do the question's specific words said in the claim's statement ('budget for', 'reports')
    # ... and so does the question's own name for a part of the action ('Alliances for Education and
    # Enterprises': part_named)
    if not shared and not (on_aspect and fact.action in query.actions) and specific < SPECIFIC_GATE and not by_part:
        return 0.0
    statement = said(fact, query.language, asks_source(query.text))
    score = max(
        sentence_score(statement, query.language, query, glossary, weights),
        max(sentence_score(q, doc_language, query, glossary, weights) for q in fact.quotes),
    )
    # the asker's own words in the statement written in the asker's language (a Finnish question meets
    # Finnish words), apart from the glossary's expansions that every claim on the topic shares
    score += OWN_WORDS_WEIGHT * own_words(statement, query, glossary)
    score += SPECIFIC_WEIGHT * specific
    if named:
        score += NAMED_ALIKE_BONUS
    # the facts table exists to answer exactly this: a fact about the asked-for topic beats a loose sentence
    focus_bonus = FOCUS_FACT_BONUS if query.focus in shared else 0.0
    coverage = sum(weights.get(c, 1.0) for c in shared)  # how much of the question the fact is about
    # a claim adding to another aim ('X are also meant to ...'), or saying what the action can help to bring
    # about ('can help to develop ...'), is not what 'what is the aim?' asks (on other aspects 'may also take
    # part' is the very point: 'and from partner countries?')
    secondary = (
        ASPECT_BONUS
        if "aims" in aspects
        and fact.aspect == "aims"
        and (fact.adds_to_another or fact.helps_toward)
        and not asks_yes_no(query.text)
        else 0.0
    )
    return (
        score
        - secondary
        + closeness
        + coverage
        + focus_bonus
        + top_action
        + (ANSWERS_BONUS if gives_figure(fact, kinds) else 0.0)
        + (ASPECT_BONUS if aspects[:1] == (fact.aspect,) else ASPECT_BONUS / 2 if on_aspect else 0.0)
        + (LIST_BONUS if wants_list and fact.is_list and (on_aspect or not aspects) else 0.0)
        + 0.5
    )


def whole_aspects(aspects: tuple[str, ...], candidates: list[Fact], by_part: set[str]) -> tuple[str, ...]:
    """'What are Partnerships for Innovation?' asks what the action is, else what it is for: when no candidate
    claim says what the whole action is (only what a part of it is, and the question does not name that part:
    `by_part`), its aims are what is asked first."""
    if aspects[:1] != ("about",) or any(
        f.aspect == "about" and (not _about_a_part(f) or f.id in by_part) for f in candidates
    ):
        return aspects
    return aspects[1:] or aspects


def _about_a_part(fact: Fact) -> bool:
    """A claim whose (English) statement opens with the name of a part of its action ('Alliances for Education
    and Enterprises are ...')."""
    opening = fold(fact.statement["en"])
    return any(opening.startswith(fold(n)) for n in load_action_parts().names(fact.action, "en"))


def with_list(sentence: str, text: str, most: int = 12, asked: str | None = None) -> str:
    """A sentence that introduces a list (or starts one), with the list's items joined on. A table row is
    shown alone when the question (`asked`) names something only its first cell holds ('Oostenrijk' in one
    country group's row): the other rows are other records, with other figures; else its whole table is shown (a
    question on the daily amount, over rows by duration). Without the question, a row stands alone."""
    lines = [BULLET.sub("", line.strip()) for line in text.split("\n")]
    bare = BULLET.sub("", sentence)
    # the sentence is its line, or the last sentence of it ('... behov. Tanken är att')
    start = next((i for i, line in enumerate(lines) if line == bare or line.endswith(" " + bare)), None)
    if start is None:
        return sentence
    kind = row_kind(bare) if is_bullet(sentence) else ""
    if kind:
        rows = _table_around(text.split("\n"), start, kind)
        if len(rows) > 1:
            others = [r for i, r in rows if i != start]
            if asked is None or _singled_out(bare, others, asked):
                return bare
            return " ".join(r.rstrip(".;, ") + "." for _, r in rows[:most])
    raw = [line.strip() for line in text.split("\n")]
    joined = bare
    for line, original in list(zip(lines, raw))[start + 1 : start + 1 + most]:
        if not is_bullet(original):
            break
        if joined != bare and row_kind(line):
            glue = ". "  # a table's rows as its whole table is shown on its own
        else:
            glue = " " if joined == bare or re.search(r"(,|\b(och|varav|eller|en|of|and|or|ja|tai))$", joined) else "; "
        joined += glue + line.rstrip(".;,")
    return joined if joined == bare else joined + "."


def _table_around(raw: list[str], index: int, kind: str) -> list[tuple[int, str]]:
    """The rows (line index, text without its bullet) of the table the row at `index` is in."""

    def row(i: int) -> str:
        line = raw[i].strip()
        return BULLET.sub("", line) if is_bullet(line) and row_kind(BULLET.sub("", line)) == kind else ""

    first = index
    while first > 0 and row(first - 1):
        first -= 1
    last = index
    while last + 1 < len(raw) and row(last + 1):
        last += 1
    return [(i, row(i)) for i in range(first, last + 1)]


def _cell_words(text: str) -> set[str]:
    """A table cell's words that can single out its row: of four letters or more, or numbers (folded)."""
    return {w for w in re.findall(r"\w+", fold(text)) if len(w) >= 4 or w.isdigit()}


def _key_cell(row: str) -> str:
    """A row's first cell, which names its record ('Groep 2: België, Cyprus, ...', '10 to 99 km')."""
    return row.split(" | ")[0] if row_kind(row) == "|" else row.partition(": ")[2].split("; ")[0]


def _singled_out(row: str, others: list[str], asked: str) -> bool:
    """True when the question names a word that only this row's first cell, of all its table's, holds."""
    return bool(
        _cell_words(asked) & _cell_words(_key_cell(row)) - set().union(*(_cell_words(_key_cell(o)) for o in others))
    )


def candidate_sentences(
    query: Query,
    hits: list[Hit],
    glossary: Glossary,
    weights: dict[str, float],
    kinds: set[str],
    similarity: dict[str, float],
):
    """Sentences of the best passages, scored; `similarity` holds each sentence's cosine to the question."""
    low, high = similarity_range(similarity)
    candidates = []
    for rank, hit in enumerate(hits[:CANDIDATE_PASSAGES]):
        heading = hit.chunk.heading if hit.chunk.heading != hit.chunk.title else ""
        for k, sentence in enumerate(split_sentences(hit.chunk.text)):
            if is_bullet(sentence) and len(sentence) < 40:
                continue
            score = sentence_score(sentence, hit.chunk.language, query, glossary, weights, heading) + 0.5 / (1 + rank)
            sim = similarity.get(f"{hit.chunk.chunk_id}/{k}")
            closeness = SIMILARITY_WEIGHT * (sim - low) / (high - low) if sim is not None and high > low else 0.0
            score += closeness
            if any(EVIDENCE[k].search(sentence) for k in kinds):
                score += 1.0
            candidates.append((score, hit, sentence, closeness))
    candidates.sort(key=lambda c: c[0], reverse=True)
    return candidates


WORDED_FIGURES = ("duration", "amount")  # figures a statement gives in passing ('staff mobility (over 2 months)')


def gives_figure(fact: Fact, kinds: set[str]) -> bool:
    """Whether a claim gives a figure of a kind asked: the one it is about, or a duration or sum its statement
    states along the way (how long staff mobility lasts is said in the list of activities)."""
    if fact.answers in kinds:
        return True
    statement = fact.statement["en"]
    return any(EVIDENCE[k].search(statement) for k in kinds if k in WORDED_FIGURES)


def candidate_facts(facts: tuple[Fact, ...], actions: list[str], kinds: set[str]) -> list[Fact]:
    """The facts about the actions in play; only those giving the figure asked for, when there are any."""
    about = [f for f in facts if f.action in actions]
    answering = [f for f in about if gives_figure(f, kinds)]
    return answering or about


def closeness(fact: Fact, sentences: dict[str, list[tuple[str, float]]], low: float, high: float) -> float:
    """How close the question is to the sentences a fact quotes, on the candidates' scale."""
    if high <= low:
        return 0.0
    quotes = [fold(q) for q in fact.quotes]
    sims = [sim for text, sim in sentences.get(fact.doc_id, ()) if any(q in text or text in q for q in quotes)]
    return SIMILARITY_WEIGHT * (max(sims) - low) / (high - low) if sims else 0.0


def sentence_similarities(hits: list[Hit], similarity: dict[str, float]) -> dict[str, list[tuple[str, float]]]:
    """Each document's retrieved sentences (folded) with their cosine to the question."""
    out: dict[str, list[tuple[str, float]]] = {}
    for hit in hits:
        for k, sentence in enumerate(split_sentences(hit.chunk.text)):
            sim = similarity.get(f"{hit.chunk.chunk_id}/{k}")
            if sim is not None:
                out.setdefault(hit.chunk.doc_id, []).append((fold(sentence), sim))
    return out


def similarity_range(similarity: dict[str, float]) -> tuple[float, float]:
    return (min(similarity.values()), max(similarity.values())) if similarity else (0.0, 0.0)


def has_evidence(kinds: set[str], hits: list[Hit]) -> bool:
    """Do the best passages of the action contain a figure of the kind asked?"""
    return all(any(EVIDENCE[k].search(s) for h in hits[:3] for s in split_sentences(h.chunk.text)) for k in kinds)


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
    own = {lang: (_read_in(plain, query.language, lang) - subject_words) for lang in languages}
    for lang in languages - {query.language}:  # a question put to a document in another language
        own[lang] = _in_document_language(own[lang], plain, query.language, lang, rarity) - subject_words
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
    return candidates


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
    asked = {w for lang in {asked_in, *(lang for lang, _ in sentences)} for w in tokens(case, lang)}
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
    for hit in hits[:ADDED_PASSAGES]:
        asked = set(tokens(plain, query.language)) | set(tokens(plain, hit.chunk.language))
        # ... and its words in the document's language ('sectorale samenwerking' put to an English guide)
        asked |= {
            w
            for words in load_cross_words().in_language(plain, query.language, hit.chunk.language)
            for w in tokens(" ".join(words), hit.chunk.language)
        }
        for sentence in split_sentences(hit.chunk.text):
            words = set(tokens(sentence, hit.chunk.language))
            if says_out_of_scope(sentence):
                excluded |= (words & asked) - subject
            else:
                elsewhere |= words
    return bool(excluded - elsewhere)


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
        near = [v for v in vocabulary if v[:1] == word[:1] and abs(len(v) - len(word)) <= 1 and _one_slip(word, v)]
        read.add(near[0] if len(near) == 1 else word)
    return read


def _one_slip(a: str, b: str) -> bool:
    """Are two different words one typing slip apart (a letter changed, added or dropped, or two swapped)?"""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and (a[diff[0]], a[diff[1]]) == (b[diff[1]], b[diff[0]])
        return len(diff) == 1 or swapped
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1 :]


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
