"""How much text erasbot takes in one go; the CLI and the chat input both use these limits.

A question is embedded and matched word by word, so its cost grows with its length: a
100 KB question took 87 s. Questions are refused beyond MAX_QUESTION_CHARS; a pasted
partner list may be longer, up to MAX_MESSAGE_CHARS (the chat input's cap).
"""

from __future__ import annotations

from erasbot.errors import ErasbotError

MAX_QUESTION_CHARS = 2_000
MAX_MESSAGE_CHARS = 20_000
# a document attached to a chat session: every passage and sentence is embedded while the user waits
MAX_OWN_BYTES = 2_000_000  # the file as uploaded
MAX_OWN_CHARS = 20_000  # its text: about eight pages, every passage and sentence embedded while the user waits
MAX_OWN_DOCUMENTS = 5  # per session


def megabytes(size: int) -> str:
    """A size as users read it: '2 MB', '2.4 MB'."""
    return f"{round(size / 1_000_000, 1):g} MB"


def question_too_long(text: str) -> str | None:
    """The message refusing a question over the limit, or None when it is within it."""
    if len(text) <= MAX_QUESTION_CHARS:
        return None
    return (
        f"the question is {len(text):,} characters long; at most {MAX_QUESTION_CHARS:,} are read. "
        "Ask about one thing at a time, or paste only the partner list to check it."
    )


def message_too_long(text: str) -> str | None:
    """The message refusing a chat message (a question or a pasted list) over MAX_MESSAGE_CHARS, or None."""
    if len(text) <= MAX_MESSAGE_CHARS:
        return None
    return (
        f"the message is {len(text):,} characters long; at most {MAX_MESSAGE_CHARS:,} are read. "
        "Paste only the partner list, or use `erasbot check FILE` for a long one."
    )


def check_question(text: str) -> None:
    """Raise ErasbotError for a question over the limit."""
    if reason := question_too_long(text):
        raise ErasbotError(reason)
