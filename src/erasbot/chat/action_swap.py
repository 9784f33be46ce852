"""The last question asked again of another action, as a question a user would read: 'How long does a knowledge
alliance last?' and then 'and a sector skills alliance?' reads 'How long does a sector skills alliance last?', not the
last question with its action blanked out and the follow-up tacked on ('How long does a last? and a sector …').

The chat shows the question it answered ('Answered as …'), so it must read as a question. Pure: the glossary and the
two messages go in."""

from __future__ import annotations

import re

from erasbot.guidance.glossary import Glossary

# an article before an action's name, which goes with the name it stood before
ARTICLE = re.compile(r"\b(?:a|an|the|en|ett|de|het|een)\s+$", re.IGNORECASE)
# a question of its own after the action's name, past a colon or a dash ('And the old SSA: did it cover tourism?')
OWN_QUESTION = re.compile(r"[:;]\s*\w+|\s[-–]\s*\w+")


def asked_of_action(previous: str, message: str, glossary: Glossary, name: str | None = None) -> str | None:
    """The previous question with its one action's name replaced by the name the message gives (`name`: the
    action a short name in the message stands for, spelt out). None when the previous question names no action or
    several, or the message names several, a figure, or a topic before the action's name (it changes the question, and
    is joined to it instead)."""
    spans = _action_spans(previous, glossary)
    if len(spans) != 1:
        return None
    if name is None:
        found = _action_spans(message, glossary)
        if len(found) != 1 or re.search(r"\d", message):
            return None
        a, b = found[0]
        if OWN_QUESTION.search(message[b:]):
            return None  # 'En bij de oude SSA uit het vorige programma: hoorde de bouw erbij?' asks its own question
        # a topic's words inside the name or right after it are the name's ('the adult education partnerships':
        # 'partners'); a topic further on qualifies it ('en bij een kennisalliantie uit de vorige programmaperiode?'),
        # the name standing in the question with its qualifier; a topic before it changes the question
        for c in glossary.find(message):
            if glossary.concepts[c].kind != "topic":
                continue
            for x, y in glossary.spans_of(c, message):
                if a - 1 <= x <= b + 1:
                    b = max(b, y)
                elif x > b:
                    b = len(message.rstrip(" ?!."))
                else:
                    return None
        b += len(re.match(r"[\w-]*", message[b:]).group())  # the whole last word ('kumppanuushank|keet')
        article = ARTICLE.search(message[:a])
        name = message[article.start() if article else a : b].strip()
        own_article = bool(article)
    else:
        own_article = False
    start, end = spans[0]
    end += len(re.match(r"[\w-]*", previous[end:]).group())
    before = ARTICLE.search(previous[:start])
    if own_article and before:  # 'for a Knowledge Alliance' + 'the adult education partnerships': one article
        start = before.start()
    return f"{previous[:start]}{name}{previous[end:]}"


def _action_spans(text: str, glossary: Glossary) -> list[tuple[int, int]]:
    """Where the text names actions, overlapping and touching names merged into one."""
    spans = sorted(
        s
        for cid, concept in glossary.concepts.items()
        if concept.kind == "action"
        for s in glossary.spans_of(cid, text)
    )
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged
