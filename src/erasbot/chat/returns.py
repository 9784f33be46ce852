"""A return to an earlier subject of the chat: 'back to the grant: ...', 'back to the first one: ...'.

After two turns about other actions, 'Tillbaka till bidraget: gäller samma belopp för treåriga projekt?'
goes back to the action the grant was asked about; 'Back to the first one: can associated partners get a
grant?' goes back to the first action the chat spoke of. The words after the return marker (up to a colon,
a comma or the question) say where to: a topic the glossary knows (the latest turn that asked about it), or
'the first one' (the chat's first action). A return naming an action needs nothing from here. Pure: the
glossary and the turns go in, the actions to answer for come out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from erasbot.chat.turns import Exchange, Reply
from erasbot.guidance.glossary import Glossary

RETURN = re.compile(
    r"\b(?:(?:going |coming |let's go |let us go )?back to|return(?:ing)? to|to return to|"
    r"(?:tillbaka|åter) till|(?:för att )?återgå till|"
    r"takaisin|palataan|palaan|palatakseni|"
    r"(?:nog even |even )?terug naar|terugkomend op|om terug te komen op)\s+(?P<where>[^:,;?!]+)",
    re.IGNORECASE,
)
# a return to the chat's subject in general words before the question ('Takaisin aiheeseen: voiko ...?', 'Back to the
# topic - how long ...?', 'Tillbaka till ämnet:'): it names no subject ('aiheeseen' asks for no theme)
TO_THE_SUBJECT = re.compile(
    r"^\W*(?:(?:ok(?:ay|ei|ej)?|oke|nou|joo|no niin|so|sa|dus|eli)[\s,]+)?(?:(?:let's |let us )?(?:go )?back to "
    r"(?:business|the (?:topic|subject|point|question|matter))|(?:takaisin|palataan|palaan) (?:asiaan|aiheeseen)"
    r"|(?:tillbaka|åter) till (?:ämnet|saken|frågan)|(?:nog even )?(?:terug|weer) naar (?:het onderwerp|de vraag"
    r"|de zaak|het punt))\s*(?:[:,.!]|\s[-–—])\s*(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)


def without_return_to_the_subject(message: str) -> str:
    """The question after a return to the chat's subject in general words ('Takaisin aiheeseen: voiko ...?': 'voiko
    ...?'); the message itself when it opens with none."""
    found = TO_THE_SUBJECT.match(message)
    return found.group("rest") if found else message


FIRST = re.compile(r"\b(?:first|första|förstnämnd\w*|ensimmäi\w*|eerste|eerstgenoemd\w*)\b", re.IGNORECASE)


def returned_actions(
    message: str,
    history: Sequence[Exchange],
    glossary: Glossary,
    actions_of: Callable[[Reply], list[str]],
) -> list[str] | None:
    """The actions a return to an earlier subject goes back to; None when the message makes no such return
    (or names an action itself, or the chat has no turn to go back to). `actions_of`: a turn's actions."""
    found = RETURN.search(message)
    if found is None or glossary.actions(message):
        return None
    where = found.group("where")
    spoken = [(e, actions_of(e.reply)) for e in history if e.reply.kind == "answer" and not e.reply.abstained]
    spoken = [(e, a) for e, a in spoken if a]
    if not spoken:
        return None
    if FIRST.search(where):
        return spoken[0][1]
    topics = [c for c in glossary.find(where) if glossary.concepts[c].kind == "topic"]
    if not topics:
        return _told_of(where, spoken)
    for exchange, actions in reversed(spoken):
        asked = set(glossary.find(exchange.reply.resolved or exchange.message))
        if asked & set(topics):
            return actions
    return None


# an article or possessive before what a return names ('back to my first client', 'terug naar de klant uit Gent')
_LEADING = re.compile(
    r"^(?:the|my|our|your|den|det|de|min|mitt|mina|vår|vårt|våra|het|mijn|onze|minun|meidän)\s+", re.IGNORECASE
)


def _told_of(where: str, spoken: list[tuple[Exchange, list[str]]]) -> list[str] | None:
    """The actions of the first turn whose message told of what the return names in words no glossary knows
    ('Terug naar klant 1' after 'Klant 1 is een hogeschool die een kennisalliantie wil opzetten'), or None."""
    phrase = _LEADING.sub("", where.strip()).strip()
    if len(phrase) < 3:
        return None
    told = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)", re.IGNORECASE)
    return next((actions for exchange, actions in spoken if told.search(exchange.message)), None)
