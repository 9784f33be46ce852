"""Grounded offline answers: the facts stated exactly, the sentences quoted and cited, or an abstention.

Pure: takes the understood question and the ranked passages, returns an Answer.
An answer abstains when the question is about something the texts do not
cover (an Erasmus+ topic absent from every document, or a figure the texts of
that action never give), not when a similarity score is low.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from erasbot.figures import numbers_known
from erasbot.forms import asking_part, asks_comparison, asks_permission, infer_form, question_sentence
from erasbot.guidance.added_pairs import figure_beside, going_on, in_reading_order, other_side
from erasbot.guidance.amount_of import asked_of_other
from erasbot.guidance.asked_unit import unit_kind
from erasbot.guidance.conditions import case_text, refuses_in_case, says_of_case
from erasbot.guidance.aspects import AspectCues, load_aspect_cues
from erasbot.guidance.corpus import BULLET, DocumentInfo, split_sentences
from erasbot.guidance.facts import Fact, claim_of
from erasbot.guidance.fields import asked_fields
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.lead import asked_sentence_first
from erasbot.guidance.lexical import tokens
from erasbot.guidance.reading.model import row_kind
from erasbot.guidance.retrieval import Hit, Query, analyse
from erasbot.guidance.said_of import asks_who_may_apply, over_limit, refuses
from erasbot.guidance.scope import (
    asked_rate,
    asks_current_period,
    asks_maximum_count,
    beyond_texts,
    current_period,
    gives_maximum,
    gives_rate,
    guide_field_missed,
    other_field,
)
from erasbot.guidance.selection import (
    ADDED_PASSAGES,
    CANDIDATE_PASSAGES,
    EVIDENCE,
    TOP_ACTION_BONUS,
    added_sentences,
    asked_in_units,
    asks_extra_money,
    asks_what_is_excluded,
    candidate_facts,
    candidate_sentences,
    closeness,
    fact_score,
    gives_figure,
    has_evidence,
    named_alike,
    other_call,
    part_named,
    says_out_of_scope,
    sentence_score,
    sentence_similarities,
    similarity_range,
    specific_shares,
    with_list,
)
from erasbot.guidance.subjects import (
    Profile,
    Subject,
    absent_marks,
    added_subject,
    asked_period,
    by_field,
    choose_subject,
    names_no_title,
    nearest_by_own_words,
    nearest_by_passages,
)
from erasbot.guidance.units import unit_missing
from erasbot.guidance.wording import action_name, in_language, is_action, message, what
from erasbot.text import fold

# Topics too general to show that a question is about the guidance at all.
# a follow-up narrowing the subject of the question before it ('and the ones from partner countries?', 'och de
# från partnerländer?', 'en die uit partnerlanden?', 'entä ne kumppanimaista?'): it asks that question of them
NARROWS_SUBJECT = re.compile(
    r"\b(?:the ones|those|de|dem|degene|degenen|diegene|diegenen|die)\s+(?:from|in|från|i|uit|van)\b"
    r"|\b(?:the ones|those|de som|dem som|degenen die|diegenen die)\b"
    r"|\bne\s+\w+(?:sta|stä|ssa|ssä)\b",  # 'entä ne kumppanimaista?' (an article 'de', 'the' alone is not it)
    re.IGNORECASE,
)
# 'In the 2021-2027 programme, what are X meant to stimulate?': the period sets the scene, the question asks
# something else (the answer is not the period)
PERIOD_AS_CONTEXT = re.compile(
    r"^\s*(?:in|during|under|for|i|inom|kaudella|ohjelmakaudella|tijdens|binnen|voor)\b[^,?]{0,60}?"
    r"\b20\d\d\s*[-–/]\s*20\d\d\b[^,?]{0,40},(?![^?]*\b20\d\d\s*[-–/]\s*20\d\d)",
    re.IGNORECASE,
)
GENERIC_TOPICS = {"goals", "innovation", "skills", "period", "themes", "results", "activities", "mobility"}
TWO_SENTENCES_MAX_CHARS = 420
PAIR_MAX_CHARS = 520  # a sentence and the one of its passage completing it (both sides of a comparison)
QUOTES_MAX_CHARS = 320
CITATION_MARK = re.compile(r"\[\d+\]")
ADDED_SECOND_SHARE = 0.75
ALIKE_SHARE = 0.8  # two quotes sharing this share of their words are one template  # a second sentence of an added document is quoted when it scores this close to the best
COUNT_TOPICS = {
    "organisations",
    "programme-countries",
    "higher-education",
    "enterprises",
    "ecosystems",
    "training-providers",
}


@dataclass
class Citation:
    """A passage an answer cites as [n], with the sentences it quotes from it (for highlighting)."""

    n: int
    doc_id: str
    chunk_id: str
    text: str
    score: float
    title: str
    publisher: str
    period: str
    quotes: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"doc_id": self.doc_id, "chunk_id": self.chunk_id, "text": self.text, "score": round(self.score, 4)}

    @classmethod
    def from_hit(cls, n: int, hit: Hit, documents: dict[str, DocumentInfo], quotes: list[str]) -> Citation:
        doc = documents.get(hit.chunk.doc_id)
        return cls(
            n=n,
            doc_id=hit.chunk.doc_id,
            chunk_id=hit.chunk.chunk_id,
            text=hit.chunk.text,
            score=hit.score,
            title=hit.chunk.title,
            publisher=doc.publisher if doc else "",
            period=hit.chunk.period,
            quotes=quotes,
        )


@dataclass
class Answer:
    """An offline answer: its text in the asker's language, what it cites, and what was retrieved."""

    question: str
    language: str
    text: str
    abstained: bool
    citations: list[Citation]
    basis: str  # fact (chosen as the answer) | claim (the claim of the best sentence) | extract | abstain
    # | rate (abstained: an amount per month, day or participant, or of a fee, a salary or one person, asked;
    # the best claim gives a project's total)
    retrieved: list[Hit] = field(default_factory=list)
    seconds: float = 0.0
    notice: str | None = None
    verdict: dict | None = None

    def to_json(self) -> dict:
        return {
            "question": self.question,
            "language": self.language,
            "answer": self.text,
            "abstained": self.abstained,
            "citations": [c.to_json() for c in self.citations],
            "verdict": self.verdict,
        }


