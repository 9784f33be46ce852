"""Turns of round 28: words that ask for the grant without naming it ('maximaal ontvangen'), 'how much' asked of an
extension (the months, not the grant), what kind of project one action or one of its parts is (its description, not
the kinds there are nor its activities), and a short summary asked of a part named in the sentence before."""

from __future__ import annotations

import pytest

from tests.chat.chatting import chat


def _first(engine, question: str, lang: str | None = None):
    (reply,) = chat(engine, question, lang=lang)
    return reply


def test_the_most_a_knowledge_alliance_may_receive_is_its_grant_for_each_length(engine):
    reply = _first(
        engine,
        "Hoeveel mag een kennisalliantie van twee jaar maximaal ontvangen, vergeleken met een die drie jaar loopt?",
    )
    first = reply.text.split("\n")[0]
    assert "700.000" in first and "1 miljoen" in first


@pytest.mark.parametrize(
    "question, months",
    [
        ("Voiko osaamisallianssia pidentää ja kuinka paljon?", "6 kuukauden"),
        ("Can a knowledge alliance be extended, and by how much?", "6 months"),
        ("Kan een kennisalliantie verlengd worden? Met hoeveel?", "6 maanden"),
    ],
)
def test_how_much_an_extension_may_be_is_answered_in_months_not_with_the_grant(engine, question, months):
    reply = _first(engine, question)
    assert months in reply.text.split("\n")[0]
    assert "700" not in reply.text  # the grant is not what was asked


@pytest.mark.parametrize(
    "question, said",
    [
        ("What kind of project is a knowledge alliance?", "large network projects"),
        ("Wat voor soort project is een kennisalliantie?", "grote netwerkprojecten"),
    ],
)
def test_what_kind_of_project_an_action_is_is_what_it_is_not_its_activities(engine, question, said):
    reply = _first(engine, question)
    assert said in reply.text.split("\n")[0]


def test_what_a_part_named_in_the_sentence_before_is_in_short_is_that_parts_description(engine):
    reply = _first(
        engine,
        "Pa den nederlandska sidan talas det om 'Allianties voor onderwijs en bedrijven'. Vad ar det for slags "
        "projekt, i korthet?",
        "sv",
    )
    first = reply.text.split("\n")[0]
    assert first.startswith("Allianser för utbildning och företag är transnationella")
    assert "två typer" not in reply.text.lower()  # not the two kinds of alliance


def test_a_projects_own_years_over_two_periods_name_no_period_asked(engine):
    reply = _first(
        engine,
        "Ons mbo-college heeft 14 zorgopleidingen en we willen ongeveer 1,2 miljoen aanvragen. We doen nu al als "
        "volwaardige partner mee aan een Sector Skills Alliance in de zorg (looptijd 2019-2021). Mogen we daarnaast "
        "nog in een tweede SSA stappen?",
        "nl",
    )
    assert not reply.abstained
    assert "één sectorale vaardigheidsalliantie tegelijk" in reply.text.split("\n")[0]


@pytest.mark.parametrize(
    "question, lead",
    [
        (
            "Wij zijn een taleninstituut in Gent en willen een strategisch partnerschap voor volwasseneneducatie met "
            "een Zweeds studieförbund en een Finse kansalaisopisto. Kunnen we dat met z'n drieen indienen?",
            "Ja",
        ),
        (
            "We are a Swedish folk high school and want a strategic partnership in adult education with one Finnish "
            "partner. Can we apply just the two of us?",
            "No",
        ),
    ],
)
def test_a_consortium_counted_as_the_askers_themselves_is_checked_against_the_least_number(engine, question, lead):
    first = _first(engine, question).text.split("\n")[0]
    assert first.startswith(lead) and "3" in first


def test_a_sentence_asked_to_be_translated_into_finnish_mid_chat_is_no_question_on_the_texts(engine):
    replies = chat(
        engine,
        "Hoeveel organisaties heeft een strategisch partnerschap voor volwasseneneducatie nodig?",
        "Kun je deze zin naar het Fins vertalen: 'Wij verwelkomen u op onze jaarlijkse taalmarkt'?",
        lang="nl",
    )
    assert replies[1].abstained and "tema" not in replies[1].text.lower()


