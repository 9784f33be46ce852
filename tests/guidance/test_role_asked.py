"""'Which organisation can <role>?' asks who may take the role (not the consortium's composition), and 'what do
<a part of an action> do?' asks what that part is for (not the whole action's activities or who takes part)."""

from __future__ import annotations

import pytest

from erasbot.guidance.glossary import load_glossary


@pytest.mark.parametrize(
    "question",
    [
        "I advise VET colleges around Rotterdam. In an SSA, which organisation can be in charge of the consortium?",
        "In an SSA, which organisation can lead the consortium?",
        "Mikä organisaatio voi koordinoida alakohtaista osaamisallianssia?",
    ],
)
def test_which_organisation_can_take_a_role_asks_about_the_role(engine, question):
    assert load_glossary().focus(question) == "coordinator"
    first = engine.ask(question).text.split("\n")[0]
    assert "programme country" in first or "ohjelmamaa" in first
    assert "one from each category" not in first and "kustakin ryhmästä" not in first


def test_which_organisations_are_needed_still_asks_about_organisations():
    assert load_glossary().focus("Which organisations are needed in a Sector Skills Alliance?") == "organisations"


@pytest.mark.parametrize(
    "question, said",
    [
        (
            "Hoi, wij zijn een mbo-school in Zwolle. Wat doen die Allianties voor sectorale samenwerking nou precies?",
            "tekorten in vaardigheden",
        ),
        ("Mitä alakohtaisen yhteistyön alliansit tekevät?", "osaamisvaje"),
    ],
)
def test_what_a_part_of_an_action_does_is_what_it_is_for(engine, question, said):
    first = engine.ask(question).text.split("\n")[0]
    assert said in first.lower()


@pytest.mark.parametrize(
    "question, said",
    [
        (
            "I work for a Swedish chamber of commerce and we'd only be an associated partner in a knowledge alliance "
            "led from Leuven. Who actually files the proposal, and who is answerable for the project as a whole?",
            "led by one organisation (the applicant/coordinator)",
        ),
        ("Vem lämnar in ansökan för en kunskapsallians?", "leds av en organisation"),
        (
            "I'm drafting the budget sheet for a knowledge alliance we want to run for three years. What's the most "
            "the EU will put in?",
            "EUR 1 million",
        ),
    ],
)
def test_other_words_for_the_applicant_and_the_grant_find_them(engine, question, said):
    first = engine.ask(question).text.split("\n")[0]
    assert said in first


@pytest.mark.parametrize(
    "question",
    [
        "entä koordinaattori, kuka hakemuksen lähettää? (Osaamisallianssit)",
        "entä koordinaattori? kuka sen hakemuksen jättää? (Osaamisallianssit)",
    ],
)
def test_words_for_the_applicant_that_a_claim_on_applying_uses_do_not_draw_it(engine, question):
    # ('jättää hakemuksen', 'dient de aanvraag in' are said of applying in the claims' own statements: as words for
    # the coordinator they would make every claim on applying one on the coordinator)
    first = engine.ask(question).text.split("\n")[0]
    assert "Konsortiota johtaa" in first
