"""The agent's two LangChain tools: `search_guidance` over the guidance index, `check_consortium` over the rules.

search_guidance numbers each passage once per turn (a Ledger), so the answer's [n] marks can be
checked against what the model was shown. check_consortium's verdict comes from code: it returns
the structured result (the design's check shape), or {"error": message} when the input is
unusable, so the model can relay it instead of guessing. The list of actions comes from the rule
tables: adding an action is adding a table.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, Optional

from langchain_core.tools import StructuredTool
from pydantic import BaseModel, ConfigDict, Field

from erasbot.errors import ErasbotError
from erasbot.guidance.citations import Citation
from erasbot.guidance.retrieval import Hit
from erasbot.language import SUPPORTED
from erasbot.rules.checker import ALL, check_actions, checks_to_json, load_actions
from erasbot.rules.models import CheckResult
from erasbot.terminal import printable

if TYPE_CHECKING:
    from erasbot.guidance.engine import Engine
    from erasbot.guidance.session_documents import SessionDocuments

ActionId = Literal[(*load_actions(), ALL)]  # type: ignore[valid-type]
Language = Literal[SUPPORTED]  # type: ignore[valid-type]


class Ledger:
    """The passages retrieved during one turn, each numbered once, as the model saw them."""

    def __init__(self, documents: dict) -> None:
        self.documents = documents
        self.hits: dict[int, Hit] = {}
        self._numbers: dict[str, int] = {}

    def add(self, hit: Hit) -> int:
        if hit.chunk.chunk_id not in self._numbers:
            self._numbers[hit.chunk.chunk_id] = len(self._numbers) + 1
            self.hits[self._numbers[hit.chunk.chunk_id]] = hit
        return self._numbers[hit.chunk.chunk_id]

    def render(self, hits: list[Hit]) -> str:
        """Passages as the tool returns them: number, title, publisher, period, then the text as a quote.

        The text goes between <quote> and </quote> (tags inside it are defused), so what a document
        says stays data for the model, never an instruction."""
        if not hits:
            return "No passage found."
        blocks = []
        for hit in hits:
            doc = self.documents.get(hit.chunk.doc_id)
            publisher = doc.publisher if doc else ""
            title = quoted(hit.chunk.title)
            blocks.append(
                f"[{self.add(hit)}] {title} ({quoted(publisher)}; programme period {hit.chunk.period})\n"
                f"<quote>\n{quoted(hit.chunk.text)}\n</quote>"
            )
        return "\n\n".join(blocks)

    def citation(self, n: int, quotes: list[str]) -> Citation:
        return Citation.from_hit(n, self.hits[n], self.documents, quotes)


def quoted(text: str) -> str:
    """Document text safe inside <quote> tags: no tags of its own, no control characters."""
    return printable(re.sub(r"</?\s*quote\s*>", "'", text, flags=re.IGNORECASE))


def make_search_tool(
    engine: Engine,
    ledger: Ledger,
    k: int,
    doc_ids: set[str] | None = None,
    attached: SessionDocuments | None = None,
    lang: str = "en",
) -> StructuredTool:
    """`search_guidance`: the best passages for a query (within `doc_ids` when given, with a session's
    `attached` documents among them), numbered in the ledger."""
    actions = ", ".join(load_actions())

    def search_guidance(query: str, action: str | None = None) -> str:
        try:
            hits = engine.search(query, k=k, action=action or None, doc_ids=doc_ids, attached=attached, language=lang)
            return ledger.render(hits)
        except ErasbotError as exc:
            return f"Search failed: {exc}"

    return StructuredTool.from_function(
        func=search_guidance,
        name="search_guidance",
        description=(
            "Search the Erasmus+ guidance texts. Returns numbered passages; cite them as [n]. "
            f"action: optionally one of {actions}, to search only that action's texts."
        ),
    )


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
    lang: Language = Field(default="en", description="Language of the user's message.")


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
    try:
        results = check_actions(
            partners, action, duration_months=duration_months, grant_eur=grant_eur, sector=sector, lang=lang
        )
    except ErasbotError as error:
        return {"error": str(error)}
    if on_result is not None:
        on_result(results)
    return checks_to_json(results)


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
