"""One chat turn: a partner list goes to the checker, a question to the grounded answer (or the agent).

The verdict a user sees is always the checker's structure; a language model never
restates it. Follow-up questions ("and for three years?") are resolved against the
previous turn before they reach the offline answer.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from erasbot import rules
from erasbot.rules.partners import looks_like_partner_list
from erasbot.rules.prose import project_facts, split_list
from erasbot.guidance.answer import Answer, Citation
from erasbot.guidance.wording import ACTION_NAMES
from erasbot.errors import ErasbotError
from erasbot.guidance.glossary import Glossary
from erasbot.language import SUPPORTED, detect_language

if TYPE_CHECKING:
    from erasbot.chat.agent import Agent
    from erasbot.guidance.engine import Engine

ALL_ACTIONS = "all"
RETRIEVED_KEPT = 5

CHECKED = {
    "en": "{action}: {verdict} ({n} partners read).",
    "sv": "{action}: {verdict} ({n} partner lästa).",
    "fi": "{action}: {verdict} ({n} kumppania luettu).",
    "nl": "{action}: {verdict} ({n} partners gelezen).",
}
FALLBACK = {
    "en": "The language model ({model}) did not answer: {reason}. This is the offline answer.",
    "sv": "Språkmodellen ({model}) svarade inte: {reason}. Detta är svaret utan språkmodell.",
    "fi": "Kielimalli ({model}) ei vastannut: {reason}. Tämä on vastaus ilman kielimallia.",
    "nl": "Het taalmodel ({model}) gaf geen antwoord: {reason}. Dit is het antwoord zonder taalmodel.",
}
UNREAD = {
    "en": "{n} line(s) could not be read; see below.",
    "sv": "{n} rad(er) kunde inte läsas; se nedan.",
    "fi": "{n} riviä ei voitu lukea; katso alla.",
    "nl": "{n} regel(s) konden niet worden gelezen; zie hieronder.",
}

# Words that open a follow-up ("and for three years?", "och för SSA?", "entä…", "en voor…").
CONNECTIVE = re.compile(
    r"^\s*(?:and|or|but|what about|how about|also|och|eller|men|hur är det med|samt|även|"
    r"en|of|maar|hoe zit het met|wat als|ook|ja|tai|mutta|entä|myös)\b",
    re.IGNORECASE,
)
SHORT_QUESTION_WORDS = 8
CONNECTIVE_WORDS = 12
NUMERIC = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|ett|två|tre|fyra|fem|sex|een|twee|drie|vier|vijf|zes|"
    r"yksi|kaksi|kolme|neljä|viisi|kuusi|kahden|kolmen|neljän|tvåårig|treårig)",
    re.IGNORECASE,
)


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

    @property
    def verdict(self) -> dict | None:
        """The checker's result in the design's check shape (one action), or every action's."""
        if not self.checks:
            return None
        if len(self.checks) == 1:
            return next(iter(self.checks.values())).to_json()
        return {"action": ALL_ACTIONS, "results": [r.to_json() for r in self.checks.values()]}

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


# -- follow-ups -----------------------------------------------------------------------------------


def action_title(action: str, lang: str) -> str:
    """The checker's title of an action in the language (its id when unknown)."""
    info = rules.ACTIONS.get(action)
    return info.title.get(lang, info.title["en"]) if info else action_name(action, lang)


def action_name(action: str, lang: str) -> str:
    return ACTION_NAMES.get(action, {}).get(lang) or ACTION_NAMES.get(action, {}).get("en") or action


def resolve_followup(message: str, previous: Reply | None, glossary: Glossary, lang: str) -> str:
    """The message as a standalone question, given the previous turn.

    "and for three years?" after a question about grants becomes that question plus the
    follow-up; a question naming no action inherits the previous turn's action; a question
    naming only a new action ("och för branschspecifika kunskapsallianser?") takes the
    previous question with its action swapped.
    """
    if previous is None or previous.kind == "error":
        return message
    found = glossary.find(message)
    actions = [c for c in found if glossary.concepts[c].kind == "action"]
    topics = [c for c in found if glossary.concepts[c].kind != "action"]
    words = len(message.split())
    connective = bool(CONNECTIVE.match(message)) and words <= CONNECTIVE_WORDS  # "En kunskapsallians …" is no "and"
    short = words <= SHORT_QUESTION_WORDS
    if actions:
        if topics or not (connective or short) or not previous.resolved:
            return message
        return _join(glossary.without_actions(previous.resolved), message)
    asks = glossary.question_kinds(message)
    # "and for three years?" changes a figure of the previous question; "and how long?" asks a new one
    modifies = (connective or short) and not asks and (not topics or bool(NUMERIC.search(message)))
    if modifies and previous.resolved:  # a checked list has no question to modify, only its action
        return _join(previous.resolved, message)
    if previous.action:
        return f"{message.strip()} ({action_name(previous.action, lang)})"
    return message


def _join(first: str, second: str) -> str:
    joined = re.sub(r"\(\s*\)", " ", f"{first.strip()} {second.strip()}")  # an action name blanked out of "(…)"
    return re.sub(r"\s+", " ", joined).strip()


# -- the assistant --------------------------------------------------------------------------------


