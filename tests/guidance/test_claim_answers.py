"""Answers lead with the claim that answers what was asked, in the asker's language, then quote it whole."""

import pytest

from erasbot.guidance.aspects import load_aspect_cues

SECTORS = ["teknik och tillverkning", "handel", "it och telekom", "miljöteknik", "turism"]


def test_a_which_sectors_question_in_finnish_gets_the_whole_list_in_finnish_then_quoted(engine):
    answer = engine.ask("Mitkä alat kuuluvat alakohtaisiin osaamisallianssseihin?")
    first, quote = answer.text.split("\n")[:2]
    assert answer.language == "fi" and "matkailu" in first.lower()  # the statement, in Finnish
    assert quote.startswith("> “Verksamheten måste omfatta en bransch")
    assert all(sector in quote for sector in SECTORS)
    assert {c.doc_id for c in answer.citations} == {"sector-skills-alliances"}


def test_the_impacts_an_alliance_aims_for_are_the_impact_list_not_the_general_aim(engine):
    answer = engine.ask("What impact should an Alliance for Education and Enterprises aim for?")
    assert "socially responsible entrepreneurship" in answer.text
    assert "maatschappelijk verantwoord ondernemen" in answer.text  # the list item, quoted


def test_a_question_on_a_sentence_without_a_stock_fact_is_answered_in_the_askers_language(engine):
    answer = engine.ask("Waarom is kwaliteitsborging belangrijk bij een kennisalliantie?")
    first = answer.text.split("\n")[0]
    assert answer.language == "nl" and not answer.abstained
    assert first.startswith("Kwaliteitsborging is een belangrijk onderdeel")
    assert "Kvalitetssäkring är en viktig del av projektet" in answer.text
    assert answer.citations[0].doc_id == "knowledge-alliances"


def test_a_list_question_quotes_the_list_with_its_introduction_not_an_item_alone(engine):
    answer = engine.ask("Welke thema's zijn populair geweest in projecten voor volwasseneneducatie?")
    assert "Populära teman inom vuxenutbildningsprojekt har varit bland annat utbildning av invandrare" in answer.text
    assert "IT i vuxenutbildningen" in answer.text


def test_asked_in_the_texts_own_language_a_quote_the_statement_restates_is_not_repeated(engine):
    answer = engine.ask("Vilka teman har varit populära inom vuxenutbildningsprojekt?")
    assert answer.text.startswith("Populära teman inom vuxenutbildningsprojekt har bland annat varit")
    assert "> “" not in answer.text  # said once, in the statement
    assert any("Populära teman" in q for q in answer.citations[0].quotes)  # still highlighted in its source
    # a quote giving a figure stays: it is the figure's evidence in the text's own words
    answer = engine.ask("Hur länge pågår en kunskapsallians?")
    assert "> “Projekten pågår i två till tre år" in answer.text


def test_aspects_are_read_in_the_order_the_question_names_them_without_the_actions_name():
    cues = load_aspect_cues()
    assert cues.asked("Wat zijn de effecten die ze nastreven?", "nl")[0] == "expected-impacts"
    assert cues.asked("Mitkä alat kuuluvat hankkeisiin?", "fi") == ("sectors",)
    assert cues.asked("What is the weather like?", "en") == ()
    assert cues.wants_list("Welke activiteiten worden ondersteund?", "nl")
    assert not cues.wants_list("How long does it last?", "en")


def test_an_unknown_aspect_in_the_cue_table_fails_at_load_with_its_name(tmp_path):
    import json

    import pytest

    from erasbot.errors import ErasbotError

    path = tmp_path / "aspects.json"
    path.write_text(json.dumps({"aspects": {"weather": {"en": ["rain"]}}, "forms": {"list": {}}}), encoding="utf-8")
    with pytest.raises(ErasbotError, match="weather"):
        load_aspect_cues.__wrapped__(path)


def test_the_questions_specific_words_pick_the_claim_that_says_them_not_its_neighbour(engine):
    # staff mobility is one item of the activities list, not the project's duration or who takes part
    answer = engine.ask("Hoe lang mag personeelsmobiliteit in een strategisch partnerschap voor volwasseneneducatie duren?")
    assert "Långvarig personalmobilitet (över 2 månader)" in answer.text
    answer = engine.ask("Voiko aikuiskoulutuksen KA2-kumppanuushankkeessa olla pitkäkestoista henkilöstön liikkuvuutta?")
    assert "pitkäkestoinen henkilöstön liikkuvuus" in answer.text


