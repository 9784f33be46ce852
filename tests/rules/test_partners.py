"""The partner-list parser on lists as people paste them, in four languages."""

from __future__ import annotations

import pytest

from erasbot.errors import ErasbotError
from erasbot.rules import looks_like_partner_list, parse_partners


def read(text: str):
    parsed = parse_partners(text)
    return [(p.name, p.country, p.type, p.role) for p in parsed.partners], parsed


EXPECTED = [
    ("Lund University", "SE", "higher_education", "coordinator"),
    ("Nokia Oyj", "FI", "enterprise", "partner"),
    ("ROC Amsterdam", "NL", "education_provider", "associated"),
]


@pytest.mark.parametrize(
    "fmt, text",
    [
        (
            "comma with header",
            (
                "Name,Country,Type,Role\nLund University,Sweden,university,coordinator\n"
                "Nokia Oyj,Finland,enterprise,partner\nROC Amsterdam,Netherlands,VET provider,associated partner"
            ),
        ),
        (
            "comma without header",
            "Lund University,SE,HEI,coordinator\nNokia Oyj,FI,company\nROC Amsterdam,NL,VET provider,associated",
        ),
        (
            "semicolon (Excel, Swedish)",
            (
                "Organisation;Land;Typ;Roll\nLund University;Sverige;universitet;koordinator\n"
                "Nokia Oyj;Finland;företag;partner\nROC Amsterdam;Nederländerna;yrkesskola;associerad partner"
            ),
        ),
        (
            "tab (Excel paste, Finnish)",
            (
                "Nimi\tMaa\tTyyppi\tRooli\nLund University\tRuotsi\tyliopisto\tkoordinaattori\n"
                "Nokia Oyj\tSuomi\tyritys\tkumppani\nROC Amsterdam\tAlankomaat\toppilaitos\tliitännäiskumppani"
            ),
        ),
        (
            "markdown (Dutch)",
            (
                "| Naam | Land | Type | Rol |\n|---|---|---|---|\n| Lund University | Zweden | universiteit | penvoerder |\n"
                "| Nokia Oyj | Finland | bedrijf | partner |\n| ROC Amsterdam | Nederland | mbo-instelling | geassocieerde partner |"
            ),
        ),
        (
            "plain lines",
            (
                "Lund University, Sweden, university, coordinator\n- Nokia Oyj (FI), company\n"
                "3. ROC Amsterdam – Holland – vocational school – associated partner"
            ),
        ),
    ],
)
def test_every_format_reads_the_same_three_partners(fmt: str, text: str) -> None:
    partners, parsed = read(text)
    assert partners == EXPECTED, fmt
    assert parsed.errors == []


def test_quoted_csv_cells_keep_their_commas() -> None:
    partners, _ = read('"Acme, Inc.",US,company\n"University of California, Berkeley",USA,university')
    assert [p[0] for p in partners] == ["Acme, Inc.", "University of California, Berkeley"]


def test_unquoted_comma_in_a_name_stays_in_the_name() -> None:
    partners, _ = read("University of California, Berkeley, USA, university, associated")
    assert partners == [("University of California, Berkeley", "US", "higher_education", "associated")]


def test_every_non_blank_line_is_a_partner_an_error_or_listed_structure() -> None:
    text = "Lund University, SE, HEI\n\nrandom words here\n,,,\nSweden\nFoo Ltd, Swedenland, company\nKTH, SE"
    parsed = parse_partners(text)
    assert [p.line for p in parsed.partners] == [1, 6, 7]
    assert [e.line for e in parsed.errors] == [3, 5]
    assert [(s.line, s.kind) for s in parsed.structure] == [(4, "empty_row")]
    # a company whose country is not recognised is kept, of unknown country, saying what was written
    assert (parsed.partners[1].name, parsed.partners[1].country) == ("Foo Ltd", None)
    assert parsed.partners[1].notes == ['country "Swedenland" not recognised']
    assert "no country" in parsed.errors[0].message


def test_header_and_markdown_separator_are_structure_not_errors() -> None:
    parsed = parse_partners("| Name | Country |\n|:---|---:|\n| KTH | SE |")
    assert parsed.structure_lines == [1, 2] and parsed.errors == [] and parsed.partners[0].line == 3


def test_unknown_country_in_a_country_column_is_kept_with_a_note_naming_it() -> None:
    parsed = parse_partners("Name;Country\nKTH;Atlantis\nUiO;Norge")
    assert parsed.errors == []
    assert [(p.name, p.country) for p in parsed.partners] == [("KTH", None), ("UiO", "NO")]
    assert parsed.partners[0].notes == ['country "Atlantis" not recognised']


def test_unknown_role_in_a_role_column_is_reported_and_never_a_full_partner() -> None:
    parsed = parse_partners("Name;Country;Role\nKTH;SE;sponsor")
    assert parsed.errors == []
    assert parsed.partners[0].role == "unknown" and "sponsor" in parsed.partners[0].notes[0]


def test_type_not_stated_or_not_recognised_is_unknown() -> None:
    partners, parsed = read("Name;Country;Type\nKTH;SE;\nAcme;SE;widget maker")
    assert [p[2] for p in partners] == ["unknown", "unknown"]
    assert parsed.partners[1].notes


def test_role_defaults_to_full_partner() -> None:
    partners, _ = read("KTH, SE, university")
    assert partners[0][3] == "partner"


