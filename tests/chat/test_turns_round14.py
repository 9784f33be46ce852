"""Turns of round 14: after 'is there still something like X in 2021-2027?', 'it' is the action that carries X on;
a follow-up on the budget ('Moeten we ... in de begroting ...?') names a subject of the chat's action."""

from __future__ import annotations

from tests.chat.chatting import chat


def test_after_asking_whether_something_like_an_action_is_still_there_it_is_the_later_action(engine) -> None:
    _, manages = chat(
        engine,
        "Is there still something like the sector skills alliances in Erasmus+ 2021-2027?",
        "who manages it?",
        lang="en",
    )
    assert "Partnerships for Innovation" in manages.resolved
    assert "EACEA" in manages.text.split("\n")[0]


def test_a_follow_up_on_the_budget_is_asked_of_the_chats_action(engine) -> None:
    *_, budget = chat(
        engine,
        "Wat is de maximale EU-bijdrage voor een kennisalliantie van twee jaar?",
        "Moeten we nog ergens rekening mee houden in de begroting?",
        lang="nl",
    )
    assert budget.resolved.endswith("(Kennisallianties)")
    assert not budget.abstained


def test_what_to_take_into_account_in_the_budget_is_budgeting_not_the_grants_amount(engine) -> None:
    *_, budget = chat(
        engine,
        "Wat is de maximale EU-bijdrage voor een kennisalliantie van twee jaar?",
        "Moeten we nog ergens rekening mee houden in de begroting, bijvoorbeeld voor presentaties?",
        lang="nl",
    )
    assert "University-Business Forum" in budget.text.split("\n")[0]
    assert "700" not in budget.text
