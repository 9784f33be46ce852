"""Localized wording: phrases shared by the rule kinds, lists of names, money, countries.

Templates are str.format strings; a template may be {"zero", "one", "other"}
and is then chosen by the count ``n``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable

from babel.numbers import format_decimal

from erasbot.datafiles import data_file, read_json
from erasbot.rules.countries import country_name

NAME_LIMIT = 12


@lru_cache(maxsize=1)
def phrases() -> dict[str, dict[str, Any]]:
    """data/phrases.json: language -> key -> template."""
    path = data_file("erasbot.rules", "phrases.json")
    return read_json(path)["phrases"]


def fill(template: Any, n: int | None = None, **values: Any) -> str:
    """Format a template, choosing the singular or plural form by ``n``."""
    if isinstance(template, dict):
        form = "zero" if n == 0 and "zero" in template else "one" if n == 1 else "other"
        template = template[form]
    return template.format(n=n, **values)


def say(lang: str, key: str, n: int | None = None, **values: Any) -> str:
    return fill(phrases()[lang][key], n, **values)


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


def money(amount: int, lang: str) -> str:
    """EUR amount with the language's digit grouping ("700,000", "700 000")."""
    return format_decimal(amount, locale=lang)


def country(code: str, lang: str) -> str:
    return country_name(code, lang)
