"""The checker as a LangChain tool, `check_consortium`, for the assistant's agent.

The verdict comes from code: the tool returns the structured result (the
design's check shape), or {"error": message} when the input is unusable, so the
model can relay it instead of guessing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, Optional

from langchain_core.tools import StructuredTool
from pydantic import BaseModel, ConfigDict, Field

from erasbot.errors import ErasbotError
from erasbot.rules.checker import check_all_actions, check_text, load_actions
from erasbot.rules.models import CheckResult

ALL = "all"
ActionId = Literal[
    "knowledge-alliance", "sector-skills-alliance", "strategic-partnership-adult", "partnership-for-innovation", "all"
]


class CheckConsortiumArgs(BaseModel):
    """Arguments of check_consortium."""

    model_config = ConfigDict(extra="forbid")

    partners: str = Field(
        description="The partner list exactly as the user pasted it: one organisation per line "
        "(name, country, type, role) or a CSV/Markdown table."
    )
    action: ActionId = Field(description="Erasmus+ action to check against, or 'all' for every action.")
    duration_months: Optional[int] = Field(default=None, description="Planned duration in months, if the user gave it.")
    grant_eur: Optional[int] = Field(default=None, description="EU grant requested in euro, if the user gave it.")
    sector: Optional[str] = Field(default=None, description="Sector (Sector Skills Alliances), if the user gave it.")
    lang: Literal["en", "sv", "nl", "fi"] = Field(default="en", description="Language of the user's message.")


def check_consortium(
    partners: str,
    action: str,
    duration_months: int | None = None,
    grant_eur: int | None = None,
    sector: str | None = None,
    lang: str = "en",
    on_result: Callable[[dict[str, CheckResult]], None] | None = None,
) -> dict[str, Any]:
    """Check a partner list against one action's eligibility rules, or all of them; the verdict comes from code.

    `on_result` receives the CheckResult objects by action id, for a caller that renders them itself.
    """
    project = {"duration_months": duration_months, "grant_eur": grant_eur, "sector": sector, "lang": lang}
    try:
        if action == ALL:
            results = dict(check_all_actions(partners, **project))
        else:
            results = {action: check_text(partners, action, **project)}
    except ErasbotError as error:
        return {"error": str(error)}
    if on_result is not None:
        on_result(results)
    if action != ALL:
        return results[action].to_json()
    return {"action": ALL, "results": [r.to_json() for r in results.values()]}


def make_check_tool(
    on_result: Callable[[dict[str, CheckResult]], None] | None = None,
    max_chars: int | None = None,
    lang: str | None = None,
) -> StructuredTool:
    """The `check_consortium` tool with its typed argument schema; `lang` fixes the report language
    (the conversation's), whatever the model passes."""
    actions = ", ".join(load_actions())

    def run(
        partners: str,
        action: str,
        duration_months: int | None = None,
        grant_eur: int | None = None,
        sector: str | None = None,
        lang: str = "en",
    ) -> dict[str, Any]:
        text = partners[:max_chars] if max_chars else partners
        return check_consortium(text, action, duration_months, grant_eur, sector, fixed_lang or lang, on_result)

    fixed_lang = lang

    return StructuredTool.from_function(
        func=run,
        name="check_consortium",
        description=(
            "Check a consortium (a pasted partner list) against the eligibility rules of an Erasmus+ action "
            f"({actions}, or all). Returns the verdict (eligible, not_eligible, needs_information), each rule "
            "with status, message, fix and source quote, the partners read and the lines that could not be "
            "read. Use it whenever the user gives a partner list; never decide eligibility yourself."
        ),
        args_schema=CheckConsortiumArgs,
    )
