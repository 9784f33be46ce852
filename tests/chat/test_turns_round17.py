"""Turns and questions of round 17: a doubt ('are you sure?') or a bare 'bron?' asks the last question again; a
question asking why is answered only by a reason the texts give, else they say plainly they give none; a correction
('sorry, I meant the knowledge alliances') asks the last question of the action meant; 'one of the partners' names no
figure; a consortium named organisation by organisation is checked; shortened units ('2 jr', '3 v.') are durations;
a period naming the action ('the alliances from 2014-2020') does not turn a question into one about the period."""

from __future__ import annotations

import pytest

from erasbot.chat.doubts import corrected_action, doubts
from erasbot.chat.eligibility import answer_eligibility
from erasbot.guidance.glossary import load_glossary
from erasbot.guidance.reasons import asks_why, gives_reason
from erasbot.phrases import say
from erasbot.rules.amounts import duration
from tests.chat.chatting import chat

GLOSSARY = load_glossary()


@pytest.mark.parametrize(
    ("message", "doubting"),
    [
        ("are you sure? I read somewhere it can be longer", True),
        ("Stämmer det verkligen?", True),
        ("oletko ihan varma?", True),
        ("Klopt dat wel?", True),
        ("Really?", True),
        ("Sure, and how long does it last?", False),
        ("Really interesting. How long?", False),
        ("Is Norway ok?", False),
    ],
)
def test_a_doubt_about_the_last_answer_is_told_from_a_question(message, doubting) -> None:
    assert doubts(message) is doubting


def test_a_doubt_asks_the_last_question_again(engine) -> None:
    first, doubt = chat(
        engine, "How long does a Knowledge Alliance last?", "are you sure? I read somewhere it can be longer"
    )
    assert not doubt.abstained and doubt.resolved == first.resolved
    assert "6 months" in doubt.text


def test_a_bare_request_for_the_source_quotes_the_last_answer_again(engine) -> None:
    first, source = chat(
        engine, "Welke maatschappelijke uitdagingen pakken de allianties voor onderwijs en bedrijven aan?", "bron?"
    )
    assert not first.abstained and not source.abstained
    assert [c.doc_id for c in source.citations] == [c.doc_id for c in first.citations]


@pytest.mark.parametrize(
    ("question", "why"),
    [("Why do universities need the Charter?", True), ("miksi?", True), ("Waarom niet?", True)]
    + [("That's why I ask: how long?", False), ("Hoe lang duurt het?", False)],
)
def test_a_question_asking_why_is_told(question, why) -> None:
    assert asks_why(question) is why


def test_why_is_answered_by_a_reason_the_texts_give_or_they_say_they_give_none(engine) -> None:
    assert not gives_reason(["Lärosäten från programländerna måste vara anslutna till Erasmusstadgan."])
    *_, why = chat(
        engine,
        "Voiko alakohtaisen osaamisallianssin koordinaattori olla kumppanimaasta?",
        "miksi?",
        lang="fi",
    )
    assert why.abstained and why.text.startswith(say("fi", "answer.no_reason"))
    assert "programland" in why.text  # the rule, quoted below
    (charter,) = chat(engine, "Why do universities from programme countries need the Erasmus Charter?")
    assert charter.abstained and "Erasmusstadgan" in charter.text
    (quality,) = chat(engine, "Why is quality assurance important in a Knowledge Alliance?")
    assert not quality.abstained and "för att se till" in quality.text


def test_a_correction_asks_the_last_question_of_the_action_meant(engine) -> None:
    assert corrected_action("sorry, I meant the knowledge alliances, not the sector ones", GLOSSARY) == (
        "knowledge-alliance"
    )
    assert corrected_action("nej vänta, jag menade branschspecifika kunskapsallianser", GLOSSARY) == (
        "sector-skills-alliance"
    )
    assert corrected_action("and for knowledge alliances?", GLOSSARY) is None
    *_, meant = chat(
        engine,
        "Is health care one of the sectors of a Sector Skills Alliance?",
        "How long can the project last?",
        "sorry, I meant the knowledge alliances, not the sector ones",
        lang="en",
    )
    assert not meant.abstained and "2 to 3 years" in meant.text


def test_one_of_the_partners_is_no_figure_changing_the_last_question(engine) -> None:
    *_, umbrella = chat(
        engine,
        "Can an organisation take part in two Sector Skills Alliances at the same time?",
        "And if one of the partners is an umbrella organisation?",
        lang="en",
    )
    assert "umbrella organisation" in umbrella.text and "only one Sector Skills Alliance" not in umbrella.text


def test_a_consortium_named_one_by_one_is_checked_against_the_composition_rules() -> None:
    question = (
        "Riittääkö tämä osaamisallianssiin: Helsingin yliopisto (FI), Uppsala universitet (SE), Kone (FI), "
        "Ericsson (SE), konsulttiyritys Tallinnassa (EE) ja yhdistys Riiassa (LV)?"
    )
    answer = answer_eligibility(question, "knowledge-alliance", "fi")
    assert answer is not None and answer.answer == "unknown"  # Kone and Ericsson: kinds not said
    assert "6" in answer.text and "Kone" in answer.text
    too_few = answer_eligibility(
        "Is this enough for a knowledge alliance: University of Turku (FI), Nokia (FI), a consultancy (EE)?",
        "knowledge-alliance",
        "en",
    )
    assert too_few is not None and too_few.answer == "no"


@pytest.mark.parametrize(("text", "months"), [("ook maar 2 jr", 24), ("jos hanke kestää 3 v.?", 36), ("24 mån", 24)])
def test_shortened_units_state_a_duration(text, months) -> None:
    assert duration(text) == months


def test_a_period_naming_the_action_leaves_the_aspect_asked(engine) -> None:
    (outputs,) = chat(engine, "What kind of outputs were the knowledge alliances from 2014-2020 expected to produce?")
    assert "result" in outputs.text and "belong to the 2014–2020 programme" not in outputs.text
    (period,) = chat(engine, "Which programme period do Knowledge Alliances belong to?")
    assert "2014–2020" in period.text
