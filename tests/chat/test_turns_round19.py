"""Turns of round 19: a Finnish correction rules out what follows its comma-'en' ('tarkoitin tavallisia
osaamisalliansseja, en alakohtaisia'); whether companies must take part is a question of the chat's action though
most of its words are no guidance text's; 'it' after a question on what an action is called now is the action that
took over; 'according to the Finnish agency's page' names a source, not the executive agency."""

from __future__ import annotations

import pytest

from erasbot.chat.followup import asks_succession
from erasbot.chat.parts import parts_of
from erasbot.guidance.glossary import load_glossary
from tests.chat.chatting import chat

GLOSSARY = load_glossary()


def test_a_finnish_correction_asks_the_last_question_of_the_action_meant_and_the_chat_goes_on_with_it(engine) -> None:
    replies = chat(
        engine,
        "Kuinka pitkiä alakohtaisten osaamisallianssien hankkeet yleensä ovat?",
        "anteeksi, tarkoitin tavallisia osaamisalliansseja, en alakohtaisia",
        "voiko hanketta jatkaa, jos se venyy?",
        lang="fi",
    )
    assert replies[0].abstained  # the texts give no duration for Sector Skills Alliances
    assert not replies[1].abstained and "2–3 vuotta" in replies[1].text
    assert {c.doc_id for c in replies[1].citations} <= {"knowledge-alliances", "knowledge-alliances-finland"}
    assert "6 kuukauden" in replies[2].text


@pytest.mark.parametrize(
    ("first", "then", "said"),
    [
        ("Kuinka pitkiä osaamisallianssien hankkeet ovat?", "onko yritysten mukanaolo pakollista?", "2 yritystä"),
        ("Hoe lang duurt een kennisalliantie?", "is deelname van bedrijven verplicht?", "2 bedrijven"),
    ],
)
def test_whether_companies_must_take_part_is_asked_of_the_chats_action(engine, first, then, said) -> None:
    replies = chat(engine, first, then)
    assert not replies[1].abstained
    assert said in replies[1].text


def test_it_after_asking_what_an_action_is_called_now_is_the_action_that_took_over(engine) -> None:
    replies = chat(
        engine,
        "Our university coordinated a Knowledge Alliance back in 2019. What's the equivalent action called now?",
        "who manages it?",
        lang="en",
    )
    assert "EACEA" in replies[1].text
    assert [c.doc_id for c in replies[1].citations] == ["partnerships-for-innovation"]


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        (
            "Our university coordinated a Knowledge Alliance back in 2019. What's the equivalent action called now?",
            True,
        ),
        ("Vad heter kunskapsallianserna nu?", True),
        ("Who coordinates a knowledge alliance now?", False),
    ],
)
def test_what_an_action_is_called_now_asks_its_successor(text, asks) -> None:
    assert asks_succession(text, GLOSSARY) is asks


def test_the_finnish_agencys_page_is_a_source_not_the_executive_agency(engine) -> None:
    (reply,) = chat(engine, "Vad ska en kunskapsallians leda till för resultat enligt finska byråns sida?")
    assert "undervisningsmetoder" in reply.text
    assert {c.doc_id for c in reply.citations} == {"knowledge-alliances-finland"}


@pytest.mark.parametrize(
    "question",
    [
        "Hur lange pagar en branschspecifik kunskapsallians? Ar det 2 eller 3 ar som for kunskapsallianserna, eller langre?",
        "What's the max EU grant for a Sector Skills Alliance? Same 700k as the knowledge alliances?",
        "Hur stort är maxbidraget för en branschspecifik kunskapsallians? Gäller samma tak som för vanliga kunskapsallianser?",
    ],
)
def test_a_figure_the_texts_lack_measured_by_another_actions_is_refused_not_answered_for_the_other(
    engine, question
) -> None:
    (reply,) = chat(engine, question)
    assert reply.abstained


def test_the_other_action_in_a_likeness_is_answered_when_the_first_is(engine) -> None:
    (reply,) = chat(
        engine, "How many partners does a sector skills alliance need? Is it the same as for knowledge alliances?"
    )
    assert not reply.abstained
    assert "3 (three) programme countries" in reply.text and "at least 6 (six)" in reply.text


def test_a_later_part_naming_another_action_after_a_likeness_cue_is_its_measure() -> None:
    parts = parts_of(
        "Hur länge pågår en branschspecifik kunskapsallians? Är det som för kunskapsallianserna?", GLOSSARY, "sv"
    )
    assert [p.reference for p in parts] == [False, True]
    parts = parts_of(
        "Hur länge pågår en branschspecifik kunskapsallians? Och hur länge pågår en kunskapsallians?", GLOSSARY, "sv"
    )
    assert [p.reference for p in parts] == [False, False]


def test_which_ones_asked_by_their_number_after_a_text_counting_them_unnamed_is_refused(engine) -> None:
    replies = chat(
        engine,
        "In hoeveel industriële ecosystemen worden de allianties voor sectorale samenwerking uitgevoerd?",
        "Welke 14 zijn dat dan?",
    )
    assert "14" in replies[0].text
    assert replies[1].abstained


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("Welke zijn die 14 industriële ecosystemen precies? Zit toerisme of de bouw erbij?", True),
        ("Which sectors can a sector skills alliance cover? Is tourism one of them?", False),
    ],
)
def test_whether_a_thing_is_on_a_list_asked_with_the_list_is_answered_by_that_list(engine, question, refused) -> None:
    (reply,) = chat(engine, question)
    assert reply.abstained is refused
    if not refused:
        assert "tourism" in reply.text


def test_when_an_event_the_texts_mention_is_held_next_is_refused(engine) -> None:
    (reply,) = chat(engine, "när hålls forumet mellan universitet och näringslivet nästa gång?")
    assert reply.abstained


def test_the_second_after_a_question_on_two_kinds_of_a_thing_is_the_second_kind_its_answer_named(engine) -> None:
    replies = chat(
        engine,
        "Vilka två typer av partner kan man ha i en branschspecifik kunskapsallians?",
        "den andra, kan de få bidrag?",
        lang="sv",
    )
    assert "fullvärdiga partner" in replies[0].text and "associerade partner" in replies[0].text
    assert replies[1].resolved.startswith("associerade partner")
    assert "kan inte få bidrag" in replies[1].text
