"""Follow-ups asked with general words ('what are those supposed to tackle?') keep their subject, and 'the old
ones' after a successor was named are the actions it took over from."""

from __future__ import annotations

import pytest

from erasbot.chat.followup import ChatContext, read_message
from erasbot.chat.subject import guidance_vocabulary
from erasbot.chat.turns import Exchange, Reply
from erasbot.guidance.facts import load_facts
from erasbot.guidance.glossary import load_glossary

PFI = "partnership-for-innovation"
SUCCESSORS = {"knowledge-alliance": PFI, "sector-skills-alliance": PFI}


@pytest.fixture(scope="module")
def context(engine) -> ChatContext:
    glossary = load_glossary()
    return ChatContext(glossary, guidance_vocabulary(engine.snapshot.chunks, load_facts(), glossary), SUCCESSORS)


def _said(message: str, action: str, lang: str = "en") -> Exchange:
    return Exchange(message, Reply("answer", message, "…", lang, resolved=message, action=action))


PFI_TURN = _said("What are the Alliances for Education and Enterprises?", PFI)


@pytest.mark.parametrize(
    "message, lang",
    [
        ("What are those supposed to tackle?", "en"),
        ("Which challenges do they deal with?", "en"),
        ("Vad är dessa tänkta att åtgärda?", "sv"),
        ("Waar gaan ze over?", "nl"),
    ],
)
def test_a_follow_up_in_general_words_is_read_against_the_chat(context: ChatContext, message: str, lang: str) -> None:
    reading = read_message(message, [PFI_TURN], context, lang)
    assert not reading.off_topic
    assert context.glossary.actions(reading.resolved) == [PFI]


@pytest.mark.parametrize(
    "message, lang",
    [
        ("And what's the weather like there tomorrow?", "en"),
        ("Hoe oud is de koning van Nederland?", "nl"),
        ("Vad kostar en ny cykel i Stockholm?", "sv"),
    ],
)
def test_an_aside_with_such_words_is_still_off_topic(context: ChatContext, message: str, lang: str) -> None:
    assert read_message(message, [PFI_TURN], context, lang).off_topic


@pytest.mark.parametrize(
    "message, lang",
    [
        ("And the old ones, which sectors could they cover?", "en"),
        ("Och de gamla, vilka branscher gällde de?", "sv"),
        ("Entä ne vanhat, millä aloilla ne toimivat?", "fi"),
        ("En de oude, welke sectoren?", "nl"),
    ],
)
def test_the_old_ones_are_the_action_the_chats_successor_took_over_from(
    context: ChatContext, message: str, lang: str
) -> None:
    history = [
        _said("What replaced the Sector Skills Alliances after 2020?", "sector-skills-alliance"),
        _said("What are those supposed to tackle?", PFI),
    ]
    reading = read_message(message, history, context, lang)
    assert context.glossary.actions(reading.resolved) == ["sector-skills-alliance"]


KA_TURN = _said("Hur många organisationer behövs för en kunskapsallians?", "knowledge-alliance", "sv")


@pytest.mark.parametrize(
    "message, lang",
    [
        ("Kan en kommun vara med?", "sv"),  # a short yes/no question leaves its subject unsaid
        ("Is Norway ok?", "en"),
        ("Welke effecten worden ermee nagestreefd?", "nl"),  # 'ermee': with it
        ("Tack så mycket, och hur länge då?", "sv"),  # a courtesy before the connective
    ],
)
def test_a_message_leaning_on_the_chat_is_read_with_its_action(context: ChatContext, message: str, lang: str) -> None:
    reading = read_message(message, [KA_TURN], context, lang)
    assert not reading.off_topic
    assert context.glossary.actions(reading.resolved) == ["knowledge-alliance"]


def test_a_short_yes_no_question_with_an_action_of_its_own_is_not_read_against_the_chat(context) -> None:
    reading = read_message("Kan en kommun vara med i en branschspecifik kunskapsallians?", [KA_TURN], context, "sv")
    assert context.glossary.actions(reading.resolved) == ["sector-skills-alliance"]
