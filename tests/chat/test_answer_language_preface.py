"""A clause before the question saying the chat goes on in a language, or that a colleague reads along or takes over,
is no part of the question: the rest is asked, in the language named."""

from __future__ import annotations

import pytest

from erasbot.chat.answer_language import language_asked


@pytest.mark.parametrize(
    ("message", "language", "rest"),
    [
        (
            "Jatketaan suomeksi, kollega lukee mukana: kuinka pitka hanke voi olla?",
            "fi",
            "kuinka pitka hanke voi olla?",
        ),
        (
            "Kirjoitan nyt suomeksi kun kollega lukee mukana: voivatko opiskelijat osallistua?",
            "fi",
            "voivatko opiskelijat osallistua?",
        ),
        (
            "Colleague from Delft taking over in English - do the alliances go for long-term plans?",
            "en",
            "do the alliances go for long-term plans?",
        ),
        ("Vi fortsätter på svenska: hur länge pågår det?", "sv", "hur länge pågår det?"),
        ("We gaan verder in het Nederlands: hoe lang duurt het?", "nl", "hoe lang duurt het?"),
    ],
)
def test_a_preface_on_the_chats_language_or_a_colleague_is_set_apart(message, language, rest):
    assert language_asked(message) == (language, rest)


@pytest.mark.parametrize(
    "message",
    [
        "Wat is het doel: innovatie?",
        "Finnish partners: do they count?",
        "Budget - how much is it?",
        "Colleague from Finland: can they take part?",  # the country told is the case asked about
        "Vi skriver ansökan på engelska: går det bra för en kunskapsallians?",  # the application's language is asked
    ],
)
def test_a_clause_naming_a_topic_before_a_colon_stays_part_of_the_question(message):
    assert language_asked(message) == (None, message)
