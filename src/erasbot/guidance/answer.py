"""Grounded offline answers: the facts stated exactly, the sentences quoted and cited, or an abstention.

Pure: takes the understood question and the ranked passages, returns an Answer.
An answer abstains when the question is about something the texts do not
cover (an Erasmus+ topic absent from every document, or a figure the texts of
that action never give), not when a similarity score is low.
"""

from __future__ import annotations

import re
from datetime import date

from erasbot.forms import asking_part, asks_if_said, infer_form
from erasbot.guidance.added_answer import CITATION_MARK, added_answer, added_wins_tie, covers_aspect
from erasbot.guidance.added_places import asked_country
from erasbot.guidance.added_routing import (
    Routing,
    best_by_document,
    by_passages,
    doc_language,
    guide_comparing,
    guide_for_uncovered,
    guide_over_older_text,
    guide_saying_it,
    guide_when_bundled_abstain,
    guides_miss_field,
)
from erasbot.guidance.amount_of import asked_of_other
from erasbot.guidance.aspects import AspectCues, load_aspect_cues
from erasbot.guidance.citations import Answer, Citations
from erasbot.guidance.corpus import DocumentInfo
from erasbot.guidance.fact_lines import fact_lines
from erasbot.guidance.facts import Fact, claim_of
from erasbot.guidance.field_subject import by_field
from erasbot.guidance.fields import asked_fields
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.lead import asked_sentence_first
from erasbot.guidance.lexical import tokens
from erasbot.guidance.list_count import count_lead
from erasbot.guidance.named_sources import named_sources, publisher_source
from erasbot.guidance.period_answer import period_answer, period_note
from erasbot.guidance.profiles import (
    MARK,
    PERIOD,
    Profile,
    absent_countries,
    absent_marks,
    asked_period,
    names_excluded,
)
from erasbot.guidance.question_asks import (
    GENERIC_TOPICS,
    PERIOD_AS_CONTEXT,
    asked,
    asked_aspects,
    asking_query,
    asks_a_figure,
    counted_words,
    gives_a_figure,
    uncovered,
)
from erasbot.guidance.quoting import TWO_SENTENCES_MAX_CHARS, lead_line, quote_lines
from erasbot.guidance.retrieval import Hit, Query
from erasbot.guidance.scope import (
    asked_rate,
    asks_current_period,
    asks_everyday_thing,
    asks_maximum_count,
    asks_minimum_amount,
    asks_never_covered,
    beyond_texts,
    current_period,
    gives_maximum,
    gives_minimum,
    gives_rate,
    other_field,
)
from erasbot.guidance.selection import (
    CANDIDATE_PASSAGES,
    EVIDENCE,
    SIMILARITY_WEIGHT,
    TOP_ACTION_BONUS,
    asks_examples,
    candidate_facts,
    candidate_sentences,
    closeness,
    fact_score,
    gives_figure,
    has_evidence,
    named_alike,
    part_named,
    sentence_score,
    sentence_similarities,
    similarity_range,
    specific_shares,
    standing_in,
    whole_aspects,
)
from erasbot.guidance.subjects import checked_only, choose_subject
from erasbot.guidance.units import asked_units, unit_missing
from erasbot.guidance.wording import action_name, message, what
from erasbot.guidance.yes_lead import COST_ITEMS, refusal_in_case, yes_lead
from erasbot.text import fold, one_slip

SAME_STEM_MIN = 5  # letters of an answer's stem a question's word may begin with, or be one slip from


