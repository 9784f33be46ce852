"""Partner lists as people paste them from Word, Excel and e-mail (issue 11): nothing lost, nothing invented."""

from __future__ import annotations

import pytest

from erasbot.errors import ErasbotError
from erasbot.rules import check_text, parse_partners
from erasbot.rules.identity import name_key

FULL = {"duration_months": 24, "grant_eur": 700_000}
KA = "knowledge-alliance"


def names(text: str) -> list[str]:
    return [p.name for p in parse_partners(text).partners]


def failing(text: str, action: str = KA, **project) -> tuple[str, list[str]]:
    result = check_text(text, action, **(project or FULL))
    return result.verdict, result.failing


# -- a line vanishes without an error ---------------------------------------------------------


def test_a_plain_line_with_partner_and_eche_words_is_a_partner_not_a_header() -> None:
    parsed = parse_partners("University of Turku, Finland (FI), university, partner, ECHE yes\nKTH, SE, HEI")
    assert [(p.line, p.name, p.country) for p in parsed.partners] == [
        (1, "University of Turku", "FI"),
        (2, "KTH", "SE"),
    ]
    assert parsed.structure == []


def test_six_organisations_in_that_style_are_all_counted() -> None:
    text = (
        "University of Turku, Finland (FI), university, partner, ECHE yes\n"
        "Åbo Akademi University, Finland (FI), university, partner, ECHE yes\n"
        "Chalmers University of Technology, Sweden (SE), university, coordinator, ECHE yes\n"
        "Ericsson AB, Sweden (SE), enterprise, partner\n"
        "Philips Electronics Nederland B.V., Netherlands (NL), enterprise, partner\n"
        "TNO, Netherlands (NL), research institute, partner\n"
    )
    assert failing(text) == ("eligible", [])


def test_a_header_still_names_its_columns_in_four_languages() -> None:
    for header in ("Name;Country;Type;Role", "Namn;Land;Typ;Roll", "Nimi;Maa;Tyyppi;Rooli", "Naam;Land;Type;Rol"):
        parsed = parse_partners(f"{header};PIC;Website\nKTH;SE;HEI;partner;999111222;kth.se")
        assert [(s.line, s.kind) for s in parsed.structure] == [(1, "header")], header
        assert parsed.partners[0].pic == "999111222" and parsed.partners[0].website == "kth.se"


@pytest.mark.parametrize(
    "header",
    [
        "Partner organisation\tCountry\tType of organisation\tRole in project\tECHE (yes/no)",
        "Organisationens namn\tLand\tTyp av organisation\tRoll i projektet\tECHE (ja/nej)",
        "Nimi\tMaa\tOrganisaation tyyppi\tRooli hankkeessa\tECHE (kyllä/ei)",
        "Naam organisatie\tLand\tSoort organisatie\tRol\tErasmus Charter (ECHE)",
    ],
)
def test_headers_with_explanations_in_brackets_are_headers(header: str) -> None:
    parsed = parse_partners(f"{header}\nLund University\tSE\tuniversity\tcoordinator\tyes")
    assert [s.kind for s in parsed.structure] == ["header"]
    partner = parsed.partners[0]
    assert (partner.name, partner.type, partner.role, partner.eche) == (
        "Lund University",
        "higher_education",
        "coordinator",
        True,
    )


# -- duplicates written two ways --------------------------------------------------------------


@pytest.mark.parametrize(
    "first, second",
    [
        ("Ericsson AB", "Ericsson A.B."),
        ("Åbo Akademi", "Abo Akademi"),
        ("Nokia Oyj", "NOKIA OY"),
        ("Philips Electronics Nederland B.V.", "Philips Electronics Nederland BV"),
        ("Siemens AG", "siemens ag."),
        ("Bosch GmbH", "Bosch G.m.b.H."),
        ("Arup Group Ltd", "Arup Group Limited"),
        ("Fraunhofer-Gesellschaft e.V.", "Fraunhofer Gesellschaft eV"),
        ("Telefónica S.A.", "Telefonica SA"),
        ("Wärtsilä Oyj Abp", "Wartsila"),
    ],
)
def test_a_legal_form_or_diacritics_written_differently_is_the_same_organisation(first: str, second: str) -> None:
    assert name_key(first) == name_key(second)
    parsed = parse_partners(f"{first}, SE, company\n{second}, SE, company")
    assert [p.duplicate_of for p in parsed.partners] == [None, 1]


