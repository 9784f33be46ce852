"""The one phrase table: every sentence shown to a user exists in Swedish, Finnish, Dutch and English."""

from __future__ import annotations

import string

import pytest

from erasbot.language import SUPPORTED
from erasbot.phrases import phrases, say


def _fields(template) -> set[str]:
    forms = template.values() if isinstance(template, dict) else [template]
    return {name for form in forms for _, name, _, _ in string.Formatter().parse(form) if name}


@pytest.mark.parametrize("lang", SUPPORTED)
def test_every_phrase_exists_in_every_language_with_the_same_fields(lang: str) -> None:
    table = phrases()
    assert set(table[lang]) == set(table["en"]), sorted(set(table[lang]) ^ set(table["en"]))
    for key, template in table["en"].items():
        assert _fields(table[lang][key]) == _fields(template), (lang, key)


@pytest.mark.parametrize("lang", SUPPORTED)
def test_plural_phrases_have_a_form_for_one_and_for_more_in_every_language(lang: str) -> None:
    for key, template in phrases()[lang].items():
        if isinstance(template, dict):
            assert {"one", "other"} <= set(template), (lang, key)


def test_a_count_chooses_the_singular_or_the_plural() -> None:
    assert say("en", "and_more", n=1) == "and 1 more"
    assert say("sv", "and_more", n=3) != say("sv", "and_more", n=1)


def test_a_language_erasbot_does_not_speak_gets_english() -> None:
    assert say("de", "and") == say("en", "and") == "and"
