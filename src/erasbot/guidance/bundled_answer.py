"""Answers from the bundled texts: the claim that answers the question stated in the asker's language with its
quotes, the best sentences quoted and cited, or an abstention.

Pure: takes the understood question and the ranked passages of the bundled documents, returns an Answer."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from erasbot.forms import asking_part, asks_comparison, asks_if_said, infer_form
from erasbot.guidance.added_places import asked_country
from erasbot.guidance.added_routing import (
    doc_language,
)
from erasbot.guidance.amount_of import asked_of_other
from erasbot.guidance.answer_finish import abstention, finish, not_stated
from erasbot.guidance.answer_gates import (
    NAMES_COORDINATOR,
    OWN_REQUIREMENTS,
    UNSAID_ASPECTS,
    asks_succession,
    counts_without_listing,
    other_period,
    span,
    unnamed_years,
)
from erasbot.guidance.aspects import AspectCues, load_aspect_cues
from erasbot.guidance.citations import Answer, Citations
from erasbot.guidance.corpus import DocumentInfo
from erasbot.guidance.fact_lines import fact_lines
from erasbot.guidance.facts import Fact, claim_of
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.lead import asked_sentence_first
from erasbot.guidance.list_count import count_lead
from erasbot.guidance.named_sources import named_sources, publisher_source
from erasbot.guidance.period_answer import period_answer, succeeded_actions
from erasbot.guidance.profiles import CURRENT, named_periods
from erasbot.guidance.question_asks import (
    GENERIC_TOPICS,
    PERIOD_AS_CONTEXT,
    as_exchanges,
    asked,
    asked_aspects,
    asking_query,
    asks_a_figure,
    of_partner_country,
    uncovered,
)
from erasbot.guidance.quoted_phrase import quoting
from erasbot.guidance.quoting import TWO_SENTENCES_MAX_CHARS, lead_line, quote_lines
from erasbot.guidance.retrieval import Hit, Query
from erasbot.guidance.scope import (
    asked_rate,
    asks_current_period,
    asks_maximum_count,
    asks_maximum_time,
    asks_minimum_amount,
    asks_never_covered,
    beyond_texts,
    current_period,
    gives_maximum,
    gives_maximum_time,
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
from erasbot.guidance.wording import action_name, message, what
from erasbot.guidance.yes_lead import COST_ITEMS, refusal_in_case, yes_lead
from erasbot.text import fold

# what an action is called, or what took its place (folded): 'what is it called in 2021-2027?', 'vad heter den nu?'
NAME_OR_SUCCESSOR = re.compile(
    r"\b(?:called|named|name|heter|kallas|namn\w*|nimi\w*|nimell\w*|kutsutaan|heet|heten|genoemd|naam"
    r"|replaced?|successor|took (?:its|their) place|ersatt\w*|eftertradar\w*|korva\w*|seuraaja\w*|vervang\w*"
    r"|opvolger\w*)\b"
)


YEAR_SPAN = re.compile(r"\b(?:19|20)\d\d\s*[-–—/]\s*(?:19|20)?\d\d\b")  # '2021-2027', '2014–20'


def asks_later(query: Query) -> bool:
    """Does the question ask of the later period ('in the 2021-2027 programme', 'now', 'in the new programme')?"""
    folded = fold(asking_part(query.text))
    return "2021" in folded or bool(CURRENT.search(folded))


def compose_bundled(
    query: Query,
    hits: list[Hit],
    documents: dict[str, DocumentInfo],
    glossary: Glossary,
    facts: tuple[Fact, ...],
    supported: set[str],
    weights: dict[str, float] | None = None,
    similarity: dict[str, float] | None = None,
    cues: AspectCues | None = None,
) -> Answer:
    """The answer from the bundled texts' claims and sentences, or an abstention."""
    lang = query.said_in  # the question is read in query.language; the answer is said in this one
    weights = weights or {}
    retrieved = hits
    cue_table = cues or load_aspect_cues()
    query = of_partner_country(query)  # 'kenialainen aikuisopisto': an organisation from a partner country
    aspects, wants_list = asked_aspects(query, glossary, cue_table)

    def abstain(detail: str = "") -> Answer:
        return abstention(query, retrieved, detail)

    query = as_exchanges(query, supported)  # 'kan man ha studentutbyten?' of an action: its activities
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
    figure_in_period = bool(kinds) and bool(named_periods(query.text))
    # 'Is there still a Knowledge Alliance call I can apply to?', 'Millä nimellä niitä nyt haetaan?': which action
    # took its place is asked; applying is what the asker would do with it
    succession = asks_succession(query.text, glossary) and not kinds
    # 'Mistä löydän innovaatioallianssien (2021-2027) konsortion ... vaatimukset?': the years name the action, the
    # aspect its words cue is asked
    period_names_action = (
        bool(aspects)
        and bool(named_periods(query.text))
        and not asks_succession(query.text, glossary)
        and "period" not in glossary.find(YEAR_SPAN.sub(" ", query.text))  # 'mihin ohjelmakauteen' asks the period
    )
    if (query.focus == "period" and not figure_in_period and not period_names_action) or (
        query.actions
        and set(query.concepts) - set(query.actions) - GENERIC_TOPICS <= ({"application"} if succession else set())
        and "period" in query.concepts
        and not PERIOD_AS_CONTEXT.match(query.text)
        and not figure_in_period
        # 'What outputs are the alliances from 2014-2020 encouraged to produce?': the period names the action; the
        # aspect its words cue is asked
        and not period_names_action
        # 'the difference between its two kinds of alliances (2021-2027)?': a comparison within one action compares
        # its parts, which share its period
        and not (len(query.actions) == 1 and asks_comparison(query.text))
    ):
        action = query.actions[0] if query.actions else ""
        own = {d.period for d in documents.values() if action in d.actions}
        if (
            (succession or NAME_OR_SUCCESSOR.search(fold(query.text)))
            and own == {"2014-2020"}
            and action not in succeeded_actions(documents)
            and asks_later(query)
        ):
            # 'what is that action called in the 2021-2027 programme?' of an action whose text names no successor
            return abstain(message("successor_not_named", lang, action=action_name(action, lang), period=span(own)))
        return period_answer(query, in_action[0], retrieved, documents)
    asks_more = set(query.concepts) - set(query.actions) - {"period"} - GENERIC_TOPICS  # than which action, when
    if (
        query.actions
        and asks_more
        and (named := set(named_periods(query.text)))
        and not asks_succession(query.text, glossary)
    ):
        # 'how long does a strategic partnership last in 2021-2027?': the texts on the action are of another
        # period, so what they say does not answer for the one named ('what took its place in 2021-2027?' asks
        # only which action, and the period answer above says)
        own = {d.period for d in documents.values() if d.period and set(d.actions) & set(query.actions)}
        if own and not named & own:
            action = query.actions[0]
            return abstain(message("period_not_covered", lang, action=action_name(action, lang), period=span(own)))
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
    # a phrase of the texts quoted in the question ('"om de tillför projektet mervärde" - what does it mean?'): the
    # claims quoting it
    candidates = quoting(candidates, query.text) or candidates
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
        return finish(query, lines, citations, documents, hits, "claim", glossary, figure_asked=False)

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

    if "amount" in kinds and (none := _no_grant_for(query, facts)) is not None:
        # 'how big a share of the budget are associated partners entitled to?': the claim saying they receive none
        # answers the sum asked, not a refusal that the text names no grant amount
        citations = Citations(documents)
        lines = claim_lines(none, citations)
        lines[0] = f"{message('no_grant', lang)} {lines[0]}"
        return finish(query, lines, citations, documents, hits, "claim", glossary, figure_asked=False)
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
        return abstain(not_stated({unsaid}, list(query.actions), lang))
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
    if best_fact and (refused := _refused_by_claim(best_fact[2], query, kinds, wants_list, glossary, abstain)):
        return refused
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
            return said_none(kinds) or abstain(not_stated(kinds, actions, lang))
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
        elif counted := count_lead(query.text, best.statement.get(lang, ""), lang, glossary, best.quotes):
            lines[0] = f"{counted} {lines[0]}"  # 'how many sectors are there?' and a list naming no number
    else:
        if kinds and not has_evidence(kinds, in_action):
            return said_none(kinds) or abstain(not_stated(kinds, actions, lang))
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
            return finish(query, lines, citations, documents, hits, "claim", glossary)
        lines.append(lead_line(top[1], documents, lang))
        picked = [top] + [
            c for c in sentences[1:2] if c[0] >= 0.75 * top[0] and len(top[2]) + len(c[2]) < TWO_SENTENCES_MAX_CHARS
        ]
        lines.extend(quote_lines(picked, citations, query.text))
        basis = "extract"
    return finish(query, lines, citations, documents, hits, basis, glossary)