def test_a_city_read_into_a_plain_line_name_still_finds_the_duplicate() -> None:
    for text in ("KTH, Stockholm, Sweden, HEI\nKTH, SE, HEI", "KTH, SE, HEI\nKTH, Stockholm, Sweden, HEI"):
        assert [p.duplicate_of for p in parse_partners(text).partners] == [None, 1], text
    parsed = parse_partners("University of California, Berkeley, USA, HEI\nUniversity of California, Davis, USA, HEI")
    assert [p.duplicate_of for p in parsed.partners] == [None, None]


def test_the_same_name_in_another_country_is_another_organisation() -> None:
    parsed = parse_partners("Nordic Hub AB, SE, company\nNordic Hub Oy, FI, company")
    assert [p.duplicate_of for p in parsed.partners] == [None, None]


def test_a_shared_pic_makes_two_names_one_organisation_counted_once() -> None:
    text = (
        "Organisation\tPIC\tCountry\tType\tRole\tECHE\n"
        "KTH\t999111222\tSE\tHEI\tcoordinator\tyes\n"
        "University of Helsinki\t999222333\tFI\tHEI\tpartner\tyes\n"
        "Nederlandse Organisatie voor Toegepast Natuurwetenschappelijk Onderzoek\t999333444\tNL\tresearch\tpartner\t\n"
        "TNO\t999333444\tNL\tresearch\tpartner\t\n"
        "Saab AB\t999444555\tSE\tenterprise\tpartner\t\n"
        "Wärtsilä Oyj Abp\t999555666\tFI\tenterprise\tpartner\t\n"
    )
    result = check_text(text, KA, **FULL)
    assert result.failing == ["min-organisations"]
    assert "TNO (duplicate of line 4)" in result.rules[0].message
    assert result.partners[3].to_json()["duplicate_of"] == 4


def test_a_duplicate_is_reported_with_both_line_numbers() -> None:
    result = check_text("Ericsson AB, SE, company\nKTH, SE, HEI\nEricsson A.B., Sweden, company", KA)
    repeat = result.partners[2].to_json()
    assert (repeat["line"], repeat["duplicate_of"]) == (3, 1)
    assert "Ericsson A.B. (duplicate of line 1)" in result.rules[0].message


def test_pic_column_is_not_glued_to_the_name() -> None:
    parsed = parse_partners("Organisation;PIC;Land\nÅbo Akademi;999000111;Finland")
    assert (parsed.partners[0].name, parsed.partners[0].pic) == ("Åbo Akademi", "999000111")


def test_pic_cell_in_a_plain_line_is_not_glued_to_the_name() -> None:
    parsed = parse_partners("Åbo Akademi, PIC 999000111, Turku, Finland, university\nKTH (PIC 999 111 222), SE")
    first, second = parsed.partners
    assert (first.name, first.pic, first.country, first.type) == ("Åbo Akademi", "999000111", "FI", "higher_education")
    assert (second.name, second.pic) == ("KTH", "999111222")


def test_city_website_and_comment_columns_are_read_as_such() -> None:
    parsed = parse_partners(
        "| Naam | Stad | Land | Website | Opmerking |\n|---|---|---|---|---|\n"
        "| Universiteit Twente | Enschede | NL | utwente.nl | contact: Anna |"
    )
    partner = parsed.partners[0]
    assert (partner.name, partner.city, partner.website, partner.country) == (
        "Universiteit Twente",
        "Enschede",
        "utwente.nl",
        "NL",
    )


def test_oid_and_website_cells_in_plain_lines() -> None:
    partner = parse_partners("Lund University, OID E10208456, www.lu.se, Sweden").partners[0]
    assert (partner.name, partner.oid, partner.website, partner.country) == (
        "Lund University",
        "E10208456",
        "www.lu.se",
        "SE",
    )


# -- an unrecognised role becomes a full partner ----------------------------------------------


