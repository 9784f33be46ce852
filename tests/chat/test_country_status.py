"""Questions about which countries are programme countries are answered from the programme-country table."""

import pytest

from erasbot.chat.country_status import answer_country_status


@pytest.mark.parametrize(
    ("question", "lang", "start"),
    [
        ("Is Turkey a programme country?", "en", "Yes: Türkiye is a programme country in 2014–2020 and 2021–2027"),
        ("Onko Sveitsi ohjelmamaa?", "fi", "Ei: Sveitsi ei ole ohjelmamaa kaudella 2014–2020 ja 2021–2027"),
        ("Is Norway a partner country?", "en", "No: Norway is a programme country"),
        ("Is Ukraine a partner country?", "en", "Yes: Ukraine is not a programme country"),
        ("Är Norge ett programland 2021-2027?", "sv", "Ja: Norge är ett programland under 2021–2027."),
        ("What are the programme countries?", "en", "Programme countries in 2014–2020: Austria"),
    ],
)
def test_a_yes_no_about_a_country_leads_with_the_answer_for_the_periods_asked(question, lang, start) -> None:
    answer = answer_country_status(question, None, lang)
    assert answer is not None and answer.startswith(start)


def test_a_country_whose_status_changed_gets_both_periods_without_a_plain_yes() -> None:
    answer = answer_country_status("is the UK still a program country", None, "en")
    assert answer is not None
    assert answer.startswith("United Kingdom is a programme country in 2014–2020, but not in 2021–2027")


def test_the_action_fixes_the_period_and_a_partial_period_is_named() -> None:
    answer = answer_country_status("Är Serbien ett programland för kunskapsallianser?", "2014-2020", "sv")
    assert answer is not None and "2021" not in answer
    assert answer.startswith("Ja: Serbien är ett programland under 2014–2020 (från ansökningsomgången 2019)")


def test_which_countries_lists_the_first_period_and_the_second_as_the_difference() -> None:
    answer = answer_country_status("Welke landen zijn programmalanden?", None, "nl")
    assert answer is not None
    first, second, source = answer.splitlines()
    assert first.startswith("Programmalanden in 2014–2020: België") and "Verenigd Koninkrijk" in first
    assert second == "In 2021–2027 dezelfde zonder Verenigd Koninkrijk."
    assert "Erasmus+-programmagids" in source


@pytest.mark.parametrize(
    "question",
    [
        "How many programme countries must take part in a knowledge alliance?",
        "Hur många programländer krävs?",
        "What is a Knowledge Alliance?",
        "Can partner countries take part?",
        "Do universities from programme countries need the ECHE, and what about ones from partner countries?",
    ],
)
def test_questions_that_do_not_ask_a_country_status_are_left_to_the_texts(question) -> None:
    assert answer_country_status(question, None, "en") is None
