"""Questions of round 19 on the bundled texts: 'does the page say anything about the minimum number of partners?'
of a text that names no number is answered 'no', with what the text says instead; 'how many partners?' is still
refused."""

from __future__ import annotations

import pytest

from erasbot.forms import asks_if_said, requested_language
from erasbot.guidance.named_sources import named_sources


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Staat er op de Nederlandse pagina iets over het minimum aantal partners voor Partnerschappen voor innovatie?",
            "Nee:",
        ),
        ("Står det något på sidan om hur många partner ett partnerskap för innovation minst behöver?", "Nej:"),
        ("Mainitaanko sivulla, montako kumppania innovaatiokumppanuuteen tarvitaan vähintään?", "Ei:"),
    ],
)
def test_whether_the_text_says_a_number_it_does_not_give_is_answered_no_with_what_it_says(
    engine, question, lead
) -> None:
    answer = engine.ask(question)
    assert not answer.abstained
    assert answer.text.startswith(lead)
    assert "Programme Guide" in answer.text
    assert [c.doc_id for c in answer.citations] == ["partnerships-for-innovation"]


def test_the_number_asked_outright_is_still_refused(engine) -> None:
    assert engine.ask("Hoeveel partners heb je minimaal nodig voor een Alliantie voor innovatie?").abstained


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Zegt de tekst iets over de looptijd?", True),
        ("Does the Finnish page say anything about joint degrees?", True),
        ("Onko tekstissä mitään rahasta?", True),
        ("What does the text say about partners?", False),
        ("Hoeveel partners staat er in de tekst?", False),
    ],
)
def test_a_question_whether_the_text_says_something_is_told_from_one_asking_what_it_says(question, asks) -> None:
    assert asks_if_said(question) is asks


@pytest.mark.parametrize(
    ("question", "sources"),
    [
        ("what do the Finnish agency's pages add about knowledge alliances that the EU page doesnt say?", ["fi", "eu"]),
        ("Staat er op de Nederlandse pagina iets over partners?", ["nl"]),
        ("Mitä Suomen kansallinen toimisto sanoo tuloksista?", ["fi"]),
        ("Vad säger EU-sidan om kunskapsallianser?", ["eu"]),
        ("Does the EU agency manage it?", []),
        ("Welke Nederlandse organisaties mogen meedoen?", []),
    ],
)
def test_a_source_named_by_its_country_and_a_page_or_agency_is_read(question, sources) -> None:
    assert named_sources(question) == sources


def test_a_finnish_agencys_pages_are_that_agency_not_the_executive_agency(engine) -> None:
    answer = engine.ask("what do the Finnish agency's pages add about knowledge alliances that the EU page doesnt say?")
    assert not answer.abstained
    assert {c.doc_id for c in answer.citations} == {"knowledge-alliances-finland"}


@pytest.mark.parametrize(
    ("question", "said_in", "word"),
    [
        ("In English please: hoe lang duurt een kennisalliantie?", "en", "years"),
        ("Svara på svenska: kuinka kauan osaamisallianssi kestää?", "sv", "år"),
        ("Kan du svara på engelska, vad är en kunskapsallians?", "en", "Knowledge Alliances"),
    ],
)
def test_a_request_for_a_language_before_the_question_says_the_answer_in_it(engine, question, said_in, word) -> None:
    answer = engine.ask(question)
    assert answer.language == said_in
    assert word in answer.text.split("\n")[0]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("In English please: hoe lang duurt een kennisalliantie?", "en"),
        ("Voitko vastata suomeksi? Mitä kumppaneita tarvitaan?", "fi"),
        ("In het Nederlands graag: vad är en kunskapsallians?", "nl"),
        ("In English please.", None),  # only the request: the chat answers the last question again
        ("Do we have to write the application in English?", None),
    ],
)
def test_the_language_a_request_names_is_read(text, code) -> None:
    assert requested_language(text) == code