def asked(query: Query, glossary: Glossary) -> set[str]:
    """Which figure a question wants: an amount, a duration, a count, or none of these, read from the
    sentence that asks ('we have worked together for years. Where do we apply?' asks no duration)."""
    sentence = asking_part(query.text)
    words = glossary.question_kinds(sentence)
    topics = set(glossary.find(sentence)) if sentence != query.text.strip() else set(query.concepts)
    unit = unit_kind(sentence, query.language)
    if unit == "duration":  # 'how many yrs ...': the unit asks a duration, not the count its 'how many' would
        return {"duration"}
    kinds = set()
    if ("amount" in words and "grant" in topics) or unit == "amount":
        kinds.add("amount")
    if "duration" in words or ("duration" in topics and "count" not in words and "amount" not in words):
        kinds.add("duration")
    if "count" in words and topics & COUNT_TOPICS and unit is None:
        kinds.add("count")
    return kinds


def _uncovered(query: Query, glossary: Glossary, supported: set[str]) -> bool:
    """True when the question is about something no document covers."""
    if any(glossary.concepts[c].kind == "other" and c not in supported for c in query.concepts):
        return True
    # a topic from outside the bundled guidance counts once a user's document covers it
    specific = [c for c in query.concepts if c not in GENERIC_TOPICS]
    return not specific


class _Citations:
    """Numbers passages in the order the answer first cites them."""

    def __init__(self, documents: dict[str, DocumentInfo]):
        self.documents = documents
        self.items: list[Citation] = []

    def cite(self, hit: Hit, quote: str | None) -> int:
        for c in self.items:
            if c.chunk_id == hit.chunk.chunk_id:
                if quote and quote not in c.quotes:
                    c.quotes.append(quote)
                return c.n
        self.items.append(Citation.from_hit(len(self.items) + 1, hit, self.documents, [quote] if quote else []))
        return len(self.items)


def _hit_with(hits: list[Hit], doc_id: str, quote: str) -> Hit | None:
    folded = fold(quote)
    return next((h for h in hits if h.chunk.doc_id == doc_id and folded in fold(h.chunk.text)), None)


def _period_answer(query: Query, hit: Hit, hits: list[Hit], documents: dict[str, DocumentInfo]) -> Answer:
    """Which programme period an action belongs to: from the manifest, cited to the action's text."""
    lang = query.language
    citations = _Citations(documents)
    mark = citations.cite(hit, None)
    action = next((a for a in hit.chunk.actions if is_action(a)), hit.chunk.actions[0] if hit.chunk.actions else "")
    period = hit.chunk.period.replace("-", "–")
    if action in succeeded_actions(documents):
        lines = [message("succeeded", lang, action=action_name(action, lang)) + f" [{mark}]"]
    else:
        lines = [message("period_of", lang, action=action_name(action, lang), period=period) + f" [{mark}]"]
        if hit.chunk.period == "2021-2027":
            lines.append(message("successor", lang))
    return Answer(query.text, lang, "\n".join(lines), False, citations.items, "fact", hits)


def succeeded_actions(documents: dict[str, DocumentInfo]) -> set[str]:
    """The actions a later programme period replaced, as the manifest says (`succeeded_by`)."""
    return {action for doc in documents.values() if doc.succeeded_by for action in doc.actions}


def _period_note(
    actions: list[str], cited: list[Citation], lang: str, documents: dict[str, DocumentInfo]
) -> str | None:
    periods = {c.period for c in cited}
    if "2014-2020" not in periods:
        return None
    note = message("note", lang)
    succeeded = succeeded_actions(documents)
    for action in actions:
        if action in succeeded:
            return note + message("succeeded_note", lang, action=action_name(action, lang))
    return note + message("period", lang, period="2014–2020")