def test_whether_an_umbrella_organisation_spares_the_three_kinds_per_country_is_its_exception(engine):
    reply = _first(
        engine,
        "Stammer det att vi slipper ha en skola, ett branschorgan och en tillsynsmyndighet fran varje land i en SSA "
        "bara vi har med en paraplyorganisation?",
        "sv",
    )
    assert "paraplyorganisation" in reply.text.split("\n")[0]


def test_a_chat_going_on_in_another_language_with_a_colleague_reading_along_keeps_its_subject(engine):
    replies = chat(
        engine,
        "What sort of things can an adult-education strategic partnership include?",
        "and how many orgs do we need for one?",
        "Jatketaan suomeksi, kollega lukee mukana: kuinka pitka hanke voi enimmillaan olla?",
    )
    assert "3" in replies[1].text.split("\n")[0] and not replies[1].abstained
    last = replies[2]
    assert not last.abstained and "1–3 vuotta" in last.text.split("\n")[0]


def test_quick_fixes_or_longer_term_plans_ask_the_time_horizon(engine):
    reply = _first(
        engine,
        "Colleague from Delft taking over in English - do the sectoral alliances for skills only go for quick fixes "
        "or also longer-term plans?",
    )
    first = reply.text.split("\n")[0]
    assert "short-term" in first and "long-term" in first


def test_which_subjects_others_often_choose_are_the_popular_themes(engine):
    replies = chat(
        engine,
        "Wij zijn een volksuniversiteit in Leiden. Bepalen we bij een KA2-partnerschap voor volwasseneneducatie zelf "
        "het onderwerp?",
        "welke onderwerpen kiezen anderen vaak?",
        lang="nl",
    )
    assert not replies[1].abstained and "talen" in replies[1].text.split("\n")[0]


def test_a_thing_of_its_own_named_only_in_the_context_does_not_hide_the_topic_asked(engine):
    reply = _first(
        engine,
        "Our polytechnic wants to coordinate a knowledge alliance next round. what do we actually have to do to get "
        "an application in, and who do we send it to?",
    )
    assert not reply.abstained and "annual call" in reply.text.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "Vad forvantas en kunskapsallians lagga budget pa utover sjalva projektarbetet? Nagot evenemang dar man ska "
        "visa upp resultaten?",
        "What should a knowledge alliance spend budget on besides the project work?",
    ],
)
def test_what_to_spend_budget_on_is_the_forum_and_swedish_visa_upp_is_no_visa(engine, question):
    reply = _first(engine, question)
    assert not reply.abstained
    assert "forum" in reply.text.split("\n")[0].lower()


@pytest.mark.parametrize(
    "question",
    [
        "Welke grote maatschappelijke vraagstukken willen de allianties tussen onderwijs en bedrijfsleven aanpakken?",
        "Which big societal issues do the alliances for education and enterprises tackle?",
    ],
)
def test_societal_issues_asked_in_other_words_are_the_challenges_the_alliances_take_on(engine, question):
    reply = _first(engine, question)
    assert not reply.abstained
    first = reply.text.split("\n")[0].lower()
    assert "klimaatverandering" in first or "climate change" in first


def test_one_part_named_by_its_short_dutch_name_is_what_that_part_is_not_the_list_of_both(engine):
    reply = _first(engine, "Wat zijn de Allianties voor sectorale samenwerking?", "nl")
    first = reply.text.split("\n")[0]
    assert "tekorten in vaardigheden" in first and "twee soorten" not in first


def test_a_consortium_listed_country_by_country_with_a_country_short_of_organisations_is_refused(engine):
    reply = _first(
        engine,
        "Vart SSA-konsortium inom turism: Sverige (yrkeshogskola, Visita, Skolverket), Finland (yrkesinstitut, en "
        "hotellkedja, Utbildningsstyrelsen) och Spanien (en turismskola och ett hotellforetag, inget mer). Haller det?",
        "sv",
    )
    first = reply.text.split("\n")[0]
    assert first.startswith("Nej") and "Spanien" in first


