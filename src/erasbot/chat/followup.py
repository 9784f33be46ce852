"""Reading a message against the conversation: a follow-up ("and for three years?") becomes a standalone question."""

from __future__ import annotations

import re

from erasbot import rules
from erasbot.chat.turns import Reply
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.wording import ACTION_NAMES

# Words that open a follow-up ("and for three years?", "och för SSA?", "entä…", "en voor…").
CONNECTIVE = re.compile(
    r"^\s*(?:and|or|but|what about|how about|also|och|eller|men|hur är det med|samt|även|"
    r"en|of|maar|hoe zit het met|wat als|ook|ja|tai|mutta|entä|myös)\b",
    re.IGNORECASE,
)
SHORT_QUESTION_WORDS = 8
CONNECTIVE_WORDS = 12
NUMERIC = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|ett|två|tre|fyra|fem|sex|een|twee|drie|vier|vijf|zes|"
    r"yksi|kaksi|kolme|neljä|viisi|kuusi|kahden|kolmen|neljän|tvåårig|treårig)",
    re.IGNORECASE,
)


def action_title(action: str, lang: str) -> str:
    """The checker's title of an action in the language (its id when unknown)."""
    info = rules.ACTIONS.get(action)
    return info.title.get(lang, info.title["en"]) if info else action_name(action, lang)


def action_name(action: str, lang: str) -> str:
    return ACTION_NAMES.get(action, {}).get(lang) or ACTION_NAMES.get(action, {}).get("en") or action


def resolve_followup(message: str, previous: Reply | None, glossary: Glossary, lang: str) -> str:
    """The message as a standalone question, given the previous turn.

    "and for three years?" after a question about grants becomes that question plus the
    follow-up; a question naming no action inherits the previous turn's action; a question
    naming only a new action ("och för branschspecifika kunskapsallianser?") takes the
    previous question with its action swapped.
    """
    if previous is None or previous.kind == "error":
        return message
    found = glossary.find(message)
    actions = [c for c in found if glossary.concepts[c].kind == "action"]
    topics = [c for c in found if glossary.concepts[c].kind != "action"]
    words = len(message.split())
    connective = bool(CONNECTIVE.match(message)) and words <= CONNECTIVE_WORDS  # "En kunskapsallians …" is no "and"
    short = words <= SHORT_QUESTION_WORDS
    if actions:
        if topics or not (connective or short) or not previous.resolved:
            return message
        return _join(glossary.without_actions(previous.resolved), message)
    asks = glossary.question_kinds(message)
    # "and for three years?" changes a figure of the previous question; "and how long?" asks a new one
    modifies = (connective or short) and not asks and (not topics or bool(NUMERIC.search(message)))
    if modifies and previous.resolved:  # a checked list has no question to modify, only its action
        return _join(previous.resolved, message)
    if previous.action:
        return f"{message.strip()} ({action_name(previous.action, lang)})"
    return message


def _join(first: str, second: str) -> str:
    joined = re.sub(r"\(\s*\)", " ", f"{first.strip()} {second.strip()}")  # an action name blanked out of "(…)"
    return re.sub(r"\s+", " ", joined).strip()
