"""check_consortium as a LangChain tool: typed arguments in, the structured result out."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from erasbot.chat.tools import CheckConsortiumArgs, make_check_tool

LIST = "Omnia, FI, adult education, coordinator\nFolkuniversitetet, SE, adult education\nVHS Wien, AT, adult education"


def test_tool_has_a_typed_schema() -> None:
    tool = make_check_tool()
    assert tool.name == "check_consortium" and tool.args_schema is CheckConsortiumArgs
    properties = tool.args_schema.model_json_schema()["properties"]
    assert set(properties) == {"partners", "action", "duration_months", "grant_eur", "sector", "lang"}
    assert "knowledge-alliance" in str(properties["action"])


def test_tool_returns_the_check_shape() -> None:
    result = make_check_tool().invoke(
        {"partners": LIST, "action": "strategic-partnership-adult", "duration_months": 24}
    )
    assert result["verdict"] == "eligible" and set(result) == {"action", "verdict", "rules", "partners", "errors"}


def test_tool_reports_unusable_input_as_an_error_not_a_verdict() -> None:
    result = make_check_tool().invoke({"partners": "hello", "action": "knowledge-alliance"})
    assert set(result) == {"error"} and "No partner" in result["error"]


def test_tool_rejects_an_unknown_action_in_its_schema() -> None:
    with pytest.raises(ValidationError):
        make_check_tool().invoke({"partners": LIST, "action": "erasmus-mundus"})


def test_tool_checks_every_action_at_once_and_hands_the_results_to_its_caller() -> None:
    seen: dict = {}
    result = make_check_tool(on_result=seen.update).invoke({"partners": LIST, "action": "all"})
    assert result["action"] == "all" and len(result["results"]) == 4
    assert set(seen) == {
        "knowledge-alliance",
        "sector-skills-alliance",
        "strategic-partnership-adult",
        "partnership-for-innovation",
    }
    assert seen["strategic-partnership-adult"].to_json() == result["results"][2]
