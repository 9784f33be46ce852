"""The consortia evaluation set and its runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from erasbot.errors import ErasbotError
from erasbot.evaluation.consortia import run_consortia
from erasbot.rules import ACTIONS

EVAL = Path(__file__).resolve().parents[2] / "evals" / "consortia.jsonl"


def test_every_case_of_the_evaluation_set_is_right() -> None:
    records, metrics = run_consortia(EVAL)
    assert [r["id"] for r in records if not r["correct"]] == []
    assert metrics == {"verdict_accuracy": 1.0, "failing_rules_exact": 1.0, "error_accuracy": 1.0, "n": len(records)}


def test_the_set_has_forty_cases_and_every_rule_fails_at_least_once() -> None:
    cases = [json.loads(line) for line in EVAL.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(cases) >= 40 and len({c["id"] for c in cases}) == len(cases)
    failing = {(c["action"], rule) for c in cases for rule in c.get("expected_failing", [])}
    can_fail = {
        (a, r.id)
        for a, info in ACTIONS.items()
        for r in info.rules
        if r.kind not in ("partner_country_warning", "reminder", "not_in_guidance")
    }
    assert can_fail <= failing
    assert sum(c.get("expect_error", False) for c in cases) >= 5


def test_records_say_what_the_checker_did(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text(
        json.dumps(
            {"id": "x", "action": "knowledge-alliance", "partners": "KTH, SE, HEI", "expected_verdict": "eligible"}
        )
        + "\n\n",
        encoding="utf-8",
    )
    records, metrics = run_consortia(path)
    assert records[0]["verdict"] == "not_eligible" and records[0]["correct"] is False
    assert set(records[0]) == {
        "id",
        "lang",
        "verdict",
        "failing",
        "error",
        "expected_verdict",
        "expected_failing",
        "expect_error",
        "correct",
        "seconds",
    }
    assert metrics["n"] == 1 and metrics["verdict_accuracy"] == 0.0


@pytest.mark.parametrize(
    "line, needle",
    [
        ("{not json", "not valid JSON"),
        (json.dumps({"id": "x", "action": "knowledge-alliance"}), "partners"),
        (json.dumps({"id": "x", "action": "knowledge-alliance", "partners": "KTH, SE"}), "expected_verdict"),
        (
            json.dumps({"id": "x", "action": "knowledge-alliance", "partners": "KTH, SE", "expected_verdict": "ok"}),
            "expected_verdict",
        ),
    ],
)
def test_a_malformed_line_names_file_and_line(tmp_path: Path, line: str, needle: str) -> None:
    path = tmp_path / "bad.jsonl"
    good = json.dumps(
        {
            "id": "ok",
            "action": "knowledge-alliance",
            "partners": "KTH, SE",
            "expect_error": False,
            "expected_verdict": "not_eligible",
        }
    )
    path.write_text(good + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ErasbotError) as error:
        run_consortia(path)
    assert f"{path}:2" in str(error.value) and needle in str(error.value)


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ErasbotError, match="no such file"):
        run_consortia(tmp_path / "missing.jsonl")
