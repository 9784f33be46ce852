"""Answers of round 10 on the bundled texts: 'which of the two needs more' is answered for both; a sum asked of an
alliance said to last two years is the sum; 'what is X (Y mistyped)?' says what X is; whether organisations of
another field may take part is answered from the action's texts, not refused as another field's question."""

from __future__ import annotations

from tests.chat.chatting import chat


def test_which_of_two_needs_more_is_answered_for_both(engine) -> None:
    (reply,) = chat(engine, "Which needs more partners, a Knowledge Alliance or a Sector Skills Alliance?")
    assert "at least 6" in reply.text and "Sector Skills Alliance needs" in reply.text
    (finnish,) = chat(
        engine, "Kumpi vaatii enemmän organisaatioita: osaamisallianssi vai aikuiskoulutuksen strateginen kumppanuus?"
    )
    assert "vähintään 6" in finnish.text and "vähintään 3" in finnish.text


def test_a_sum_asked_of_an_alliance_said_to_last_two_years_is_the_sum(engine) -> None:
    answer = engine.ask("hur mkt kan man max få i eu-bidrag för en kunskapsallians som pågår 2 år?")
    assert "700 000" in answer.text


def test_what_an_action_is_when_its_english_name_in_brackets_is_mistyped(engine) -> None:
    answer = engine.ask("Mikä on alakohtainen osaamisallianssi (sector skils alliance)?")
    assert "osaamisvaje" in answer.text


def test_whether_organisations_of_another_field_may_take_part_is_asked_of_the_action(engine) -> None:
    answer = engine.ask("Voiko siinä olla mukana nuorisoalan järjestöjä? (Aikuiskoulutuksen strategiset kumppanuudet)")
    assert not answer.abstained
    assert engine.ask("Kan en grundskola delta i utbyten mellan skolor?").abstained