def test_a_part_of_an_action_asked_by_its_own_name_gets_that_parts_claim(engine):
    answer = engine.ask(
        "Mitä ongelmaa alan yhteistyön allianssit (Alliances for Sectoral Cooperation on Skills) pyrkivät ratkaisemaan?"
    )
    assert "skills gaps" in answer.text


def test_a_body_already_in_one_alliance_asking_to_join_a_second_gets_the_one_alliance_rule(engine):
    answer = engine.ask(
        "Our agency is the only regulatory body for vocational training in our country, and we're already in "
        "one Sector Skills Alliance. Can we join a second one?"
    )
    assert "åt gången" in answer.text and "only regulatory authority" in answer.text


def test_may_a_vocational_school_join_the_alliances_for_innovation_is_a_yes_quoting_who_they_join(engine):
    answer = engine.ask("Voiko ammatillinen oppilaitos osallistua innovaatiokumppanuuksiin?")
    assert answer.text.startswith("Kyllä: ") and not answer.abstained
    assert "middelbaar beroepsonderwijs" in answer.text  # the kinds of organisation, quoted
    assert {c.doc_id for c in answer.citations} == {"partnerships-for-innovation"}


def test_may_an_ngo_join_a_knowledge_alliance_is_a_yes_from_the_list_naming_associations(engine):
    answer = engine.ask("Can an NGO take part in a Knowledge Alliance?")
    assert answer.text.startswith("Yes: ") and "föreningar" in answer.text


def test_support_for_dissemination_events_asked_in_finnish_is_a_conditional_yes_with_the_cost_items(engine):
    answer = engine.ask("Voiko aikuiskoulutuksen strategiseen kumppanuuteen saada tukea levitystapahtumiin?")
    assert answer.text.startswith("Kyllä, tekstin asettamalla ehdolla: ")
    assert "Dissemination Events" in answer.text and "levitystapahtumiin" in answer.text


def test_a_must_question_about_a_kind_of_organisation_gets_no_yes_lead(engine):
    answer = engine.ask("Must a Sector Skills Alliance include a company?")
    assert not answer.text.startswith("Yes")


@pytest.mark.parametrize(
    "question",
    [
        "Which results should an adult-education strategic partnership produce?",
        "Welke resultaten moet een strategisch partnerschap in de volwasseneneducatie opleveren?",
        "Vilka slags resultat ska man ta fram i ett strategiskt partnerskap inom vuxenutbildning?",
        "Millaisia tuloksia aikuiskoulutuksen strategisen kumppanuuden pitää tuottaa?",
    ],
)
def test_which_results_gets_the_list_of_concrete_results_not_their_levels(engine, question):
    from erasbot.chat.assistant import Assistant

    reply = Assistant(engine).reply(question)
    assert not reply.abstained
    assert "studiematerial" in reply.text  # the quoted list: study material, handbooks, guides, ...


@pytest.mark.parametrize(
    ("question", "charter"),
    [
        ("Och vad krävs av högskolorna från programländerna i en kunskapsallians?", "Erasmusstadgan"),
        ("What is required of universities in a Knowledge Alliance?", "Erasmus Charter"),
        ("Wat zijn de eisen voor hogescholen in een kennisalliantie?", "Erasmus Charter"),
        ("Mitä korkeakouluilta vaaditaan tietoallianssissa?", "Erasmus-peruskirja"),
    ],
)
def test_what_is_required_of_the_universities_is_the_charter_not_how_many_there_must_be(engine, question, charter):
    answer = engine.ask(question)
    first = answer.text.split("\n")[0]
    assert charter in first and "minst 6" not in first and "6 (" not in first


def test_how_many_universities_an_alliance_needs_is_still_the_composition(engine):
    first = engine.ask("Hur många högskolor måste vara med i en kunskapsallians?").text.split("\n")[0]
    assert "minst 2 högskolor" in first and "Erasmusstadgan" not in first
