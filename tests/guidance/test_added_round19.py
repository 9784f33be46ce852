"""Near misses of round 19 over an added guide: the largest grant asked of a guide that gives only day rates and
a cap on applications, and hours of programme a day asked of a guide whose best sentences count days (its hours
standing elsewhere), are refused; the rates it
gives are still answered."""

from __future__ import annotations

import pytest

from erasbot.guidance.corpus import DocumentInfo
from erasbot.guidance.counted_kinds import counted_kind
from tests.guidance.guides_in_memory import GLOSSARY, GuideInMemory

GUIDE = DocumentInfo(
    "youth-workers-guide",
    "Mobiliteit van jongerenwerkers (KA153-YOU) – handleiding voor aanvragers, oproep 2026",
    "nl",
    "user document",
    (),
    "",
    "2021-2027",
)
PASSAGES = [
    ("1 Inleiding", "Per indieningsronde kan een organisatie maximaal één KA153-aanvraag indienen."),
    (
        "3.3 Duur van de activiteiten",
        (
            "Een mobiliteitsactiviteit duurt minimaal 2 en maximaal 60 dagen, zonder reisdagen. Voor job shadowing "
            "raden we minstens 5 werkdagen aan."
        ),
    ),
    (
        "4.1 Organisatorische steun",
        "De organisatorische steun bedraagt € 125 per deelnemer per dag in landengroep 1 en € 95 in landengroep 3.",
    ),
    # hours given of something else: a deadline's hour does not make the days above hours of programme
    ("7 Indienen", "Dien de aanvraag in vóór 19 februari 2026 om 12.00 uur (Brusselse tijd)."),
]
YOUTH_WORKERS = GuideInMemory(GUIDE, PASSAGES)


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Wat is het maximale subsidiebedrag dat een organisatie voor één KA153-project kan aanvragen?", "nl"),
        ("How many hours of programme per day does a KA153 training course need for a day to count?", "en"),
        ("Hur många timmar program per dag krävs för att en dag ska räknas som aktivitetsdag?", "sv"),
    ],
)
def test_a_figure_the_quoted_sentences_give_in_no_unit_or_kind_asked_is_refused(question, lang) -> None:
    assert YOUTH_WORKERS.ask(question, lang).abstained


@pytest.mark.parametrize(
    ("question", "lang", "fact"),
    [
        ("Hoeveel organisatorische steun krijgen we per deelnemer per dag in landengroep 1?", "nl", "€ 125"),
        ("How many days can a mobility activity last at most?", "en", "60 dagen"),
    ],
)
def test_the_guides_own_figures_are_still_answered(question, lang, fact) -> None:
    answer = YOUTH_WORKERS.ask(question, lang)
    assert not answer.abstained
    assert fact in answer.text


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("Tellen de reisdagen mee in die max 60 dagen van een activiteit of niet?", set()),
        ("Is the activity at most 50 participants?", set()),
        ("Hoelang moeten wij onze facturen bijhouden?", {"duration"}),
        ("Kauanko hanke kestää?", {"duration"}),
        ("What is the maximum grant?", {"amount"}),
    ],
)
def test_a_limit_the_question_states_asks_no_sum_and_hoelang_asks_a_duration(question, kinds) -> None:
    assert GLOSSARY.question_kinds(question) - {"wh"} == kinds


def test_whether_travel_days_count_is_answered_from_the_note_that_says_they_do_not() -> None:
    guide = GuideInMemory(
        GUIDE,
        [
            ("3.3 Duur van de activiteiten", "Een mobiliteitsactiviteit duurt minimaal 2 en maximaal 60 dagen."),
            ("3.3 Duur van de activiteiten", "Reisdagen tellen niet mee voor de minimum- en maximumduur."),
            ("4.1 Organisatorische steun", "De organisatorische steun bedraagt € 125 per deelnemer per dag."),
        ],
    )
    answer = guide.ask("Tellen bij KA153 de reisdagen mee in die max 60 dagen van een activiteit of niet?", "nl")
    assert not answer.abstained
    assert "tellen niet mee" in answer.text


def test_a_faqs_answer_under_its_question_heading_is_read_with_the_question() -> None:
    guide = GuideInMemory(
        GUIDE,
        [
            ("Wat als een deelnemer ziek wordt?", "Kosten worden aanvaard als u bewijsstukken voorlegt."),
            ("Hoe lang moeten we bewijsstukken bewaren?", "Vijf jaar na de betaling van het saldo."),
        ],
    )
    answer = guide.ask("Hoelang moeten wij onze bewijsstukken van een KA153-project bewaren?", "nl")
    assert "Vijf jaar" in answer.text.split("\n")[1]


@pytest.mark.parametrize(
    ("question", "lang", "refused"),
    [
        ("Hur många partnerorganisationer får ett KA153-projekt ha som mest?", "sv", True),
        ("How many partner organisations can a KA153 project have at most?", "en", True),
        ("Hoeveel deelnemers mag een KA153-activiteit maximaal hebben?", "nl", False),
    ],
)
def test_the_most_of_one_kind_of_thing_is_not_answered_by_a_limit_on_another(question, lang, refused) -> None:
    guide = GuideInMemory(
        GUIDE,
        [
            ("1 Aanvragers", "Per indieningsronde kan een organisatie maximaal één KA153-aanvraag indienen."),
            ("3.4 Deelnemers", "Per activiteit zijn er minimaal 2 en maximaal 50 deelnemers."),
        ],
    )
    answer = guide.ask(question, lang)
    assert answer.abstained is refused
    if not refused:
        assert "maximaal 50 deelnemers" in answer.text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hur många partnerorganisationer får ett projekt ha?", "organisations"),
        ("How many participants can take part?", "people"),
        ("Hoeveel aanvragen mag een organisatie indienen?", "applications"),
        ("How many days?", None),
    ],
)
def test_what_a_count_is_of_is_read_in_every_language(text, kind) -> None:
    assert counted_kind(text) == kind


def test_the_most_points_asked_is_not_a_sum_asked() -> None:
    guide = GuideInMemory(
        GUIDE,
        [
            ("6 Beoordeling", "Relevantie (hoogstens 25 punten), kwaliteit van de uitvoering (hoogstens 30 punten)."),
            ("4.1 Organisatorische steun", "De organisatorische steun bedraagt € 125 per deelnemer per dag."),
        ],
    )
    answer = guide.ask("What is the maximum score for relevance in a KA153 application?", "en")
    assert not answer.abstained
    assert "25 punten" in answer.text
