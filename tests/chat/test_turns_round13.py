"""Turns of round 13 on the bundled texts: "education sectors" are kinds of education, not industry sectors; a
question typed without its diacritics ('mita teemoja voi valita?') leans on the chat as the same question written right
does; a question of its own opening with 'En' and a verb the earlier rounds did not list ('En bestaat ...?', 'En
moesten ...?') is not the last question asked again; the years given with one side of a comparison are that side's;
what Brexit changed is not in the table of a period's countries."""

from __future__ import annotations

from tests.chat.chatting import chat


def test_a_question_typed_without_its_diacritics_is_asked_of_the_chats_action(engine) -> None:
    opening = "Olemme kansalaisopisto Jyväskylässä. Voimmeko hakea aikuiskoulutuksen strategista kumppanuushanketta?"
    for typed in ("mita teemoja voi valita?", "mitä teemoja voi valita?"):
        _, themes = chat(engine, opening, typed, lang="fi")
        assert not themes.abstained, typed
        assert themes.resolved.startswith(typed) and "kumppanuu" in themes.resolved.lower(), typed
        assert "teem" in themes.text.split("\n")[0].lower(), typed


def test_and_a_question_of_its_own_about_the_chats_action_is_not_the_last_one_again(engine) -> None:
    *_, charter = chat(
        engine,
        "Hoeveel jaar duurde zo'n Knowledge Alliance?",
        "En moesten de hogescholen daarvoor een charter hebben?",
        lang="nl",
    )
    assert charter.resolved.startswith("En moesten de hogescholen")
    assert "Erasmus Charter for Higher Education" in charter.text.split("\n")[0]
    assert "2 tot 3 jaar" not in charter.text


def test_and_a_question_naming_an_action_after_a_refused_one_is_answered_for_it(engine) -> None:
    *_, successor = chat(
        engine,
        "Ik werk bij een ROC en we willen een Sector Skills Alliance opzetten. Wat is het doel van zo'n alliantie?",
        "Hoe hoog is het cofinancieringspercentage dat Nederland vraagt?",
        "En bestaat de Sector Skills Alliance nog in het nieuwe programma?",
        lang="nl",
    )
    assert successor.resolved.startswith("En bestaat de Sector Skills Alliance")
    assert not successor.abstained
    assert "Allianties voor innovatie" in successor.text.split("\n")[0]


def test_education_sectors_ask_the_kinds_of_education_not_the_industry_sectors(engine) -> None:
    answer = engine.ask(
        "Which education sectors do the Erasmus+ Alliances for Innovation bring together with business?"
    )
    lead = answer.text.split("\n")[0]
    assert "higher education" in lead and "vocational education and training" in lead
    assert "ecosystems" not in lead


def test_the_years_given_with_one_side_of_a_comparison_are_not_asked_of_the_other(engine) -> None:
    (answer,) = chat(
        engine,
        "Wat is het verschil tussen de oude Knowledge Alliances (2014-2020) en de nieuwe allianties voor onderwijs en "
        "bedrijven qua onderwijs dat meedoet? Zat het mbo er vroeger ook bij?",
        lang="nl",
    )
    assert "hogeronderwijsinstellingen en bedrijven" in answer.text  # the Knowledge Alliances' side
    assert "middelbaar beroepsonderwijs" in answer.text  # the new alliances' side, not refused as of 2014-2020
    assert "gaan alleen over" not in answer.text


def test_what_brexit_changed_is_not_read_from_the_table_of_a_periods_countries(engine) -> None:
    for question, lang in (
        ("Is the UK still a programme country for knowledge alliances after Brexit?", "en"),
        ("Kan ett brittiskt universitet delta i en kunskapsallians efter brexit?", "sv"),
    ):
        (answer,) = chat(engine, question, lang=lang)
        assert answer.abstained, question
    # without the event, the table answers for the action's period
    (answer,) = chat(engine, "Can a UK university join a knowledge alliance?", lang="en")
    assert not answer.abstained and answer.text.startswith("Yes: United Kingdom is a programme country in 2014–2020")
