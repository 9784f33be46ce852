"""What an answer from a long added guide quotes beside its best sentence: the other side of a comparison, the
figure the best sentence lacks, the sentence going on from it, each from the best sentence's own section (not an
annex's worked example that repeats the same words with other figures); which sentence leads a comparison or a
yes/no question on a special case; and when a guide's 'does not cover' is a rule rather than its scope."""

from __future__ import annotations

import pytest

from erasbot.guidance.added_answer import added_answer
from erasbot.guidance.added_asks import asks_extra_money, other_call
from erasbot.guidance.added_marks import defines_asked
from erasbot.guidance.corpus import Chunk, DocumentInfo, split_sentences
from erasbot.guidance.glossary import load_glossary
from erasbot.guidance.lexical import tokens
from erasbot.guidance.retrieval import Hit, analyse
from erasbot.guidance.scope import says_out_of_scope
from erasbot.guidance.snapshot import concept_text, corpus_stats
from erasbot.guidance.units import asked_units, unit_missing

GLOSSARY = load_glossary()
GUIDE = DocumentInfo(
    "cove-guide",
    "Centres of Vocational Excellence – Guide for applicants, call 2025",
    "en",
    "user document",
    (),
    "",
    "2021-2027",
)
SECTIONS = [
    (
        "4. Duration – 4.2 Duration of mobility activities",
        "Short-term staff exchanges last from 2 to 60 days. Long-term staff secondments last from 2 to 12 months.",
    ),
    (
        "4. Duration – 4.3 Duration of reporting periods",
        (
            "The project is divided into two reporting periods. The first reporting period covers months 1 to 24, "
            "and the second reporting period covers months 25 to 48."
        ),
    ),
    (
        "5. The grant – 5.3 Costs not covered by the grant",
        "The grant does not cover the purchase of land or buildings, or the construction of buildings.",
    ),
    (
        "8. Travel – 8.3 Exceptional costs for expensive travel",
        "Where the travel support does not cover at least 70% of the real cost of the journey, for example for "
        "participants from outermost regions, the partner may claim exceptional costs for expensive travel. These "
        "cover 80% of the real travel costs and replace the travel support for that participant.",
    ),
    # one section, two paragraphs: two passages under one heading
    (
        "9. Inclusion – 9.1 Inclusion support",
        "A project should make its activities accessible to learners with fewer opportunities, for example "
        "learners with a disability or learners from remote areas.",
    ),
    (
        "9. Inclusion – 9.1 Inclusion support",
        "For each participant with fewer opportunities, the sending partner receives inclusion support of EUR 100 "
        "per participant.",
    ),
    (
        "3. Who can take part – 3.3 Roles in the consortium",
        "Organisations take part in one of the following roles:\n"
        "• Full partners (beneficiaries): sign the grant agreement and receive part of the lump sum.\n"
        "• Associated partners: contribute to specific tasks, but receive no funding from the grant.",
    ),
    (
        "7. Mobility activities – 7.2 Individual support",
        "Learners on a long-term placement receive EUR 1,050 per month. Partners plan the long-term learner "
        "placements in the second and third years of the project.",
    ),
    (
        "3. Who can take part – 3.2 Composition of the consortium",
        "Partners from third countries not associated to the Programme may take part as full partners, but they "
        "do not count towards the minimum of 8 full partners.",
    ),
    (
        "Annex 1. Example of a budget estimate",
        "The consortium plans 60 short-term staff exchanges of 5 days on average and 12 long-term staff "
        "secondments of 3 months.",
    ),
]
CHUNKS = tuple(
    Chunk(f"cove-guide#{n}", GUIDE.id, n, heading, text, "en", (), "2021-2027", GUIDE.title)
    for n, (heading, text) in enumerate(SECTIONS)
)
STATS = corpus_stats(tuple(tuple(GLOSSARY.find(concept_text(c))) for c in CHUNKS), GLOSSARY)


def ask(question: str, closest: dict[str, float] | None = None) -> str:
    """The answer's text; the sentences containing a key of `closest` have that cosine to the question (the
    others 0.8), as the embedding puts a guide's general sentences or an annex's example near a question."""
    query = analyse(question, "en", GLOSSARY, ("en",))
    hits = [Hit(c, 1.0, 0.5, 0.5) for c in CHUNKS]
    similarity = {
        f"{c.chunk_id}/{k}": next((v for key, v in (closest or {}).items() if key in s), 0.8)
        for c in CHUNKS
        for k, s in enumerate(split_sentences(c.text))
    }
    answer = added_answer(query, hits, hits, {GUIDE.id: GUIDE}, GLOSSARY, STATS.concept_weights, similarity)
    assert not answer.abstained, answer.text
    return answer.text


