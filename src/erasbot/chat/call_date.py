"""A bare 'and the deadline?' in a chat about an action: the texts give no date, only how the call runs.

'thanks, and the deadline?' after turns about Knowledge Alliances names nothing but the deadline. The texts
say when one applies only as 'the annual call the executive agency publishes', so such a message is read as
the question how one applies for the chat's action: answered from that action's own text, or refused when
its text never says. A deadline of a year ('and the deadline for 2026?', 'och i år?') or a whole question of
its own ('What is the application deadline for a Knowledge Alliance?') asks for a date the texts do not give,
and is left as it is (refused). Pure: the glossary and the phrases go in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from erasbot.chat.followup_cues import CONNECTIVE, ELLIPTIC_WORDS
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.wording import action_name
from erasbot.phrases import say

# a year or a time named: a date is asked for ('for 2026', 'this year', 'i år', 'tänä vuonna', 'dit jaar')
DATED = re.compile(
    r"\d|\b(?:this|next|last|coming|year|i år|nästa|förra|år|tänä|ensi|vuon\w*|dit|volgend\w*|vorig\w*|jaar)\b",
    re.IGNORECASE,
)


def asks_call_date(message: str, glossary: Glossary) -> bool:
    """Is the message a bare follow-up asking only the deadline, no year ('thanks, and the deadline?')?"""
    opening = CONNECTIVE.match(message)
    if opening is None or DATED.search(message):
        return False
    rest = message[opening.end() :].strip(" ?!.")
    return 0 < len(rest.split()) <= ELLIPTIC_WORDS and glossary.find(message) == ["deadline"]


def call_question(actions: Sequence[str], lang: str) -> str:
    """The question how one applies for the chat's action(s), in the asker's language."""
    names = ", ".join(action_name(a, lang) for a in actions)
    return f"{say(lang, 'chat.how_to_apply')} ({names})" if names else say(lang, "chat.how_to_apply")
