"""Which language a chat message is answered in, and which interface language a browser gets."""

from __future__ import annotations

import pytest

from erasbot.ui.i18n import locale_language
from erasbot.ui.message_language import answer_language, detector_confidences


@pytest.mark.parametrize(
    ("message", "conversation", "interface", "expected"),
    [
        ("Tell me a joke", None, "en", "en"),  # lingua alone reads it as Finnish
        ("Hello", "sv", "en", "sv"),  # a greeting keeps the conversation's language
        ("Tack!", None, "fi", "fi"),
        ("Dank je", None, "en", "en"),
        ("Kuinka kauan?", "sv", "en", "fi"),  # short, but clearly Finnish
        ("Hur länge?", None, "en", "sv"),
        ("What is ECHE?", "sv", "sv", "en"),
        ("Hur många organisationer måste ingå i en kunskapsallians?", None, "en", "sv"),
        ("Hoeveel partners moet een partnerschap voor innovatie minstens hebben volgens de tekst?", "fi", "fi", "nl"),
    ],
)
def test_a_short_or_unclear_message_takes_the_conversations_then_the_interfaces_language(
    message: str, conversation: str | None, interface: str, expected: str
) -> None:
    assert answer_language(message, detector_confidences(message), conversation, interface) == expected


def test_a_long_message_is_answered_in_its_own_language_even_with_a_close_second() -> None:
    message = "one two three four five six seven eight"
    assert answer_language(message, [("nl", 0.40), ("en", 0.38)], "sv", "fi") == "nl"


def test_a_message_with_no_letters_takes_the_conversations_language() -> None:
    assert detector_confidences("2024?") == []
    assert answer_language("2024?", [], "nl", "en") == "nl"
    assert answer_language("2024?", [], None, "fi") == "fi"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("sv-SE", "sv"), ("fi", "fi"), ("nl-BE", "nl"), ("en-GB", "en"), ("sv_FI", "sv"), ("de-DE", "en"), (None, "en")],
)
def test_the_interface_starts_in_the_browsers_language_when_erasbot_speaks_it(locale, expected) -> None:
    assert locale_language(locale) == expected