def compose_answer(
    query: Query,
    hits: list[Hit],
    documents: dict[str, DocumentInfo],
    glossary: Glossary,
    facts: tuple[Fact, ...],
    supported: set[str],
    weights: dict[str, float] | None = None,
    similarity: dict[str, float] | None = None,
    profiles: dict[str, Profile] | None = None,
    cues: AspectCues | None = None,
    title_closeness: dict[str, float] | None = None,
    beside_similarity: dict[str, float] | None = None,
    own_similarity: dict[str, float] | None = None,
) -> Answer:
    """The offline answer to a question from its ranked passages.

    With `profiles` (subjects.py) and documents users added, the question's subject decides which
    documents the answer draws from: an added document's own sentences, or the bundled texts alone.
    """
    lang = query.language
    weights = weights or {}
    retrieved = hits
    aspects, wants_list = _asked_aspects(query, glossary, cues or load_aspect_cues())

    def abstain(detail: str = "") -> Answer:
        return Answer(query.text, lang, message("abstain", lang, detail=detail), True, [], "abstain", retrieved)

    subject = (
        choose_subject(query.text, lang, query.concepts, profiles, glossary, weights, title_closeness)
        if profiles
        else None
    )
    if subject is not None and profiles:
        subject = _by_passages(subject, query, hits, similarity or {}, profiles, glossary, own_similarity or {})
        best = _best_by_document(similarity or {}, {h.chunk.chunk_id: h.chunk.doc_id for h in hits})
        asked_field = asked_fields(query.text, lang)
        subject = by_field(subject, asked_field, query.text, lang, query.concepts, best, profiles, glossary)
    if subject is not None and subject.instead is not None:
        added_hits = [h for h in hits if h.chunk.doc_id in subject.doc_ids]
        if not _covers_aspect(added_hits, aspects, cues or load_aspect_cues()):
            subject = subject.instead
    if subject is not None:
        if subject.added:
            added_hits = [h for h in hits if h.chunk.doc_id in subject.doc_ids]
            if (
                subject.refuse
                or not added_hits
                or absent_marks(query.text, subject.doc_ids, profiles or {})
                or _other_field(query, subject.doc_ids, documents)
            ):
                return abstain()
            # the passages of the documents the answer draws from come first among those it retrieved
            retrieved = added_hits + [h for h in hits if h.chunk.doc_id not in subject.doc_ids]
            return _added_answer(
                query, added_hits, retrieved, documents, glossary, weights, similarity or {}, beside_similarity
            )
        bundled = [h for h in hits if h.chunk.doc_id in subject.doc_ids]
        answer = compose_answer(
            query, bundled, documents, glossary, facts, set(subject.supported), weights, similarity, cues=cues
        )
        answer.retrieved = retrieved
        tied = subject.tied_with
        if tied is not None and not tied.refuse:
            added_hits = [h for h in hits if h.chunk.doc_id in tied.doc_ids]
            if added_hits and _added_wins_tie(answer, query, glossary, added_hits):
                return _added_answer(
                    query, added_hits, retrieved, documents, glossary, weights, similarity or {}, beside_similarity
                )
        guide = _guide_saying_it(
            answer, subject, query, hits, similarity or {}, own_similarity or {}, profiles, documents, glossary
        )
        if guide is not None:
            added_hits = [h for h in hits if h.chunk.doc_id == guide]
            retrieved = added_hits + [h for h in hits if h.chunk.doc_id != guide]
            return _added_answer(
                query, added_hits, retrieved, documents, glossary, weights, similarity or {}, beside_similarity
            )
        return answer
    if not hits or _uncovered(query, glossary, supported) or beyond_texts(
        query.text, lang, query.actions, facts, glossary
    ):
        return abstain()
    # with no action named, the actions of the best passages compete: the best fact or sentence decides
    actions = list(query.actions) or list(dict.fromkeys(a for h in hits[:CANDIDATE_PASSAGES] for a in h.chunk.actions))
    # a user's own document without an action stays a candidate whatever the action
    if not query.actions and asks_current_period(query.text, lang):  # 'the current programme': the period in force
        latest = current_period({h.chunk.period for h in hits if h.chunk.period}, date.today().year)
        actions = list(dict.fromkeys(a for h in hits if h.chunk.period == latest for a in h.chunk.actions)) or actions
    if not query.actions:  # a cost item asked of ('salary costs'): the actions whose claims fund it are in play
        items = set(query.concepts) & COST_ITEMS
        actions += list(dict.fromkeys(f.action for f in facts if items & set(f.facets) and f.action not in actions))
    in_action = [h for h in hits if not h.chunk.actions or set(h.chunk.actions) & set(actions)] or hits
    kinds = asked(query, glossary)
    if query.focus == "period" or (
        query.actions
        and set(query.concepts) - set(query.actions) - GENERIC_TOPICS == set()
        and "period" in query.concepts
        and not PERIOD_AS_CONTEXT.match(query.text)
    ):
        return _period_answer(query, in_action[0], retrieved, documents)
    similarity = similarity or {}
    scoring = _asking(query, glossary, documents)  # the context chose the passages; the asking sentence the claim
    sentences = candidate_sentences(scoring, in_action, glossary, weights, kinds, similarity)
    low, high = similarity_range(similarity)
    retrieved_sentences = sentence_similarities(hits, similarity)
    specific = specific_shares(facts, query, glossary)
    alike = named_alike(facts, query, glossary)
    by_part = part_named(facts, query, glossary)
    scored_facts = sorted(
        (
            (
                fact_score(
                    f,
                    scoring,
                    glossary,
                    weights,
                    kinds,
                    _doc_language(documents, f.doc_id),
                    closeness(f, retrieved_sentences, low, high),
                    # with no action named, the best passage's action is the likelier one
                    TOP_ACTION_BONUS if not query.actions and f.action in hits[0].chunk.actions else 0.0,
                    aspects,
                    wants_list,
                    specific.get(f.id, 0.0),
                    f.id in alike,
                    f.id in by_part,
                ),
                -i,
                f,
            )
            for i, f in enumerate(candidate_facts(facts, actions, kinds))
        ),
        key=lambda t: (t[0], t[1]),
        reverse=True,
    )
    best_fact = scored_facts[0] if scored_facts and scored_facts[0][0] > 0 else None
    refusal = _refusal_in_case(query, scoring, scored_facts, glossary) if best_fact else None
    if refusal is not None:  # the case the question puts is the one a claim refuses: that claim answers, "no"
        best_fact = (best_fact[0], best_fact[1], refusal)
    if best_fact and asks_maximum_count(query.text, lang) and not gives_maximum(best_fact[2].statement["en"]):
        return abstain()  # the largest number allowed is asked; the texts give a minimum, or nothing
    if best_fact and not query.actions and other_field(query.text, lang, [best_fact[2].action]):
        return abstain()  # no action named, and the field asked about is not the best claim's action's
    rate = asked_rate(query.text)
    if best_fact and rate and not gives_rate([*best_fact[2].quotes, best_fact[2].statement["en"]], rate):
        refused = abstain()  # an amount a month, a day, a participant is asked; the claim gives a total
        refused.basis = "rate"  # an added guide saying it may still answer (_guide_saying_it)
        return refused
    if best_fact and asked_of_other(
        query.text, [*best_fact[2].quotes, best_fact[2].statement["en"]], gives_figure(best_fact[2], {"amount"})
    ):
        refused = abstain()  # a fee, a salary or one person's grant is asked; the claim gives a project's grant
        refused.basis = "rate"  # as for a rate: an added guide saying it may still answer (_guide_saying_it)
        return refused
    best_sentence = sentences[0][0] if sentences else 0.0
    answered = best_fact and (not kinds or gives_figure(best_fact[2], kinds))
    citations = _Citations(documents)
    lines: list[str] = []
    yes_no_lead = (
        (lambda statement: asked_sentence_first(statement, query.text, glossary))
        if infer_form(query.text) == "yes_no"
        else None
    )
    if best_fact and (best_fact[0] >= best_sentence or refusal is not None) and (
        answered or not has_evidence(kinds, in_action)
    ):
        if kinds and not answered:
            return abstain(_not_stated(kinds, actions, lang))
        # the best fact first, then other documents' facts making the same point (quoted, not restated)
        chosen = [best_fact[2]] + [
            f for _, _, f in scored_facts if f.point == best_fact[2].point and f is not best_fact[2]
        ]
        doc_lang = _doc_language(documents, chosen[0].doc_id)
        lines.extend(
            _fact_lines(
                chosen,
                in_action,
                hits,
                citations,
                lang,
                lambda quote: sentence_score(quote, doc_lang, query, glossary, weights),
                lists_first=wants_list,
                source_lang=doc_lang,
                lead=yes_no_lead,
            )
        )
        # a claim in play only through the question's specific words is not a curated fact on its topics
        best = best_fact[2]
        on_topic = set(scoring.concepts) & set(best.facets) or (best.aspect in aspects and best.action in scoring.actions)
        basis = "fact" if on_topic else "claim"
        if refusal is not None:
            lines[0] = f"{message('refused', lang)} {lines[0]}"
        elif yes := yes_lead(scoring, best, kinds, glossary, query.text):
            lines[0] = f"{message(yes, lang)} {lines[0]}"
    else:
        if kinds and not has_evidence(kinds, in_action):
            return abstain(_not_stated(kinds, actions, lang))
        if not sentences:
            return abstain()
        top = sentences[0]
        if asked_of_other(query.text, [top[2]], bool(EVIDENCE["amount"].search(top[2]))):
            refused = abstain()  # a fee, a salary or one person's grant is asked; the best sentence says none
            refused.basis = "rate"
            return refused
        claim = claim_of(top[2], top[1].chunk.doc_id, facts)
        if claim is not None:  # the sentence is part of a claim: its statement leads, in the asker's language
            doc_lang = _doc_language(documents, claim.doc_id)
            lines.extend(
                _fact_lines(
                    [claim],
                    in_action,
                    hits,
                    citations,
                    lang,
                    lambda quote: sentence_score(quote, doc_lang, query, glossary, weights),
                    lists_first=wants_list,
                    source_lang=doc_lang,
                    lead=yes_no_lead,
                )
            )
            return _finish(query, lines, citations, documents, hits, "claim")
        lines.append(_lead(top[1], documents, lang))
        picked = [top] + [
            c for c in sentences[1:2] if c[0] >= 0.75 * top[0] and len(top[2]) + len(c[2]) < TWO_SENTENCES_MAX_CHARS
        ]
        lines.extend(_quotes(picked, citations, query.text))
        basis = "extract"
    return _finish(query, lines, citations, documents, hits, basis)