@pytest.mark.parametrize(
    "text, role",
    [
        ("Name,Country,Type,Role\nFraunhofer,DE,research,assoc. partner", "associated"),
        ("Fraunhofer, DE, research, assoc. partner", "associated"),
        ("Fraunhofer, DE, research, observer", "unknown"),
        ("Fraunhofer, DE, research, tbc", "unknown"),
        ("Fraunhofer, DE, research, partner (tbc)", "unknown"),
        ("Name;Country;Role\nFraunhofer;DE;observer", "unknown"),
        ("Name;Country;Role\nFraunhofer;DE;sponsor", "unknown"),
        ("Omnia, Suomi, aikuiskoulutus, koordinaattorina", "coordinator"),
        ("Omnia, Suomi, aikuiskoulutus, kumppanina", "partner"),
        ("Omnia, Suomi, aikuiskoulutus, liitännäiskumppanina", "associated"),
        ("Omnia, Suomi, aikuiskoulutus, tarkkailija", "unknown"),
        ("Folkuniversitetet, Sverige, vuxenutbildning, partnern", "partner"),
        ("Folkuniversitetet, Sverige, vuxenutbildning, associerade partnern", "associated"),
        ("Folkuniversitetet, Sverige, vuxenutbildning, observatör", "unknown"),
        ("ROC Amsterdam, NL, mbo, geassocieerde partners", "associated"),
        ("ROC Amsterdam, NL, mbo, waarnemer", "unknown"),
        ("ROC Amsterdam, NL, mbo, nog te bevestigen", "unknown"),
        ("University of Tartu (EE), HEI, lead partner", "coordinator"),
        ("University of Tartu (EE), HEI, full partners", "partner"),
        ("Name;Country;Role\nFraunhofer;DE;silent partner", "unknown"),
        ("Name;Country;Role\nFraunhofer;DE;non-funded partner", "unknown"),
        ("Name;Country;Role\nFraunhofer;DE;project partner", "partner"),
    ],
)
def test_roles_in_four_languages_with_inflections_and_abbreviations(text: str, role: str) -> None:
    parsed = parse_partners(text)
    assert parsed.errors == [] and parsed.partners[0].role == role


def test_a_table_with_a_column_per_role_marked_with_x() -> None:
    parsed = parse_partners(
        "Organisation;Country;Coordinator;Full partner;Associated partner\n"
        "Lund University;SE;x;;\nAalto;FI;;x;\nTNO;NL;;;x"
    )
    assert [(s.line, s.kind) for s in parsed.structure] == [(1, "header")]
    assert [p.role for p in parsed.partners] == ["coordinator", "partner", "associated"]


def test_an_unrecognised_role_is_reported_on_the_partner() -> None:
    partner = parse_partners("VTT, FI, research institute, observer").partners[0]
    assert partner.role == "unknown" and partner.role_text == "observer"
    assert 'role "observer" not recognised' in partner.to_json()["notes"][0]


def test_an_unclear_role_makes_the_rules_it_could_change_unknown_with_a_fix() -> None:
    text = (
        "Lund University, Sweden, university, coordinator, ECHE yes\n"
        "University of Oulu, Finland, university, partner, ECHE yes\n"
        "Volvo Cars AB, Sweden, company, partner\n"
        "Fazer Oy, Finland, company, partner\n"
        "Wageningen University, Netherlands, university, partner, ECHE yes\n"
        "VTT, Finland, research institute, observer\n"
    )
    result = check_text(text, KA, **FULL)
    statuses = {r.id: r.status for r in result.rules}
    assert result.verdict == "needs_information"
    assert statuses["min-organisations"] == "unknown" and statuses["min-higher-education"] == "pass"
    assert result.rules[0].fix == "State whether VTT is a full or an associated partner"


@pytest.mark.parametrize(
    "lang, words",
    [("sv", "fullvärdig eller associerad"), ("fi", "täysivaltainen"), ("nl", "volwaardige of een geassocieerde")],
)
def test_the_role_fix_is_in_the_users_language(lang: str, words: str) -> None:
    text = "A, SE, company, coordinator\nB, FI, company\nC, NL, company, tbc"
    result = check_text(text, "strategic-partnership-adult", duration_months=24, lang=lang)
    assert result.verdict == "needs_information"
    assert words in result.rules[0].fix


def test_an_unclear_role_that_cannot_change_a_rule_leaves_it_alone() -> None:
    text = "A, SE, company, coordinator\nB, FI, company\nC, NL, company\nD, DE, company, observer"
    result = check_text(text, "strategic-partnership-adult", duration_months=24)
    assert result.verdict == "eligible"


# -- a quoted cell with a line break ------------------------------------------------------------


def test_a_quoted_csv_cell_with_a_line_break_is_one_partner() -> None:
    parsed = parse_partners('Name,Country,Type\n"Lund\nUniversity",SE,university\nKTH,SE,HEI')
    assert [(p.line, p.name) for p in parsed.partners] == [(2, "Lund University"), (4, "KTH")]
    assert parsed.errors == []
    assert [(s.line, s.kind) for s in parsed.structure] == [(1, "header"), (3, "continuation")]


