"""An organisation whose country is missing or not recognised is kept, of unknown country (JSON null), with a
note saying what was written; a rule is unknown only when that country could change its outcome (design.md,
"Eligibility checker"). Nothing is dropped: every line of these lists is a partner."""

from __future__ import annotations

import json

import pytest

from erasbot.errors import ErasbotError
from erasbot.rules import check_all_actions, check_text, parse_partners
from erasbot.rules.models import CheckResult

KA = "knowledge-alliance"
SSA = "sector-skills-alliance"
SPA = "strategic-partnership-adult"
PFI = "partnership-for-innovation"
KA_PROJECT = {"duration_months": 24, "grant_eur": 700_000}
SPA_PROJECT = {"duration_months": 24}
SSA_PROJECT = {"sector": "tourism"}


def statuses(result: CheckResult, status: str) -> list[str]:
    return [r.id for r in result.rules if r.status == status]


def rule(result: CheckResult, rule_id: str):
    return next(r for r in result.rules if r.id == rule_id)


def assert_kept(result: CheckResult, line: int, name: str, note: str, *, lines: int) -> None:
    """The organisation is listed with a null country and its note, and no line of the list is lost."""
    partners = result.to_json()["partners"]
    assert len(partners) == lines and result.errors == []
    kept = next(p for p in partners if p["line"] == line)
    assert (kept["name"], kept["country"]) == (name, None)
    assert note in kept["notes"]
    assert '"country": null' in json.dumps(kept)


# -- the formats people paste ------------------------------------------------------------------

TAB_KA = (
    "Organisation\tCountry\tType\tRole\tECHE\n"
    "Lund University\tSweden\tuniversity\tcoordinator\tyes\n"
    "Aalto University\tFinland\tuniversity\tpartner\tyes\n"
    "Volvo AB\tSweden\tcompany\tpartner\t\n"
    "Nokia Oyj\tFinland\tcompany\tpartner\t\n"
    "Greenlab Consulting\t\tconsultancy\tpartner\t\n"
    "TNO\tNetherlands\tresearch institute\tpartner\t\n"
)


def test_an_empty_excel_country_cell_makes_six_organisations_unknown_not_five_failing() -> None:
    result = check_text(TAB_KA, KA, **KA_PROJECT)
    assert_kept(result, 6, "Greenlab Consulting", "country not given", lines=6)
    assert result.verdict == "needs_information"
    assert statuses(result, "fail") == [] and statuses(result, "unknown") == ["min-organisations"]
    found = rule(result, "min-organisations")
    assert "Greenlab Consulting (line 6)" in found.message
    assert found.fix == "Give the country of Greenlab Consulting (line 6)"


def test_an_excel_row_with_only_a_name_and_empty_cells_is_kept() -> None:
    text = TAB_KA.replace("Greenlab Consulting\t\tconsultancy\tpartner\t\n", "Greenlab Consulting\t\t\t\t\n")
    result = check_text(text, KA, **KA_PROJECT)
    assert_kept(result, 6, "Greenlab Consulting", "country not given", lines=6)
    assert statuses(result, "unknown") == ["min-organisations"] and result.verdict == "needs_information"


SEMICOLON_NL = (
    "Naam;Land;Type;Rol;ECHE\n"
    "Universiteit Utrecht;Nederland;universiteit;coördinator;ja\n"
    "Hogeschool Utrecht;Nederland;hogeschool;partner;ja\n"
    "Philips;Nederland;bedrijf;partner;\n"
    "Aalto-yliopisto;Finland;universiteit;partner;ja\n"
    "Entersoft S.A.;n.v.t.;bedrijf;partner;\n"
    "Tallinn University;Estland;universiteit;partner;ja\n"
)


def test_a_dutch_csv_saying_n_v_t_for_a_country_leaves_the_counts_it_could_change_unknown() -> None:
    result = check_text(SEMICOLON_NL, KA, lang="nl", **KA_PROJECT)
    assert_kept(result, 6, "Entersoft S.A.", 'land niet opgegeven ("n.v.t.")', lines=6)
    assert result.verdict == "needs_information"
    assert statuses(result, "fail") == []
    assert statuses(result, "unknown") == ["min-organisations", "min-enterprises"]
    assert rule(result, "min-enterprises").fix == "Geef het land van Entersoft S.A. (regel 6)"


