"""Questions of round 34: 'the maximum number of months' asks a duration (a text naming none refuses it); Dutch
'bedrag' is the grant; 'can we do a KA2 strategic partnership?' asks who may take part; quality and open publishing
asked in plain words; an organisation from a country outside the programme asks about partner countries; a way around
a rule asks its exception; payments in instalments, advance payments and audits are no bundled text's."""

from __future__ import annotations

import pytest

from erasbot.guidance.asked_unit import unit_kind
from erasbot.guidance.scope import asks_never_covered
from tests.chat.chatting import chat


def test_the_maximum_number_of_months_asks_a_duration(engine) -> None:
    assert unit_kind("what is the maximum number of months a project may last?", "en") == "duration"
    (reply,) = chat(
        engine,
        "For planning staff contracts: what is the maximum number of months a sector skills alliance project may last?",
    )
    assert reply.abstained and "löptid" not in reply.text


def test_a_dutch_amount_of_an_action_is_its_grant(engine) -> None:
    (reply,) = chat(engine, "Is het bedrag van de kennisalliantie een jaarbedrag?")
    assert "700.000" in reply.text and "driejarig" in reply.text


def test_can_we_do_an_action_asks_who_may_take_part(engine) -> None:
    (reply,) = chat(
        engine, "We're a small adult education association in Turku. Can we do a KA2 strategic partnership?"
    )
    assert "All organisations active in adult education" in reply.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Knowledge alliance: what about results, are we expected to publish stuff openly?", "open educational"),
        ("Knowledge alliance: and quality, is there any expectation on that side?", "Quality assurance"),
        (
            "Går det att komma runt kravet att varje land i en sektorsallians ska ha tre organisationer? Nåt specialfall?",
            "paraplyorganisation",
        ),
        (
            "Millä ehdoilla kenialainen aikuisopisto voisi osallistua meidän aikuiskoulutuksen kumppanuushankkeeseen?",
            "lisäarvoa",
        ),
        ("A knowledge alliance can't have any members based outside the programme countries, can it?", "added value"),
    ],
)
def test_plain_words_ask_what_the_texts_say(engine, question: str, said: str) -> None:
    (reply,) = chat(engine, question)
    assert not reply.abstained and said in reply.text


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Is there an advance payment at the start of a knowledge alliance, and what percentage is it?", "en"),
        ("En in hoeveel termijnen wordt het geld van een kennisalliantie uitbetaald?", "nl"),
        ("Tuleeko osaamisallianssille tilintarkastus hankkeen lopussa?", "fi"),
        ("När ska slutrapporten för ett strategiskt partnerskap lämnas in?", "sv"),
    ],
)
def test_payments_audits_and_reports_are_not_in_the_texts(engine, question: str, lang: str) -> None:
    assert asks_never_covered(question, lang)
    (reply,) = chat(engine, question)
    assert reply.abstained
