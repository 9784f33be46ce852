"""Turns of round 18: 'shorter please' and 'and in one sentence?' ask the last question again, answered shorter; a
message opening on a new subject ('en helt annan sak: ...') is read without the chat; a return to a case the user
told of earlier ('Terug naar klant 1') goes back to that turn's action; a follow-up on 'that list' after a refusal
asks of the list, not of the refused question; the Finnish 'sektorikohtaiset osaamisallianssit' are Sector Skills
Alliances, not Knowledge Alliances as well."""

from __future__ import annotations

import pytest

from erasbot.chat.answer_form import form_asked, shortened
from erasbot.chat.followup import new_subject
from erasbot.guidance.glossary import load_glossary
from tests.chat.chatting import chat

GLOSSARY = load_glossary()


@pytest.mark.parametrize(
    ("message", "form"),
    [
        ("shorter please", "shorter"),
        ("and in one sentence?", "shorter"),
        ("kan du sammanfatta?", "shorter"),
        ("lyhyemmin kiitos", "shorter"),
        ("kan het korter?", "shorter"),
        ("say that again", "again"),
        ("igen?", "again"),
        ("shorter, and how long does it last?", None),
        ("in short, who can apply?", None),
        ("Is a shorter project allowed?", None),
    ],
)
def test_a_request_about_the_last_answers_form_is_told_from_a_question(message, form) -> None:
    assert form_asked(message) == form


def test_a_shortened_answer_keeps_the_lines_that_answer_and_drops_quotes_and_notes() -> None:
    text = "Projects last 2 to 3 years. [1]\n> “Projekten pågår i två till tre år.” [1]\nNote: 2014–2020."
    assert shortened(text, "en") == "Projects last 2 to 3 years. [1]"
    # an added guide's answer is its quote: the line naming the guide and its first quote stay
    quoted = "From “Guide” (user document):\n> “Max 12 months.” [1]\n> “Other.” [2]"
    assert shortened(quoted, "en") == "From “Guide” (user document):\n> “Max 12 months.” [1]"


def test_shorter_please_answers_the_last_question_again_without_its_quotes(engine) -> None:
    first, short = chat(engine, "What are Sector Skills Alliances supposed to produce in the end?", "shorter please")
    assert not short.abstained and short.resolved == first.resolved
    assert "curricula" in short.text and "curricula" in first.text
    assert len(short.text) < len(first.text) and ">" not in short.text


def test_in_one_sentence_keeps_a_listed_answer_whole(engine) -> None:
    _first, short = chat(
        engine,
        "Welke maatschappelijke uitdagingen pakken de allianties voor onderwijs en bedrijven aan?",
        "en in één zin?",
    )
    assert not short.abstained and "klimaatverandering" in short.text


@pytest.mark.parametrize(
    ("message", "rest"),
    [
        ("en helt annan sak: kan vi välja tema själva?", "kan vi välja tema själva?"),
        ("Another question: how long does it last?", "how long does it last?"),
        ("ihan eri asia: kuinka pitkä hanke on?", "kuinka pitkä hanke on?"),
        ("Iets heel anders: hoe lang duurt het?", "hoe lang duurt het?"),
        ("En kennisalliantie, hoe lang duurt die?", None),
    ],
)
def test_a_message_opening_on_a_new_subject_is_told(message, rest) -> None:
    assert new_subject(message) == rest


def test_a_new_subject_naming_an_action_is_not_joined_to_the_last_question(engine) -> None:
    *_, other = chat(
        engine,
        "Vad ska branschspecifika kunskapsallianser göra?",
        "får vi vara med i två sådana samtidigt?",
        "en helt annan sak: i ett strategiskt partnerskap inom vuxenutbildning, kan vi välja tema själva?",
    )
    assert "samtidigt" not in other.resolved
    assert "väljas fritt" in other.text


def test_a_return_to_a_case_told_earlier_goes_back_to_its_action(engine) -> None:
    *_, back = chat(
        engine,
        "Ik heb twee klanten. Klant 1 is een hogeschool die een kennisalliantie wil opzetten: hoeveel EU-geld kan dat "
        "opleveren voor een project van drie jaar?",
        "Klant 2 is een mbo-college dat met een sector skills alliance iets in de zorg wil doen. Valt zorg onder de "
        "toegestane sectoren?",
        "Terug naar klant 1: moeten alle hogescholen uit programmalanden een Erasmus charter hebben?",
    )
    assert "Kennisallianties" in back.resolved
    assert "ECHE" in back.text or "Erasmus Charter" in back.text


def test_eu_money_asked_of_a_knowledge_alliance_is_its_grant(engine) -> None:
    (answer,) = chat(
        engine,
        "Klant 1 is een hogeschool die een kennisalliantie wil opzetten: hoeveel EU-geld kan dat opleveren voor een "
        "project van drie jaar?",
    )
    assert "1 miljoen" in answer.text


def test_that_list_after_a_refusal_asks_of_the_list_not_the_refused_question(engine) -> None:
    *_, count = chat(
        engine,
        "Mitä sektorikohtaiset osaamisallianssit (SSA) yrittää saada aikaan?",
        "Paljonko SSA:lle voi saada rahaa?",
        "ok. ja kuinka monta toimialaa sillä listalla on?",
    )
    assert "rahaa" not in count.resolved
    assert not count.abstained and "Yhteensä seitsemän:" in count.text


def test_sector_specific_skills_alliances_in_finnish_name_one_action() -> None:
    assert GLOSSARY.actions("Mitä sektorikohtaiset osaamisallianssit (SSA) yrittää saada aikaan?") == [
        "sector-skills-alliance"
    ]
    assert GLOSSARY.actions("Vad gör sektorspecifika kunskapsallianser?") == ["sector-skills-alliance"]


def test_a_follow_up_after_sector_specific_alliances_stays_with_them(engine) -> None:
    first, then = chat(
        engine,
        "Mitä sektorikohtaiset osaamisallianssit (SSA) yrittää saada aikaan?",
        "voiko niitä koordinoida organisaatio kumppanimaasta (partner country)?",
    )
    assert "osaamisvaje" in first.text
    assert "Osaamisallianssit," not in then.resolved and "ohjelmamaasta" in then.text


def test_in_english_please_reads_the_last_question_in_its_own_language_and_answers_in_english(engine) -> None:
    dutch, english, short = chat(
        engine,
        "en welke maatschappelijke uitdagingen worden genoemd bij de allianties voor onderwijs en bedrijven?",
        "in English please",
        "and in one sentence?",
    )
    assert "klimaatverandering" in dutch.text
    assert english.language == "en" and "climate change" in english.text
    assert short.language == "en" and "climate change" in short.text and ">" not in short.text


def test_an_answer_language_apart_from_the_questions_is_only_the_answers(engine) -> None:
    question = "Welke maatschappelijke uitdagingen pakken de allianties voor onderwijs en bedrijven aan?"
    own = engine.ask(question, language="nl")
    said = engine.ask(question, language="nl", answer_language="en")
    assert said.language == "en" and "climate change" in said.text
    assert [c.chunk_id for c in said.citations] == [c.chunk_id for c in own.citations]