def test_putting_in_ones_own_money_asks_the_co_financing_the_texts_do_not_give(engine):
    reply = _first(
        engine,
        "Do we have to put our own money into a knowledge alliance? A colleague says the EU only covers 75% of "
        "eligible costs and we co-finance the rest - is that right?",
    )
    assert reply.abstained and "700" not in reply.text


def test_what_a_company_gets_out_of_it_asks_what_the_action_brings(engine):
    replies = chat(
        engine,
        "I'm at a software company in Espoo. Can a private business even take part in a knowledge alliance?",
        "what would we as a company actually get out of it?",
        lang="en",
    )
    assert "staff training" in replies[1].text.split("\n")[0]


def test_another_action_named_with_a_question_of_its_own_after_a_colon_is_asked_that_question(engine):
    replies = chat(
        engine,
        "Wat doen de Allianties voor sectorale samenwerking?",
        "in hoeveel van die ecosystemen?",
        "En bij de oude SSA uit het vorige programma: hoorde de bouw bij de toegestane branches?",
        lang="nl",
    )
    last = replies[2].text.split("\n")[0]
    assert "toerisme" in last and "ecosystemen" not in last


def test_a_meeting_room_in_brussels_asked_mid_chat_is_no_question_on_the_texts(engine):
    replies = chat(
        engine,
        "Kuinka monta organisaatiota osaamisallianssissa pitää olla?",
        "Tiedatko hyvan kokoustilan Brysselista meidan kick-offille?",
        lang="fi",
    )
    assert replies[1].abstained


def test_a_grant_ceiling_asked_in_one_dutch_word_of_an_action_whose_text_gives_none_is_refused(engine):
    reply = _first(engine, "Wat is het subsidieplafond voor een vierjarig project binnen de allianties voor innovatie?")
    assert reply.abstained and "noemt geen subsidiebedrag" in reply.text


def test_which_kinds_of_organisations_are_allowed_asks_who_may_take_part(engine):
    reply = _first(
        engine, "Adult ed centre in Turku here. Which kinds of organisations are allowed in a KA2 adult ed partnership?"
    )
    assert reply.text.startswith("All organisations active in adult education")


def test_a_preface_on_writing_finnish_while_a_colleague_reads_keeps_the_chats_action(engine):
    replies = chat(
        engine,
        "Can staff from an adult education centre take part in a strategic partnership in adult education?",
        "Kirjoitan nyt suomeksi kun kollega lukee mukana: voivatko myos aikuisopiskelijat osallistua hankkeeseen vai "
        "vain henkilosto?",
    )
    assert not replies[1].abstained and "opiskelijat" in replies[1].text.split("\n")[0]


def test_a_consortium_told_country_by_country_after_dashes_is_checked_for_each_country(engine):
    reply = _first(
        engine,
        "Our draft for a Sector Skills Alliance: Sweden - a VET school, an employers' association for hotels and "
        "restaurants, and the Swedish Schools Inspectorate; Estonia - the same three types; Portugal - only a hotel "
        "school. Sector is tourism. Does that work?",
        "en",
    )
    first = reply.text.split("\n")[0]
    assert first.startswith("No") and "Portugal" in first


def test_an_organisation_of_a_country_asked_about_as_the_lead_is_checked_as_coordinator(engine):
    replies = chat(
        engine,
        "I advise VET colleges around Rotterdam. In an SSA, which organisation can be in charge of the consortium?",
        "what about a Swiss VET provider as the lead then?",
        lang="en",
    )
    first = replies[1].text.split("\n")[0]
    assert first.startswith("No") and "Switzerland is not a programme country" in first


def test_values_allowed_in_a_form_field_ask_the_field_not_who_may_take_part(engine):
    reply = _first(
        engine,
        "The application form asks for 'Project duration (months)' for our Knowledge Alliance. What values are allowed?",
    )
    assert "24 to 36 months" in reply.text.split("\n")[0]