@pytest.mark.parametrize("written", ["-", "–", "?", "n/a", "TBC", "okänd", "ei tiedossa", "onbekend"])
def test_a_country_cell_saying_it_is_not_known_is_a_country_not_given(written: str) -> None:
    result = check_text(
        TAB_KA.replace("Greenlab Consulting\t\t", f"Greenlab Consulting\t{written}\t"), KA, **KA_PROJECT
    )
    assert_kept(result, 6, "Greenlab Consulting", f'country not given ("{written}")', lines=6)
    assert statuses(result, "unknown") == ["min-organisations"]


def test_an_unrecognised_country_word_is_kept_in_the_note_not_dropped() -> None:
    result = check_text(TAB_KA.replace("Greenlab Consulting\t\t", "Greenlab Consulting\tAtlantis\t"), KA, **KA_PROJECT)
    assert_kept(result, 6, "Greenlab Consulting", 'country "Atlantis" not recognised', lines=6)
    assert result.verdict == "needs_information"


MARKDOWN_SPA = (
    "| Organisation | Country | Type | Role |\n"
    "|---|---|---|---|\n"
    "| Kvarnby folkhögskola | Sweden | folk high school | coordinator |\n"
    "| Helsingin työväenopisto | Finland | adult education | partner |\n"
    "| Greenlab Consulting | ? | consultancy | partner |\n"
)


def test_a_markdown_question_mark_leaves_organisations_and_countries_unknown() -> None:
    result = check_text(MARKDOWN_SPA, SPA, **SPA_PROJECT)
    partners = result.to_json()["partners"]
    assert [p["line"] for p in partners] == [3, 4, 5] and result.errors == []
    assert partners[2]["country"] is None and partners[2]["notes"] == ['country not given ("?")']
    assert result.verdict == "needs_information"
    assert statuses(result, "unknown") == ["min-organisations", "min-programme-countries"]
    assert "Greenlab Consulting (line 5)" in rule(result, "min-programme-countries").message


BULLETS_SPA = (
    "Our partners:\n"
    "• Kvarnby folkhögskola (Sverige) – folkhögskola, samordnare\n"
    "• Helsingin työväenopisto (Suomi) – kansalaisopisto\n"
    "• Greenlab Consulting (?) – konsulttiyritys\n"
    "• ROC Midden Nederland (Nederland) – mbo-instelling\n"
)


def test_a_bullet_with_a_question_mark_for_a_country_is_kept_and_cannot_change_a_met_rule() -> None:
    result = check_text(BULLETS_SPA, SPA, lang="sv", **SPA_PROJECT)
    assert_kept(result, 4, "Greenlab Consulting", 'land inte angivet ("?")', lines=4)
    assert [p.country for p in result.partners] == ["SE", "FI", None, "NL"]
    assert result.partners[2].type == "consultancy"
    # three counted from three programme countries already: the fourth's country changes nothing
    assert result.verdict == "eligible" and statuses(result, "unknown") == []


def test_the_notes_speak_each_language() -> None:
    text = "Lund University, Sweden, HEI, coordinator\nGreenlab, Atlantis, consultancy\nNokia, -, company"
    expected = {
        "en": ['country "Atlantis" not recognised', 'country not given ("-")'],
        "sv": ['landet "Atlantis" känns inte igen', 'land inte angivet ("-")'],
        "nl": ['land "Atlantis" niet herkend', 'land niet opgegeven ("-")'],
        "fi": ['maata "Atlantis" ei tunnistettu', 'maata ei ole annettu ("-")'],
    }
    for lang, notes in expected.items():
        parsed = parse_partners(text, lang=lang)
        assert [p.notes[0] for p in parsed.partners[1:]] == notes, lang


def test_a_name_alone_or_no_organisation_stays_an_error_beside_a_kept_one() -> None:
    text = "Lund University, SE, HEI\nMystery Org\n?, -, \nGreenlab, ?, consultancy\nPlease check this list before we send it in."
    parsed = parse_partners(text)
    assert [(p.line, p.country) for p in parsed.partners] == [(1, "SE"), (4, None)]
    assert [e.line for e in parsed.errors] == [2, 3]  # a name and nothing else; no organisation at all
    assert [s.line for s in parsed.structure] == [5]


