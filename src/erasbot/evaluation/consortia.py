"""Run a consortia evaluation set (evals/consortia.jsonl) through the checker and score it.

Each line: id, action, partners (the pasted text), project (duration_months,
grant_eur, sector; all optional), expected_verdict, expected_failing (rule ids),
expect_error (true when the input must be refused).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Literal, Optional

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from erasbot.datafiles import read_jsonl
from erasbot.errors import ErasbotError


class CaseProject(BaseModel):
    model_config = ConfigDict(extra="ignore")

    duration_months: Optional[int] = None
    grant_eur: Optional[int] = None
    sector: Optional[str] = None


class ConsortiumCase(BaseModel):
    """One consortium case: a line of evals/consortia.jsonl or a YAML case of tests/rules/cases/.

    The YAML cases read like the guidance's examples (`name`, `verdict`, `rules: {id: status}`);
    they are the same model under other names. Fields beyond these (notes) are allowed.
    """

    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    id: str = Field(validation_alias=AliasChoices("id", "name"))
    action: str
    partners: str
    project: CaseProject = Field(default_factory=CaseProject)
    expected_verdict: Optional[Literal["eligible", "not_eligible", "needs_information"]] = Field(
        default=None, validation_alias=AliasChoices("expected_verdict", "verdict")
    )
    expected_failing: list[str] = Field(default_factory=list)
    expected_statuses: dict[str, Literal["pass", "fail", "unknown", "warning"]] = Field(
        default_factory=dict, validation_alias=AliasChoices("expected_statuses", "rules")
    )
    expect_error: bool = False
    lang: str = "en"

    @field_validator("partners", mode="before")
    @classmethod
    def _lines_joined(cls, value: Any) -> Any:
        """A list of lines is the same pasted text."""
        return "\n".join(map(str, value)) if isinstance(value, list) else value

    @model_validator(mode="after")
    def _expects_something(self) -> "ConsortiumCase":
        if self.expected_verdict is None and not self.expect_error:
            raise ValueError("give expected_verdict, or expect_error: true")
        return self


def load_cases(path: Path) -> list[ConsortiumCase]:
    """The cases of a JSONL file; ErasbotError naming file and line for a malformed one."""
    cases = []
    for number, obj in read_jsonl(path):
        try:
            cases.append(ConsortiumCase.model_validate(obj))
        except ValidationError as error:
            first = error.errors()[0]
            field = ".".join(str(part) for part in first["loc"]) or "line"
            raise ErasbotError(
                f"{path}:{number}: {field}: {first['msg']}. Each line needs id, action, partners "
                "and expected_verdict or expect_error."
            ) from None
    return cases


def run_case(case: ConsortiumCase) -> dict[str, Any]:
    """What the checker did with one case, and whether that was right."""
    from erasbot.rules import check_text  # loaded when a case runs, not when runs are only compared

    start = time.perf_counter()
    verdict, failing, error = None, [], False
    try:
        result = check_text(
            case.partners,
            case.action,
            duration_months=case.project.duration_months,
            grant_eur=case.project.grant_eur,
            sector=case.project.sector,
            lang=case.lang if case.lang in ("en", "sv", "nl", "fi") else "en",
        )
        verdict, failing = result.verdict, result.failing
    except ErasbotError:
        error = True
    seconds = time.perf_counter() - start
    if case.expect_error:
        correct = error
    else:
        correct = not error and verdict == case.expected_verdict and sorted(failing) == sorted(case.expected_failing)
    return {
        "id": case.id,
        "lang": case.lang,
        "verdict": verdict,
        "failing": failing,
        "error": error,
        "expected_verdict": case.expected_verdict,
        "expected_failing": case.expected_failing,
        "expect_error": case.expect_error,
        "correct": correct,
        "seconds": round(seconds, 6),
    }


def _mean(values: list[bool]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


def run_consortia(path: Path) -> tuple[list[dict], dict]:
    """Per-case records and their metrics (consortium_metrics)."""
    records = [run_case(case) for case in load_cases(path)]
    return records, consortium_metrics(records)


def consortium_metrics(records: list[dict]) -> dict:
    """verdict_accuracy and failing_rules_exact over the cases that expect a verdict, error_accuracy
    over all cases, n."""
    verdict_cases = [r for r in records if not r["expect_error"]]
    return {
        "verdict_accuracy": _mean([r["verdict"] == r["expected_verdict"] for r in verdict_cases]),
        "failing_rules_exact": _mean([sorted(r["failing"]) == sorted(r["expected_failing"]) for r in verdict_cases]),
        "error_accuracy": _mean([r["error"] == r["expect_error"] for r in records]),
        "n": len(records),
    }
