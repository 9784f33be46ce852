"""Country names in four languages and as ISO codes; programme countries by period."""

from __future__ import annotations

import pytest

from erasbot.rules.countries import (
    country_name,
    is_programme_country,
    programme_countries,
    programme_from_year,
    programme_source,
    resolve_country,
)


@pytest.mark.parametrize(
    "text, code",
    [
        ("Sweden", "SE"),
        ("Sverige", "SE"),
        ("Zweden", "SE"),
        ("Ruotsi", "SE"),
        ("Finland", "FI"),
        ("Suomi", "FI"),
        ("Finnland", "FI"),
        ("Netherlands", "NL"),
        ("the Netherlands", "NL"),
        ("Nederländerna", "NL"),
        ("Nederland", "NL"),
        ("Alankomaat", "NL"),
        ("Holland", "NL"),
        ("Hollanti", "NL"),
        ("United Kingdom", "GB"),
        ("UK", "GB"),
        ("Storbritannien", "GB"),
        ("Verenigd Koninkrijk", "GB"),
        ("Iso-Britannia", "GB"),
        ("England", "GB"),
        ("North Macedonia", "MK"),
        ("Nordmakedonien", "MK"),
        ("Noord-Macedonië", "MK"),
        ("Pohjois-Makedonia", "MK"),
        ("Turkey", "TR"),
        ("Türkiye", "TR"),
        ("Turkiet", "TR"),
        ("Turkki", "TR"),
        ("Czech Republic", "CZ"),
        ("Czechia", "CZ"),
        ("Tjeckien", "CZ"),
        ("Deutschland", "DE"),
        ("Tyskland", "DE"),
        ("Saksa", "DE"),
        ("Duitsland", "DE"),
        ("Brazil", "BR"),
        ("Brasilien", "BR"),
        ("Brazilië", "BR"),
        ("SE", "SE"),
        ("se", "SE"),
        ("SWE", "SE"),
        ("fin", "FI"),
        ("GB", "GB"),
        ("EL", "GR"),
        ("  Norway ", "NO"),
        ("sverige", "SE"),
        ("SVERIGE", "SE"),
        ("Turkiye", "TR"),
        ("Kosovo", "XK"),
    ],
)
def test_country_names_and_codes_resolve(text: str, code: str) -> None:
    assert resolve_country(text) == code


@pytest.mark.parametrize("text", ["Atlantis", "", "university", "Lund", "European Union", "Europe", "EU", "World"])
def test_what_is_not_a_country_does_not_resolve(text: str) -> None:
    assert resolve_country(text) is None


@pytest.mark.parametrize("word", ["no", "it", "de", "in", "and", "be"])
def test_lowercase_words_are_not_codes_in_free_text(word: str) -> None:
    assert resolve_country(word, any_case_codes=False) is None


def test_country_names_in_the_four_languages() -> None:
    assert [country_name("NL", lang) for lang in ("en", "sv", "nl", "fi")] == [
        "Netherlands",
        "Nederländerna",
        "Nederland",
        "Alankomaat",
    ]


def test_2014_2020_programme_countries_are_eu28_and_six_others() -> None:
    countries = programme_countries("2014-2020")
    assert len(countries) == 34
    assert {"GB", "IS", "LI", "NO", "TR", "MK", "RS"} <= countries
    assert programme_from_year("RS", "2014-2020") == 2019


def test_2021_2027_programme_countries_are_eu27_and_six_others() -> None:
    countries = programme_countries("2021-2027")
    assert len(countries) == 33 and "GB" not in countries
    assert {"IS", "LI", "NO", "TR", "MK", "RS"} <= countries


@pytest.mark.parametrize("code", ["CH", "US", "BR", "UA", "RU", "XK"])
def test_every_other_country_is_a_partner_country(code: str) -> None:
    assert not is_programme_country(code, "2014-2020") and not is_programme_country(code, "2021-2027")


def test_the_programme_country_list_names_its_source() -> None:
    source = programme_source()
    assert "Programme Guide" in source["title"] and set(source["references"]) == {"2014-2020", "2021-2027"}
