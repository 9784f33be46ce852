"""Partners of round 33: a table without a role column that writes the role in brackets after a name or a type
('adult education association (coordinator)') gives that role, the brackets out of the type; a consortium told in a
Swedish sentence keeps its articles ('en dansk kommun' is one municipality, not Dutch 'and' before 'dansk kommun'),
counts the askers themselves ('vi själva') as the organisation the sentence before tells they are, reads a car maker
as a company, and the Swiss by their people's name ('schweizarna')."""

from __future__ import annotations

from erasbot.rules import parse_partners
from erasbot.rules.country_mentions import find_country
from erasbot.rules.described_partners import described_partners

TABBED = (
    "name\tcountry\ttype\n"
    "Studieförbundet Kompass Malmö\tSweden\tadult education association (coordinator)\n"
    "Helsingin aikuisopisto\tFinland\tadult education centre\n"
    "Oslo voksenopplæringssenter (partner)\tNorway\tadult education provider\n"
)


def test_a_role_in_brackets_in_a_table_without_a_role_column_is_read() -> None:
    partners = parse_partners(TABBED).partners
    assert [(p.name, p.role) for p in partners] == [
        ("Studieförbundet Kompass Malmö", "coordinator"),
        ("Helsingin aikuisopisto", "partner"),
        ("Oslo voksenopplæringssenter", "partner"),
    ]
    assert partners[0].type == "education_provider" and not partners[0].notes


def test_brackets_that_name_no_role_stay_part_of_the_cell() -> None:
    partners = parse_partners("name\tcountry\ttype\nAalto (Espoo campus)\tFinland\tuniversity\n").partners
    assert partners[0].name == "Aalto (Espoo campus)" and partners[0].role == "partner"


SIX = (
    "Vi är en högskola i Jönköping och har ett konsortium för en kunskapsallians: vi själva, Tampereen yliopisto, en "
    "tysk biltillverkare, ett svenskt mjukvaruföretag, en dansk kommun och en estnisk branschförening. Uppfyller vi "
    "kraven?"
)


def test_every_organisation_of_a_swedish_sentence_is_counted_the_askers_among_them() -> None:
    read = [(p.country, p.type) for p in described_partners(SIX, "sv")]
    assert read == [
        ("SE", "higher_education"),
        ("FI", "higher_education"),
        ("DE", "enterprise"),
        ("SE", "enterprise"),
        ("DK", "public_authority"),
        ("EE", "sector_body"),
    ]


def test_the_askers_in_a_list_with_no_sentence_telling_who_they_are_leave_it_unread() -> None:
    assert described_partners("vi själva, en tysk biltillverkare och en dansk kommun", "sv") == []


def test_dutch_and_still_parts_a_dutch_consortium() -> None:
    read = [
        (p.country, p.type) for p in described_partners("een hogeschool uit België en een bedrijf uit Nederland", "nl")
    ]
    assert read == [("BE", "higher_education"), ("NL", "enterprise")]


def test_a_countrys_people_name_it() -> None:
    assert find_country("Kan schweizarna vara kvar?") == "CH"
    assert find_country("Räknas norrmännen?") == "NO"
    assert find_country("ett finländskt universitet") == "FI"
