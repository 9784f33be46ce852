"""A question about a programme period no text is of is a near miss; a figure asked within a period a text is of
is the figure, not the period."""

from __future__ import annotations

import pytest

from erasbot.guidance.profiles import asked_period, named_periods


@pytest.mark.parametrize(
    "question",
    [
        "What was the budget for Knowledge Alliances in the 2007-2013 programme?",
        "Hoeveel partners heeft een kennisalliantie nodig in de periode 2028–2034?",
        "Hur länge pågick en branschspecifik kunskapsallians under 2007-2013?",
    ],
)
def test_a_period_no_text_is_of_is_not_answered_from_another_period(engine, question):
    assert engine.ask(question).abstained


def test_a_figure_asked_within_the_texts_own_period_is_the_figure(engine):
    answer = engine.ask("Kuinka kauan tietoallianssi kesti kaudella 2014–2020?")
    assert not answer.abstained and "2–3 vuotta" in answer.text.split("\n")[0]


def test_which_action_succeeded_in_a_later_period_still_names_the_successor(engine):
    answer = engine.ask("Vad ersatte kunskapsallianserna i programperioden 2021-2027?")
    assert "Alliances for Innovation" in answer.text


@pytest.mark.parametrize(
    ("question", "detail"),
    [
        ("How long does a knowledge alliance last in 2021-2027?", "the texts on Knowledge Alliances are of 2014–2020 only"),
        (
            "Kuinka kauan aikuiskoulutuksen strategiset kumppanuudet kestävät kaudella 2021-2027?",
            "koskevat vain kautta 2014–2020",
        ),
    ],
)
def test_a_rule_asked_of_an_action_in_a_period_its_texts_are_not_of_is_refused_saying_so(engine, question, detail):
    answer = engine.ask(question)
    assert answer.abstained and detail in answer.text


def test_what_happened_to_an_action_in_the_later_period_is_still_the_period_answer(engine):
    answer = engine.ask("What happened to the Sector Skills Alliances in the 2021-2027 programme?")
    assert not answer.abstained and "Alliances for Sectoral Cooperation on Skills" in answer.text


def test_a_question_on_which_action_came_before_in_a_period_is_not_refused_for_that_period(engine):
    assert not engine.ask("Wat was de voorganger van de allianties voor onderwijs en bedrijven in 2014-2020?").abstained


def test_years_running_over_two_programme_periods_are_no_period():
    assert named_periods("Een SSA (looptijd 2019-2021) en de periode 2014–2020") == ["2014-2020"]
    assert asked_period("We zitten in een SSA (looptijd 2019-2021). Mogen we nog een tweede?") is None
    assert asked_period("Mukana 2015-2020. Saako hakea uudelleen?") == "2015-2020"
