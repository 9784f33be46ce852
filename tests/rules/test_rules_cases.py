"""The short YAML cases in tests/rules/cases/: each reads like an example from the guidance.

They load through the same case model as evals/consortia.jsonl (ConsortiumCase), under the names
`name`, `verdict` and `rules` (id: status, only those asserted).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from erasbot.evaluation.consortia import ConsortiumCase
from erasbot.rules import check_text

CASES = sorted((Path(__file__).parent / "cases").glob("*.yaml"))


def _cases():
    for path in CASES:
        for raw in yaml.safe_load(path.read_text(encoding="utf-8")):
            case = ConsortiumCase.model_validate(raw)
            yield pytest.param(case, id=f"{path.stem}: {case.id}")


@pytest.mark.parametrize("case", list(_cases()))
def test_case(case: ConsortiumCase) -> None:
    result = check_text(case.partners, case.action, **case.project.model_dump())
    statuses = {rule.id: rule.status for rule in result.rules}
    assert result.verdict == case.expected_verdict, statuses
    for rule_id, status in case.expected_statuses.items():
        assert statuses[rule_id] == status, (rule_id, next(r.message for r in result.rules if r.id == rule_id))