def test_an_unclosed_quote_does_not_swallow_the_lines_after_it() -> None:
    parsed = parse_partners('"Lund University,SE,HEI\nKTH,SE,HEI\nAalto,FI,HEI')
    assert [p.name for p in parsed.partners][-2:] == ["KTH", "Aalto"]
    parsed = parse_partners('"Lund University,SE,HEI\nKTH,SE,HEI\nAalto "X",FI\nUiO,"NO"')
    assert [(p.line, p.name) for p in parsed.partners] == [
        (1, "Lund University"),
        (2, "KTH"),
        (3, 'Aalto "X'),
        (4, "UiO"),
    ]


# -- messages and structure ----------------------------------------------------------------------


def test_a_trailing_empty_excel_row_is_not_an_unread_line() -> None:
    parsed = parse_partners("Name;Country\nKTH;SE\n;;;;;\n;;;;;")
    assert parsed.errors == []
    assert [s.kind for s in parsed.structure] == ["header", "empty_row", "empty_row"]


def test_greeting_heading_and_signature_of_an_email_are_listed_as_structure() -> None:
    text = (
        "Hi Anna,\n\nhere is our consortium for the call:\n\nKTH, SE, HEI, coordinator\nAalto, FI, HEI\n\n"
        "Best regards,\nMaria Svensson\nResearch Office, Lund University"
    )
    parsed = parse_partners(text)
    assert [p.line for p in parsed.partners] == [5, 6]
    assert parsed.errors == []
    assert [(s.line, s.kind) for s in parsed.structure] == [
        (1, "greeting"),
        (3, "heading"),
        (8, "signature"),
        (9, "signature"),
        (10, "signature"),
    ]


def test_a_sentence_of_an_email_is_listed_as_prose_not_an_unread_line() -> None:
    parsed = parse_partners("Please find our planned consortium below, as agreed.\nKTH, SE, HEI\nAalto, FI, HEI")
    assert parsed.errors == [] and [(s.line, s.kind) for s in parsed.structure] == [(1, "prose")]


def test_partner_numbering_before_a_name_is_not_part_of_the_name() -> None:
    assert names("Partner 1: Lund University, Sweden, HEI\nP2 - TNO - Netherlands - research institute") == [
        "Lund University",
        "TNO",
    ]


def test_a_partner_after_a_signature_is_still_a_partner() -> None:
    parsed = parse_partners("KTH, SE, HEI\nThanks,\nMaria\nAalto, FI, HEI")
    assert [p.line for p in parsed.partners] == [1, 4]


def test_an_organisation_named_like_a_greeting_is_a_partner() -> None:
    assert names("Hej Consulting AB, SE, consultancy\nBest Practice Institute, FI, research") == [
        "Hej Consulting AB",
        "Best Practice Institute",
    ]


def test_a_binary_paste_never_echoes_control_bytes() -> None:
    with pytest.raises(ErasbotError) as error:
        check_text("PK\x03\x04\x14\x00\x06\x00\x08\x00\x1b[31m!\x07\x00\x00", KA)
    message = str(error.value)
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in message)
    assert "[31m" not in message


def test_control_characters_never_reach_a_name_or_an_error() -> None:
    parsed = parse_partners("KTH\x1b[2J\x00, SE, HEI\nFoo\u202eLtd\x07, Atlantis, company\nBar\u202e\x07")
    assert [p.name for p in parsed.partners] == ["KTH", "Foo Ltd"]
    note, message = parsed.partners[1].notes[0], parsed.errors[0].message
    assert note == 'country "Atlantis" not recognised'
    assert "\u202e" not in message and "\x07" not in message and '"Bar"' in message


def test_a_line_of_control_characters_is_an_error_not_lost() -> None:
    parsed = parse_partners("KTH, SE, HEI\n\x00\x01\x02")
    assert [(e.line, "control") for e in parsed.errors] == [(2, "control")]


@pytest.mark.parametrize(
    "lang, header, words",
    [
        ("en", "Name;Country;Type;Role", "Only a header"),
        ("sv", "Organisation;Land;Typ;Roll", "Bara en rubrikrad"),
        ("nl", "Naam;Land;Type;Rol", "Alleen een kopregel"),
        ("fi", "Nimi;Maa;Tyyppi;Rooli", "vain otsikkorivi"),
    ],
)
def test_a_header_only_paste_says_only_a_header_was_found(lang: str, header: str, words: str) -> None:
    with pytest.raises(ErasbotError) as error:
        check_text(header + "\n", KA, lang=lang)
    assert words in str(error.value) and "(none)" not in str(error.value)


