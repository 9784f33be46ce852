"""An organisation alone from its country ('vi är ensamma från Sverige', 'the only organisation from Ireland') against
an action needing one of each category from every country; the guidance quoted back in the question is no
consortium; 'two other countries' counts the askers' own too."""

from __future__ import annotations

import pytest

from erasbot.chat.eligibility import answer_eligibility


@pytest.mark.parametrize(
    ("question", "lang", "said"),
    [
        (
            "Det står 'minst tre organisationer från varje land' om branschspecifika kunskapsallianser. Vi är en "
            "yrkeshögskola i Malmö och tänkte vara ensamma från Sverige, räcker inte det om vi har partners i två "
            "andra länder?",
            "sv",
            "ensam från Sverige är för få",
        ),
        (
            "We would be the only organisation from Ireland in our sector skills alliance, with partners in two other "
            "countries. Is that enough?",
            "en",
            "alone from Ireland is too few",
        ),
        ("Olisimme ainoa suomalainen organisaatio alakohtaisessa osaamisallianssissa. Riittääkö se?", "fi", "(Suomi)"),
    ],
)
def test_one_organisation_alone_from_its_country_is_too_few_for_a_sector_skills_alliance(question, lang, said) -> None:
    answer = answer_eligibility(question, "sector-skills-alliance", lang)
    assert answer is not None and answer.answer == "no"
    assert said in answer.text
    assert answer.sources  # the rule's sentence: one from each category


def test_alone_from_a_country_is_no_verdict_where_the_action_has_no_rule_per_country() -> None:
    answer = answer_eligibility(
        "Wij zijn de enige uit Nederland in een kennisalliantie met partners uit twee andere landen. Is dat genoeg?",
        "knowledge-alliance",
        "nl",
    )
    # three countries (theirs and two others) against the least number of countries, not 'alone' against a rule the
    # action does not have
    assert answer is not None and answer.answer == "yes" and "3 is genoeg" in answer.text


def test_all_partners_from_one_country_is_still_read_as_one_country() -> None:
    answer = answer_eligibility(
        "Can all our partners come from Finland in a sector skills alliance?", "sector-skills-alliance", "en"
    )
    assert answer is not None and answer.answer == "no" and "one country (Finland)" in answer.text
