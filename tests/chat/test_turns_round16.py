"""Turns of round 16: a request to be answered in another language sets the answer's language (and alone asks the
last question again); a message quoting the last answer back ('you said six ...') is about its subject; a topic of
the guidance named in a message leaning on the chat ('entä levitys, onko se pakollista?') is the chat's; 'SSAs' and a
bare 'KA' name their actions."""

from __future__ import annotations

import pytest

from erasbot.chat.answer_language import language_asked
from erasbot.guidance.glossary import load_glossary
from tests.chat.chatting import chat


@pytest.mark.parametrize(
    ("message", "asked", "rest"),
    [
        (
            "Can you answer in English please? How long does a knowledge alliance last?",
            "en",
            "How long does a knowledge alliance last?",
        ),
        ("Voitko vastata suomeksi? Mita sanoit kestosta?", "fi", "Mita sanoit kestosta?"),
        ("kan du svara på svenska?", "sv", ""),
        ("Hoe lang duurt het? In het Nederlands graag.", "nl", "Hoe lang duurt het?"),
        ("Kan je dat in het Engels zeggen?", "en", ""),
        # the language of something asked about is no request
        ("Måste ansökan skrivas på engelska?", None, "Måste ansökan skrivas på engelska?"),
        ("Is the application in English?", None, "Is the application in English?"),
    ],
)
def test_a_request_for_another_language_is_read_apart_from_what_is_asked(message, asked, rest) -> None:
    assert language_asked(message) == (asked, rest)


def test_the_language_asked_for_answers_the_rest_or_the_last_question_again(engine) -> None:
    *_, english = chat(
        engine,
        "Hur länge pågår en kunskapsallians?",
        "Can you answer in English please? How long does a knowledge alliance last?",
    )
    assert english.language == "en" and not english.abstained
    assert english.text.startswith("Knowledge Alliance projects last 2 to 3 years")
    first, again = chat(engine, "How long does a Knowledge Alliance last?", "kan du svara på svenska?")
    assert again.language == "sv" and again.resolved == first.resolved
    assert "2–3 år" in again.text or "två till tre år" in again.text
    (alone,) = chat(engine, "in English please")
    assert alone.language == "en" and "answer in English" in alone.text


def test_a_message_quoting_the_last_answer_back_is_about_its_subject(engine) -> None:
    *_, recalled = chat(
        engine,
        "How many partners does a Knowledge Alliance need?",
        "you said six organisations - was that the minimum or the exact number?",
        lang="en",
    )
    assert not recalled.abstained and "at least 6" in recalled.text
    *_, duration = chat(
        engine,
        "hur lange pagar ett strategiskt partnerskap inom vuxenutbildning?",
        "Voitko vastata suomeksi? Mita sanoit kestosta?",
    )
    assert duration.language == "fi" and "1–3 vuotta" in duration.text


def test_a_topic_named_in_a_message_leaning_on_the_chat_is_the_chats(engine) -> None:
    *_, spread = chat(
        engine,
        "Kuinka kauan aikuiskoulutuksen strateginen kumppanuus kestää?",
        "entä levitys, onko se pakollista?",
        lang="fi",
    )
    assert not spread.abstained and "jokaiseen kumppanuushankkeeseen" in spread.text
    # the weather names no topic of the guidance: still no Erasmus+ subject, whatever came before
    *_, weather = chat(engine, "How long does a Knowledge Alliance last?", "and what's the weather in Brussels?")
    assert weather.abstained
    # a short question naming a topic by chance ('kuka voi...'), with no connective: no more the chat's than before
    *_, football = chat(
        engine, "Kuinka kauan osaamisallianssi kestää?", "Kuka voittaa jalkapallon MM-kisat?", lang="fi"
    )
    assert football.abstained and football.resolved == "Kuka voittaa jalkapallon MM-kisat?"


def test_plural_and_bare_abbreviations_name_their_actions() -> None:
    glossary = load_glossary()
    assert glossary.actions("do SSAs need companies specifically?") == ["sector-skills-alliance"]
    assert glossary.actions("KA duration?") == ["knowledge-alliance"]
    assert glossary.actions("KAs and SSAs") == ["knowledge-alliance", "sector-skills-alliance"]
    assert glossary.actions("KA 2 voor volwassenen") == []  # a key action's number, no Knowledge Alliance
