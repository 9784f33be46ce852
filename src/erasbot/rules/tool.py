"""The checker as a LangChain tool, `check_consortium`, for the assistant's agent.

The verdict comes from code: the tool returns the structured result (the
design's check shape), or {"error": message} when the input is unusable, so the
model can relay it instead of guessing.
"""

from __future__ import annotations

from typing import Any, Literal, Optional

from langchain_core.tools import StructuredTool
from pydantic import BaseModel, ConfigDict, Field

from erasbot.errors import ErasbotError
from erasbot.rules.checker import check_text, load_actions

ActionId = Literal["knowledge-alliance", "sector-skills-alliance", "strategic-partnership-adult",
                   "partnership-for-innovation"]


class CheckConsortiumArgs(BaseModel):
    """Arguments of check_consortium."""

    model_config = ConfigDict(extra="forbid")

    partners: str = Field(description="The partner list exactly as the user pasted it: one organisation per line "
                                      "(name, country, type, role) or a CSV/Markdown table.")
    action: ActionId = Field(description="Erasmus+ action to check against.")
    duration_months: Optional[int] = Field(default=None, description="Planned duration in months, if the user gave it.")
    grant_eur: Optional[int] = Field(default=None, description="EU grant requested in euro, if the user gave it.")
    sector: Optional[str] = Field(default=None, description="Sector (Sector Skills Alliances), if the user gave it.")
    lang: Literal["en", "sv", "nl", "fi"] = Field(default="en", description="Language of the user's message.")


def check_consortium(partners: str, action: str, duration_months: int | None = None, grant_eur: int | None = None,
                     sector: str | None = None, lang: str = "en") -> dict[str, Any]:
    """Check a partner list against an action's eligibility rules; the verdict comes from code."""
    try:
        return check_text(partners, action, duration_months=duration_months, grant_eur=grant_eur,
                          sector=sector, lang=lang).to_json()
    except ErasbotError as error:
        return {"error": str(error)}


def make_check_tool() -> StructuredTool:
    """The `check_consortium` tool with its typed argument schema."""
    actions = ", ".join(load_actions())
    return StructuredTool.from_function(
        func=check_consortium,
        name="check_consortium",
        description=("Check a consortium (a pasted partner list) against the eligibility rules of an Erasmus+ action "
                     f"({actions}). Returns the verdict (eligible, not_eligible, needs_information), each rule with "
                     "status, message, fix and source quote, the partners read and the lines that could not be read. "
                     "Use it whenever the user gives a partner list; never decide eligibility yourself."),
        args_schema=CheckConsortiumArgs,
    )
