"""A question about a programme period no text is of is a near miss; a figure asked within a period a text is of
is the figure, not the period."""

from __future__ import annotations

import pytest


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