def test_a_paste_of_greeting_and_signature_only_says_so() -> None:
    with pytest.raises(ErasbotError) as error:
        check_text("Hi Anna,\n\nBest regards,\nMaria", KA)
    assert "No partner could be read from the text: lines 1, 3 and 4" in str(error.value) and "(none)" not in str(
        error.value
    )


def test_an_unknown_action_typed_with_control_characters_is_not_echoed_raw() -> None:
    with pytest.raises(ErasbotError) as error:
        check_text("KTH, SE, HEI", "erasmus\x1b[31m-mundus\x07")
    assert "\x1b" not in str(error.value) and "\x07" not in str(error.value)


def test_an_unreadable_line_comes_first_in_the_fix() -> None:
    # a name alone is no partner row (an organisation of unknown country says what else it is: tests/rules/
    # test_unknown_country.py); it may be the organisation the count is short of
    text = (
        "Lund University, SE, HEI, coordinator, ECHE yes\nAalto, FI, HEI, ECHE yes\nVolvo AB, SE, company\n"
        "Nokia Oyj, FI, company\nTNO, NL, research institute\nNordic Hub"
    )
    result = check_text(text, KA, **FULL)
    assert result.failing == ["min-organisations"]
    fix = result.rules[0].fix
    assert fix.startswith('Correct line 6 first: no country found in "Nordic Hub"')
    assert fix.index("line 6") < fix.index("add 1 more organisation")


def test_rules_an_unreadable_line_cannot_change_keep_their_fix() -> None:
    text = "KTH, SE, HEI, coordinator\nNordic Hub"
    result = check_text(text, KA, duration_months=48, grant_eur=700_000)
    assert next(r for r in result.rules if r.id == "duration").fix == "Plan a duration between 24 and 36 months"


def test_absurd_project_facts_are_refused_not_a_traceback() -> None:
    for project in ({"grant_eur": 10**26}, {"duration_months": 10**6}):
        with pytest.raises(ErasbotError):
            check_text("KTH, SE, HEI", KA, **project)


def test_a_tab_table_row_starting_with_an_empty_cell_in_a_letter_full_of_commas_keeps_its_columns() -> None:
    # the letter's lines have more commas than the table has tabbed lines: the row still splits on its tabs,
    # and its empty first cell (no role given) stays a cell, so the country stays in the country column
    text = (
        "Beste collega's,\r\n\r\nPlease find our planned consortium below, as agreed last week.\r\n"
        "Roll\tECHE\tWebbplats\tOrganisation\tKommentar\tTyp\tOrt\tLand\r\n"
        "\tnee\thogskolan.eu\tHögskolan i Borås\tsigned LoI\tyritys\tTurku\tNederland\r\n\r\n"
        "Met vriendelijke groet,\r\nJan de Vries\r\nProjectbureau"
    )
    parsed = parse_partners(text)
    assert parsed.errors == []
    assert [(p.name, p.country, p.type) for p in parsed.partners] == [("Högskolan i Borås", "NL", "enterprise")]


# -- a type written as a compound no list names ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Berufsschule München | Duitsland | beroepsschool | partner", "education_provider"),
        ("Sedu | Suomi | ammattikoulu | partner", "education_provider"),
        ("Koodari Oy | FI | mikroyritys | partneri", "enterprise"),
        ("Bakkerij de Vries | NL | familiebedrijf | partner", "enterprise"),
        ("Svensk Industriförening | SE | sektorförbund | partner", "sector_body"),
        ("Finnish Food Association | FI | sectoral association | partner", "sector_body"),
    ],
)
def test_a_compound_type_is_read_by_the_type_it_ends_with(line: str, kind: str) -> None:
    (partner,) = parse_partners("Naam | Land | Soort | Rol\n" + line).partners
    assert partner.type == kind