# requirements an action's texts set of their own, not to be read into another action's ('the Erasmus charter')
OWN_REQUIREMENTS = frozenset({"eche"})


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
    lang = query.said_in  # the question is read in query.language; the answer is said in this one
    weights = weights or {}
    retrieved = hits
    cue_table = cues or load_aspect_cues()
    aspects, wants_list = asked_aspects(query, glossary, cue_table)

    def abstain(detail: str = "") -> Answer:
        return Answer(query.text, lang, message("abstain", lang, detail=detail), True, [], "abstain", retrieved)

    subject = (
        choose_subject(query.text, query.language, query.concepts, profiles, glossary, weights, title_closeness)
        if profiles
        else None
    )
    routing = Routing(query, hits, similarity or {}, own_similarity or {}, profiles or {}, documents, glossary)
    if subject is not None and profiles:
        subject = by_passages(subject, routing)
        best = best_by_document(similarity or {}, {h.chunk.chunk_id: h.chunk.doc_id for h in hits})
        asked_field = asked_fields(query.text, query.language)
        subject = by_field(subject, asked_field, query.text, query.language, query.concepts, best, profiles, glossary)
    passed_over = None  # the added guide chosen instead of the bundled texts that speaks of no aspect asked
    if subject is not None and subject.instead is not None:
        added_hits = [h for h in hits if h.chunk.doc_id in subject.doc_ids]
        if not covers_aspect(added_hits, aspects, cue_table):
            passed_over, subject = subject, subject.instead
    if subject is not None:
        if subject.added:
            added_hits = [h for h in hits if h.chunk.doc_id in subject.doc_ids]
            if (
                (subject.refuse and not checked_only(query.text, subject.checkable, glossary))
                or not added_hits
                # the weather this weekend, naming no topic of the guidance: no guide's matter
                or (not query.concepts and asks_everyday_thing(query.text, query.language, glossary))
                or absent_marks(query.text, subject.doc_ids, profiles or {})
                # a rate or a figure asked for a country none of the guides names
                or (
                    (asked_rate(query.text) or asks_a_figure(query, glossary))
                    and absent_countries(query.text, subject.doc_ids, profiles or {})
                )
                or names_excluded(query.text, subject.doc_ids, profiles or {})
                or guides_miss_field(query, subject.doc_ids, documents)
            ):
                from_guide = abstain()
            else:
                # the passages of the documents the answer draws from come first among those it retrieved
                retrieved = added_hits + [h for h in hits if h.chunk.doc_id not in subject.doc_ids]
                from_guide = added_answer(
                    query, added_hits, retrieved, documents, glossary, weights, similarity or {}, beside_similarity
                )
            if not (from_guide.abstained and subject.instead is not None and asks_generically(query, glossary)):
                return from_guide
            # the current programme's guide chosen over an earlier text does not say it, and the question names the
            # action only by a name of both periods ('aikuiskoulutuksen kumppanuushanke'): the earlier text answers
            subject = subject.instead
        bundled = [h for h in hits if h.chunk.doc_id in subject.doc_ids]
        answer = compose_answer(
            query, bundled, documents, glossary, facts, set(subject.supported), weights, similarity, cues=cues
        )
        answer.retrieved = retrieved
        tied = subject.tied_with
        if tied is not None and not tied.refuse:
            added_hits = [h for h in hits if h.chunk.doc_id in tied.doc_ids]
            if added_hits and added_wins_tie(answer, query, glossary, added_hits):
                return added_answer(
                    query, added_hits, retrieved, documents, glossary, weights, similarity or {}, beside_similarity
                )
        guide = guide_saying_it(answer, subject, routing) or guide_when_bundled_abstain(answer, subject, routing)
        if guide is not None:
            added_hits = [h for h in hits if h.chunk.doc_id == guide]
            retrieved = added_hits + [h for h in hits if h.chunk.doc_id != guide]
            return added_answer(
                query, added_hits, retrieved, documents, glossary, weights, similarity or {}, beside_similarity
            )
        # a bundled answer from an earlier programme's text, or a refusal of what the bundled texts do not cover: an
        # added guide answers instead where its own answer does not abstain
        fallback = (
            guide_over_older_text(answer, subject, routing)
            or guide_for_uncovered(answer, subject, routing)
            or guide_comparing(answer, subject, routing)
        )
        if fallback is None and answer.abstained and passed_over is not None and len(passed_over.doc_ids) == 1:
            # the bundled texts refuse what the guide chosen first was passed over for (its aspect read from 'the
            # grant for a cooperation partnership'): the guide answers where its own sentences say it
            (fallback,) = passed_over.doc_ids
        if fallback is not None:
            added_hits = [h for h in hits if h.chunk.doc_id == fallback]
            from_guide = added_answer(
                query,
                added_hits,
                added_hits + [h for h in hits if h.chunk.doc_id != fallback],
                documents,
                glossary,
                weights,
                similarity or {},
                beside_similarity,
            )
            if not from_guide.abstained:
                return from_guide
        return answer
    if (
        not hits
        or uncovered(query, glossary, supported)
        or beyond_texts(query.text, query.language, query.actions, facts, glossary)
    ):
        return abstain()
    if (
        asks_never_covered(query.text, query.language)
        or other_period(query.text, documents)
        or (asks_a_figure(query, glossary) and unnamed_years(query.text, hits))
    ):
        refused = abstain()  # nothing the bundled texts say answers it; an added guide saying it still may
        refused.basis = "rate"  # (added_routing.guide_saying_it)
        return refused
    # with no action named, the actions of the best passages compete: the best fact or sentence decides
    actions = list(query.actions) or list(dict.fromkeys(a for h in hits[:CANDIDATE_PASSAGES] for a in h.chunk.actions))
    # a user's own document without an action stays a candidate whatever the action
    if not query.actions and asks_current_period(
        query.text, query.language
    ):  # 'the current programme': the period in force
        latest = current_period({h.chunk.period for h in hits if h.chunk.period}, date.today().year)
        actions = list(dict.fromkeys(a for h in hits if h.chunk.period == latest for a in h.chunk.actions)) or actions
    if not query.actions:  # a cost item asked of ('salary costs'): the actions whose claims fund it are in play
        items = set(query.concepts) & COST_ITEMS
        actions += list(dict.fromkeys(f.action for f in facts if items & set(f.facets) and f.action not in actions))
    in_action = [h for h in hits if not h.chunk.actions or set(h.chunk.actions) & set(actions)] or hits
    kinds = asked(query, glossary)
    # 'how long did a Knowledge Alliance last in 2014–2020?': a figure asked within a period it names
    figure_in_period = bool(kinds) and bool(PERIOD.search(query.text))
    if (query.focus == "period" and not figure_in_period) or (
        query.actions
        and set(query.concepts) - set(query.actions) - GENERIC_TOPICS == set()
        and "period" in query.concepts
        and not PERIOD_AS_CONTEXT.match(query.text)
        and not figure_in_period
        # 'What outputs are the alliances from 2014-2020 encouraged to produce?': the period names the action; the
        # aspect its words cue is asked
        and not (aspects and PERIOD.search(query.text) and not asks_succession(query.text, glossary))
    ):
        return period_answer(query, in_action[0], retrieved, documents)
    asks_more = set(query.concepts) - set(query.actions) - {"period"} - GENERIC_TOPICS  # than which action, when
    if (
        query.actions
        and asks_more
        and (named := {f"{a}-{b}" for a, b in PERIOD.findall(query.text)})
        and not asks_succession(query.text, glossary)
    ):
        # 'how long does a strategic partnership last in 2021-2027?': the texts on the action are of another
        # period, so what they say does not answer for the one named ('what took its place in 2021-2027?' asks
        # only which action, and the period answer above says)
        own = {d.period for d in documents.values() if d.period and set(d.actions) & set(query.actions)}
        if own and not named & own:
            action = query.actions[0]
            return abstain(message("period_not_covered", lang, action=action_name(action, lang), period=_span(own)))
    similarity = similarity or {}
    scoring = asking_query(query, glossary, documents)  # the context chose the passages; the asking sentence the claim
    sentences = candidate_sentences(scoring, in_action, glossary, weights, kinds, similarity)
    low, high = similarity_range(similarity)
    retrieved_sentences = sentence_similarities(hits, similarity)
    specific = specific_shares(facts, query, glossary)
    alike = named_alike(facts, query, glossary)
    by_part = part_named(facts, query, glossary)
    candidates = list(candidate_facts(facts, actions, kinds))
    if query.actions and any(
        c in OWN_REQUIREMENTS
        and not any(c in f.facets for f in facts if f.action in query.actions)
        and not any(glossary.occurs(c, h.chunk.text) for h in in_action)
        for c in query.concepts
    ):
        # 'Moet een hogeschool in die nieuwe allianties ook een Erasmus-handvest hebben?': a requirement only another
        # action's texts set (the charter, for Knowledge Alliances) is not one the named action's texts speak of
        refused = abstain()
        refused.basis = "rate"  # an added guide saying it may still answer (guide_saying_it)
        return refused
    if named := named_sources(query.text):  # 'according to the Finnish agency': that publisher's claims
        own = [
            f
            for f in candidates
            if f.doc_id in documents and publisher_source(documents[f.doc_id].publisher) == named[0]
        ]
        candidates = own or candidates
    aspects = standing_in(whole_aspects(aspects, candidates, set(by_part)), candidates, cue_table.stand_in)
    # the aspect asked first: who coordinates is asked first whatever else the words cue ('vem får vara koordinator')

    def said_none(missing: set[str]) -> Answer | None:
        """'Staat er op de pagina iets over het minimum aantal partners?' of a text naming no number: 'no', and
        what the text says on the aspect asked (a referral to the Programme Guide), not a refusal."""
        if not (missing and query.actions and aspects and asks_if_said(query.text)):
            return None
        on_aspect = [f for f in facts if f.aspect == aspects[0] and f.action == query.actions[0]]
        if not on_aspect:
            return None
        claim = max(on_aspect, key=lambda f: len(set(f.facets) & set(query.concepts)))
        citations = Citations(documents)
        name = action_name(query.actions[0], lang)
        lines = [message("said_none", lang, action=name, what=what(min(missing), lang))]
        lines.extend(claim_lines(claim, citations))
        return _finish(query, lines, citations, documents, hits, "claim", glossary, figure_asked=False)

    def claim_lines(claim: Fact, citations: Citations, **options) -> list[str]:
        """One claim's lines: its statement and the quotes that fit the question best."""
        doc_lang = doc_language(documents, claim.doc_id)
        return fact_lines(
            [claim],
            in_action,
            hits,
            citations,
            lang,
            lambda quote: quote_fit(
                quote, claim.doc_id, doc_lang, query, glossary, weights, retrieved_sentences, (low, high)
            ),
            source_lang=doc_lang,
            **options,
        )

    unsaid = aspects[0] if aspects and aspects[0] in UNSAID_ASPECTS else None
    unsaid = unsaid if len(aspects) == 1 or unsaid == "coordinator" else None
    if (
        query.actions
        and unsaid is not None
        # the country table answers a country asked; and a coordinator is asked by name ('in Leiden' leads nothing)
        and not (
            unsaid == "coordinator" and (asked_country(query.text) or not NAMES_COORDINATOR.search(fold(query.text)))
        )
        and not any(f.aspect == unsaid and f.action in query.actions for f in facts)
    ):
        # how or where to apply, or who coordinates, asked of an action whose texts never say it (the claims cover
        # every sentence)
        return abstain(_not_stated({unsaid}, list(query.actions), lang))
    scored_facts = sorted(
        (
            (
                fact_score(
                    f,
                    scoring,
                    glossary,
                    weights,
                    kinds,
                    doc_language(documents, f.doc_id),
                    closeness(f, retrieved_sentences, low, high),
                    # with no action named, the best passage's action is the likelier one
                    TOP_ACTION_BONUS if not query.actions and f.action in hits[0].chunk.actions else 0.0,
                    aspects,
                    wants_list,
                    specific.get(f.id, 0.0),
                    f.id in alike,
                    f.id in by_part,
                    asks_examples(query.text),
                ),
                -i,
                f,
            )
            for i, f in enumerate(candidates)
        ),
        key=lambda t: (t[0], t[1]),
        reverse=True,
    )
    best_fact = scored_facts[0] if scored_facts and scored_facts[0][0] > 0 else None
    refusal = refusal_in_case(query, scoring, scored_facts, glossary) if best_fact else None
    if refusal is not None:  # the case the question puts is the one a claim refuses: that claim answers, "no"
        best_fact = (best_fact[0], best_fact[1], refusal)
    if best_fact and asks_maximum_count(query.text, query.language) and not gives_maximum(best_fact[2].statement["en"]):
        return abstain()  # the largest number allowed is asked; the texts give a minimum, or nothing
    if (
        best_fact
        and "amount" in kinds
        and asks_minimum_amount(query.text)
        and not gives_minimum(best_fact[2].statement["en"])
    ):
        refused = abstain()  # the least sum is asked; the texts give a ceiling only
        refused.basis = "rate"  # an added guide giving it may still answer (guide_saying_it)
        return refused
    if best_fact and not query.actions and other_field(query.text, query.language, [best_fact[2].action]):
        return abstain()  # no action named, and the field asked about is not the best claim's action's
    rate = asked_rate(query.text)
    if best_fact and rate and not gives_rate([*best_fact[2].quotes, best_fact[2].statement["en"]], rate):
        refused = abstain()  # an amount a month, a day, a participant is asked; the claim gives a total
        refused.basis = "rate"  # an added guide saying it may still answer (guide_saying_it)
        return refused
    if best_fact and asked_of_other(
        query.text, [*best_fact[2].quotes, best_fact[2].statement["en"]], gives_figure(best_fact[2], {"amount"})
    ):
        refused = abstain()  # a fee, a salary or one person's grant is asked; the claim gives a project's grant
        refused.basis = "rate"  # as for a rate: an added guide saying it may still answer (guide_saying_it)
        return refused
    if best_fact and wants_list and counts_without_listing(best_fact[2].statement["en"], query, glossary):
        # 'which are the 14 ecosystems?': the text counts them ('the 14 industrial ecosystems') but lists none
        return abstain(_not_stated({"list"}, [best_fact[2].action], lang))
    best_sentence = sentences[0][0] if sentences else 0.0
    answered = best_fact and (not kinds or gives_figure(best_fact[2], kinds))
    citations = Citations(documents)
    lines: list[str] = []
    yes_no_lead = (
        (lambda statement: asked_sentence_first(statement, query.text, glossary))
        if infer_form(query.text) == "yes_no"
        else None
    )
    if (
        best_fact
        and (best_fact[0] >= best_sentence or refusal is not None)
        and (answered or not has_evidence(kinds, in_action))
    ):
        if kinds and not answered:
            return said_none(kinds) or abstain(_not_stated(kinds, actions, lang))
        # the best fact first, then other documents' facts making the same point (quoted, not restated)
        chosen = [best_fact[2]] + [
            f for _, _, f in scored_facts if f.point == best_fact[2].point and f is not best_fact[2]
        ]
        doc_lang = doc_language(documents, chosen[0].doc_id)
        lines.extend(
            fact_lines(
                chosen,
                in_action,
                hits,
                citations,
                lang,
                lambda quote: quote_fit(
                    quote, chosen[0].doc_id, doc_lang, query, glossary, weights, retrieved_sentences, (low, high)
                ),
                lists_first=wants_list,
                source_lang=doc_lang,
                lead=yes_no_lead,
            )
        )
        # a claim in play only through the question's specific words is not a curated fact on its topics
        best = best_fact[2]
        on_topic = set(scoring.concepts) & set(best.facets) or (
            best.aspect in aspects and best.action in scoring.actions
        )
        basis = "fact" if on_topic else "claim"
        if refusal is not None:
            lines[0] = f"{message('refused', lang)} {lines[0]}"
        elif yes := yes_lead(scoring, best, kinds, glossary, query.text):
            lines[0] = f"{message(yes, lang)} {lines[0]}"
        elif counted := count_lead(query.text, best.statement.get(lang, ""), lang, glossary):
            lines[0] = f"{counted} {lines[0]}"  # 'how many sectors are there?' and a list naming no number
    else:
        if kinds and not has_evidence(kinds, in_action):
            return said_none(kinds) or abstain(_not_stated(kinds, actions, lang))
        if not sentences:
            return abstain()
        top = sentences[0]
        if asked_of_other(query.text, [top[2]], bool(EVIDENCE["amount"].search(top[2]))):
            refused = abstain()  # a fee, a salary or one person's grant is asked; the best sentence says none
            refused.basis = "rate"
            return refused
        claim = claim_of(top[2], top[1].chunk.doc_id, facts)
        if claim is not None:  # the sentence is part of a claim: its statement leads, in the asker's language
            lines.extend(claim_lines(claim, citations, lists_first=wants_list, lead=yes_no_lead))
            return _finish(query, lines, citations, documents, hits, "claim", glossary)
        lines.append(lead_line(top[1], documents, lang))
        picked = [top] + [
            c for c in sentences[1:2] if c[0] >= 0.75 * top[0] and len(top[2]) + len(c[2]) < TWO_SENTENCES_MAX_CHARS
        ]
        lines.extend(quote_lines(picked, citations, query.text))
        basis = "extract"
    return _finish(query, lines, citations, documents, hits, basis, glossary)


