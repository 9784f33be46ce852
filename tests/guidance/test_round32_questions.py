"""Questions of round 32: a sum asked in everyday Finnish ('onks ... joku max summa?') or as 'het maximumbedrag' is
the grant; 'Comparing X with Y: which can be shorter ...?' compares (both actions' durations), and 'the duration
ranges of each' asks a duration, not an unknown 'range'; the currency a grant is paid in and its exchange rate are
never the texts' (no grant figure stands in for them); the years after an action's name ('innovaatioallianssien
(2021-2027)') name the action, the aspect asked stays what its words cue, unless the period itself is asked."""

from __future__ import annotations

import pytest

from tests.chat.chatting import chat


@pytest.mark.parametrize(
    "question",
    [
        "onks KA:lle joku max summa? siis osaamisallianssille, ei aikuiskoulutukselle",
        "onko osaamisallianssille maksimisumma?",
        "wat is het maximumbedrag voor een kennisalliantie?",
    ],
)
def test_a_maximum_sum_in_everyday_words_is_the_grant(engine, question) -> None:
    (reply,) = chat(engine, question)
    assert not reply.abstained
    assert "700" in reply.text and "1 miljo" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        (
            "Comparing a knowledge alliance with a KA2 adult-education strategic partnership: which can be shorter, "
            "and what are the duration ranges of each?"
        ),
        "Which is shorter, a knowledge alliance or a KA2 adult-education strategic partnership?",
    ],
)
def test_a_comparison_of_lengths_gives_both_actions_durations(engine, question) -> None:
    (reply,) = chat(engine, question)
    assert not reply.abstained
    assert "2 to 3 years" in reply.text and "1 to 3 years" in reply.text
    assert "700" not in reply.text  # the durations, not everything said of both


@pytest.mark.parametrize(
    "question",
    [
        "Maksaako UHR avustuksen euroina vai kruunuina, ja mitä vaihtokurssia käytetään, jos tilimme on kruunuissa?",
        "Betalas bidraget ut i euro eller kronor?",
        "Which exchange rate is used for the grant?",
    ],
)
def test_the_currency_of_a_grant_is_not_answered_by_the_grant(engine, question) -> None:
    (reply,) = chat(engine, question)
    assert reply.abstained
    assert "700" not in reply.text


def test_the_years_after_an_actions_name_leave_the_aspect_asked(engine) -> None:
    (reply,) = chat(
        engine,
        "Mistä löydän innovaatioallianssien (2021-2027) konsortion kokoonpanoa koskevat vaatimukset? Hollannin "
        "kansallisen toimiston sivulla niitä ei ilmeisesti ole.",
    )
    assert "ohjelmaopp" in reply.text and "Programme Guide" in reply.text
    (period,) = chat(engine, "Mihin ohjelmakauteen innovaatiokumppanuudet (2021-2027) kuuluvat?")
    assert period.text.startswith("Innovaatiokumppanuudet (allianssit) kuuluvat Erasmus+ -ohjelmakauteen 2021–2027")
