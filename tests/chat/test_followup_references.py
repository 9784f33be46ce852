"""Turns that point back at what the last turn named: 'the second', 'which ones exactly?', 'how many of them?';
small talk mid-chat; a near miss about no action in between; a part of an action asked for its own aim."""

from __future__ import annotations

import pytest

from erasbot.chat.assistant import Assistant
from erasbot.chat.ordinals import spell_out_ordinal
from erasbot.guidance.glossary import load_glossary
from tests.chat.chatting import chat


@pytest.mark.parametrize(
    ("previous", "message", "lang", "named"),
    [
        (
            "Welke twee soorten allianties vallen onder de Partnerschappen voor innovatie?",
            "Waar richt de tweede zich op?",
            "nl",
            "allianties voor sectorale samenwerking",
        ),
        (
            "What's the difference between a Knowledge Alliance and a Sector Skills Alliance?",
            "How long does the first one last?",
            "en",
            "Knowledge Alliance",
        ),
        (
            "Vilka två typer av allianser finns i partnerskap för innovation?",
            "Vad gör den andra?",
            "sv",
            "allianser för sektorssamarbete",
        ),
    ],
)
def test_an_ordinal_is_the_thing_the_last_question_named_in_that_place(previous, message, lang, named):
    glossary = load_glossary()
    spelt = spell_out_ordinal(message, previous, ["partnership-for-innovation"], glossary, lang)
    assert named.lower() in spelt.lower()


def test_an_ordinal_of_the_conversation_or_with_nothing_named_before_is_left_alone():
    glossary = load_glossary()
    two = "What's the difference between a Knowledge Alliance and a Sector Skills Alliance?"
    asked = "Going back to the first question: can Norway take part?"
    assert spell_out_ordinal(asked, two, [], glossary, "en") == asked
    alone = "How long does the second one last?"
    assert spell_out_ordinal(alone, "How long does a Knowledge Alliance last?", [], glossary, "en") == alone


def test_the_second_and_then_the_first_get_each_part_s_own_aim(engine):
    replies = chat(
        engine,
        "Welke twee soorten allianties vallen onder de Partnerschappen voor innovatie?",
        "Waar richt de tweede zich op?",
        "En de eerste?",
    )
    assert "tekorten in vaardigheden" in replies[1].text
    assert not replies[2].abstained and "transnationale" in replies[2].text


def test_an_ordinal_turns_later_is_among_what_the_latest_turn_naming_several_named(engine):
    replies = chat(
        engine,
        "What is the difference between Knowledge Alliances and Sector Skills Alliances in who must take part?",
        "Which sectors exactly for the second one?",
        "Any good pizza places near the EACEA office in Brussels?",
        "Back to the first one: how long do they last?",
    )
    assert "tourism" in replies[1].text and replies[2].abstained
    assert not replies[3].abstained and "2 to 3 years" in replies[3].text


def test_an_ordinal_before_a_noun_turns_later_is_no_pointer_back(engine):
    replies = chat(
        engine,
        "What is the difference between Knowledge Alliances and Sector Skills Alliances in who must take part?",
        "Which sectors exactly for the second one?",
        "How long does it take?",
        "When does the last train to Amsterdam leave?",
    )
    assert replies[3].abstained


@pytest.mark.parametrize(
    ("listing", "detail", "listed"),
    [
        ("Måste en branschspecifik kunskapsallians gälla en viss bransch?", "Vilka exakt?", "turism"),
        ("Welke sectoren komen in aanmerking voor sectorale vaardighedenallianties?", "Welke dan precies?", "toerisme"),
        ("What kinds of organisations can take part in a Knowledge Alliance?", "give examples", "research institutes"),
    ],
)
def test_which_ones_exactly_asks_the_last_question_again(engine, listing, detail, listed):
    replies = chat(engine, listing, detail)
    assert not replies[1].abstained and listed in replies[1].text


def test_how_many_of_them_counts_what_the_last_question_spoke_of(engine):
    replies = chat(
        engine,
        "Do the companies in a Knowledge Alliance have to be big ones, or can consultancies join?",
        "how many of them do we need?",
    )
    assert not replies[1].abstained and "minst två företag" in replies[1].text


def test_how_many_staff_members_is_not_answered_with_a_count_of_organisations(engine):
    reply = Assistant(engine).reply(
        "How many staff members have to take part from each organisation in a strategic partnership in adult education?"
    )
    assert reply.abstained


@pytest.mark.parametrize(
    "message",
    ["Thanks, that's really helpful! How are you today?", "Hej förresten, vad heter du?", "Kiitos! Mitä kuuluu?"],
)
def test_small_talk_after_a_courtesy_abstains_whatever_came_before(engine, message):
    replies = chat(engine, "Do associated partners in a Knowledge Alliance get any funding?", message)
    assert replies[1].abstained and not replies[1].citations


def test_a_near_miss_about_no_action_leaves_the_chat_on_its_action(engine):
    replies = chat(
        engine,
        "Hur länge pågår en kunskapsallians?",
        "Vad har genomförandeorganet för telefonnummer?",
        "Och vad uppmanas de att ta fram?",
    )
    assert replies[1].abstained
    assert "öppna lärresurser" in replies[2].text


@pytest.mark.parametrize(
    "question",
    [
        "Wat is het doel van de allianties voor onderwijs en bedrijven?",
        "What is the aim of the Alliances for Education and Enterprises?",
    ],
)
def test_the_aim_of_a_part_of_an_action_is_the_part_s_own(engine, question):
    reply = Assistant(engine).reply(question)
    assert "innovatievermogen" not in reply.text  # the whole action's aim
    assert "transnational" in reply.text.lower()


def test_the_aim_of_the_whole_action_is_still_the_whole_action_s(engine):
    reply = Assistant(engine).reply("What is the aim of the Alliances for Innovation?")
    assert "innovation capacity" in reply.text


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Which period do Knowledge Alliances belong to?", "en"),
        ("Vilken period hör kunskapsallianserna till?", "sv"),
        ("Mihin kauteen osaamisallianssit kuuluvat?", "fi"),
        ("Bij welke periode horen de kennisallianties?", "nl"),
    ],
)
def test_which_period_without_the_word_programme_is_answered_by_the_period(engine, question, lang):
    reply = Assistant(engine).reply(question, language=lang)
    assert reply.text.split("\n")[0].count("2014–2020") == 1


def test_the_same_organisation_in_a_question_of_its_own_is_not_the_last_question_again(engine):
    replies = chat(
        engine,
        "Entä jos alakohtaisessa osaamisallianssissa on mukana kattojärjestö?",
        "Voiko sama organisaatio olla kahdessa allianssissa samaan aikaan?",
    )
    assert "kattojärjestö" not in replies[1].resolved
    assert "åt gången" in replies[1].text


def test_the_same_rule_for_another_action_still_asks_the_last_question_of_it(engine):
    replies = chat(engine, "Hur länge pågår en kunskapsallians?", "Gäller samma regel för strategiska partnerskap?")
    assert "1-3 år" in replies[1].text