def quote_fit(
    quote: str,
    doc_id: str,
    doc_lang: str,
    query: Query,
    glossary: Glossary,
    weights: dict[str, float],
    sentences: dict[str, list[tuple[str, float]]],
    scale: tuple[float, float],
) -> float:
    """How well a claim's quote fits the question: by its words and topics, and, for a question in another language
    than the quote's (a Finnish question, a Swedish quote: few words meet), by its cosine to the question too, so
    the quote saying what is asked is shown among the claim's several."""
    score = sentence_score(quote, doc_lang, query, glossary, weights)
    low, high = scale
    if query.language != doc_lang and high > low:
        folded = fold(quote)
        sims = [sim for text, sim in sentences.get(doc_id, ()) if folded in text or text in folded]
        score += SIMILARITY_WEIGHT * (max(sims) - low) / (high - low) if sims else 0.0
    return score


def _finish(
    query: Query,
    lines: list[str],
    citations: Citations,
    documents: dict[str, DocumentInfo],
    hits: list[Hit],
    basis: str,
    glossary: Glossary,
    figure_asked: bool = True,
) -> Answer:
    """The answer's lines with the period note its citations call for; an abstention when the question's
    wording asks for a figure and no line gives one (the line saying where quotes come from is not one), or
    asks to count a thing no glossary term names and no line speaks of ('how many project meetings ...?'
    answered with the number of organisations)."""
    cited_actions = [a for c in citations.items for a in _actions_of(documents, c.doc_id)]
    # a share asked ('what percentage ...?', 'kuinka monta prosenttia') is a figure asked, whatever the wording
    kind = "share" if "percent" in asked_units(asking_part(query.text)) else asks_a_figure(query, glossary)
    if figure_asked and kind and not _gives_count_asked(query, lines, basis, citations, documents, glossary):
        # 'how many project meetings ...?' answered without a figure, or with a count of something else
        lang = query.said_in
        detail = _not_stated({kind}, list(query.actions) or cited_actions, lang)
        # as for a rate: an added guide giving the figure may still answer (added_routing.guide_saying_it)
        return Answer(query.text, lang, message("abstain", lang, detail=detail), True, [], "rate", hits)
    note = period_note(cited_actions, citations.items, query.said_in, documents)
    if note:
        lines.append(note)
    ranked = cited_first(hits, citations)
    return Answer(query.text, query.said_in, "\n".join(lines), False, citations.items, basis, ranked)