def test_a_list_with_no_country_known_at_all_is_refused_with_the_reasons() -> None:
    with pytest.raises(ErasbotError) as error:
        check_text("Foo Ltd, Atlantis, company\nBar Oy, ?, company", KA)
    message = str(error.value)
    assert 'line 1: Foo Ltd: country "Atlantis" not recognised' in message
    assert 'line 2: Bar Oy: country not given ("?")' in message


# -- a country in brackets after the name is the country (bullets and plain lines) -------------


@pytest.mark.parametrize("bullet", ["• ", "- ", "* ", "1. ", "1) ", ""])
def test_a_country_in_brackets_after_the_name_is_the_country_whatever_follows_the_dash(bullet: str) -> None:
    text = (
        f"{bullet}Kvarnby folkhögskola (Sverige) – folkhögskola, samordnare\n"
        f"{bullet}Helsingin kaupungin kansalaisopisto (Suomi) – kansalaisopisto\n"
        f"{bullet}Stadsbibliotek Gent (België) – bibliotheek\n"
    )
    parsed = parse_partners(text)
    assert parsed.errors == []
    assert [(p.name, p.country) for p in parsed.partners] == [
        ("Kvarnby folkhögskola", "SE"),
        ("Helsingin kaupungin kansalaisopisto", "FI"),
        ("Stadsbibliotek Gent", "BE"),
    ]
    assert parsed.partners[1].type == "education_provider"
    assert parsed.partners[2].notes == ['"bibliotheek" not read']  # the type not known is said, never the country


def test_a_bracketed_country_and_a_type_not_known_still_count_for_every_country() -> None:
    text = (
        "• Kvarnby folkhögskola (Sverige) – folkhögskola, samordnare\n"
        "• Stadsbibliotek Gent (België) – bibliotheek\n"
        "• Kulturhuset Tallinn (Estland) – kulturhus\n"
    )
    result = check_text(text, SPA, **SPA_PROJECT)
    assert result.errors == [] and result.verdict == "eligible"


# -- the rules, action by action ---------------------------------------------------------------


def test_min_programme_countries_fails_when_even_every_unknown_country_would_not_reach_it() -> None:
    text = (
        "Kvarnby folkhögskola, Sweden, folk high school, coordinator\n"
        "Folkuniversitetet, Sweden, adult education\n"
        "Greenlab Consulting, -, consultancy\n"
    )
    result = check_text(text, SPA, **SPA_PROJECT)
    assert_kept(result, 3, "Greenlab Consulting", 'country not given ("-")', lines=3)
    assert result.verdict == "not_eligible"
    assert statuses(result, "fail") == ["min-programme-countries"]
    assert statuses(result, "unknown") == ["min-organisations"]  # the third organisation, if from a programme country
    assert rule(result, "min-programme-countries").fix == (
        "Give the country of Greenlab Consulting (line 3); add an organisation from 1 more programme country "
        "(now: Sweden)"
    )


def test_min_programme_countries_is_unknown_when_unknown_countries_could_reach_it() -> None:
    text = (
        "Lund University, SE, HEI, coordinator, ECHE yes\n"
        "Uppsala University, SE, HEI, ECHE yes\n"
        "Volvo AB, SE, company\n"
        "Aalto University, FI, HEI, ECHE yes\n"
        "Nokia Oyj, FI, company\n"
        "Greenlab Consulting, ?, consultancy\n"
        "Entersoft S.A., ?, company\n"
    )
    result = check_text(text, KA, **KA_PROJECT)
    assert_kept(result, 7, "Entersoft S.A.", 'country not given ("?")', lines=7)
    assert result.verdict == "needs_information"
    assert statuses(result, "unknown") == ["min-organisations", "min-programme-countries"]
    assert rule(result, "min-programme-countries").fix == (
        "Give the countries of Greenlab Consulting (line 6) and Entersoft S.A. (line 7)"
    )


def test_a_missing_coordinator_country_leaves_single_coordinator_passing() -> None:
    text = (
        "Organisation\tCountry\tType\tRole\n"
        "Kvarnby folkhögskola\t\tfolk high school\tcoordinator\n"
        "Helsingin työväenopisto\tFinland\tadult education\tpartner\n"
        "ROC Midden Nederland\tNetherlands\tVET provider\tpartner\n"
        "Volkshochschule Wien\tAustria\tadult education\tpartner\n"
    )
    result = check_text(text, SPA, **SPA_PROJECT)
    assert_kept(result, 2, "Kvarnby folkhögskola", "country not given", lines=4)
    assert rule(result, "single-coordinator").status == "pass"
    assert result.verdict == "eligible"  # three counted from three programme countries: its country changes nothing