def test_a_comparison_quotes_the_other_side_from_the_same_section_not_an_annex_example():
    text = ask(
        "What is the difference in duration between a short-term staff exchange and a long-term staff secondment?",
        closest={"Short-term staff exchanges last": 0.9, "consortium plans": 0.89},
    )
    assert "2 to 60 days" in text and "2 to 12 months" in text
    assert "consortium plans" not in text


def test_a_comparison_of_two_roles_is_led_by_their_definitions():
    text = ask(
        "What is the difference between a full partner and an associated partner?",
        closest={"third countries not associated": 0.9, "Associated partners:": 0.885, "Full partners (": 0.885},
    )
    assert "Associated partners: contribute" in text and "Full partners (beneficiaries)" in text


def test_a_figure_question_gets_the_neighbouring_sentence_that_gives_the_figure():
    text = ask("How long is a reporting period?", closest={"divided into two": 0.9})
    assert "months 1 to 24" in text


def test_a_sentence_going_on_from_the_best_one_is_quoted_with_it():
    text = ask("Can we claim more for travel when a participant comes from an outermost region?")
    assert "outermost regions" in text and "These cover 80% of the real travel costs" in text


def test_a_rule_on_what_the_grant_does_not_cover_answers_and_is_no_refusal():
    assert "purchase of land" in ask("What does the grant not cover?")


def test_a_yes_no_question_on_a_case_is_answered_by_that_case_and_the_sum_beside_it():
    text = ask(
        "Does the project get extra support when a learner with a disability goes on a placement?",
        closest={"long-term learner placements": 0.86, "learners with a disability": 0.85},
    )
    assert "disability" in text and "EUR 100 per participant" in text


@pytest.mark.parametrize(
    ("sentence", "refused"),
    [
        ("The grant does not cover the purchase of land or buildings.", False),
        ("Where the travel support does not cover at least 70% of the real cost, exceptional costs apply.", False),
        ("This guide does not cover volunteering in the European Solidarity Corps.", True),
        ("It does not cover short-term projects for mobility of pupils and staff (KA122-SCH).", True),
        ("The Alliances for Sectoral Cooperation form Lot 2 and are outside the scope of this guide.", True),
        ("Kostnader för mark täcks inte av bidraget.", False),
        ("Ungdomsutbyten omfattas inte av denna vägledning.", True),
    ],
)
def test_only_the_guide_itself_not_covering_something_places_it_outside_its_scope(sentence, refused):
    assert says_out_of_scope(sentence) is refused


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Is there extra money if participants travel by train?", True),
        ("Får deltagare extra pengar om de reser med tåg?", True),
        ("Krijgen we extra geld als een deelnemer met een beperking meedoet?", True),
        ("Saako hanke lisätukea vammaisesta osallistujasta?", True),
        ("Is there more information on the Portal?", False),
        ("What is the maximum grant?", False),
    ],
)
def test_asking_for_extra_money_is_read_in_every_language(question, asks):
    assert asks_extra_money(question) is asks


def test_a_unit_no_sentence_gives_a_figure_in_is_missing_and_durations_stand_for_one_another():
    assert unit_missing(asked_units("How many hours a week must a learner work?"), ["It lasts 2 to 60 days."]) == "hour"
    assert unit_missing(asked_units("How many years does a project last?"), ["It lasts 48 months."]) is None
    assert unit_missing(asked_units("How many ECTS credits does it give?"), ["It lasts 5 days."]) == "credits"


def test_a_definition_item_names_only_what_the_question_names():
    asked = {"full", "partner", "associ", "differ"}
    assert defines_asked("• Associated partners: contribute to tasks.", "en", asked, set())
    assert not defines_asked("• Coordinator: submits the proposal.", "en", asked, set())
    assert not defines_asked("• Cost category: Personnel costs; Limit: none", "en", {"cost", "categori"}, set())


def test_a_sentence_whose_subject_is_a_thing_asked_defines_it():
    asked = set(tokens("What is the difference between an associated partner and an affiliated entity?", "en"))
    assert defines_asked("Affiliated entities are entities with a legal link to a beneficiary.", "en", asked, set())
    assert defines_asked("Associated partners take part without receiving EU funding.", "en", asked, set())
    # naming the things asked later in the sentence is no definition of them
    assert not defines_asked(
        "An organisation may take part as an affiliated entity or associated partner.", "en", asked, set()
    )


@pytest.mark.parametrize(
    ("question", "other"),
    [
        ("What is the deadline for the Centres of Vocational Excellence call in 2026?", True),
        ("Wat was de deadline van de oproep 2024?", True),
        ("Vad var sista dag i ansökningsomgången 2023?", True),
        ("What is the deadline of the 2025 call?", False),
        ("When can a project start in 2026?", False),  # a year, not a call's
    ],
)
def test_a_question_on_another_years_call_is_not_answered_from_a_guide_to_one_call(question, other):
    assert other_call(question, "Centres of Vocational Excellence – Guide for applicants, call 2025") is other