def cited_first(hits: list[Hit], citations: Citations) -> list[Hit]:
    """The retrieved passages with those the answer cites first, in citation order: the answer's choice of
    claim and sentence reranks them (as an added document's passages come first when it answers)."""
    order = {c.chunk_id: i for i, c in reversed(list(enumerate(citations.items)))}
    return sorted(hits, key=lambda h: order.get(h.chunk.chunk_id, len(order)))


def _gives_count_asked(
    query: Query,
    lines: list[str],
    basis: str,
    citations: Citations,
    documents: dict[str, DocumentInfo],
    glossary: Glossary,
) -> bool:
    """Does an answer's text (not the line saying where its quotes come from) give a figure, and, for 'how many
    X?' with X no glossary term names, speak of X in the asker's or a cited text's language? A number word
    counts as a figure; Swedish 'en', 'ett' and Dutch 'een', mostly articles, only where the words around them
    make them the number one (question_asks.gives_a_figure)."""
    said = CITATION_MARK.sub(" ", "\n".join(lines[1:] if basis == "extract" else lines))
    if not gives_a_figure(said, query, glossary):
        return False
    if unit_missing(asked_units(asking_part(query.text)) & {"percent"}, [said]):
        return False  # a share asked ('how many percent ... in advance?') answered with a sum
    if (topic := counted_topic(asking_part(query.text), glossary)) and not glossary.occurs(topic, said):
        return False  # 'uit hoeveel landen moeten die komen?' answered with 'twee soorten activiteiten'
    counted = counted_words(query, glossary)
    if not counted:
        return True
    languages = {query.language, *(doc_language(documents, c.doc_id) for c in citations.items)}
    stems = {t for lang in languages for t in tokens(said, lang)}
    # a compound holding the counted word speaks of it ('kunskapsallians' of 'allianser'); a typing slip in it
    # ('organisatons') still names what the answer counts
    folded = fold(said)
    return any(t in stems or (len(t) >= 4 and t in folded) or any(_same_word(t, s) for s in stems) for t in counted)