SSA_COMPLETE = (
    "Organisation;Country;Type;Role\n"
    "Kvarnby folkhögskola;Sweden;folk high school;coordinator\n"
    "Svensk Turism;Sweden;sector association;partner\n"
    "Skolverket;Sweden;regulatory body;partner\n"
    "Helsingin työväenopisto;Finland;adult education;partner\n"
    "Matkailualan liitto;Finland;sector association;partner\n"
    "Opetushallitus;Finland;regulatory body;partner\n"
    "ROC Midden Nederland;Netherlands;VET provider;partner\n"
    "Koninklijke Horeca Nederland;Netherlands;sector association;partner\n"
    "DUO;Netherlands;regulatory body;partner\n"
)


def test_ssa_coordinator_of_unknown_country_leaves_its_country_rules_unknown() -> None:
    text = SSA_COMPLETE.replace("Kvarnby folkhögskola;Sweden;", "Kvarnby folkhögskola;;")
    result = check_text(text, SSA, **SSA_PROJECT)
    assert_kept(result, 2, "Kvarnby folkhögskola", "country not given", lines=9)
    assert result.verdict == "needs_information" and statuses(result, "fail") == []
    # Sweden lacks an education provider that Kvarnby, of unknown country, could be
    assert statuses(result, "unknown") == ["categories-per-country", "coordinator-programme-country"]
    coordinator = rule(result, "coordinator-programme-country")
    assert "Kvarnby folkhögskola (line 2)" in coordinator.message
    assert coordinator.fix == "Give the country of Kvarnby folkhögskola (line 2)"
    assert rule(result, "single-coordinator").status == "pass"


def test_ssa_categories_unknown_when_an_unknown_country_could_be_a_further_incomplete_country() -> None:
    text = SSA_COMPLETE + "Greenlab Consulting;-;consultancy;partner\n"
    result = check_text(text, SSA, **SSA_PROJECT)
    assert_kept(result, 11, "Greenlab Consulting", 'country not given ("-")', lines=10)
    assert statuses(result, "unknown") == ["categories-per-country"]
    assert rule(result, "min-programme-countries").status == "pass"


def test_ssa_an_umbrella_organisation_of_unknown_country_changes_nothing() -> None:
    assert check_text(SSA_COMPLETE, SSA, **SSA_PROJECT).verdict == "eligible"  # the list the cases here start from
    text = SSA_COMPLETE + "European Tourism Network;n.v.t.;umbrella organisation;partner\n"
    result = check_text(text, SSA, **SSA_PROJECT)
    assert_kept(result, 11, "European Tourism Network", 'country not given ("n.v.t.")', lines=10)
    assert result.verdict == "eligible"


def test_ssa_categories_fail_when_no_organisation_of_unknown_country_could_fill_them() -> None:
    text = (
        SSA_COMPLETE.replace("Skolverket;Sweden;regulatory body;partner\n", "")
        + "Greenlab Consulting;?;consultancy;partner\n"
    )
    result = check_text(text, SSA, **SSA_PROJECT)
    assert_kept(result, 10, "Greenlab Consulting", 'country not given ("?")', lines=9)
    # Sweden lacks a regulatory body; a consultancy, wherever it is from, is none
    assert statuses(result, "fail") == ["categories-per-country"] and result.verdict == "not_eligible"


def test_ssa_categories_one_organisation_of_unknown_type_fills_one_gap_not_two() -> None:
    two_gaps = SSA_COMPLETE.replace("Skolverket;Sweden;regulatory body;partner\n", "").replace(
        "Opetushallitus;Finland;regulatory body;partner\n", ""
    )
    one = check_text(two_gaps + "Mystery Agency;?;;partner\n", SSA, **SSA_PROJECT)
    assert one.partners[-1].country is None and one.partners[-1].type == "unknown"
    assert rule(one, "categories-per-country").status == "fail"
    two = check_text(two_gaps + "Mystery Agency;?;;partner\nOther Agency;?;;partner\n", SSA, **SSA_PROJECT)
    assert rule(two, "categories-per-country").status == "unknown" and two.verdict == "needs_information"