@pytest.mark.parametrize(
    "cell, eche",
    [
        ("yes", True),
        ("ja", True),
        ("kyllä", True),
        ("no", False),
        ("nej", False),
        ("nee", False),
        ("ei", False),
        ("", None),
        ("?", None),
    ],
)
def test_eche_column_in_four_languages(cell: str, eche: bool | None) -> None:
    parsed = parse_partners(f"Name;Country;Type;ECHE\nKTH;SE;university;{cell}")
    assert parsed.partners[0].eche is eche


@pytest.mark.parametrize(
    "text, eche",
    [
        ("KTH, SE, HEI, ECHE yes", True),
        ("KTH, SE, HEI, no ECHE", False),
        ("KTH, SE, HEI, ECHE: nej", False),
        ("KTH, SE, HEI", None),
    ],
)
def test_eche_in_plain_lines(text: str, eche: bool | None) -> None:
    assert parse_partners(text).partners[0].eche is eche


@pytest.mark.parametrize(
    "value, expected",
    [
        ("Högskola", "higher_education"),
        ("ammattikorkeakoulu", "higher_education"),
        ("hogeschool", "higher_education"),
        ("SME", "enterprise"),
        ("bedrijf", "enterprise"),
        ("konsultfirma", "consultancy"),
        ("handelskammare", "sector_body"),
        ("kauppakamari", "sector_body"),
        ("tillsynsorgan", "regulatory_body"),
        ("toezichthouder", "regulatory_body"),
        ("paraplyorganisation", "umbrella"),
        ("koepelorganisatie", "umbrella"),
        ("kunta", "public_authority"),
        ("stichting", "association"),
        ("public university", "higher_education"),
    ],
)
def test_organisation_types_in_four_languages(value: str, expected: str) -> None:
    assert parse_partners(f"Org X, SE, {value}").partners[0].type == expected


@pytest.mark.parametrize(
    "value, expected",
    [
        ("applicant", "coordinator"),
        ("sökande", "coordinator"),
        ("hakija", "coordinator"),
        ("penvoerder", "coordinator"),
        ("full partner", "partner"),
        ("fullvärdig partner", "partner"),
        ("täysivaltainen kumppani", "partner"),
        ("volwaardige partner", "partner"),
        ("associerad partner", "associated"),
        ("liitännäiskumppani", "associated"),
        ("geassocieerde partner", "associated"),
        ("associated partner (no grant)", "associated"),
    ],
)
def test_roles_in_four_languages(value: str, expected: str) -> None:
    assert parse_partners(f"Org X, SE, company, {value}").partners[0].role == expected


def test_windows_line_ends_and_bom_are_read() -> None:
    parsed = parse_partners("\ufeffName;Country\r\nKTH;SE\r\nUiO;NO\r\n")
    assert [p.line for p in parsed.partners] == [2, 3]


def test_over_500_rows_is_refused_and_500_are_read() -> None:
    rows = [f"Org {i}, SE, company" for i in range(501)]
    with pytest.raises(ErasbotError, match="500"):
        parse_partners("\n".join(rows))
    assert len(parse_partners("Name,Country,Type\n" + "\n".join(rows[:500])).partners) == 500
    assert len(parse_partners("\n".join(rows), max_rows=None).partners) == 501


def test_over_one_megabyte_is_refused() -> None:
    with pytest.raises(ErasbotError, match="1 MB"):
        parse_partners("KTH, SE, " + "x" * 1_000_001)


def test_duplicates_are_all_listed_in_partners() -> None:
    parsed = parse_partners("KTH, SE, HEI\nkth, SE, HEI")
    assert [p.line for p in parsed.partners] == [1, 2]


def test_looks_like_partner_list_for_pasted_lists() -> None:
    assert looks_like_partner_list("Lund University, Sweden, university, coordinator\nNokia Oyj, Finland, company")
    assert looks_like_partner_list("Organisation;Land\nLunds universitet;Sverige\nAalto-yliopisto;Finland")
    assert looks_like_partner_list("Vi har dessa partner:\nLunds universitet, Sverige\nAalto-yliopisto, Suomi\n")
    assert looks_like_partner_list(
        "Hi!\nCan you check this consortium for a Knowledge Alliance?\nWe plan 36 months.\n"
        "KTH, SE, HEI, coordinator\nAalto, FI, HEI\nVolvo, SE, company\nIs it eligible?"
    )


@pytest.mark.parametrize(
    "question",
    [
        "Can a university from Sweden and a company from Finland form a Knowledge Alliance?",
        "Hur många organisationer från Sverige, Finland och Norge behövs?",
        "Voiko Suomi, Ruotsi ja Norja olla mukana?\nEntä Sveitsi, Brasilia?",
        "Welke landen doen mee?\nNederland, België?\nEn Duitsland, Frankrijk?",
        "What is the maximum grant for a three-year project?",
        "",
    ],
)
def test_looks_like_partner_list_is_false_for_questions(question: str) -> None:
    assert not looks_like_partner_list(question)


def test_words_right_after_a_name_stay_in_the_name_unless_they_are_a_whole_term() -> None:
    partners, _ = read(
        "Ministry of Education, Research and Culture, Iceland, regulatory body\n"
        "Lund University, Lund, Sweden, university, coordinator"
    )
    assert partners == [
        ("Ministry of Education, Research and Culture", "IS", "regulatory_body", "partner"),
        ("Lund University, Lund", "SE", "higher_education", "coordinator"),
    ]
