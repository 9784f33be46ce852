"""Questions of round 18 on the bundled texts: a helpdesk's hours, a pupil exchange of a primary school and the flights
to partner meetings are not covered; 'how many sectors' over a list naming no number counts the list; making the
materials public asks of dissemination; a question whose last part asks without a question mark asks it; 'which of
them lasts longest, X or Y?' compares both; a sum written with a slash ('700 euro/mån') is a rate, and a unit ending a
compound ('undervisningstimmar', 'matkapäivää') names it."""

from __future__ import annotations

import pytest

from erasbot.forms import asks_comparison, with_question_mark
from erasbot.guidance.list_count import listed_items
from erasbot.guidance.scope import gives_rate
from erasbot.guidance.units import units_named
from tests.chat.chatting import chat


@pytest.mark.parametrize(
    "question",
    [
        "En hoe laat sluit de helpdesk van EACEA op vrijdag? (Kennisallianties)",
        "Kan vår grundskola söka Erasmus+-pengar för ett elevutbyte med en skola i Frankrike?",
        "Can our secondary school apply for a pupil exchange with a school in France?",
        (
            "och hur mycket får man för flygresor till partnermötena, finns det någon schablon? (Strategiska partnerskap "
            "inom vuxenutbildning (KA2))"
        ),
    ],
)
def test_things_the_texts_never_speak_of_are_refused(engine, question) -> None:
    assert engine.ask(question).abstained


def test_a_sum_got_for_a_thing_no_claim_prices_is_refused_as_a_sum_not_stated(engine) -> None:
    answer = engine.ask("Hur mycket får man för flygresor i ett strategiskt partnerskap inom vuxenutbildning?")
    assert answer.abstained and "bidragsbelopp" in answer.text


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("How many sectors can a Sector Skills Alliance choose from?", "Seven in all"),
        ("Kuinka monta toimialaa alakohtaisten osaamisallianssien listalla on?", "Yhteensä seitsemän"),
    ],
)
def test_how_many_over_a_list_naming_no_number_counts_the_list(engine, question, count) -> None:
    answer = engine.ask(question)
    assert not answer.abstained and count in answer.text.split(":")[0]


def test_a_list_is_counted_only_when_it_states_no_number() -> None:
    assert listed_items("The alliance must address one sector: manufacturing; commerce; tourism.") == 3
    assert listed_items("At least 6 organisations: 2 universities; 2 enterprises; 2 others.") is None
    assert listed_items("Two kinds: A and B.") is None


def test_making_the_materials_public_asks_of_dissemination(engine) -> None:
    answer = engine.ask(
        "is there any rule about making the materials public? (Strategic Partnerships in adult education)"
    )
    assert "available to anyone" in answer.text


def test_a_last_part_asked_without_a_question_mark_is_asked(engine) -> None:
    assert with_question_mark("mitä tarvitaan? montako maata pitää olla mukana") == (
        "mitä tarvitaan? montako maata pitää olla mukana?"
    )
    assert with_question_mark("KA duration") == "KA duration"
    assert with_question_mark("We are a school. We want to apply.") == "We are a school. We want to apply."
    answer = engine.ask(
        "mitä tarvii et voi hakee aikuiskoulutuksen strategista kumppanuutta? montako maata pitää olla mukana"
    )
    assert not answer.abstained and "3 ohjelmamaasta" in answer.text


def test_which_of_two_lasts_longest_gives_both_durations(engine) -> None:
    question = "vilken av dem varar längst: en kunskapsallians eller ett strategiskt partnerskap inom vuxenutbildning?"
    assert asks_comparison(question)
    (answer,) = chat(engine, question)  # the assistant answers a comparison side by side
    assert "två till tre år" in answer.text and "1–3 år" in answer.text


@pytest.mark.parametrize(
    ("text", "unit", "rate"),
    [("700 euro/mån", "month", True), ("79 EUR/day", "day", True), ("56 €/pv", "day", True)]
    + [("2014/2020", "day", False), ("and/or", "hour", False), ("24 mån", "month", False)],
)
def test_a_sum_written_with_a_slash_is_a_rate(text, unit, rate) -> None:
    assert gives_rate([text], unit) is rate


@pytest.mark.parametrize(
    ("text", "unit"),
    [("Minst 8 undervisningstimmar per vecka", "hour"), ("Upp till 4 extra resdagar", "day")]
    + [("4 ylimääräistä matkapäivää", "day"), ("36 kalenterikuukautta", "month")],
)
def test_a_unit_ending_a_compound_names_it(text, unit) -> None:
    assert unit in units_named(text)


@pytest.mark.parametrize("text", ["fredag", "natuur", "idag", "figuren"])
def test_words_ending_like_a_unit_name_none(text) -> None:
    assert not units_named(text)


def test_how_many_of_them_after_a_keyword_counts_the_list_named(engine) -> None:
    answer = engine.ask("SSA alat? montako niita on ja mitka")
    assert not answer.abstained and "seitsemän" in answer.text and "matkailu" in answer.text


def test_a_folk_high_school_is_no_school_education(engine) -> None:
    answer = engine.ask(
        "hi were a folk high school in sweden doing adult ed and we want a strategic partnership with one school in "
        "norway is that enough or do we need more partners and countries"
    )
    assert not answer.abstained and "at least 3" in answer.text


def test_the_largest_sum_asked_is_not_given_by_a_table_of_rates() -> None:
    from erasbot.guidance.added_figures import figure_not_quoted

    asked = "Wat is het maximale subsidiebedrag dat één hogeschool kan aanvragen?"
    rates = ["Deltagare: Utresande studenter; Belopp: 700 euro/mån. Deltagare: Personal; Belopp: 180 euro/dag."]
    assert figure_not_quoted(asked, asked, "nl", {"amount"}, rates, [])
    total = ["Het maximale subsidiebedrag per project is EUR 400.000."]
    assert not figure_not_quoted(asked, asked, "nl", {"amount"}, total, [])
    monthly = "Hoeveel krijgt een student per maand?"
    assert not figure_not_quoted(monthly, monthly, "nl", {"amount"}, rates, [])
