"""The country a question names, and the names a country goes by in a language."""

from __future__ import annotations

import pytest

from erasbot.rules.country_mentions import country_names, find_country


@pytest.mark.parametrize(
    "text, code", [("ett norskt företag", "NO"), ("from North Macedonia", "MK"), ("een Turkse hogeschool", "TR")]
)
def test_countries_are_found_by_name_or_adjective(text: str, code: str) -> None:
    assert find_country(text) == code


@pytest.mark.parametrize(
    "text, code",
    [
        ("Kan ansökan skrivas på svenska?", None),
        ("Mag de aanvraag in het Nederlands?", None),
        ("Voiko hakemuksen kirjoittaa ruotsiksi?", None),
        ("Can a Swedish-speaking school in Finland take part?", "FI"),
        ("Mag een Nederlandstalige school uit België meedoen?", "BE"),
        ("Kan en svensk skola delta?", "SE"),
    ],
)
def test_a_language_is_no_country(text: str, code: str | None) -> None:
    assert find_country(text) == code


@pytest.mark.parametrize(
    "word, code", [("Suomesta", "FI"), ("Ruotsissa", "SE"), ("Islannista", "IS"), ("Marokosta", "MA")]
)
def test_finnish_place_cases_name_their_country(word: str, code: str) -> None:
    assert find_country(f"Voiko järjestö {word} osallistua?") == code


@pytest.mark.parametrize(
    ("word", "code"),
    [("Brazilian", "BR"), ("brasiliansk", "BR"), ("Braziliaanse", "BR"), ("intialainen", "IN"), ("kanadensisk", "CA")],
)
def test_any_country_is_named_by_its_regular_adjective_in_the_four_languages(word, code) -> None:
    assert find_country(f"Can a {word} company take part?") == code


@pytest.mark.parametrize("word", ["Christian", "technician", "European", "praktisk", "Finnish university"])
def test_words_that_only_look_like_adjectives_name_no_other_country(word) -> None:
    assert find_country(f"Can a {word} be involved?") in (None, "FI")


@pytest.mark.parametrize(
    "question, code",
    [
        ("Our university is in the UK. Can we still be a full partner?", "GB"),
        ("Mag een Russische universiteit meedoen?", "RU"),
        ("Voiko marokkolainen yliopisto osallistua?", "MA"),
        ("Can a university from the USA join?", "US"),
    ],
)
def test_short_names_and_adjectives_name_their_country(question: str, code: str) -> None:
    assert find_country(question) == code


def test_a_country_goes_by_the_names_texts_use_in_each_language() -> None:
    assert {"United Kingdom", "UK"} <= set(country_names("GB", "en"))
    assert {"Türkiye", "Turkey"} <= set(country_names("TR", "en"))
    assert country_names("SE", "sv") == ("Sverige",)
    assert "Russian Federation" in country_names("RU", "en")
