"""A part of the chat's action called by a short name that is also another action's name
('die sectorale allianties' after the parts of Partnerships for Innovation were named)."""

from __future__ import annotations

import pytest

from erasbot.chat.followup import ChatContext, read_message
from erasbot.chat.part_names import spell_out_part
from erasbot.chat.turns import Exchange, Reply
from erasbot.guidance.glossary import load_glossary

PFI = "partnership-for-innovation"


@pytest.mark.parametrize(
    "message, lang, part",
    [
        ("En waar zijn die sectorale allianties op gericht?", "nl", "allianties voor sectorale samenwerking"),
        ("Entä ne alakohtaiset allianssit, mihin ne keskittyvät?", "fi", "alakohtaisen yhteistyön allianssit"),
    ],
)
def test_a_short_name_of_a_part_of_the_chats_action_is_spelt_out(message: str, lang: str, part: str) -> None:
    glossary = load_glossary()
    assert glossary.actions(message) != [PFI]  # alone, the words name the Sector Skills Alliances
    spelt = spell_out_part(message, [PFI], glossary, lang)
    assert part in spelt
    assert glossary.actions(spelt) == [PFI]


@pytest.mark.parametrize(
    "message, lang, actions",
    [
        # no part of the chat's action has these words
        ("En waar zijn die sectorale allianties op gericht?", "nl", ["knowledge-alliance"]),
        # the other action's main name, a programme period, or no chat at all: the message keeps its reading
        ("And the sector skills alliances, how many countries did they need?", "en", [PFI]),
        ("And those sectoral skills alliances, what did they tackle?", "en", [PFI]),  # stems of the main name
        ("En de sectorale allianties van 2014-2020, hoeveel landen?", "nl", [PFI]),
        ("Hoeveel landen moeten in een sectorale alliantie zitten?", "nl", []),
    ],
)
def test_a_name_that_is_no_part_of_the_chats_action_is_left_alone(message: str, lang: str, actions: list[str]) -> None:
    assert spell_out_part(message, actions, load_glossary(), lang) == message


def test_the_follow_up_is_read_for_the_part_the_previous_answer_named() -> None:
    glossary = load_glossary()
    first = "Welke soorten allianties zijn er binnen de Partnerschappen voor innovatie?"
    history = [Exchange(first, Reply("answer", first, "…", "nl", resolved=first, action=PFI))]
    reading = read_message("En waar zijn die sectorale allianties op gericht?", history, ChatContext(glossary), "nl")
    assert glossary.actions(reading.resolved) == [PFI]


def _said(message: str, action: str | None, lang: str = "en") -> Exchange:
    return Exchange(message, Reply("answer", message, "…", lang, resolved=message, action=action))


@pytest.mark.parametrize(
    "chat, follow_up, lang, earlier",
    [
        (
            ["What are the Alliances for Education and Enterprises?", "what was their counterpart in the 2014-2020 programme?"],
            "how many companies did those need?",
            "en",
            "knowledge-alliance",
        ),
        (
            ["Wat houden de Allianties voor sectorale samenwerking in?", "Welke uitdagingen pakken ze aan?",
             "En wat was daarvan de tegenhanger in de vorige programmaperiode?"],
            "Hoeveel landen moesten daar minimaal aan meedoen?",
            "nl",
            "sector-skills-alliance",
        ),
    ],
)
def test_after_asking_a_parts_predecessor_they_is_the_action_that_part_carries_on(
    chat: list[str], follow_up: str, lang: str, earlier: str
) -> None:
    glossary = load_glossary()
    context = ChatContext(glossary, successors={"knowledge-alliance": PFI, "sector-skills-alliance": PFI})
    history = [_said(m, PFI, lang) for m in chat]
    reading = read_message(follow_up, history, context, lang)
    assert glossary.actions(reading.resolved) == [earlier]


def test_after_asking_the_whole_actions_predecessor_they_are_both_earlier_actions() -> None:
    glossary = load_glossary()
    context = ChatContext(glossary, successors={"knowledge-alliance": PFI, "sector-skills-alliance": PFI})
    history = [_said("What are Partnerships for Innovation?", PFI), _said("What did they replace?", PFI)]
    reading = read_message("how long did those last?", history, context, "en")
    assert set(glossary.actions(reading.resolved)) == {"knowledge-alliance", "sector-skills-alliance"}


def test_a_predecessor_named_in_passing_with_a_figure_asked_is_what_they_points_at() -> None:
    """'and their predecessor, the sector skills alliances: how many countries?' asks about those, not who
    came after them."""
    glossary = load_glossary()
    context = ChatContext(glossary, successors={"knowledge-alliance": PFI, "sector-skills-alliance": PFI})
    asked = "And their 2014-2020 predecessor, the sector skills alliances: how many programme countries did those need?"
    history = [
        _said("What are the Alliances for Sectoral Cooperation on Skills supposed to tackle?", PFI),
        _said(asked, "sector-skills-alliance"),
    ]
    reading = read_message("could such an alliance be about agriculture?", history, context, "en")
    assert glossary.actions(reading.resolved) == ["sector-skills-alliance"]
