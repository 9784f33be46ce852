"""A consortium described in a sentence: each part with a number, a kind of organisation and a country stands for
that many organisations of that kind and country; a part with no country leaves the count undecided."""

from __future__ import annotations

from erasbot.rules.described_partners import described_partners


def _read(text: str, lang: str) -> list[tuple[str, str]]:
    return [(p.country, p.type) for p in described_partners(text, lang)]


def test_numbers_kinds_and_countries_in_four_languages_become_that_many_organisations():
    assert _read("2 korkeakoulua Suomesta, 1 yliopisto Ruotsista ja kaksi yritystä Virosta", "fi") == [
        ("FI", "higher_education"),
        ("FI", "higher_education"),
        ("SE", "higher_education"),
        ("EE", "enterprise"),
        ("EE", "enterprise"),
    ]
    assert _read("två högskolor från Sverige och en förening från Norge", "sv") == [
        ("SE", "higher_education"),
        ("SE", "higher_education"),
        ("NO", "association"),
    ]
    assert _read("drie hogescholen uit Nederland en twee bedrijven uit België", "nl")[-1] == ("BE", "enterprise")
    names = [p.name for p in described_partners("two universities from Italy and one company from Spain", "en")]
    assert names == [
        "higher education institution A (Italy)",
        "higher education institution B (Italy)",
        "enterprise A (Spain)",
    ]


def test_the_askers_own_organisation_told_as_context_is_no_part_of_the_count():
    text = "We are a university in Oulu. We have 2 universities from Finland and 2 companies from Estonia."
    assert len(described_partners(text, "en")) == 4


def test_one_group_is_a_case_not_a_consortium_and_a_group_without_a_country_cannot_be_counted():
    assert described_partners("Can two companies from Norway take part?", "en") == []
    assert described_partners("We have 2 universities from Finland and 3 companies.", "en") == []
    assert described_partners("Is a consortium of five organisations enough?", "en") == []


def test_a_group_naming_only_organisations_or_the_askers_own_told_apart_leaves_the_count_undecided():
    # four organisations in three countries: how many in each is not said
    assert (
        described_partners(
            "Vi har 4 organisationer från Sverige, Danmark och Tyskland och ett företag i Tyskland.", "sv"
        )
        == []
    )
    assert described_partners("Mukana olisi meidän lisäksi yksi järjestö Virosta ja yksi Latviasta.", "fi") == []
    # a group naming only its country takes the kind said before it
    assert (
        _read("2 universities from Finland, 2 from Sweden", "en")
        == [("FI", "higher_education")] * 2 + [("SE", "higher_education")] * 2
    )


def test_organisations_listed_country_by_country_in_brackets_are_read_with_their_countries():
    from erasbot.rules.described_partners import grouped_partners

    text = (
        "Vart SSA-konsortium: Sverige (yrkeshogskola, Visita, Skolverket), Finland (yrkesinstitut, en hotellkedja) "
        "och Spanien (en turismskola och ett hotellföretag, inget mer). Haller det?"
    )
    read = [(p.country, p.name, p.type) for p in grouped_partners(text, "sv")]
    assert [c for c, _, _ in read] == ["SE", "SE", "SE", "FI", "FI", "ES", "ES"]
    assert read[0][2] == "education_provider" and read[-1] == ("ES", "ett hotellföretag", "enterprise")
    assert grouped_partners("Kan en skola i Sverige (Malmö) vara med?", "sv") == []  # one country is no list


def test_countries_with_their_organisations_after_a_dash_and_the_same_kinds_again_are_read():
    from erasbot.rules.described_partners import grouped_partners

    text = (
        "Our draft: Sweden - a VET school, an employers' association for hotels and restaurants, and the Swedish "
        "Schools Inspectorate; Estonia - the same three types; Portugal - only a hotel school. Does that work?"
    )
    read = [(p.country, p.type) for p in grouped_partners(text, "en")]
    kinds = ["education_provider", "sector_body", "regulatory_body"]
    assert read == [("SE", k) for k in kinds] + [("EE", k) for k in kinds] + [("PT", "education_provider")]
