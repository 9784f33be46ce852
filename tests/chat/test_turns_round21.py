"""Turns of round 21: 'the same thing for the other alliance' asks the last question of it at any length; 'really?
so associated partners get nothing?' asks a question of its own after its doubt; 'I meant the Finnish agency's
page' asks the last question of that page; a summary asked of an action gives its main points, each from the text
named."""

from __future__ import annotations

import pytest

from erasbot.chat.parts import summary_parts
from erasbot.guidance.glossary import load_glossary
from tests.chat.chatting import chat

GLOSSARY = load_glossary()


def test_the_same_thing_for_the_other_alliance_asks_the_last_question_of_it(engine) -> None:
    *_, other = chat(
        engine,
        'Vad menas med "öppna lärresurser" i texten om kunskapsallianser?',
        'och "associerade partner" då?',
        "Gäller samma sak för den andra alliansen, den branschspecifika?",
        lang="sv",
    )
    assert "associerade partner" in other.resolved
    assert "inte få bidrag" in other.text
    assert {c.doc_id for c in other.citations} == {"sector-skills-alliances"}


def test_a_doubt_followed_by_a_question_of_its_own_is_answered_as_that_question(engine) -> None:
    *_, really = chat(
        engine,
        "What kinds of organisations have to be in a sector skills alliance?",
        "Can partners from outside Europe be involved? And how much do they get paid?",
        "really? so associated partners get nothing?",
        lang="en",
    )
    assert not really.abstained
    assert "associated partners cannot receive a grant" in really.text


def test_a_doubt_alone_still_asks_the_last_question_again(engine) -> None:
    first, sure = chat(engine, "How long does a knowledge alliance last?", "really?", lang="en")
    assert sure.resolved == first.resolved


def test_a_correction_of_the_text_asks_the_last_question_of_the_page_named(engine) -> None:
    _, page = chat(
        engine,
        "Moi, kuinka pitkia knowledge alliance -hankkeet on?",
        "Tarkoitin Suomen kansallisen toimiston sivua, mitä siinä sanotaan?",
        lang="fi",
    )
    assert not page.abstained
    assert "2 tai 3 vuotta" in page.text
    assert [c.doc_id for c in page.citations] == ["knowledge-alliances-finland"]


def test_the_main_points_of_a_page_are_its_aim_composition_duration_and_grant(engine) -> None:
    (reply,) = chat(
        engine,
        "Give me the three main points of the Finnish national agency's page on knowledge alliances, short version pls",
        lang="en",
    )
    assert not reply.abstained
    assert "at least 6 (six) organisations" in reply.text
    assert "2 or 3 years" in reply.text
    assert reply.citations[0].doc_id == "knowledge-alliances-finland"


def test_summarise_that_in_a_chat_sums_up_the_chats_action(engine) -> None:
    *_, summary = chat(
        engine,
        "Wij zijn een instelling voor volwassenenonderwijs in Utrecht. Kunnen we een strategisch partnerschap KA2 doen?",
        "En hoe lang mag het duren?",
        "kun je dat samenvatten in twee zinnen aub",
        lang="nl",
    )
    assert not summary.abstained
    assert "3 (drie) organisaties" in summary.text
    assert "1 tot 3 jaar" in summary.text or "1–3 jaar" in summary.text


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("Sammanfatta vad texten säger om kunskapsallianser", 4),
        ("Tiivistä lyhyesti alakohtaiset osaamisallianssit", 4),
        ("Summarise the knowledge alliances and the sector skills alliances", 0),  # two actions: a comparison's
        ("How long does a knowledge alliance last?", 0),
        ("Lyhyesti: mitkä ovat osaamisallianssien tavoitteet?", 0),  # the aims, briefly
        ("In short, how many partners does a knowledge alliance need?", 0),
    ],
)
def test_a_summary_is_asked_of_one_action(question, parts) -> None:
    assert len(summary_parts(question, GLOSSARY, "en")) == parts
