"""The wording of offline answers (abstentions, leads, period notes, action names), from the phrase table.

Keys `answer.*` and `action.<id>` of data/phrases.json; this module only names them.
"""

from __future__ import annotations

from erasbot.phrases import action_names, phrases, say


def message(key: str, lang: str, **values: str) -> str:
    return say(lang, f"answer.{key}", **values)


def what(kind: str, lang: str) -> str:
    """What a figure question asks for: 'a grant amount', 'a project duration', 'that number'."""
    return say(lang, f"answer.what.{kind}")


def is_action(action: str) -> bool:
    """True for an action the phrase table names (every action of the rule tables and the manifest)."""
    return f"action.{action}" in phrases()["en"]


def action_name(action: str, lang: str) -> str:
    """The action's one name in the language (its id when it is no known action)."""
    if not is_action(action):
        return action
    names = action_names(action)
    return names.get(lang, names["en"])


def in_language(source: str, asker: str) -> str:
    """', in Swedish' (in the asker's language) when the source is in another language, else nothing."""
    key = f"answer.in.{source}"
    if source == asker or key not in phrases()["en"]:
        return ""
    return say(asker, key)