class Assistant:
    """Takes a chat turn with its history and returns a Reply; offline unless an agent is handed in."""

    def __init__(self, engine: Engine, agent: Agent | None = None) -> None:
        self.engine = engine
        self.agent = agent

    @property
    def backend(self) -> str:
        return self.agent.name if self.agent else "offline"

    def reply(self, message: str, history: Sequence[Exchange] = (), language: str | None = None) -> Reply:
        """The whole reply (the stream consumed)."""
        reply = None
        for event in self.stream(message, history, language):
            if isinstance(event, Reply):
                reply = event
        assert reply is not None
        return reply

    def stream(
        self, message: str, history: Sequence[Exchange] = (), language: str | None = None
    ) -> Iterator[str | Reply]:
        """Text as it is produced (language-model mode only), then the final Reply."""
        started = time.perf_counter()
        message = message.strip()
        if language is not None and language not in SUPPORTED:
            raise ErasbotError(f"unsupported language {language!r}; use one of {', '.join(SUPPORTED)}")
        if not message:
            yield self._error(
                message,
                "The question is empty: type a question, or paste a partner list to check.",
                language or "en",
                started,
            )
            return
        if looks_like_partner_list(message):
            yield self.check(message, history, language, started)
            return
        lang = language or detect_language(message)
        previous = history[-1].reply if history else None
        resolved = resolve_followup(message, previous, self.engine.glossary, lang)
        if self.agent is None:
            yield self._offline(message, resolved, lang, started)
            return
        yield from self._with_agent(message, resolved, history, lang, started)

    def _with_agent(
        self, message: str, resolved: str, history: Sequence[Exchange], lang: str, started: float
    ) -> Iterator[str | Reply]:
        """The agent's answer, streamed; the offline answer with a notice when the model fails or times out."""
        from erasbot.chat.agent import AgentFailure, AgentResult

        assert self.agent is not None
        result = None
        try:
            for event in self.agent.stream(message, history, lang):
                if isinstance(event, AgentResult):
                    result = event
                else:
                    yield event
            if result is None:
                raise AgentFailure("the model gave no answer")
        except AgentFailure as exc:
            reply = self._offline(message, resolved, lang, started)
            reply.notice = FALLBACK.get(lang, FALLBACK["en"]).format(model=self.agent.name, reason=exc)
            yield reply
            return
        yield Reply(
            kind="check" if result.checks and not result.citations else "answer",
            message=message,
            text=result.text,
            language=lang,
            resolved=resolved,
            citations=result.citations,
            checks=result.checks,
            abstained=result.abstained,
            flags=result.flags,
            backend=self.agent.name,
            action=self._action_of(resolved, result.citations),
            retrieved=result.retrieved,
            seconds=time.perf_counter() - started,
        )

    def _offline(self, message: str, resolved: str, lang: str, started: float) -> Reply:
        try:
            answer = self.engine.ask(resolved, language=lang)
        except ErasbotError as exc:
            return self._error(message, str(exc), lang, started)
        return self.from_answer(message, resolved, answer, started)

    def from_answer(self, message: str, resolved: str, answer: Answer, started: float) -> Reply:
        return Reply(
            kind="answer",
            message=message,
            text=answer.text,
            language=answer.language,
            resolved=resolved,
            citations=answer.citations,
            abstained=answer.abstained,
            notice=answer.notice,
            backend="offline",
            action=self._action_of(resolved, answer.citations),
            retrieved=[h.chunk.chunk_id for h in answer.retrieved[:RETRIEVED_KEPT]],
            seconds=time.perf_counter() - started,
        )

    def _action_of(self, question: str, citations: list[Citation]) -> str | None:
        """The action a turn was about: named in the question, else the one all cited documents share."""
        named = self.engine.glossary.actions(question)
        if named:
            return named[0]
        shared = None
        for c in citations:
            doc = self.engine.documents.get(c.doc_id)
            actions = set(doc.actions) if doc else set()
            shared = actions if shared is None else shared & actions
        return sorted(shared)[0] if shared and len(shared) == 1 else None

    # -- partner lists --------------------------------------------------------------------------
    def check(
        self, message: str, history: Sequence[Exchange] = (), language: str | None = None, started: float | None = None
    ) -> Reply:
        """Check a pasted partner list: against the action named around it, else the conversation's, else all."""
        started = time.perf_counter() if started is None else started
        prose, listed = split_list(message)
        lang = language or self._list_language(prose, listed, history)
        actions = self.engine.glossary.actions(prose)
        action = actions[0] if actions else next((h.reply.action for h in reversed(history) if h.reply.action), None)
        duration, grant = project_facts(prose)
        try:
            if action:
                checks = {
                    action: rules.check_text(listed, action, duration_months=duration, grant_eur=grant, lang=lang)
                }
            else:
                checks = dict(rules.check_all_actions(listed, duration_months=duration, grant_eur=grant, lang=lang))
        except ErasbotError as exc:
            return self._error(message, str(exc), lang, started)
        return Reply(
            kind="check",
            message=message,
            text=check_summary(checks, lang),
            language=lang,
            checks=checks,
            action=action,
            seconds=time.perf_counter() - started,
        )

    @staticmethod
    def _list_language(prose: str, listed: str, history: Sequence[Exchange]) -> str:
        """The words around the list say it best, then the conversation, then the list's own words."""
        if len(prose.split()) >= 3:
            return detect_language(prose)
        if history:
            return history[-1].reply.language
        return detect_language(listed)

    def _error(self, message: str, text: str, lang: str, started: float) -> Reply:
        return Reply(
            kind="error",
            message=message,
            text=text,
            language=lang,
            backend=self.backend,
            seconds=time.perf_counter() - started,
        )


def check_summary(checks: dict, lang: str) -> str:
    """One line per action checked, from the checker's structure (never from a model)."""
    from erasbot.rules.text import say

    lines = []
    for action, result in checks.items():
        template = CHECKED.get(lang, CHECKED["en"])
        verdict = say(result.lang, f"verdict_{result.verdict}")
        lines.append(template.format(n=len(result.partners), action=action_title(action, result.lang), verdict=verdict))
    errors = max((len(r.errors) for r in checks.values()), default=0)
    if errors:
        lines.append(UNREAD.get(lang, UNREAD["en"]).format(n=errors))
    return "\n".join(lines)
