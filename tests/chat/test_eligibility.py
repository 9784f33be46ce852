"""Yes/no eligibility questions are answered from the checker's rule tables and programme-country table."""

import pytest

from erasbot.chat.eligibility import answer_eligibility


def test_a_norwegian_company_may_coordinate_an_adult_education_strategic_partnership() -> None:
    q = "Kan ett norskt företag vara koordinator för ett strategiskt partnerskap inom vuxenutbildning?"
    answer = answer_eligibility(q, "strategic-partnership-adult", "sv")
    assert answer is not None and answer.answer == "yes"
    assert answer.text.startswith("Ja: Norge är ett programland under 2014–2020")
    assert answer.sources[0].doc_id == "strategic-partnerships-adult-education"


def test_a_partner_country_applicant_cannot_lead_a_sector_skills_alliance_and_the_rule_is_quoted() -> None:
    answer = answer_eligibility(
        "Can a Ukrainian university coordinate a Sector Skills Alliance?", "sector-skills-alliance", "en"
    )
    assert answer is not None and answer.answer == "no"
    assert "Ukraine is not a programme country in 2014–2020" in answer.text
    assert "sökande organisation från ett programland" in answer.render()


def test_a_partner_country_organisation_may_take_part_in_a_knowledge_alliance_if_it_adds_value() -> None:
    answer = answer_eligibility("Voiko venäläinen yritys osallistua tietoallianssiin?", "knowledge-alliance", "fi")
    assert answer is not None and answer.answer == "yes" and "lisäarvoa" in answer.text
    assert "mervärde" in answer.sources[0].quote


@pytest.mark.parametrize(
    "question, action, lang, expected",
    [
        ("Is a consortium of five organisations enough for a Knowledge Alliance?", "knowledge-alliance", "en", "no"),
        ("Zijn 6 partners genoeg voor een kennisalliantie?", "knowledge-alliance", "nl", "yes"),
        ("Räcker det med 4 organisationer i ett strategiskt partnerskap?", "strategic-partnership-adult", "sv", "yes"),
        ("Riittääkö kaksi maata aikuiskoulutuksen kumppanuuteen?", "strategic-partnership-adult", "fi", "no"),
        (
            "Räcker det med oss tre för ett strategiskt partnerskap inom vuxenutbildning?",
            "strategic-partnership-adult",
            "sv",
            "yes",
        ),
        (
            "Räcker det med oss två för ett strategiskt partnerskap inom vuxenutbildning?",
            "strategic-partnership-adult",
            "sv",
            "no",
        ),
    ],
)
def test_is_n_enough_is_answered_against_the_rules_minimum(question, action, lang, expected) -> None:
    answer = answer_eligibility(question, action, lang)
    assert answer is not None and answer.answer == expected


def test_where_the_guidance_states_no_requirements_the_answer_says_the_texts_do_not_say() -> None:
    q = "Kan een Zwitserse organisatie deelnemen aan een Partnerschap voor innovatie?"
    answer = answer_eligibility(q, "partnership-for-innovation", "nl")
    assert answer is not None and answer.answer == "unknown"
    assert answer.text.startswith("De teksten zeggen het niet")


def test_a_question_that_is_no_eligibility_question_gets_no_ruled_answer() -> None:
    assert (
        answer_eligibility("Hur många organisationer måste ingå i en kunskapsallians?", "knowledge-alliance", "sv")
        is None
    )
    assert answer_eligibility("Can a Norwegian company coordinate?", None, "en") is None


@pytest.mark.parametrize(
    "question, action, lang",
    [
        ("We're a Dutch adult-education provider. Which activities are funded?", "strategic-partnership-adult", "en"),
        (
            "Vi har partner i Tyskland och Spanien. Hur länge kan vårt projekt pågå?",
            "strategic-partnership-adult",
            "sv",
        ),
        ("Olemme norjalainen yritys. Mitkä ovat tietoallianssin tavoitteet?", "knowledge-alliance", "fi"),
    ],
)
def test_a_country_in_the_context_of_another_question_does_not_turn_it_into_an_eligibility_question(
    question, action, lang
) -> None:
    assert answer_eligibility(question, action, lang) is None


def test_a_yes_no_question_after_a_sentence_of_context_is_still_answered_from_the_rules() -> None:
    answer = answer_eligibility(
        "We are a Norwegian company. Can we coordinate a Knowledge Alliance?", "knowledge-alliance", "en"
    )
    assert answer is not None and answer.answer == "yes"


@pytest.mark.parametrize(
    "question, lang",
    [
        ("Kan ett universitet i Ukraina vara med i en kunskapsallians?", "sv"),
        ("Får ett ukrainskt företag ingå i en kunskapsallians?", "sv"),
        ("Mag een Oekraïense hogeschool deel uitmaken van een kennisalliantie?", "nl"),
        ("Can a Ukrainian university be part of a Knowledge Alliance?", "en"),
    ],
)
def test_taking_part_worded_as_being_in_or_part_of_the_action_is_an_eligibility_question(question, lang) -> None:
    answer = answer_eligibility(question, "knowledge-alliance", lang)
    assert answer is not None and answer.answer == "yes"
    assert any("partnerländerna" in s.quote for s in answer.sources)