# Kinds of organisation a question can ask about ('can a vocational school take part?'): a claim listing
# one of them (its facets) answers yes
ORGANISATION_KINDS = {
    "higher-education",
    "enterprises",
    "consultancies",
    "training-providers",
    "regulatory-bodies",
    "research-institutes",
    "associations",
    "public-authorities",
}
LISTING_ASPECTS = {"who-can-take-part", "organisation-types", "composition"}
# Cost items a question can ask support for ('saako tukea levitystapahtumiin?'); the texts grant them on a
# condition (only projects planning advanced results), which the claim's statement gives
COST_ITEMS = {"salary-costs", "dissemination-events"}


def yes_lead(query: Query, fact: Fact, kinds: set[str], glossary: Glossary, question: str = "") -> str | None:
    """The phrase leading a yes to 'may K take part / can one get support for C?' when the claim answering
    it names K among those taking part (answer.yes_named) or C among the costs it funds (answer.yes_if);
    None for any other question or claim."""
    if kinds or not asks_permission(query.text):
        return None
    concepts = set(query.concepts) & set(fact.facets)
    if fact.aspect in LISTING_ASPECTS and concepts & ORGANISATION_KINDS:
        return "yes_named"
    if fact.aspect == "costs" and concepts & COST_ITEMS:
        # 'if we only compile good practice?': yes on the claim's condition only when the case asked is it
        question = question or query.text
        if case_text(question) and not says_of_case(
            fact.statement.get(query.language, fact.statement["en"]), question, query.language, glossary
        ):
            return None
        return "yes_if"
    return None


def _refusal_in_case(query: Query, scoring: Query, scored: list, glossary: Glossary) -> Fact | None:
    """For 'may we get C if ...?' (C a cost item), the candidate claim that refuses C in the case the question
    puts (conditions.refuses_in_case), if one does."""
    items = set(scoring.concepts) & COST_ITEMS
    if not items or not asks_permission(query.text) or not case_text(query.text):
        return None
    lang = query.language
    return next(
        (
            f
            for score, _, f in scored
            if score > 0 and refuses_in_case(f.statement.get(lang, f.statement["en"]), items, query.text, lang, glossary)
        ),
        None,
    )


