"""Turns of round 20: 'What about the money?' asks on about the money, not what the action is about; 'Voinko kysyä
suomeksi: ...' asks in Finnish; the Erasmus charter, a requirement only the Knowledge Alliances' texts set, is not
read into another action's; a submission day asked ('jättöpäivä') is a deadline."""

from __future__ import annotations

import pytest

from erasbot.forms import requested_language, without_language_request
from erasbot.guidance.glossary import load_glossary
from tests.chat.chatting import chat

GLOSSARY = load_glossary()


def test_what_about_the_money_asks_the_grant_of_the_chats_action(engine) -> None:
    replies = chat(engine, "How long does a knowledge alliance last?", "What about the money?", lang="en")
    assert "700 000" in replies[1].text


@pytest.mark.parametrize(
    ("text", "concepts"),
    [
        ("What about the money?", {"grant"}),
        ("What are knowledge alliances about?", {"knowledge-alliance", "goals"}),
    ],
)
def test_the_about_of_what_about_names_no_topic(text, concepts) -> None:
    assert set(GLOSSARY.find(text)) == concepts


@pytest.mark.parametrize(
    ("text", "code", "rest"),
    [
        (
            "Voinko kysyä suomeksi: voiko koulu olla kahdessa allianssissa?",
            "fi",
            "voiko koulu olla kahdessa allianssissa?",
        ),
        ("Kan jag fråga på svenska: hur länge pågår en kunskapsallians?", "sv", "hur länge pågår en kunskapsallians?"),
    ],
)
def test_asking_leave_to_ask_in_a_language_is_a_language_request(text, code, rest) -> None:
    assert requested_language(text) == code
    assert without_language_request(text) == rest


@pytest.mark.parametrize(
    "question",
    [
        "Moet een hogeschool in de Partnerschappen voor innovatie ook een Erasmus-handvest hebben?",
        "Do universities in a sector skills alliance need the Erasmus charter?",
        "Mikä on osaamisallianssien hakemusten jättöpäivä vuonna 2020?",
    ],
)
def test_what_the_texts_on_the_action_never_set_is_refused(engine, question) -> None:
    (reply,) = chat(engine, question)
    assert reply.abstained


def test_the_charter_is_still_answered_for_knowledge_alliances(engine) -> None:
    (reply,) = chat(engine, "Måste lärosäten i en kunskapsallians ha Erasmusstadgan?")
    assert not reply.abstained and "ECHE" in reply.text


def test_a_later_part_is_asked_of_the_field_the_first_part_named(engine) -> None:
    (reply,) = chat(
        engine,
        "Do KA2 strategic partnerships in school education (between schools) also need partners from 3 countries, "
        "and how long can they last?",
    )
    assert reply.abstained  # the texts serve adult education only
    (reply,) = chat(
        engine,
        "Hur många organisationer behövs i ett strategiskt partnerskap inom vuxenutbildning, och hur länge pågår det?",
    )
    assert "minst 3 (tre) organisationer" in reply.text and "1–3 år" in reply.text


def test_a_count_of_countries_is_not_given_by_a_count_of_something_else(engine) -> None:
    (reply,) = chat(
        engine,
        "Hoeveel partners moet een Alliantie voor onderwijs en bedrijven minimaal hebben, en uit hoeveel landen moeten "
        "die komen?",
    )
    assert reply.abstained  # the page names no number of partners or countries ('twee soorten' counts activities)
    (reply,) = chat(engine, "Montako maata pitää olla mukana osaamisallianssissa?")
    assert "3 (kolmesta) ohjelmamaasta" in reply.text
