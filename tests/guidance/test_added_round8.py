"""Kinds of failure on guides nobody curated (round 8): a question asking when is answered by the sentence giving
the date; a table row is read with its table's caption (a staff category's daily rate in a country group); the
cost of an item the guide caps nowhere is refused, not answered with the grant's maximum; a comparison of the
guide's own subject with a bundled action of another period is answered from the guide, not refused."""

from __future__ import annotations

import pytest
from guides_in_memory import KNOWLEDGE_ALLIANCES

from erasbot.guidance.added_asks import asks_when
from erasbot.guidance.added_rows import caption_of
from erasbot.guidance.added_selection import added_sentences
from erasbot.guidance.answer import compose_answer
from erasbot.guidance.corpus import Chunk, DocumentInfo, split_sentences
from erasbot.guidance.facts import load_facts
from erasbot.guidance.glossary import load_glossary
from erasbot.guidance.profiles import build_profiles
from erasbot.guidance.retrieval import Hit, analyse
from erasbot.guidance.snapshot import concept_text, corpus_stats

GLOSSARY = load_glossary()

ACADEMIES = DocumentInfo(
    "academies-guide",
    "Erasmus+ Teacher Academies – Call document and guide for applicants, call 2026",
    "en",
    "user document",
    (),
    "",
    "2021-2027",
)
KNOWLEDGE = KNOWLEDGE_ALLIANCES
STAFF_RATES = (
    "Table 8. Maximum daily staff rates used to check the lump sum estimate (EUR per day)\n"
    "• Staff category: Manager; Group 1: 416; Group 2: 320; Group 3: 216; Group 4: 138\n"
    "• Staff category: Teacher educator, researcher, trainer; Group 1: 338; Group 2: 262; Group 3: 177; Group 4: 113"
)
SUBSISTENCE = (
    "Table 10. Subsistence: reference amounts per participant (EUR)\n"
    "• Country group of the host: Group 2; Per day, days 1 to 14: 123; Per day, days 15 to 60: 86\n"
    "• Country group of the host: Group 3; Per day, days 1 to 14: 107; Per day, days 15 to 60: 75"
)
PASSAGES = [
    (
        ACADEMIES,
        "1. Introduction",
        (
            "It should be read together with the Erasmus+ Programme Guide 2026 (version 1 of 12 November 2025) and the "
            "Model Grant Agreement."
        ),
    ),
    (
        ACADEMIES,
        "4. Timetable and deadlines",
        (
            "The deadline is final. The submission system closes at 17:00:00 Brussels time on 11 June 2026 and proposals "
            "received after that time cannot be accepted."
        ),
    ),
    (
        ACADEMIES,
        "13. How to apply – 13.2 Submitting the proposal",
        (
            "Proposals are submitted by the coordinator in the Electronic Submission System of the Portal. A proposal "
            "may be changed and submitted again as many times as needed before the deadline."
        ),
    ),
    (ACADEMIES, "10. Funding – 10.2 Staff costs", STAFF_RATES),
    (ACADEMIES, "10. Funding – 10.3 Mobility costs", SUBSISTENCE),
    (
        ACADEMIES,
        "3. Budget",
        "The maximum EU grant is EUR 1 500 000 and the grant covers at most 80% of the estimated eligible costs.",
    ),
    (
        ACADEMIES,
        "13. How to apply – 13.3 The application form",
        (
            "Part B has at most 60 pages. A summer school has at most 40 participants, each staying at most 10 days. "
            "Travel costs and subsistence costs are estimated with reference amounts. The budget table lists the costs of "
            "each work package."
        ),
    ),
    (
        ACADEMIES,
        "11. Monitoring",
        (
            "The Agency may carry out monitoring visits, checks, reviews and audits during the project and for up to "
            "five years after the payment of the balance."
        ),
    ),
    (
        ACADEMIES,
        "1. Introduction – 1.2 Teacher Academies and the actions of the programme 2014-2020",
        (
            "• Rule: Maximum EU grant; Knowledge Alliances (2014-2020): EUR 700 000 (two years) or EUR 1 000 000 (three "
            "years); Erasmus+ Teacher Academies (2021-2027): EUR 1 500 000 as a lump sum"
        ),
    ),
    (KNOWLEDGE, "Bidrag", "EU-bidraget är högst 700 000 euro för tvååriga projekt och 1 miljon euro för treåriga."),
]
CHUNKS = tuple(
    Chunk(f"{doc.id}#{n}", doc.id, n, heading, text, doc.language, doc.actions, doc.period, doc.title)
    for n, (doc, heading, text) in enumerate(PASSAGES)
)
DOCUMENTS = {d.id: d for d in (ACADEMIES, KNOWLEDGE)}
CONCEPTS = tuple(tuple(GLOSSARY.find(concept_text(c))) for c in CHUNKS)
STATS = corpus_stats(CONCEPTS, GLOSSARY)


def ranked(question: str, lang: str, closest: str, near: str = "", cosines=(0.86, 0.855, 0.80)) -> list[str]:
    """The guide's sentences as an answer ranks them, the embedding putting those holding `closest` nearest (and
    those holding `near`, if given, next)."""
    query = analyse(question, lang, GLOSSARY, ("en",))
    hits = [Hit(c, 1.0, 0.5, 0.5) for c in CHUNKS if c.doc_id == ACADEMIES.id]
    similarity = {
        f"{c.chunk_id}/{k}": cosines[0] if closest in s else cosines[1] if near and near in s else cosines[-1]
        for c in CHUNKS
        if c.doc_id == ACADEMIES.id
        for k, s in enumerate(split_sentences(c.text))
    }
    return [s for _, _, s, _ in added_sentences(query, hits, GLOSSARY, STATS.concept_weights, similarity)]


