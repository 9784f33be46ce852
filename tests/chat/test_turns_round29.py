"""Turns of round 29: a request to write a message of the asker's own is no question on the texts, whatever the
chat was about ('Kan du skriva ett kort mejl på franska till vår partner i Lyon?'; 'på franska' written 'pa franska'
names a language, not France); a part of the chat's action called by one of its own words ('what is the sectoral one
supposed to fix?') is that part; an English programme word in another language's question asks its aspect
('Pitääkö dissemination suunnitella myös pienessä hankkeessa?')."""

from __future__ import annotations

import pytest

from erasbot.chat.answer_language import language_asked
from erasbot.chat.part_names import spell_out_one
from erasbot.guidance.scope import asks_other_task
from erasbot.rules.country_mentions import find_country
from tests.chat.chatting import chat


@pytest.mark.parametrize(
    "message",
    [
        "Kan du skriva ett kort mejl pa franska till var partner i Lyon om att vi flyttar motet till tisdag?",
        "Could you draft an email to our partners about moving the meeting?",
        "Kirjoitatko lyhyen viestin kumppanillemme kokouksen siirrosta?",
        "Kun je een korte mail schrijven aan onze partner over de vergadering?",
    ],
)
def test_a_request_to_write_a_message_is_no_question_on_the_texts(engine, message):
    assert asks_other_task(message)
    _, reply = chat(engine, "Hur många länder behövs i en branschspecifik kunskapsallians?", message)
    assert reply.abstained
    assert "programland" not in reply.text and "programme country" not in reply.text


@pytest.mark.parametrize(
    "message", ["How do we write the application?", "Vad ska vi skriva i ansökan?", "Hoe schrijven we een aanvraag?"]
)
def test_asking_how_to_write_the_application_is_no_writing_request(message):
    assert not asks_other_task(message)


def test_a_language_written_without_its_diacritics_is_no_country():
    assert find_country("ett kort mejl pa franska till var partner") is None


@pytest.mark.parametrize(
    "message, lang, name",
    [
        ("what is the sectoral one supposed to fix?", "en", "Alliances for Sectoral Cooperation on Skills"),
        ("en de sectorale, waar dient die voor?", "nl", "allianties voor sectorale samenwerking"),
    ],
)
def test_a_part_called_by_one_of_its_words_is_spelt_out(message, lang, name):
    assert name in spell_out_one(message, ["partnership-for-innovation"], lang)
    assert spell_out_one(message, ["knowledge-alliance"], lang) == message  # no parts: unchanged


def test_the_sectoral_one_is_answered_with_what_that_part_tackles(engine):
    _, reply = chat(
        engine,
        "Under Partnerships for Innovation, what are the two kinds of alliance you can apply for?",
        "what is the sectoral one supposed to fix?",
    )
    assert "skills gaps" in reply.text.split("\n")[0]


def test_an_english_programme_word_in_a_finnish_question_asks_its_aspect(engine):
    _, reply = chat(
        engine,
        "Monestako maasta kumppaneita pitää olla aikuiskoulutuksen strategisessa kumppanuushankkeessa?",
        "Pitaako dissemination suunnitella myos pienessa hankkeessa?",
    )
    assert "levit" in reply.text.split("\n")[0].lower()


def test_an_action_named_then_a_question_of_its_own_after_a_dash_takes_nothing_of_the_last_question(engine):
    _, reply = chat(
        engine,
        "Hur manga poang maste en ansokan fa for att beviljas?",
        "Vaihdetaan suomeksi: entä vanhat 2014-2020 osaamisallianssit – mihin niillä pyrittiin?",
    )
    assert not reply.abstained
    assert "innovaatiokyky" in reply.text.split("\n")[0]
    assert "pisteitä" not in reply.text


def test_asking_in_another_language_instead_is_a_preface_set_apart():
    asked, rest = language_asked("Kan jag fraga pa svenska istallet – far vi bestamma amnet helt pa egen hand?")
    assert asked == "sv" and rest == "far vi bestamma amnet helt pa egen hand?"


def test_an_item_of_the_chats_list_asked_of_is_a_question_on_the_chats_action(engine):
    _, reply = chat(
        engine,
        "Wij willen een SSA in de creatieve sector.",
        "Valt de creatieve sector eigenlijk wel onder de toegestane branches?",
    )
    assert not reply.abstained
    assert "culturele en creatieve sectoren" in reply.text
