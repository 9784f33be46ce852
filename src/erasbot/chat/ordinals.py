"""'The second', 'de eerste', 'den andra', 'toinen': one of the things the last turn named, by its place.

After 'Which two kinds of alliances are there in Partnerships for Innovation?' (answered with its two parts)
or 'What is the difference between a Knowledge Alliance and a Sector Skills Alliance?', 'What does the second
aim at?' means the second part or action named. The ordinal is replaced by that name, so the message names
what it asks about and is read as a message naming it. Pure: the glossary, the part names and the last turn's
question go in, the message comes out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from erasbot.guidance.action_parts import ActionParts, load_action_parts
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.wording import action_name

# An ordinal used as a noun ('the second', 'the second one', 'de tweede', 'den andra', 'toinen'); Swedish
# 'andra' and Finnish 'toinen' also mean 'other', so they count only with the article, or alone as the message.
ORDINALS = {
    "en": (r"\bthe (first|second|third|last)(?: one)?\b", {"first": 0, "second": 1, "third": 2, "last": -1}),
    "nl": (r"\bde (eerste|tweede|derde|laatste)\b", {"eerste": 0, "tweede": 1, "derde": 2, "laatste": -1}),
    "sv": (
        r"\b(?:den|det|de) (första|andra|tredje|sista)\b(?! \w+(?:er|ar|or)\b)",
        {"första": 0, "andra": 1, "tredje": 2, "sista": -1},
    ),
    "fi": (
        r"\b(ensimmäi\w*|toi(?:nen|sen|sessa|seen|sesta|sella|selle|sta)|kolma\w*|viimei\w*)\b",
        {"ensimmäi": 0, "toi": 1, "kolma": 2, "viimei": -1},
    ),
}
# 'the first question', 'den första frågan': a place in the conversation, not among the things named
NOT_OF_NAMED = re.compile(
    r"(?:question|time|turn|year|month|fråga\w*|gång\w*|år\b|kysymy\w*|kerta\w*|vuo\w*|vraag|keer|jaar)",
    re.IGNORECASE,
)


def spell_out_ordinal(
    message: str,
    previous_question: str,
    chat_actions: Sequence[str],
    glossary: Glossary,
    lang: str,
    parts: ActionParts | None = None,
    previous_answer: str = "",
) -> str:
    """The message with an ordinal replaced by the name of the thing it picks among those the last turn's
    question named (two actions or more, else the parts of the chat's action it asked about), or, after a question
    asking which two or three kinds of a thing there are, among the kinds its answer (`previous_answer`) named; the
    message unchanged when it names an action itself, holds no ordinal, or the last turn named fewer than two."""
    if lang not in ORDINALS or glossary.actions(message):
        return message
    pattern, places = ORDINALS[lang]
    found = re.search(pattern, message, re.IGNORECASE)
    if found is None:
        return message
    after = message[found.end() : found.end() + 20]
    if NOT_OF_NAMED.match(after.strip()):
        return message
    named = _named_things(previous_question, chat_actions, glossary, lang, parts or load_action_parts())
    if len(named) < 2:
        named = _kinds_answered(previous_question, previous_answer, glossary)
    if len(named) < 2:
        return message
    word = found.group(1).lower()
    place = next(p for stem, p in places.items() if word.startswith(stem))
    if place >= len(named):
        return message
    return f"{message[: found.start()]}{named[place]}{message[found.end() :]}"


# a question asking which few kinds of a thing there are, and the thing ('Vilka två typer av partner ...?', 'which two
# kinds of partners', 'welke twee soorten partners')
KINDS_ASKED = re.compile(
    r"\b(?:two|three|två|tre|kaksi|kolme|twee|drie|2|3)\s+(?:\w+\s+)?(?:kinds?|types?|sorts?|typer|slag|sorter|soorten"
    r"|typen)\s+(?:of\s+|av\s+|van\s+)?(?P<thing>\w+)",
    re.IGNORECASE,
)
THING_STEM = 5  # letters of the thing's word that its kinds' names repeat ('partner', 'partners')


def _kinds_answered(question: str, answer: str, glossary: Glossary) -> list[str]:
    """The kinds of the thing the question asked about that the answer's first line names, in order, each by its
    words there: a topic's words right before the thing's word ('fullvärdiga partner', 'associerade partner')."""
    asked = KINDS_ASKED.search(question)
    if asked is None:
        return []
    stem = asked.group("thing").lower()[:THING_STEM]
    line = answer.split("\n", 1)[0]
    named: dict[int, str] = {}
    for c in glossary.find(line):
        if glossary.concepts[c].kind != "topic":
            continue
        for a, b in glossary.spans_of(c, line):
            after = line[b:].split(maxsplit=1)
            if after and after[0].lower().startswith(stem) and not line[a:b].lower().startswith(stem):
                named.setdefault(a, f"{line[a:b]} {after[0].strip('.,;:')}")
                break
    return [named[a] for a in sorted(named)]


def _named_things(
    question: str, chat_actions: Sequence[str], glossary: Glossary, lang: str, parts: ActionParts
) -> list[str]:
    """What the question named, in order: its actions when two or more, else the parts of the chat's action
    when it asked about them (named them, or referred to them as 'the two kinds')."""
    actions = glossary.actions_in_order(question)
    if len(actions) >= 2:
        return [action_name(a, lang) for a in actions]
    for action in [*actions, *chat_actions]:
        names = parts.names(action, lang)
        if names and (parts.referred(question, lang) or parts.part_named(question, action) is not None):
            return list(names)
    return []


def ordinal_alone(message: str, lang: str) -> bool:
    """Is an ordinal in the message used as a noun on its own ('Back to the first one: ...', 'En de eerste?'), not
    as an adjective before one ('de laatste trein')? Only such an ordinal may point further back than the last turn."""
    if lang not in ORDINALS:
        return False
    found = re.search(ORDINALS[lang][0], message, re.IGNORECASE)
    return found is not None and bool(re.match(r"\s*(?:ones?\b|[,.:;?!]|$)", message[found.end() :]))
