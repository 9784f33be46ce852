"""Evaluation runner for chats: every turn judged like a question, with the earlier turns as its history.

A turn's record has the shape of a question's record (evaluation.questions), with the id
`<conversation id>/<turn number from 1>`, so the question metrics apply to turns unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from erasbot.chat.assistant import Assistant
from erasbot.chat.turns import Exchange
from erasbot.datafiles import read_jsonl
from erasbot.errors import ErasbotError
from erasbot.evaluation.questions import RETRIEVED_K, QuestionItem
from erasbot.forms import infer_form

TURN_KEYS = {"lang", "question", "expected_docs", "facts_any", "out_of_scope"}


@dataclass(frozen=True)
class Conversation:
    id: str
    turns: tuple[QuestionItem, ...]


def load_conversations(path: Path) -> list[Conversation]:
    """Chats from a JSON-lines file; a malformed chat or turn names file, line and turn."""
    conversations = []
    for number, obj in read_jsonl(path):
        if "id" not in obj or not isinstance(obj.get("turns"), list) or not obj["turns"]:
            raise ErasbotError(f"{path}:{number}: a conversation needs an 'id' and a non-empty list 'turns'")
        turns = []
        for n, turn in enumerate(obj["turns"], start=1):
            where = f"{path}:{number}: turn {n}"
            if not isinstance(turn, dict) or not isinstance(turn.get("question"), str):
                raise ErasbotError(f"{where}: a turn is an object with a 'question' string")
            unknown = sorted(turn.keys() - TURN_KEYS)
            if unknown:
                raise ErasbotError(f"{where}: unknown field(s) {', '.join(unknown)}")
            turns.append(
                QuestionItem(
                    id=f"{obj['id']}/{n}",
                    lang=str(turn.get("lang") or ""),
                    question=turn["question"],
                    expected_docs=tuple(turn.get("expected_docs") or ()),
                    facts_any=tuple(turn.get("facts_any") or ()),
                    out_of_scope=bool(turn.get("out_of_scope", False)),
                )
            )
        conversations.append(Conversation(id=str(obj["id"]), turns=tuple(turns)))
    return conversations


def run_conversations(assistant: Assistant, conversations: list[Conversation]) -> list[dict]:
    """Play every chat through the assistant; one entry per chat with a question-shaped record per turn."""
    out = []
    for conversation in conversations:
        history: list[Exchange] = []
        records = []
        for item in conversation.turns:
            reply = assistant.reply(item.question, history, language=item.lang or None)
            history.append(Exchange(item.question, reply))
            records.append(
                {
                    "id": item.id,
                    "lang": item.lang or reply.language,
                    "question": item.question,
                    "resolved": reply.resolved,
                    "retrieved_docs": [chunk_id.split("#", 1)[0] for chunk_id in reply.retrieved[:RETRIEVED_K]],
                    "answer": reply.text,
                    "abstained": reply.abstained or reply.kind == "error",
                    "citations": [c.to_json() for c in reply.citations],
                    "seconds": round(reply.seconds, 4),
                    "expected_docs": list(item.expected_docs),
                    "facts_any": list(item.facts_any),
                    "out_of_scope": item.out_of_scope,
                    "form": item.form or turn_form(item.question, reply.resolved),
                }
            )
        out.append({"id": conversation.id, "turns": records})
    return out


def turn_form(question: str, resolved: str) -> str:
    """A turn read against the history is a follow-up; any other has the form of its own words."""
    return "follow_up" if resolved.strip() != question.strip() else infer_form(question)


def turns_of(conversations: list[dict]) -> list[dict]:
    """Every turn record of every chat, in order (what the metrics are computed over)."""
    return [turn for conversation in conversations for turn in conversation["turns"]]


def print_conversations(console: Console, conversations: list[dict], metrics: dict[str, dict]) -> None:
    """One row per turn (what the assistant read the message as, and what it did), then the metrics
    (`metrics`: group name, e.g. 'all' or a language, to that group's figures)."""
    table = Table(title="Conversation turns")
    for column in ("id", "lang", "abstained", "top document", "read as", "answer"):
        table.add_column(column, overflow="ellipsis", no_wrap=column not in {"answer", "read as"})
    for r in turns_of(conversations):
        top = r["retrieved_docs"][0] if r["retrieved_docs"] else "–"
        first = r["answer"].split("\n", 1)[0]
        table.add_row(r["id"], r["lang"], "yes" if r["abstained"] else "", top, r["resolved"][:80], first[:100])
    console.print(table)
    _figures(console, "Conversation metrics (over all turns)", metrics)


def print_conversations_by_form(console: Console, by_form: dict[str, dict]) -> None:
    """The turn metrics per form (follow-up, yes/no, list, ...), forms across."""
    if by_form:
        _figures(console, "Conversation metrics per form", by_form)


def _figures(console: Console, title: str, groups: dict[str, dict]) -> None:
    """Metrics down, groups across."""
    figures = Table(title=title)
    figures.add_column("metric")
    for name in groups:
        figures.add_column(name, justify="right")
    for key in next(iter(groups.values())):
        figures.add_row(key, *("–" if m.get(key) is None else str(m.get(key)) for m in groups.values()))
    console.print(figures)