def _by_passages(
    subject: Subject,
    query: Query,
    hits: list[Hit],
    similarity: dict[str, float],
    profiles: dict[str, Profile],
    glossary: Glossary,
    own_similarity: dict[str, float] | None = None,
) -> Subject:
    """A question naming no action that its subject's rules gave to the bundled texts goes to the added
    document whose retrieved sentences are clearly closer to it (subjects.nearest_by_passages); a bundled
    curated fact does not answer it by sharing a topic word ('grant') with it. One given to an added guide by
    the closeness of its title alone goes to the guide closest by the question and by its own words
    (subjects.nearest_by_own_words), if that is another. One given to an added guide that never mentions a
    subject it names goes to the retrieved added guide whose title names it, if any."""
    doc_of = {h.chunk.chunk_id: h.chunk.doc_id for h in hits}
    best = _best_by_document(similarity, doc_of)
    if subject.added and subject.refuse:
        # the added guide chosen never mentions a subject the question names ('ungdomsutbyte' put to the
        # Swedish adult-education guide by shared Swedish words): the added guide whose title names it answers
        # (a title, not a heading: a guide's section on credits does not make a question on credits its own)
        others = [c for c in query.concepts if glossary.concepts[c].kind == "other"]
        period = asked_period(query.text)
        covering = [
            d
            for d, p in profiles.items()
            if p.added
            and d in best
            and all(c in p.title_named for c in others)
            and not (period and p.period and p.period != period)
        ]
        if covering:
            return added_subject({max(covering, key=lambda d: best[d])}, query.concepts, profiles, glossary)
        return subject
    if any(glossary.concepts[c].kind == "action" for c in query.concepts):
        return subject
    if subject.added and len(subject.doc_ids) == 1 and subject.instead is None:
        # a guide chosen by the closeness of its title alone (the question names nothing of it: a Swedish question
        # is close to a Swedish title) gives way to the guide closest by the question and by its own words
        (chosen,) = subject.doc_ids
        if chosen in profiles and names_no_title(query.text, query.language, chosen, profiles, glossary):
            nearest = nearest_by_own_words(
                best, _best_by_document(own_similarity or {}, doc_of), profiles, asked_period(query.text)
            )
            if nearest is not None and nearest != chosen:
                return added_subject({nearest}, query.concepts, profiles, glossary)
        return subject
    if subject.added or subject.tied_with is not None or subject.instead is not None:
        return subject
    nearest = nearest_by_passages(best, profiles, asked_period(query.text))
    return added_subject({nearest}, query.concepts, profiles, glossary) if nearest else subject


def _guide_saying_it(
    answer: Answer,
    subject: Subject,
    query: Query,
    hits: list[Hit],
    similarity: dict[str, float],
    own_similarity: dict[str, float],
    profiles: dict[str, Profile],
    documents: dict[str, DocumentInfo],
    glossary: Glossary,
) -> str | None:
    """The added guide that answers a question the bundled texts answered with a curated fact or claim sharing
    only the aspect asked with it (a grant, a duration, the organisations) and none of the question's own words
    ('extra money per participant with fewer opportunities' answered with a Knowledge Alliance's maximum grant):
    the guide closest to the question both as asked and by its own words alone, however small its lead
    (subjects.nearest_by_own_words). None where the bundled answer says what the question's own words say,
    where it abstains, where the question names an action, or where it describes its situation at length (a
    bundled action described, not named: 'we are a learning centre in Malmö and want, with a university and a
    company, to ...')."""
    if answer.basis not in ("fact", "claim", "rate") or subject.added:
        return None
    if any(glossary.concepts[c].kind == "action" for c in query.concepts):
        return None
    if not any(glossary.concepts[c].kind == "topic" for c in query.concepts):
        return None
    own = own_words(query.text, query.language, glossary)
    if len(own) > OWN_WORDS_MAX:  # a situation described at length (an action described, not named): not one thing
        return None
    languages = {query.language} | {_doc_language(documents, c.doc_id) for c in answer.citations}
    said = {t for lang in languages for t in tokens(answer.text, lang)}
    if not own or own & said:
        return None
    doc_of = {h.chunk.chunk_id: h.chunk.doc_id for h in hits}
    guide = nearest_by_own_words(
        _best_by_document(similarity, doc_of),
        _best_by_document(own_similarity, doc_of),
        profiles,
        asked_period(query.text),
    )
    if guide is None:
        return None
    chosen = added_subject({guide}, query.concepts, profiles, glossary)
    if chosen.refuse or absent_marks(query.text, chosen.doc_ids, profiles) or _other_field(query, {guide}, documents):
        return None
    return guide


def _other_field(query: Query, doc_ids, documents: dict[str, DocumentInfo]) -> bool:
    """Does the question ask about a field of education the added guides' titles leave out (scope.py)?"""
    titles = [(documents[d].title, documents[d].language) for d in doc_ids if d in documents]
    return guide_field_missed(query.text, query.language, titles) is not None


OWN_WORD_MIN = 4  # letters a stem of the question's own words has to count as what it asks about
OWN_WORDS_MAX = 8  # more own words than this: the question describes a situation (2 of 193 bundled questions)
NO_SUBJECT_WORDS = {"erasmus"}  # the programme's name says nothing of what is asked


def own_words(question: str, language: str, glossary: Glossary) -> set[str]:
    """The stems of the question's own words: what no glossary term names ('fewer', 'opportun')."""
    return {
        t
        for t in tokens(glossary.without_concepts(question), language)
        if len(t) >= OWN_WORD_MIN and t not in NO_SUBJECT_WORDS
    }


