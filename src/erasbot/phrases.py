"""Every sentence erasbot shows a user, in Swedish, Finnish, Dutch and English: one phrase table.

data/phrases.json maps language -> key -> template. Templates are str.format strings; a
template may be {"zero", "one", "other"} and is then chosen by the count ``n``. Keys are
grouped by prefix where they belong to one part (``ui.``, ``chat.``, ...); the rules' own
wording has no prefix. A test checks that every key exists in every language with the same fields.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from erasbot.datafiles import data_file, read_json
from erasbot.language import SUPPORTED


@lru_cache(maxsize=1)
def phrases() -> dict[str, dict[str, Any]]:
    """language -> key -> template, for every supported language."""
    table = read_json(data_file("erasbot", "phrases.json"))["phrases"]
    return {lang: table[lang] for lang in SUPPORTED}


def fill(template: Any, n: int | None = None, **values: Any) -> str:
    """Format a template, choosing the singular or plural form by ``n``."""
    if isinstance(template, dict):
        form = "zero" if n == 0 and "zero" in template else "one" if n == 1 else "other"
        template = template[form]
    return template.format(n=n, **values)


def say(lang: str, key: str, n: int | None = None, **values: Any) -> str:
    """The phrase `key` in `lang` (English for a language erasbot does not speak), filled in."""
    table = phrases()
    return fill(table.get(lang, table["en"])[key], n, **values)


def action_names(action: str) -> dict[str, str]:
    """An action's one name per language (`action.<id>` in the table); ErasbotError when the table lacks it."""
    key = f"action.{action}"
    table = phrases()
    if key not in table["en"]:
        from erasbot.errors import ErasbotError

        raise ErasbotError(f"data/phrases.json has no {key!r}: add the action's name in every language")
    return {lang: table[lang][key] for lang in SUPPORTED}
