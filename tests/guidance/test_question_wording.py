"""How a question is worded changes neither whether it is answered nor what it is answered with: fillers
('actually', 'egentligen'), a typing slip in the thing counted, a share asked where the texts give sums, a
request of another kind (a joke) about a guidance topic."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question, said",
    [
        ("Vad är en branschspecifik kunskapsallians egentligen?", "kompetensbrister"),
        ("What is a sector skills alliance actually?", "skills gaps"),
        ("Mikä on alakohtainen osaamisallianssi oikeastaan?", "osaamisvaje"),
    ],
)
def test_a_filler_word_does_not_turn_what_is_x_into_a_question_the_texts_do_not_cover(engine, question, said):
    answer = engine.ask(question)
    assert not answer.abstained and said in answer.text.lower()


def test_a_typing_slip_in_the_word_counted_still_gets_the_count(engine):
    answer = engine.ask("how many organisatons in total does a sector skills aliance need at the very minimum?")
    assert not answer.abstained and "at least 3" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Kuinka monta prosenttia avustuksesta maksetaan ennakkona osaamisallianssille?",
        "What percentage of a Knowledge Alliance grant is paid in advance?",
    ],
)
def test_a_share_asked_where_the_texts_give_only_sums_is_refused(engine, question):
    answer = engine.ask(question)
    assert answer.abstained and "700" not in answer.text


@pytest.mark.parametrize(
    "question", ["Tell me a joke about teachers in Knowledge Alliances", "Skriv en dikt om strategiska partnerskap"]
)
def test_a_request_of_another_kind_about_a_guidance_topic_is_not_answered_from_the_texts(engine, question):
    assert engine.ask(question).abstained


def test_expected_results_of_an_action_whose_text_gives_its_impacts_get_those(engine):
    answer = engine.ask("Vilka resultat förväntas av en kunskapsallians?")
    assert not answer.abstained and "nya undervisningsmetoder" in answer.text


@pytest.mark.parametrize(
    "question, said",
    [
        # the years name when, not what is asked: the kinds, and who runs the action
        ("Mitkä ovat Erasmus+ 2021–2027 innovaatioallianssien kaksi tyyppiä?", "koulutuksen ja yritysten allianssit"),
        ("Vem sköter allianserna för innovation i Erasmus+ 2021–2027?", "EACEA"),
    ],
)
def test_a_programme_period_named_beside_what_is_asked_does_not_make_it_a_period_question(engine, question, said):
    answer = engine.ask(question)
    assert not answer.abstained and said in answer.text
    assert (
        "hör till Erasmus+ programperiod" not in answer.text and "kuuluvat Erasmus+ -ohjelmakauteen" not in answer.text
    )


@pytest.mark.parametrize(
    "question, said",
    [
        ("Which kinds of partners can a knowledge alliance have?", "associated partners"),
        ("What two kinds of partners can a knowledge alliance have?", "associated partners"),  # a count of kinds
        ("Welke soorten partners kan een kennisalliantie hebben?", "geassocieerde partners"),
        ("Millaisia kumppaneita tietoallianssissa voi olla?", "liitännäiskumppaneita"),
    ],
)
def test_kinds_of_partners_are_the_roles_partners_take(engine, question, said):
    answer = engine.ask(question)
    assert not answer.abstained and said in answer.text


@pytest.mark.parametrize(
    "question, said",
    [
        ("Mikä on aikuiskoulutuksen strateginen kumppanuushanke?", "eurooppalaisia aikuiskoulutuksen"),
        ("Vad är ett strategiskt partnerskap inom vuxenutbildning?", "europeiska projekt"),
        ("Wat is een strategisch partnerschap in de volwasseneneducatie?", "Europese projecten"),
    ],
)
def test_what_an_action_is_is_its_definition_not_the_kinds_of_project_it_can_be(engine, question, said):
    answer = engine.ask(question)
    assert not answer.abstained and said in answer.text