KA_SIX = (
    "Lund University, SE, HEI, coordinator, ECHE yes\n"
    "Aalto University, FI, HEI, ECHE yes\n"
    "Volvo AB, SE, company\n"
    "Nokia Oyj, FI, company\n"
    "TNO, NL, research institute\n"
    "Gemeente Utrecht, NL, municipality\n"
)


def test_eche_unknown_for_a_university_of_unknown_country_without_it() -> None:
    result = check_text(KA_SIX + "Greenlab University, ?, HEI, ECHE no\n", KA, **KA_PROJECT)
    assert_kept(result, 7, "Greenlab University", 'country not given ("?")', lines=7)
    assert result.verdict == "needs_information" and statuses(result, "unknown") == ["eche"]
    assert rule(result, "eche").fix == "Give the country of Greenlab University (line 7)"


def test_eche_passes_for_a_university_of_unknown_country_holding_it() -> None:
    result = check_text(KA_SIX + "Greenlab University, ?, HEI, ECHE yes\n", KA, **KA_PROJECT)
    assert_kept(result, 7, "Greenlab University", 'country not given ("?")', lines=7)
    assert result.verdict == "eligible"


def test_partner_country_warning_names_only_organisations_known_to_be_from_partner_countries() -> None:
    text = KA_SIX + "Universidad de Chile, Chile, HEI\nGreenlab Consulting, ?, consultancy\n"
    result = check_text(text, KA, **KA_PROJECT)
    assert_kept(result, 8, "Greenlab Consulting", 'country not given ("?")', lines=8)
    warning = rule(result, "partner-country-added-value")
    assert warning.status == "warning" and "Universidad de Chile" in warning.message
    assert "Greenlab" not in warning.message and result.verdict == "eligible"


@pytest.mark.parametrize("first, second", [("?", "Sweden"), ("Sweden", "?"), ("?", "n/a")])
def test_the_same_name_twice_counts_once_whatever_the_country_cells_say(first: str, second: str) -> None:
    text = KA_SIX.replace("Gemeente Utrecht, NL, municipality\n", "")
    text += f"Greenlab Consulting, {first}, consultancy\nGreenlab Consulting, {second}, consultancy\n"
    result = check_text(text, KA, **KA_PROJECT)
    assert [p.duplicate_of for p in result.partners] == [None] * 6 + [6]
    assert any(p.country is None for p in result.partners)
    assert "Greenlab Consulting (duplicate of line 6)" in rule(result, "min-organisations").message
    # counted once: with Sweden given on either line it is the sixth organisation; with no country, unknown
    expected = "needs_information" if "Sweden" not in (first, second) else "eligible"
    assert result.verdict == expected


def test_every_action_keeps_the_organisation_and_says_what_its_country_changes() -> None:
    results = check_all_actions(TAB_KA, duration_months=24, grant_eur=700_000, sector="tourism")
    assert set(results) == {KA, SSA, SPA, PFI}
    for result in results.values():
        assert_kept(result, 6, "Greenlab Consulting", "country not given", lines=6)
    assert statuses(results[KA], "unknown") == ["min-organisations"]
    assert statuses(results[SPA], "unknown") == [] and results[SPA].verdict == "eligible"
    assert results[PFI].verdict == "needs_information"  # the composition is not in the guidance, as before
    ssa = results[SSA]
    assert "categories-per-country" in ssa.failing  # no regulatory body anywhere: no consultancy can be one
    assert "Greenlab Consulting (line 6)" in rule(ssa, "categories-per-country").message


def test_an_unclear_role_and_a_missing_country_ask_for_both() -> None:
    text = (
        "Lund University, SE, HEI, coordinator, ECHE yes\n"
        "Aalto University, FI, HEI, ECHE yes\n"
        "Volvo AB, SE, company\n"
        "Greenlab Consulting, ?, consultancy, observer\n"
    )
    result = check_text(text, KA, **KA_PROJECT)
    assert_kept(result, 4, "Greenlab Consulting", 'country not given ("?")', lines=4)
    enterprises = rule(result, "min-enterprises")
    assert enterprises.status == "unknown"
    assert enterprises.fix == (
        "State whether Greenlab Consulting is a full or an associated partner; "
        "give the country of Greenlab Consulting (line 4)"
    )