@pytest.mark.parametrize(
    "question",
    [
        "When is the deadline to submit a Teacher Academy proposal?",
        "What is the deadline for Teacher Academy proposals?",
        "Milloin Teacher Academy -hakemus on jätettävä?",
        "När ska ansökan om en Teacher Academy lämnas in?",
        "När är sista dagen att lämna in en ansökan om Teacher Academy 2026?",
        "Wanneer moet de aanvraag voor een Teacher Academy worden ingediend?",
        "How much is the pre-financing, and when is the final report due?",
    ],
)
def test_a_question_asking_when_is_read_as_such_in_every_language(question):
    assert asks_when(question)


@pytest.mark.parametrize(
    "question",
    [
        "What extra support do we get when a participant has a disability?",
        "Is the deadline in June?",
        "How much is the maximum grant?",
        "How many days before the deadline can we still send questions?",
        "Hoe lang voor de deadline kunnen we nog vragen stellen?",
    ],
)
def test_when_naming_a_case_or_a_yes_no_question_asks_no_date(question):
    assert not asks_when(question)


def test_a_question_asking_when_is_answered_by_the_date_not_the_procedure_closest_to_it():
    # the sentence on how to submit is closest to the question, the date a little less close, as in the real guide
    best = ranked(
        "When is the deadline to submit a Teacher Academy proposal?", "en", "Proposals are submitted", "11 June"
    )[0]
    assert "11 June 2026" in best


def test_a_date_of_another_thing_does_not_answer_when():
    # the guide's own version date is as close as the date asked: it names nothing the question asks
    best = ranked(
        "When is the deadline to submit a Teacher Academy proposal?", "en", "Proposals are submitted", "version 1"
    )[0]
    assert "version 1" not in best


def test_a_two_key_lookup_is_answered_by_the_row_its_caption_and_cells_name():
    # the subsistence rows per day are closest to the question, as in the real guide
    best = ranked(
        "what is the max daily staff rate for a teacher educator in group 3 countrys",
        "en",
        "Group 3; Per day",
        "Teacher educator",
    )[0]
    assert "Teacher educator" in best and "Group 3: 177" in best


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("How much may the audit certificate cost at most in a Teacher Academy?", "en"),
        ("Paljonko ulkoisen tilintarkastuksen (audit certificate) kustannus saa enintään olla?", "fi"),
    ],
)
def test_the_cost_of_an_item_the_guide_caps_nowhere_is_refused_not_answered_with_the_grants_maximum(question, lang):
    assert ranked(question, lang, "maximum EU grant") == []


def test_the_cost_of_an_item_the_guide_gives_is_answered():
    best = ranked("How much may the staff of a manager cost per day at most?", "en", "maximum EU grant")
    assert best and any("416" in s for s in best[:2])


def test_a_deadline_in_finnish_is_no_question_on_statistics():
    found = GLOSSARY.find("Mikä on hakemusten määräaika Teacher Academy -haussa?")
    assert "deadline" in found and "statistics" not in found
    assert "statistics" in GLOSSARY.find("Mikä oli hakemusten määrä vuonna 2020?")


def test_a_comparison_of_the_guides_subject_with_an_earlier_action_is_answered_from_the_guide():
    question = (
        "How does the maximum grant of a Teacher Academy compare with what a three-year Knowledge Alliance could get "
        "in 2014-2020?"
    )
    query = analyse(question, "en", GLOSSARY, ("sv", "en"))
    hits = [Hit(c, 1.0 - i / 20, 0.5, 0.5) for i, c in enumerate(reversed(CHUNKS))]  # the bundled text first
    similarity = {
        f"{c.chunk_id}/{k}": 0.84 if c.doc_id == KNOWLEDGE.id else 0.80
        for c in CHUNKS
        for k, _ in enumerate(split_sentences(c.text))
    }
    answer = compose_answer(
        query,
        hits,
        DOCUMENTS,
        GLOSSARY,
        load_facts(),
        set(STATS.supported),
        STATS.concept_weights,
        similarity,
        build_profiles(DOCUMENTS, CHUNKS, CONCEPTS, GLOSSARY),
        own_similarity=similarity,
    )
    assert not answer.abstained
    assert {c.doc_id for c in answer.citations} == {ACADEMIES.id}
    assert "1 500 000" in answer.text


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Which cost categories must the budget table of a Teacher Academy proposal estimate?", "en"),
        ("Which costs does the budget table of a Teacher Academy proposal list?", "en"),
    ],
)
def test_a_question_asking_which_costs_is_no_cost_of_an_item_and_is_answered(question, lang):
    # the grant's maximum is closest to the question; the budget table is named once, with no sum
    assert ranked(question, lang, "maximum EU grant")


ROW = "• Staff category: Manager; Group 1: 416; Group 2: 320"


@pytest.mark.parametrize(
    ("above", "caption"),
    [
        ("Table 8. Maximum daily staff rates (EUR per day)", "Table 8. Maximum daily staff rates (EUR per day)"),
        ("Maximum daily staff rates (EUR per day)", "Maximum daily staff rates (EUR per day)"),
        # a sentence announcing the table is scored with its rows already; a rule states the rows' own figures
        ("Students receive a monthly grant that depends on the country group:", ""),
        ("The programme must correspond to 60, 90 or 120 ECTS credits.", ""),
    ],
)
def test_a_rows_caption_is_a_line_naming_its_table_not_a_sentence_above_it(above, caption):
    text = f"{above}\n{ROW}\n• Staff category: Teacher at a school; Group 1: 286; Group 2: 221"
    assert caption_of(ROW, text) == caption
    assert caption_of("A sentence that is no row.", text) == ""