def _best_by_document(similarity: dict[str, float], doc_of: dict[str, str]) -> dict[str, float]:
    """Each document's best sentence cosine among the retrieved passages' sentences."""
    best: dict[str, float] = {}
    for sentence_id, value in similarity.items():
        doc_id = doc_of.get(sentence_id.rsplit("/", 1)[0])
        if doc_id is not None:
            best[doc_id] = max(best.get(doc_id, -1.0), value)
    return best


def _finish(
    query: Query,
    lines: list[str],
    citations: _Citations,
    documents: dict[str, DocumentInfo],
    hits: list[Hit],
    basis: str,
) -> Answer:
    """The answer's lines with the period note its citations call for."""
    cited_actions = [a for c in citations.items for a in (documents[c.doc_id].actions if c.doc_id in documents else ())]
    note = _period_note(cited_actions, citations.items, query.language, documents)
    if note:
        lines.append(note)
    return Answer(query.text, query.language, "\n".join(lines), False, citations.items, basis, hits)


def _lead(hit: Hit, documents: dict[str, DocumentInfo], lang: str) -> str:
    """The line before quotes, in the asker's language: which document (and section) they come from, and
    in which language it is written when that is not the asker's."""
    doc = documents.get(hit.chunk.doc_id)
    chunk = hit.chunk
    title = chunk.title if chunk.heading == chunk.title else f"{chunk.title} – {chunk.heading}"
    source_lang = doc.language if doc else chunk.language
    return message(
        "lead",
        lang,
        title=title,
        publisher=doc.publisher if doc else chunk.doc_id,
        in_language=in_language(source_lang, lang),
    )


def _quotes(picked: list, citations: _Citations, asked: str) -> list[str]:
    return [
        f"> “{with_list(sentence, hit.chunk.text, asked=asked)}” [{citations.cite(hit, sentence)}]"
        for _, hit, sentence, _ in picked
    ]


def _figure_kinds(query: Query, glossary: Glossary) -> set[str]:
    """The figures a question's wording asks for (count, amount, duration), whatever its topic."""
    return glossary.question_kinds(query.text) & set(EVIDENCE)


def _lacks_figure(answer: Answer, query: Query, glossary: Glossary) -> bool:
    """An abstention, or an answer without a figure of the kind the question asks for (its citation marks
    are no figures)."""
    kinds = _figure_kinds(query, glossary)
    text = CITATION_MARK.sub(" ", answer.text)
    return answer.abstained or bool(kinds) and not any(EVIDENCE[k].search(text) for k in kinds)


def _covers_aspect(hits: list[Hit], aspects: tuple[str, ...], cues: AspectCues) -> bool:
    """Does a sentence of these passages speak of the aspect the question asks first (any, when it asks none)?"""
    if not aspects:
        return True
    return any(
        aspects[0] in cues.asked(sentence, h.chunk.language)
        for h in hits[:ADDED_PASSAGES]
        for sentence in split_sentences(h.chunk.text)
    )


def _added_wins_tie(answer: Answer, query: Query, glossary: Glossary, added_hits: list[Hit]) -> bool:
    """An added document and a bundled text on the same action and period match a question equally: the
    bundled answer stands when it is a curated fact giving the figure asked for (if one is); otherwise the
    added document answers, when its passages give the figure asked for (an abstention gives way to them
    too). A cosine against the curated quotes was tried and dropped: it favours whichever text is in the
    asker's language."""
    kinds = _figure_kinds(query, glossary)
    passages = added_hits[:ADDED_PASSAGES]
    if kinds and not all(
        any(EVIDENCE[k].search(s) for h in passages for s in split_sentences(h.chunk.text)) for k in kinds
    ):
        return answer.abstained
    return answer.basis != "fact" or _lacks_figure(answer, query, glossary)


def _added_answer(
    query: Query,
    hits: list[Hit],
    retrieved: list[Hit],
    documents: dict[str, DocumentInfo],
    glossary: Glossary,
    weights: dict[str, float],
    similarity: dict[str, float],
    beside_similarity: dict[str, float] | None = None,
) -> Answer:
    """An answer from documents users added: their best sentences quoted and cited, under a line saying
    which document they come from (no curated fact speaks for a text nobody curated)."""
    lang = query.language
    sentences = added_sentences(query, hits, glossary, weights, similarity, beside_similarity=beside_similarity)
    kinds = _figure_kinds(query, glossary)
    if kinds and not any(any(EVIDENCE[k].search(s) for k in kinds) for _, _, s, _ in sentences):
        sentences = []  # the figure asked for is nowhere in its passages: not stated, not guessed
    if kinds and unit_missing(asked_in_units(asking_part(query.text)), [s for _, _, s, _ in sentences]):
        sentences = []  # nor when no passage gives a figure in the unit asked ('how many hours a week')
    if (
        not sentences
        or says_out_of_scope(sentences[0][2])
        or asks_what_is_excluded(query, hits, glossary)
        or other_call(asking_part(query.text), sentences[0][1].chunk.title)
    ):
        # nothing to quote, or the best sentence is the document saying the subject is outside its scope
        return Answer(query.text, lang, message("abstain", lang, detail=""), True, [], "abstain", retrieved)
    top = sentences[0]
    # what completes the best sentence from its own passage: the other side of a comparison, or the figure asked
    # for that it lacks (added_pairs.py); else the next-best sentence, when it scores close
    # 'is there extra money if ...?' asks for a sum, though no figure is named (nor refused when none is given)
    wanted = kinds | ({"amount"} if asks_extra_money(query.text) else set())
    completing = (
        other_side(query.text, lang, top, sentences[1:], hits)
        or (
            figure_beside(top, hits, lambda s: any(EVIDENCE[k].search(s) for k in wanted), asked_in_units(query.text))
            if wanted
            else None
        )
        or going_on(top, hits)
    )
    if completing is not None and len(top[2]) + len(completing[2]) < PAIR_MAX_CHARS:
        picked = in_reading_order([top, completing], hits)
    else:
        picked = [top] + [
            c
            for c in sentences[1:3]
            if c[1].chunk.doc_id == top[1].chunk.doc_id
            and c[0] >= ADDED_SECOND_SHARE * top[0]
            and len(top[2]) + len(c[2]) < TWO_SENTENCES_MAX_CHARS
            and not _alike(top[2], c[2])
        ][:1]
    picked = _without_repeats(picked, query.text)
    citations = _Citations(documents)
    lines = [_lead(picked[0][1], documents, lang), *_quotes(picked, citations, query.text)]
    yes_no = infer_form(query.text) == "yes_no"
    over = over_limit(query.text, picked[0][2]) if yes_no else None
    if over:  # 'We have 40 pupils; can they all come?' 'At most 30 participants.'
        lines.insert(0, message("over_limit", lang, n=str(over[0]), limit=str(over[1])))
    elif yes_no and _refused(query, picked[0][2], picked[0][1].chunk.title):
        lines.insert(0, message("refused", lang))  # 'Can we apply as a consortium?' 'A consortium cannot apply.'
    return Answer(query.text, lang, "\n".join(lines), False, citations.items, "extract", retrieved)


