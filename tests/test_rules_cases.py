"""The short YAML cases in tests/cases/: each reads like an example from the guidance."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from erasbot.rules import check_text

CASES = sorted((Path(__file__).parent / "cases").glob("*.yaml"))


def _cases():
    for path in CASES:
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            yield pytest.param(case, id=f"{path.stem}: {case['name']}")


@pytest.mark.parametrize("case", list(_cases()))
def test_case(case: dict) -> None:
    project = case.get("project") or {}
    result = check_text(case["partners"], case["action"], **project)
    statuses = {rule.id: rule.status for rule in result.rules}
    assert result.verdict == case["verdict"], statuses
    for rule_id, status in case.get("rules", {}).items():
        assert statuses[rule_id] == status, (rule_id, next(r.message for r in result.rules if r.id == rule_id))