# what a count asked may be of that an answer giving it names ('how many countries', 'hoeveel landen',
# 'montako maata'): its glossary topic
COUNTED_TOPICS = ("programme-countries", "organisations")
# the words asking how many, Dutch 'hoeveel' too, and the two words after them (folded)
_COUNT_ASKED = re.compile(r"(?<!\w)(?:how many|hur manga|kuinka monta|montako|hoeveel)\s+((?:\S+\s+){0,1}\S+)")


def counted_topic(asking: str, glossary: Glossary) -> str | None:
    """The topic a 'how many ...?' counts when it is a number of countries or of organisations, else None."""
    found = _COUNT_ASKED.search(fold(asking).lower())
    if found is None:
        return None
    named = glossary.find(found.group(1))
    return next((t for t in COUNTED_TOPICS if t in named), None)


def _same_word(asked: str, said: str) -> bool:
    """Is a question's stemmed word the answer's, typed with a slip or ending otherwise ('organisaton', 'organis')?"""
    return len(said) >= SAME_STEM_MIN and (asked.startswith(said) or one_slip(asked, said))


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
    named = {f"{m.group(1)}-{m.group(2)}" for m in PERIOD.finditer(question)}
    return bool(named) and not named & {d.period for d in documents.values() if d.period}


def unnamed_years(question: str, hits: list[Hit]) -> bool:
    """'How much was the Knowledge Alliances budget in 2019?': the question names a year (not a programme period)
    that none of the passages names, so no figure of theirs is that year's."""
    years = {year for code, year in MARK.findall(PERIOD.sub(" ", question)) if year and not code}
    if not years:
        return False
    named = {y for h in hits for y in re.findall(r"20\d\d", h.chunk.text)}
    return not years & named