def _refused(query: Query, sentence: str, title: str) -> bool:
    """A yes/no question on who may apply or take part, answered by a sentence that plainly rules it out."""
    return asks_who_may_apply(asking_part(query.text)) and refuses(sentence, query.text, title)


def _alike(a: str, b: str) -> bool:
    """Two sentences of one template (a long guide repeats its wording section after section, with other
    figures; a table's rows give the same columns for another key): the second says nothing the first
    does not, but a different figure that confuses."""
    kind = row_kind(BULLET.sub("", a)) if BULLET.match(a) else ""
    if kind and BULLET.match(b) and kind == row_kind(BULLET.sub("", b)):
        return True
    wa, wb = set(fold(a).split()), set(fold(b).split())
    return len(wa & wb) >= ALIKE_SHARE * max(len(wa), len(wb), 1)


def _asking(query: Query, glossary: Glossary, documents: dict[str, DocumentInfo]) -> Query:
    """For a question after context ('We are a school in Utrecht working with care homes. Where do we
    apply?'), the sentence that asks, read on its own (with the question's actions when it names none), so
    the claim answers what is asked rather than what the context talks about; the question itself when it
    is one sentence or its asking sentence names no topic ('Is that enough?'). A follow-up read with the
    question before it ('Must reports be open resources? What about the University-Business Forum?') is
    read whole, with the topic its last sentence names as the focus."""
    sentence = asking_part(query.text)
    if sentence == query.text.strip():
        last = question_sentence(query.text)
        if last != sentence:  # a follow-up read with the question before it: what it names anew is the focus
            if NARROWS_SUBJECT.search(last):  # 'and the ones from partner countries?': the last question's aspect
                return query
            named = [c for c in glossary.find(last) if glossary.concepts[c].kind == "topic"]
            return replace(query, focus=named[0]) if named else query
        return query
    languages = tuple(sorted({d.language for d in documents.values()}))
    asking = analyse(sentence, query.language, glossary, languages)
    if not any(glossary.concepts[c].kind == "topic" for c in asking.concepts):
        return query
    actions = asking.actions or query.actions
    return replace(asking, actions=actions, concepts=tuple(dict.fromkeys(asking.concepts + actions)))


def _asked_aspects(query: Query, glossary: Glossary, cues: AspectCues) -> tuple[tuple[str, ...], bool]:
    """The aspects the question asks for and whether it wants a whole list, from its words without the
    action's name ('Sector Skills Alliances' does not ask about sectors), in the sentence that asks."""
    plain = glossary.without_actions(asking_part(query.text))
    aspects = cues.asked(plain, query.language)
    if not aspects and query.actions and asks_what_it_is(plain, query.language):
        # 'What is a Sector Skills Alliance?': what the action is, else what it is for (not its composition)
        return ("about", "aims"), False
    if unit_kind(plain, query.language):  # 'how many years' asks no composition
        aspects = tuple(a for a in aspects if a != "composition")
    # 'what is the difference between X and Y?' wants each side's points, not a list
    return aspects, cues.wants_list(plain, query.language) and not asks_comparison(query.text)


# 'what is ...?', 'vad är ...?', 'mikä on ...?', 'wat is ...?' with nothing left once the action is named
WHAT_IS = re.compile(
    r"^\W*(?:what(?:'s|’s|\s+is|\s+are|\s+exactly\s+(?:is|are))|vad\s+(?:är|innebär)|mikä\s+on|mitkä\s+ovat"
    r"|mitä\s+(?:on|ovat)|wat\s+(?:is|zijn|houdt|houden)|wat\s+betekent)(?!\w)",
    re.IGNORECASE,
)
ARTICLES = re.compile(r"(?<!\w)(?:a|an|the|en|ett|de|det|een|het|exactly|precis|eigenlijk|oikein|in)(?!\w)", re.IGNORECASE)


def asks_what_it_is(plain: str, language: str) -> bool:
    """Does the asking sentence, its action's name taken out (`plain`), ask only what the action is?"""
    found = WHAT_IS.match(plain)
    if not found:
        return False
    rest = ARTICLES.sub(" ", plain[found.end() :])
    return not tokens(rest, language)