@pytest.mark.parametrize(
    "question",
    [
        "Voiko mukana olla järjestö Marokosta?",  # Marokko, from: 'Marokosta'
        "Voiko mukana olla järjestö Marokosta? (Aikuiskoulutuksen strategiset kumppanuudet (KA2))",  # as a follow-up
    ],
)
def test_a_country_in_a_finnish_case_is_read_and_a_follow_ups_action_note_is_no_obstacle(question: str) -> None:
    answer = answer_eligibility(question, "strategic-partnership-adult", "fi")
    assert answer is not None and answer.answer == "yes"
    assert "Marokko" in answer.text and "lisäarvoa" in answer.text


def test_a_country_in_the_context_of_a_question_on_something_else_is_no_eligibility_question() -> None:
    question = (
        "We are a small adult education centre. Halfway through, our partner in Latvia changed staff. "
        "Can the project be extended, and by how much at most?"
    )
    assert answer_eligibility(question, "strategic-partnership-adult", "en") is None


def test_the_country_may_be_named_in_the_context_before_the_eligibility_question() -> None:
    answer = answer_eligibility(
        "We are a Norwegian company. Can we coordinate a strategic partnership in adult education?",
        "strategic-partnership-adult",
        "en",
    )
    assert answer is not None and answer.answer == "yes" and "Norway" in answer.text


def test_the_country_the_asking_sentence_names_is_the_one_asked_about_not_the_contexts() -> None:
    question = (
        "I'm at a Finnish university and one of our partners is a Brazilian company. "
        "Can the Brazilian company take part in a Knowledge Alliance?"
    )
    answer = answer_eligibility(question, "knowledge-alliance", "en")
    assert answer is not None and answer.text.startswith("Yes: Brazil is not a programme country")
    assert "added value" in answer.text


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Voiko norjalainen yritys koordinoida tietoallianssia?", "fi"),
        ("Kan ett norskt företag koordinera en kunskapsallians?", "sv"),
        ("Kan een Noors bedrijf een kennisalliantie coördineren?", "nl"),
    ],
)
def test_coordinating_worded_as_a_verb_is_asked_of_the_coordinator(question, lang) -> None:
    answer = answer_eligibility(question, "knowledge-alliance", lang)
    assert answer is not None and answer.answer == "yes"
    assert answer.sources[0].doc_id.startswith("knowledge-alliances")


@pytest.mark.parametrize(
    ("question", "action", "lang"),
    [
        (
            "Kan vi ha med en organisation från Ukraina i ett strategiskt partnerskap?",
            "strategic-partnership-adult",
            "sv",
        ),
        ("Can we include a university from Serbia in a Knowledge Alliance?", "knowledge-alliance", "en"),
        ("Voimmeko ottaa mukaan järjestön Norjasta?", "strategic-partnership-adult", "fi"),
    ],
)
def test_bringing_an_organisation_in_is_asking_whether_it_may_take_part(question, action, lang) -> None:
    answer = answer_eligibility(question, action, lang)
    assert answer is not None and answer.answer == "yes"


@pytest.mark.parametrize(
    "question, action, lang, expected, found",
    [
        (
            (
                "Olemme ammattikorkeakoulu Oulusta. Konsortiossa olisi 2 korkeakoulua Suomesta, 1 yliopisto Ruotsista, "
                "2 yritystä Virosta ja yksi yhdistys Ruotsista. Riittääkö tämä Knowledge Alliance -hakemukseen?"
            ),
            "knowledge-alliance",
            "fi",
            "yes",
            "Löytyi 6",
        ),
        (
            (
                "We zijn met drie hogescholen uit Nederland en twee bedrijven uit België. Is dat genoeg voor een "
                "strategisch partnerschap volwasseneneducatie?"
            ),
            "strategic-partnership-adult",
            "nl",
            "no",
            "2 gevonden: Nederland",
        ),
        (
            ("Vi har två högskolor från Sverige och tre företag från Norge. Räcker det för en kunskapsallians?"),
            "knowledge-alliance",
            "sv",
            "no",
            "5 hittades",
        ),
    ],
)
def test_a_consortium_described_by_number_kind_and_country_is_checked_rule_by_rule(
    question, action, lang, expected, found
) -> None:
    answer = answer_eligibility(question, action, lang)
    assert answer is not None and answer.answer == expected
    assert found in answer.text
    assert answer.sources and all(s.quote for s in answer.sources)


def test_who_coordinates_is_not_described_so_its_rule_is_left_to_the_check_of_the_full_list() -> None:
    question = "We have 2 universities from Finland, 2 from Sweden and 2 companies from Estonia. Enough for a Knowledge Alliance?"
    answer = answer_eligibility(question, "knowledge-alliance", "en")
    assert answer is not None and answer.answer == "yes"
    assert "Requires at least 6 independent organisations" in answer.text
    assert "exactly one applicant" not in answer.text


def test_totals_the_question_gives_are_what_it_asks_about_not_the_groups_it_describes() -> None:
    question = (
        "Olemme aikuiskoulutuskeskus Tampereelta. Mukana olisi meidän lisäksi yksi järjestö Virosta ja yksi "
        "Latviasta. Riittääkö kolme organisaatiota kolmesta maasta?"
    )
    answer = answer_eligibility(question, "strategic-partnership-adult", "fi")
    assert answer is not None and answer.answer == "yes"