def _actions_of(documents: dict[str, DocumentInfo], doc_id: str) -> tuple[str, ...]:
    return documents[doc_id].actions if doc_id in documents else ()


# the words naming a programme period as such (beside its years): what is left of the period concept asks which
# action came before or after ('voorganger', 'ersatte', 'tilalle')
PERIOD_NAMES = re.compile(
    r"\w*(?:programme period|program period|programperiod|ohjelmakau|programmaperiode)\w*", re.IGNORECASE
)


def asks_succession(question: str, glossary: Glossary) -> bool:
    """Whether the question asks which action came before or after ('Wat was de voorganger daarvan in 2014-2020?')."""
    return "period" in glossary.find(PERIOD_NAMES.sub(" ", PERIOD.sub(" ", question)))


def _span(periods: set[str]) -> str:
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


def counts_without_listing(statement: str, query: Query, glossary: Glossary) -> bool:
    """Does the question ask which they are of things it knows the number of ('which are those 14 ecosystems?',
    'mitkä ne ekosysteemit ovat?'), that the claim only counts ('implemented in the 14 industrial ecosystems'),
    naming none of them (no colon, semicolon or run of commas)? 'In which sectors are they implemented?' is
    answered by the claim: the industrial strategy's 14 ecosystems."""
    if ":" in statement or ";" in statement or statement.count(",") >= 2:
        return False
    asking = asking_part(query.text)
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
            _KNOWN_BEFORE.search(fold(asking[:start])) or any(n in asking[:start].split() for n in counts)
            for start, _ in glossary.spans_of(c, asking)
        )
        if counts and known:
            return True
    return False


def _not_stated(kinds: set[str], actions: list[str], lang: str) -> str:
    """Why an answer abstains: the figure the action's text does not give (nothing when no action is in play)."""
    if not actions:  # the passages are from a user's documents that name no action
        return ""
    action = actions[0]
    kind = min(kinds)
    return message("not_stated", lang, action=action_name(action, lang), what=what(kind, lang))