def _without_repeats(picked: list, asked: str | None = None) -> list:
    """The quotes less any that another one contains (a table row alone and inside its joined rows): the
    longer is kept; of two alike, the first."""
    texts = [with_list(sentence, hit.chunk.text, asked=asked) for _, hit, sentence, _ in picked]
    kept = []
    for i, candidate in enumerate(picked):
        if any(j != i and texts[i] in texts[j] and (texts[i] != texts[j] or j < i) for j in range(len(texts))):
            continue
        kept.append(candidate)
    return kept


def _doc_language(documents: dict[str, DocumentInfo], doc_id: str) -> str:
    doc = documents.get(doc_id)
    return doc.language if doc else "en"


def _not_stated(kinds: set[str], actions: list[str], lang: str) -> str:
    """Why an answer abstains: the figure the action's text does not give (nothing when no action is in play)."""
    if not actions:  # the passages are from a user's documents that name no action
        return ""
    action = actions[0]
    kind = min(kinds)
    return message("not_stated", lang, action=action_name(action, lang), what=what(kind, lang))


def _fact_lines(
    chosen: list[Fact],
    in_action: list[Hit],
    hits: list[Hit],
    citations: _Citations,
    lang: str,
    pick_quote,
    lists_first: bool = False,
    source_lang: str = "",
    lead=None,
) -> list[str]:
    """The fact stated in the asker's language, cited to its own document only, and the source quotes
    that fit best (other documents making the same point are quoted with their own citation); for a
    "which ...?" question, a claim's whole list is quoted first."""

    def found(fact: Fact) -> bool:
        return any(_hit_with(in_action, fact.doc_id, q) or _hit_with(hits, fact.doc_id, q) for q in fact.quotes)

    # the statement comes from a fact whose own passage was retrieved; the point's own fact first
    chosen = sorted(chosen, key=lambda f: (not found(f), f.point != f.id))
    own_marks = []
    quoted: list[tuple[str, int]] = []
    for fact in chosen:
        for quote, hit, text, members in _quotable(fact, in_action, hits, pick_quote, lists_first):
            if any(fold(quote) in fold(q) for q, _ in quoted):
                continue  # already quoted with the list it belongs to
            fits = sum(len(q) for q, _ in quoted) + len(text) <= QUOTES_MAX_CHARS
            if fact is chosen[0]:
                mark = citations.cite(hit, members[0])
                for member in members[1:]:  # a list's other sentences, highlighted in the source after the best
                    citations.cite(hit, member)
                own_marks.append(mark)
                # the best quote always; further quotes while the answer stays short
                if not quoted or fits:
                    quoted.append((text, mark))
            elif fits:  # another document making the same point: quoted with its own citation
                quoted.append((text, citations.cite(hit, members[0])))
                break
    statement = chosen[0].statement.get(lang, chosen[0].statement["en"])
    if lead is not None:  # a yes/no question: the sentence saying what it asks first (lead.py)
        statement = lead(statement)
    if lang == source_lang:  # asked in the text's own language: a quote the statement restates is not repeated
        quoted = [(text, mark) for text, mark in quoted if not _restates(statement, text, lang)] or quoted[:0]
    lines = [statement + " " + "".join(f"[{m}]" for m in sorted(set(own_marks)))]
    lines += [f"> “{text}” [{mark}]" for text, mark in quoted]
    return lines


RESTATED_SHARE = 0.7  # a quote whose words the statement mostly uses is restated by it


def _restates(statement: str, quote: str, lang: str) -> bool:
    """Whether a statement in the quote's own language says what the quote says, in mostly its words (the
    quote stays highlighted in its citation; the answer does not say it twice). A quote that gives a figure
    is always shown: it is the figure's evidence, in the text's own words."""
    if numbers_known(quote) - {1.0}:  # 'en bransch', 'one sector' is an article, not a figure
        return False
    words = set(tokens(quote, lang))
    return bool(words) and len(words & set(tokens(statement, lang))) / len(words) >= RESTATED_SHARE


ENUMERATION_COMMAS = 4  # 'for example study material, web material, handbooks, guides, ...'


def _enumerates(text: str) -> bool:
    """A sentence that lists things in prose (several commas or semicolons)."""
    return text.count(",") + text.count(";") >= ENUMERATION_COMMAS


def _quotable(
    fact: Fact, in_action: list[Hit], hits: list[Hit], pick_quote, lists_first: bool = False
) -> list[tuple[str, Hit, str, list[str]]]:
    """A claim's retrieved quotes as an answer shows them, best-fitting first: a list's items are shown with
    the sentence that introduces them (the whole list), scored by the best of them. Each comes with the
    quotes it shows, the best-fitting first (what the source view highlights)."""
    found = []
    for quote in fact.quotes:
        hit = _hit_with(in_action, fact.doc_id, quote) or _hit_with(hits, fact.doc_id, quote)
        if hit:
            found.append((quote, hit, with_list(quote, hit.chunk.text)))
    units = []
    for quote, hit, text in found:
        if any(other is not text and len(other) > len(text) and fold(quote) in fold(other) for _, _, other in found):
            continue  # an item: quoted with its list
        members = sorted((q for q, _, _ in found if fold(q) in fold(text)), key=pick_quote, reverse=True)
        units.append((pick_quote(members[0]), quote, hit, text, members))
    # for a "which ...?" question the list comes first: a bulleted one, or a sentence that enumerates
    units.sort(key=lambda u: (lists_first and (u[3] != u[1] or _enumerates(u[3])), u[0]), reverse=True)
    return [(quote, hit, text, members) for _, quote, hit, text, members in units]