def test_a_dutch_vocational_school_counts_as_the_education_provider_of_its_country() -> None:
    text = (
        "Naam | Land | Soort | Rol\n"
        "ROC Midden Nederland | NL | mbo-instelling | aanvrager\n"
        "Stichting SBB | NL | brancheorganisatie | partner\n"
        "Inspectie van het Onderwijs | NL | inspectie | partner\n"
        "Omnia | FI | ammattikoulu | partner\n"
        "Teknologiateollisuus ry | FI | toimialajärjestö | partner\n"
        "Opetushallitus | FI | toezichthouder | partner\n"
        "Berufsschule München | DE | beroepsschool | partner\n"
        "IHK München | DE | kamer van koophandel | partner\n"
        "Bayerisches Staatsministerium für Unterricht | DE | toezichthouder onderwijs | partner\n"
    )
    result = check_text(text, "sector-skills-alliance", sector="tillverkning")
    assert result.verdict == "eligible", result.failing


# -- a list that names no types, a role in brackets, a country in brackets mid-line ----------------


def test_a_list_without_types_is_read_by_what_the_names_say_plainly() -> None:
    text = (
        "Politecnico di Milano, IT, coordinator\n"
        "Universität Wien, AT\n"
        "Turun ammattikorkeakoulu, FI\n"
        "Pirelli S.p.A., IT\n"
        "Oy Karl Fazer Ab, FI\n"
        "Folkuniversitetet, SE\n"
        "European University Association, BE\n"
    )
    parsed = parse_partners(text)
    assert [p.type for p in parsed.partners] == [
        "higher_education",
        "higher_education",
        "higher_education",
        "enterprise",
        "enterprise",
        "unknown",  # an adult-education association
        "unknown",  # a body of universities, not one
    ]
    assert parsed.partners[0].notes == ["type read from the name"]
    assert parsed.partners[5].notes == []


def test_a_type_cell_is_kept_over_what_the_name_says() -> None:
    (partner,) = parse_partners("Name;Country;Type\nUniversity of Oulu Spin-off Ltd;FI;research institute").partners
    assert partner.type == "research"


def test_ap_in_brackets_makes_an_associated_partner_not_a_counted_one() -> None:
    (partner,) = parse_partners("University of Oslo, Norway, university (AP)").partners
    assert (partner.role, partner.type) == ("associated", "higher_education")


def test_a_country_in_brackets_inside_a_line_is_read_with_the_words_after_it() -> None:
    (partner,) = parse_partners("* SEAT S.A. (ES) company").partners
    assert (partner.name, partner.country, partner.type) == ("SEAT S.A.", "ES", "enterprise")


def test_a_name_repeated_with_its_acronym_in_brackets_counts_once() -> None:
    text = "Jyväskylän yliopisto;FI;yliopisto;koordinaattori\nJyvaskylan yliopisto (JYU);FI;yliopisto;partneri\n"
    result = check_text(text, KA, **FULL)
    counted = next(r for r in result.rules if r.id == "min-higher-education")
    assert "Jyvaskylan yliopisto (JYU)" not in counted.message.split("Not counted")[0]
    assert [p.duplicate_of for p in result.partners] == [None, 1]


@pytest.mark.parametrize(
    "heading",
    [
        "Partners in Spain",
        "Partner från Spanien",
        "Partners uit Nederland",
        "Kumppanit Espanjasta",
        "Our partners in the Czech Republic",
    ],
)
def test_a_heading_over_the_partners_of_a_country_is_a_heading_not_an_unread_line(heading: str) -> None:
    parsed = parse_partners(f"KTH, SE, HEI, coordinator\n{heading}\nUniversidad de Sevilla, ES, HEI")
    assert parsed.errors == [] and [p.line for p in parsed.partners] == [1, 3]
    assert [(s.line, s.kind, s.text) for s in parsed.structure] == [(2, "heading", heading)]


def test_a_country_ending_a_line_without_a_comma_is_read_and_noted() -> None:
    parsed = parse_partners(
        "Universidad de Sevilla Spain\nAalto-yliopisto Suomi\nCzech Technical University Czech Republic"
    )
    assert [(p.name, p.country) for p in parsed.partners] == [
        ("Universidad de Sevilla", "ES"),
        ("Aalto-yliopisto", "FI"),
        ("Czech Technical University", "CZ"),
    ]
    assert all("country read from the end of the line" in p.notes for p in parsed.partners)


@pytest.mark.parametrize("line", ["Siemens AG", "Acme SE", "Universidad de Granada", "University of Iceland", "Spain"])
def test_a_legal_form_or_a_place_inside_a_name_is_not_read_as_the_country(line: str) -> None:
    parsed = parse_partners(line)
    assert parsed.partners == [] and [e.line for e in parsed.errors] == [1]  # reported, never guessed
