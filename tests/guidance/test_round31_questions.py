"""Questions of round 31: a plan told with its figures (a consortium and a length) weighed against every rule it
touches, the length included ('does that fit the rules?'); a sum asked of a party the texts say receives none
(associated partners) answered with that; a query typed as keywords ('looptijd KA2 volwassenen') asks its one topic;
what to put in the budget asked in Dutch word order ("in de begroting opnemen"); an age range in years of life gives
an age; a sentence introducing a list of exclusions places nothing outside the guide."""

from __future__ import annotations

import pytest

from tests.chat.chatting import chat


def test_a_plan_with_a_length_beyond_the_rules_is_no_whatever_its_consortium(engine) -> None:
    (reply,) = chat(
        engine,
        "hi - international office of a uni in Leuven here. our plan for a knowledge alliance: 8 partners (3 "
        "universities, 3 companies, 2 NGOs) from four EU countries, and we'd like it to run for four years so there's "
        "time for piloting. does that fit the rules?",
    )
    first, second = reply.text.split("\n")[:2]
    assert first.startswith("No:") and "24–36 months" in first and "48 months" in first
    assert second.startswith("The consortium as you tell it:") and "8 is enough" in second


def test_a_plan_within_the_rules_stays_yes(engine) -> None:
    (reply,) = chat(
        engine, "We have 8 partners from 4 countries and want to run our knowledge alliance for 3 years. Is that ok?"
    )
    assert reply.text.startswith("Yes:")


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "Since associated partners in a sector skills alliance sign the grant agreement just like the full "
            "partners, how big a share of the EU budget are they entitled to?",
            "None:",
        ),
        ("Hoeveel subsidie krijgen geassocieerde partners in een kennisalliantie?", "Niets:"),
        ("Paljonko avustusta liitännäiskumppanit saavat alakohtaisessa osaamisallianssissa?", "Ei mitään:"),
    ],
)
def test_a_sum_asked_of_a_party_that_receives_none_is_answered_with_none(engine, question, lead) -> None:
    (reply,) = chat(engine, question)
    assert not reply.abstained
    assert reply.text.startswith(lead)
    assert any("inte få bidrag" in q for c in reply.citations for q in c.quotes)


def test_a_query_typed_as_keywords_asks_its_one_topic(engine) -> None:
    (reply,) = chat(engine, "looptijd KA2 volwassenen")
    assert "1 tot 3 jaar" in reply.text


def test_what_to_put_in_the_budget_in_dutch_word_order_is_budgeting(engine) -> None:
    (reply,) = chat(engine, "Voor welke kosten moet een kennisalliantie sowieso iets in de begroting opnemen?")
    assert "University-Business Forum" in reply.text


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        (
            "Jongerenuitwisselingen: groepen jongeren van 13 tot en met 30 jaar ontmoeten elkaar gedurende 5 tot 21"
            " dagen.",
            True,
        ),
        ("Deltagarna ska vara 18–30 år.", True),
        ("Participants must be 18 years old.", True),
        ("Een project duurt 1 tot 3 jaar.", False),
        ("Bewaar bewijsstukken tot vijf jaar na de betaling van het saldo.", False),
    ],
)
def test_an_age_range_in_years_of_life_gives_an_age(sentence, age) -> None:
    from erasbot.guidance.units import figure_units

    assert ("age" in figure_units(sentence)) is age


def test_a_sentence_introducing_a_list_of_exclusions_places_nothing_outside_the_guide() -> None:
    from erasbot.guidance.scope import says_out_of_scope

    assert not says_out_of_scope("De volgende activiteiten en kosten vallen buiten CB Youth:")
    assert says_out_of_scope("Professionele competities en topsportprestaties als zodanig vallen buiten het programma.")
