"""Which language to answer a chat message in when the sidebar does not fix one.

A long message is answered in the language it is written in. A short one ("Tell me a joke",
"Hello", "Tack!") says too little for a detector, so it takes the conversation's language, else
the interface's, unless one language clearly leads ("Kuinka kauan?", "Hur länge?").
"""

from __future__ import annotations

from collections.abc import Sequence

LONG_MESSAGE_WORDS = 8  # from here on a detector reads a message reliably
CLEAR_LEAD = 0.3  # the top language's confidence must lead the next one's by this much


def answer_language(
    message: str,
    confidences: Sequence[tuple[str, float]],
    conversation: str | None,
    interface: str,
) -> str:
    """The answer language for `message`, given the detector's (language, confidence) pairs, best first."""
    if not confidences:
        return conversation or interface
    best, top = confidences[0]
    second = confidences[1][1] if len(confidences) > 1 else 0.0
    if len(message.split()) >= LONG_MESSAGE_WORDS or top - second >= CLEAR_LEAD:
        return best
    return conversation or interface


def detector_confidences(message: str) -> list[tuple[str, float]]:
    """Lingua's confidence in each of the four languages for `message`, best first."""
    from erasbot.language import SUPPORTED, _detector  # one shared detector; see the report on language.py

    if not any(ch.isalpha() for ch in message):
        return []
    values = _detector(SUPPORTED).compute_language_confidence_values(message)
    return [(v.language.iso_code_639_1.name.lower(), float(v.value)) for v in values]
