"""Grounded offline answers: which documents answer a question, then the answer from them.

Pure: takes the understood question and the ranked passages, returns an Answer. With documents users added, the
question's subject decides whether an added guide's own sentences answer (added_answer.py) or the bundled texts'
claims and sentences do (bundled_answer.py), and an added guide may still answer where the bundled texts refuse.
An answer abstains when the question is about something the texts do not cover (an Erasmus+ topic absent from
every document, or a figure the texts of that action never give), not when a similarity score is low.
"""

from __future__ import annotations

from erasbot.guidance.added_answer import added_answer, added_wins_tie, covers_aspect
from erasbot.guidance.added_routing import (
    Routing,
    best_by_document,
    by_passages,
    guide_comparing,
    guide_for_uncovered,
    guide_over_older_text,
    guide_saying_it,
    guide_when_bundled_abstain,
    guides_miss_field,
)
from erasbot.guidance.answer_finish import abstention
from erasbot.guidance.answer_gates import asks_generically
from erasbot.guidance.aspects import AspectCues, load_aspect_cues
from erasbot.guidance.bundled_answer import compose_bundled
from erasbot.guidance.citations import Answer
from erasbot.guidance.corpus import DocumentInfo
from erasbot.guidance.facts import Fact
from erasbot.guidance.field_subject import by_field
from erasbot.guidance.fields import asked_fields
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.profiles import (
    Profile,
    absent_countries,
    absent_marks,
    names_excluded,
)
from erasbot.guidance.question_asks import (
    asked_aspects,
    asks_a_figure,
)
from erasbot.guidance.retrieval import Hit, Query
from erasbot.guidance.scope import (
    asked_rate,
    asks_everyday_thing,
)
from erasbot.guidance.subjects import checked_only, choose_subject


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
    weights = weights or {}
    retrieved = hits
    cue_table = cues or load_aspect_cues()
    aspects, _ = asked_aspects(query, glossary, cue_table)

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
                from_guide = abstention(query, retrieved)
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
        answer = compose_bundled(
            query, bundled, documents, glossary, facts, set(subject.supported), weights, similarity, cues
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
    return compose_bundled(query, hits, documents, glossary, facts, supported, weights, similarity, cues)
