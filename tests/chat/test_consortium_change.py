"""A consortium told in one turn and changed in the next: a partner dropping out ('En als de Finse partner
afhaakt?') is checked without it, a country corrected ('sorry, I meant Norway, not Sweden') is checked in its place;
and a consortium told as the subject of 'can ... apply?' gets the rules' verdict, not a yes for the kinds it names."""

from __future__ import annotations

import pytest

from erasbot.chat.consortium_change import corrected, dropped
from erasbot.chat.eligibility import answer_eligibility
from erasbot.rules.described_partners import described_partners
from erasbot.rules.placed_partners import placed_partners
from tests.chat.chatting import chat

TOLD = (
    "Wij zijn een taleninstituut in Gent en willen een strategisch partnerschap voor volwasseneneducatie met een "
    "Zweeds studieförbund en een Finse kansalaisopisto. Kunnen we dat met z'n drieen indienen?"
)
KA = "Can a consortium of a Finnish university, a Swedish company and an Estonian vocational school apply for a Knowledge Alliance?"  # noqa: E501


def test_a_partner_dropping_out_is_told_after_the_last_question():
    assert dropped("En als de Finse partner afhaakt?", TOLD) == f"{TOLD} En als de Finse partner afhaakt?"


@pytest.mark.parametrize(
    "message",
    [
        "En als de Duitse partner afhaakt?",  # no German partner was told
        "En als het project langer duurt?",  # nobody drops out
    ],
)
def test_no_partner_of_the_consortium_dropping_out_changes_nothing(message):
    assert dropped(message, TOLD) is None


def test_a_country_corrected_takes_the_place_of_the_one_it_corrects():
    assert corrected("sorry, I meant Norway, not Sweden", KA) == KA.replace("Swedish", "Norway")


@pytest.mark.parametrize(
    "message",
    [
        "I meant Norway and Sweden",  # both, no correction
        "What about Norway?",  # no correction said
        "sorry, I meant Denmark, not Germany",  # Germany was not told
    ],
)
def test_no_country_corrected_changes_nothing(message):
    assert corrected(message, KA) is None


def test_the_consortium_without_the_partner_dropping_out_is_too_small():
    joined = dropped("En als de Finse partner afhaakt?", TOLD)
    ruled = answer_eligibility(joined, "strategic-partnership-adult", "nl")
    assert ruled.answer == "no"
    assert "2 is te weinig" in ruled.text


def test_partners_told_one_by_one_lose_the_one_from_the_country_dropping_out():
    ruled = answer_eligibility(f"{KA} And if the Estonian school drops out?", "knowledge-alliance", "en")
    assert ruled.answer == "no"
    assert "Found 2: higher education institution A (Finland) and enterprise A (Sweden)" in ruled.text


def test_a_consortium_asked_whether_it_can_apply_gets_the_rules_verdict():
    ruled = answer_eligibility(KA, "knowledge-alliance", "en")
    assert ruled.answer == "no"
    assert "Found 3" in ruled.text


@pytest.mark.parametrize(
    "text, lang, names",
    [
        (KA, "en", ["Finland", "Sweden", "Estonia"]),
        (
            "Voiko suomalainen yliopisto, ruotsalainen yritys ja virolainen ammattikoulu hakea osaamisallianssia?",
            "fi",
            ["Suomi", "Ruotsi", "Viro"],
        ),
    ],
)
def test_the_first_organisation_after_the_opening_words_is_counted(text, lang, names):
    partners = described_partners(text, lang)
    assert [p.name.split("(")[-1].rstrip(")") for p in partners] == names


def test_in_a_chat_the_changes_are_checked_and_no_yes_contradicts_the_verdict(engine):
    first, fixed, left = chat(engine, KA, "sorry, I meant Norway, not Sweden", "And if the Estonian school drops out?")
    assert first.text.startswith("No:")
    assert "\nYes:" not in first.text  # the claim under the verdict carries no yes of its own
    assert fixed.text.startswith("No:") and "enterprise A (Norway)" in fixed.text
    assert (
        left.text.startswith("No:")
        and "Found 2: higher education institution A (Finland) and enterprise A (Norway)" in left.text
    )  # noqa: E501


def test_a_dutch_chat_counts_the_partners_left(engine):
    _, left = chat(engine, TOLD, "En als de Finse partner afhaakt?")
    assert left.text.startswith("Nee:")
    assert "2 is te weinig" in left.text


PLACED = (
    "Vi är ett tekniskt universitet i Göteborg. Konsortiet för vår kunskapsallians: vi (koordinator), "
    "Aalto-universitetet i Finland, TU Delft i Nederländerna, ett mjukvaruföretag i Esbo och en konsultbyrå i "
    "Rotterdam. Räcker det?"
)


def test_organisations_placed_in_countries_or_cities_are_read_with_the_askers_themselves():
    partners = placed_partners(PLACED, "sv")
    assert [(p.country, p.type) for p in partners] == [
        ("SE", "higher_education"),
        ("FI", "higher_education"),
        ("NL", "unknown"),
        ("FI", "enterprise"),
        ("NL", "consultancy"),
    ]
    assert partners[0].role == "coordinator"


@pytest.mark.parametrize(
    "text",
    [
        # a place not known: the organisation cannot be counted, so no consortium is read
        "Konsortiet: vi (koordinator), Aalto-universitetet i Finland, ett företag i Atlantis och TU Delft i Holland.",
        # 'we' without a sentence telling who and where the askers are
        "Konsortiet: vi (koordinator), Aalto-universitetet i Finland, ett företag i Esbo och TU Delft i Holland.",
        # an organisation whose place is not told
        "Konsortiet: Aalto-universitetet i Finland, Volvo, ett företag i Esbo och TU Delft i Nederländerna.",
    ],
)
def test_a_list_not_every_part_of_which_is_placed_is_not_read(text):
    assert placed_partners(text, "sv") == []


def test_a_partner_added_to_a_list_told_before_is_counted_with_it(engine):
    first, grown = chat(engine, PLACED, "Om vi lägger till ett tyskt forskningsinstitut, blir det godkänt då?")
    assert first.text.startswith("Nej:") and "5 hittades" in first.text
    assert "6 hittades" in grown.text and "forskningsorganisation A (Tyskland)" in grown.text
    assert "✘ Kräver minst sex" not in grown.text
