"""Each rule at its boundaries: one short of the threshold fails, the threshold passes."""

from __future__ import annotations

import pytest

from erasbot.rules import check_text

HEIS = ["Lund University, SE, university, coordinator, ECHE yes", "Aalto University, FI, university, ECHE yes"]
ENTERPRISES = ["Volvo AB, SE, enterprise", "Nokia Oyj, FI, enterprise"]
OTHERS = [
    "TNO, NL, research institute",
    "Gemeente Utrecht, NL, municipality",
    "Fraunhofer, DE, research institute",
    "Helsinki City, FI, municipality",
]


def ka(n_orgs: int = 6, heis: int = 2, enterprises: int = 2, **project) -> dict[str, str]:
    lines = HEIS[:heis] + ENTERPRISES[:enterprises]
    lines += OTHERS[: n_orgs - len(lines)]
    if heis == 0:
        lines[0] += ", coordinator"
    result = check_text("\n".join(lines), "knowledge-alliance", **project)
    return {r.id: r.status for r in result.rules} | {"verdict": result.verdict}


FULL = {"duration_months": 24, "grant_eur": 700_000}


def test_five_full_partners_fail_min_organisations() -> None:
    assert ka(5, **FULL)["min-organisations"] == "fail"


def test_six_full_partners_pass_min_organisations() -> None:
    statuses = ka(6, **FULL)
    assert statuses["min-organisations"] == "pass" and statuses["verdict"] == "eligible"


def test_one_hei_fails_and_two_pass() -> None:
    assert ka(heis=1, **FULL)["min-higher-education"] == "fail"
    assert ka(heis=2, **FULL)["min-higher-education"] == "pass"


def test_one_enterprise_fails_and_two_pass() -> None:
    assert ka(enterprises=1, **FULL)["min-enterprises"] == "fail"
    assert ka(enterprises=2, **FULL)["min-enterprises"] == "pass"


@pytest.mark.parametrize("grant, status", [(700_000, "pass"), (700_001, "fail")])
def test_two_year_grant_ceiling_is_700000(grant: int, status: str) -> None:
    assert ka(duration_months=24, grant_eur=grant)["max-grant"] == status


@pytest.mark.parametrize("grant, status", [(1_000_000, "pass"), (1_000_001, "fail")])
def test_three_year_grant_ceiling_is_one_million(grant: int, status: str) -> None:
    assert ka(duration_months=36, grant_eur=grant)["max-grant"] == status


@pytest.mark.parametrize(
    "grant, status", [(700_000, "pass"), (700_001, "unknown"), (1_000_000, "unknown"), (1_000_001, "fail")]
)
def test_without_a_duration_the_grant_is_unknown_only_between_the_ceilings(grant: int, status: str) -> None:
    assert ka(grant_eur=grant)["max-grant"] == status


@pytest.mark.parametrize("months, status", [(23, "fail"), (24, "pass"), (36, "pass"), (37, "fail")])
def test_knowledge_alliance_runs_24_to_36_months(months: int, status: str) -> None:
    assert ka(duration_months=months, grant_eur=500_000)["duration"] == status


@pytest.mark.parametrize("months, status", [(11, "fail"), (12, "pass"), (36, "pass"), (37, "fail")])
def test_adult_education_partnership_runs_12_to_36_months(months: int, status: str) -> None:
    text = (
        "Omnia, FI, adult education, coordinator\nFolkuniversitetet, SE, adult education\nVHS Wien, AT, adult education"
    )
    result = check_text(text, "strategic-partnership-adult", duration_months=months)
    assert {r.id: r.status for r in result.rules}["duration"] == status


def test_adult_education_needs_three_organisations_from_three_programme_countries() -> None:
    two = "Omnia, FI, adult education, coordinator\nFolkuniversitetet, SE, adult education"
    three = two + "\nVHS Wien, AT, adult education"
    assert check_text(two, "strategic-partnership-adult", duration_months=24).failing == [
        "min-organisations",
        "min-programme-countries",
    ]
    assert check_text(three, "strategic-partnership-adult", duration_months=24).verdict == "eligible"


def test_two_programme_countries_fail_and_three_pass() -> None:
    lines = HEIS + ENTERPRISES + ["Fortum, FI, enterprise", "KTH, SE, university"]
    result = check_text("\n".join(lines), "knowledge-alliance", **FULL)
    assert result.failing == ["min-programme-countries"]
    lines[-1] = "TU Delft, NL, university, ECHE yes"
    assert check_text("\n".join(lines), "knowledge-alliance", **FULL).failing == []


def test_missing_duration_and_grant_are_unknown_not_zero() -> None:
    statuses = ka()
    assert statuses["duration"] == statuses["max-grant"] == "unknown"
    assert statuses["verdict"] == "needs_information"
