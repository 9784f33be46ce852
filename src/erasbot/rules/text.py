"""Localized wording of the checker: lists of names, money, countries; phrases come from erasbot.phrases."""

from __future__ import annotations

import re
from typing import Iterable

from babel.numbers import format_decimal

from erasbot.phrases import fill, say

__all__ = ["country", "fill", "join", "money", "name_list", "say", "with_articles"]
from erasbot.rules.countries import country_name

NAME_LIMIT = 12


def join(items: Iterable[str], lang: str) -> str:
    """'A, B and C' in the language."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {say(lang, 'and')} {items[-1]}"


def name_list(names: list[str], lang: str, limit: int = NAME_LIMIT) -> str:
    """Names joined, the rest summarised as 'and N more' past the limit."""
    if not names:
        return say(lang, "none")
    if len(names) <= limit:
        return join(names, lang)
    rest = len(names) - limit
    return f"{', '.join(names[:limit])} {say(lang, 'and_more', n=rest)}"


A_BEFORE_VOWEL = re.compile(r"\b([Aa]) (?=[aeioAEIO])")  # 'a education/training provider' ('a university' stays)


def with_articles(text: str, lang: str) -> str:
    """English 'a' made 'an' before a vowel where a template put a category name after it."""
    return A_BEFORE_VOWEL.sub(r"\1n ", text) if lang == "en" else text


def money(amount: int, lang: str) -> str:
    """EUR amount with the language's digit grouping ("700,000", "700 000")."""
    return format_decimal(amount, locale=lang)


def country(code: str, lang: str) -> str:
    return country_name(code, lang)
