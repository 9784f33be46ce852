"""A chat held with the offline assistant in tests: every message replied to in turn, each with the ones before as
its history."""

from __future__ import annotations

from erasbot.chat.assistant import Assistant
from erasbot.chat.turns import Exchange


def chat(engine, *messages: str, lang: str | None = None):
    """The replies to the messages, each read with the ones before as its history (in `lang` when given)."""
    assistant = Assistant(engine)
    history: list[Exchange] = []
    for message in messages:
        history.append(Exchange(message, assistant.reply(message, history, language=lang)))
    return [e.reply for e in history]
