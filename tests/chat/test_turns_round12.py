"""Answers of round 12 on the bundled texts: both parts of 'who can take part, and whats the minimum consortium?'; who
may take part for 'can a folk high school apply?'; a country given 'for example' is the case asked about; a ceiling on
a grant the text does not give is refused; in chats, what the work must deliver, a time horizon, how companies benefit
and a new action named with a question of its own are each answered for what they ask."""

from __future__ import annotations

from tests.chat.chatting import chat


def test_both_parts_of_who_can_take_part_and_the_minimum_consortium(engine) -> None:
    (answer,) = chat(
        engine,
        "Who can take part in the adult education strategic partnerships (KA2), and whats the minimum consortium?",
    )
    assert not answer.abstained
    assert "All organisations active in adult education" in answer.text
    assert "at least 3 (three) organisations" in answer.text


def test_can_a_folk_high_school_apply_is_answered_by_who_may_take_part(engine) -> None:
    for question in (
        "hej, vi ar en folkhogskola i Vasa. kan vi soka ett strategiskt partnerskap inom vuxenutbildning?",
        "kan en folkhögskola söka ett strategiskt partnerskap inom vuxenutbildning?",
    ):
        answer = engine.ask(question, language="sv")
        assert answer.text.startswith("Alla organisationer med verksamhet inom vuxenutbildning"), question


def test_a_country_given_for_example_is_the_case_asked_about(engine) -> None:
    (answer,) = chat(
        engine,
        "Voiko aikuiskoulutuksen strategiseen kumppanuushankkeeseen ottaa mukaan jarjeston esim. Kanadasta?",
        lang="fi",
    )
    assert answer.text.startswith("Kyllä") and "lisäarvo" in answer.text.split("\n")[0]
    (answer,) = chat(engine, "Mag de aanvrager van een Sector Skills Alliance uit een partnerland komen, bv. Marokko?")
    assert answer.text.startswith("Nee") and "programmaland" in answer.text.split("\n")[0]


def test_what_to_budget_for_asked_with_an_example(engine) -> None:
    answer = engine.ask(
        "Do knowledge alliances have to set aside budget for anything specific, e.g. presenting their results somewhere?"
    )
    assert "University-Business Forum" in answer.text.split("\n")[0]


def test_a_ceiling_on_a_grant_the_text_does_not_give_is_refused(engine) -> None:
    (answer,) = chat(
        engine,
        "Hur mycket pengar kan en branschspecifik kunskapsallians fa i EU-bidrag? finns det nagot tak?",
        lang="sv",
    )
    assert answer.abstained
    assert "700 000" in engine.ask("finns det något tak för bidraget till en kunskapsallians?").text


def test_what_the_work_must_deliver_is_asked_of_the_chats_action(engine) -> None:
    *_, delivers = chat(
        engine,
        "Wat houdt een sectorale vaardighedenalliantie (SSA) uit 2014-2020 in?",
        "wat moet het werk uiteindelijk opleveren?",
        lang="nl",
    )
    assert "resultaatgerichte curricula" in delivers.text


def test_a_time_horizon_asked_of_a_part(engine) -> None:
    *_, horizon = chat(
        engine,
        "which impacts do the education and enterprise alliances aim for? name a couple",
        "and what time horizon should the sectoral cooperation ones work on?",
        lang="en",
    )
    assert "long-term strategies" in horizon.text.split("\n")[0]


def test_how_companies_benefit_and_a_new_action_with_a_question_of_its_own(engine) -> None:
    _, benefit, size = chat(
        engine,
        "Mita suomalainen ohje sanoo knowledge alliance -hankkeiden vaikutuksista?",
        "entä yritykset, miten ne hyötyvät?",
        "ja sitten aikuiskoulutuksen strategiset kumppanuushankkeet: ovatko ne isoja vai pienia hankkeita?",
        lang="fi",
    )
    assert "henkilöstökoulutus" in benefit.text.split("\n")[0]
    assert size.resolved.startswith("ja sitten aikuiskoulutuksen")
    assert "pienempi yhteistyöhanke" in size.text.split("\n")[0]


def test_what_is_needed_to_start_an_alliance_is_its_composition(engine) -> None:
    answer = engine.ask("Vad krävs för att starta en branschspecifik kunskapsallians?", language="sv")
    assert "minst 3 (tre) programländer" in answer.text.split("\n")[0]
