"""Answers of round 11 on the bundled texts: an exception asked for is the exception; a case the context tells is
what 'do we still need ...?' asks of; 'the new ones' after a succession are the actions that took over, 'the old
ones' those they replaced; whether an action still exists in a later period is the succession; organisations of the
youth sector are answered by the cross-sectoral sentence; a partner-country organisation may take part in a Sector
Skills Alliance, as its text says; what to include in the budget and cooperation with other projects are answered by
the sentence saying them."""

from __future__ import annotations

from tests.chat.chatting import chat


def test_an_exception_asked_for_is_the_exception(engine) -> None:
    for question, word in (
        ("Is there any exception to the three organisations per country in a sector skills alliance?", "umbrella"),
        (
            "Finns det något undantag för kravet på tre organisationer per land i en branschspecifik kunskapsallians?",
            "paraplyorganisation",
        ),
        (
            "Zijn er uitzonderingen op de regel van drie organisaties per land bij sectorale vaardigheidsallianties?",
            "koepelorganisatie",
        ),
    ):
        assert word in engine.ask(question).text.split("\n")[0], question


def test_do_we_still_need_asks_of_the_case_the_context_tells(engine) -> None:
    answer = engine.ask(
        "Our consortium for an SSA includes a European umbrella organisation based in Belgium. "
        "Do we still need three organisations from Belgium?"
    )
    assert "umbrella" in answer.text.split("\n")[0]


def test_the_new_ones_and_the_old_ones_across_a_succession(engine) -> None:
    _, exists, manages = chat(
        engine,
        "Wat is het doel van kennisallianties?",
        "Bestaan die nog in Erasmus+ 2021-2027?",
        "Wie beheert die nieuwe acties?",
    )
    assert not exists.abstained and "opgevolgd" in exists.text
    assert "EACEA" in manages.text
    _, new, old = chat(
        engine,
        "Do knowledge alliances still exist in 2021-2027?",
        "How long do the new ones last?",
        "What about the old ones?",
    )
    assert "Partnerships for Innovation" in new.resolved
    assert "Knowledge Alliances" in old.resolved and "2 to 3 years" in old.text


def test_youth_sector_organisations_are_answered_by_the_cross_sectoral_sentence(engine) -> None:
    answer = engine.ask("Can youth organisations take part in a strategic partnership for adult education?")
    assert "youth sector" in answer.text


def test_a_partner_country_organisation_may_take_part_in_a_sector_skills_alliance(engine) -> None:
    _, canada = chat(
        engine, "Vad är en branschspecifik kunskapsalians?", "Och kan en organisation från Kanada vara med?"
    )
    assert canada.text.startswith("Ja:") and "partnerländer" in canada.text
    (coordinator,) = chat(engine, "Can a Canadian company coordinate a sector skills alliance?")
    assert coordinator.text.startswith("No:")


def test_what_to_budget_for_and_cooperation_with_other_projects(engine) -> None:
    _, budget, clusters = chat(
        engine,
        "Hur mycket EU-bidrag kan en tvåårig kunskapsallians få?",
        "Vad ska en kunskapsallians lägga in i budgeten för att presentera resultaten?",
        "Ska de också samarbeta med andra projekt på något sätt?",
    )
    assert "forumet mellan universitet och näringslivet" in budget.text
    assert "tematiska kluster" in clusters.text and not clusters.abstained
    assert "700 000" in engine.ask("How much is in the budget of a knowledge alliance?").text


def test_an_exception_asked_after_a_rule_is_that_rules_exception(engine) -> None:
    *_, exception = chat(
        engine,
        "Vad är branschspecifika kunskapsallianser till för?",
        "Får en organisation delta i flera samtidigt?",
        "Vad är undantaget?",
    )
    assert "tillsynsmyndigheten" in exception.text
    _, umbrella = chat(
        engine, "How many organisations per country does a sector skills alliance need?", "Any exception to that?"
    )
    assert "umbrella" in umbrella.text.split("\n")[0] and not umbrella.abstained


def test_which_gets_more_money_says_for_the_side_whose_text_gives_no_sum_that_it_gives_none(engine) -> None:
    (reply,) = chat(engine, "Vilken får mer pengar, en kunskapsallians eller en branschspecifik kunskapsallians?")
    assert "700 000" in reply.text
    assert "anger inte något bidragsbelopp" in reply.text and "Associerade partner" not in reply.text
