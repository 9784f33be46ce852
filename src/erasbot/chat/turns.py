"""A chat turn as the chat keeps it: what the assistant replied (Reply) and the exchange it belongs to."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from erasbot.guidance.citations import Citation
from erasbot.rules.checker import checks_to_json


@dataclass
class Reply:
    """What the assistant says to one message: an answer with citations, a verdict, or an error."""

    kind: Literal["answer", "check", "error"]
    message: str
    text: str
    language: str
    resolved: str = ""  # the standalone question answered (follow-ups resolved)
    citations: list[Citation] = field(default_factory=list)
    checks: dict = field(default_factory=dict)  # action id -> CheckResult, when a partner list was checked
    abstained: bool = False
    notice: str | None = None  # e.g. the language model failed and the offline answer is shown
    flags: list[str] = field(default_factory=list)  # what verification of a model's answer found
    backend: str = "offline"
    action: str | None = None  # the action the turn was about, for the next follow-up
    retrieved: list[str] = field(default_factory=list)  # chunk ids in rank order
    seconds: float = 0.0
    ruled: bool = False  # the rule tables' verdict leads the answer (a yes/no on a consortium or a country)

    @property
    def verdict(self) -> dict | None:
        """The checker's result in the design's check shape (one action), or every action's."""
        return checks_to_json(self.checks) if self.checks else None

    def to_json(self) -> dict:
        """The design's ask shape."""
        return {
            "question": self.message,
            "language": self.language,
            "answer": self.text,
            "abstained": self.abstained,
            "citations": [c.to_json() for c in self.citations],
            "verdict": self.verdict,
        }


@dataclass
class Exchange:
    """One past turn of the conversation."""

    message: str
    reply: Reply