# a claim saying a party receives no grant ('associated partners cannot receive a grant'), in its English statement
NO_GRANT = re.compile(
    r"\b(?:cannot|can't|may not|do not|does not|will not) (?:receive|get) (?:a |any )?(?:grant|funding)"
)


def _no_grant_for(query: Query, facts: tuple[Fact, ...]) -> Fact | None:
    """The claim of the action asked about saying the party the question names (not the action itself) receives no
    grant, when the question names one such party; None otherwise."""
    named = set(query.concepts) - set(query.actions)
    refusing = [
        f
        for f in facts
        if f.action in query.actions and named & set(f.facets) and NO_GRANT.search(f.statement.get("en", ""))
    ]
    return refusing[0] if len(refusing) == 1 else None


def _refused_by_claim(
    claim: Fact,
    query: Query,
    kinds: set[str],
    wants_list: bool,
    glossary: Glossary,
    abstain: Callable[..., Answer],
) -> Answer | None:
    """The refusal when the best claim does not give what is asked of its kind: the largest number allowed of a
    minimum, the least sum of a ceiling, a rate of a total, a fee of a project's grant, the list of things it only
    counts; None when it may answer. A refusal of basis "rate" lets an added guide saying it still answer
    (added_routing.guide_saying_it)."""
    said = [*claim.quotes, claim.statement["en"]]

    def refused(detail: str = "") -> Answer:
        answer = abstain(detail)
        answer.basis = "rate"
        return answer

    if asks_maximum_count(query.text, query.language) and not gives_maximum(claim.statement["en"]):
        return abstain()  # the largest number allowed is asked; the texts give a minimum, or nothing
    if "amount" in kinds and asks_minimum_amount(query.text) and not gives_minimum(claim.statement["en"]):
        return refused()  # the least sum is asked; the texts give a ceiling only
    if "duration" in kinds and asks_maximum_time(query.text) and not gives_maximum_time(claim.statement["en"]):
        return abstain()  # the longest time is asked; the texts give a lower bound only ('more than 2 months')
    if not query.actions and other_field(query.text, query.language, [claim.action]):
        return abstain()  # no action named, and the field asked about is not the best claim's action's
    rate = asked_rate(query.text)
    if rate and not gives_rate(said, rate):
        return refused()  # an amount a month, a day, a participant is asked; the claim gives a total
    if asked_of_other(query.text, said, gives_figure(claim, {"amount"})):
        return refused()  # a fee, a salary or one person's grant is asked; the claim gives a project's grant
    if wants_list and counts_without_listing(claim.statement["en"], query, glossary):
        # 'which are the 14 ecosystems?': the text counts them ('the 14 industrial ecosystems') but lists none
        return abstain(not_stated({"list"}, [claim.action], query.said_in))
    return None


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
