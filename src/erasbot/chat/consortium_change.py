"""A follow-up that changes the consortium the last question told: a partner dropping out ('En als de Finse
partner afhaakt?'), one added ('Om vi lägger till ett tyskt forskningsinstitut?') or a country corrected ('sorry, I
meant Norway, not Sweden').

The last question with the change made is the question asked: a partner dropping out is told after it (the checker
of eligibility.py takes the partner out again), a corrected country is put in the place of the one it corrects.
Pure: the two questions go in, the question to answer comes out.
"""

from __future__ import annotations

import re

from erasbot.rules.country_mentions import countries_named, find_country
from erasbot.rules.described_partners import PARTS

LISTED_MIN = 3  # parts of a sentence, at least, telling a consortium one organisation by one

# partners added to a consortium told before ('En als we er twee Duitse partners bij nemen?', 'and if we add a company
# from Kenya?', 'entä jos otamme mukaan kaksi virolaista kumppania?')
ADDING = re.compile(
    r"\b(?:add|adding|added|bring in|take on|bij\s*nemen|bijnemen|erbij|toevoegen|toevoegt|voegen .{0,30}toe"
    r"|l[äa]gg(?:a|er) till|tar med|tar in|ta med|lisää\w*|ott(?:aa|amme|aisimme) mukaan|mukaan vielä)\b",
    re.IGNORECASE,
)
# a partner leaving ('drops out', 'hoppar av', 'jää pois', 'afhaakt'), said of one the last question told
DROPPING = re.compile(
    r"\b(?:drops?\s+out|dropped\s+out|dropping\s+out|pulls?\s+out|pulled\s+out|backs?\s+out|backed\s+out|"
    r"withdraws?|withdrew|quits?|leaves\s+the\s+(?:consortium|project|partnership)|is\s+no\s+longer\s+in|"
    r"hoppar\s+av|hoppade\s+av|drar\s+sig\s+ur|drog\s+sig\s+ur|faller\s+bort|föll\s+bort|inte\s+är\s+med\s+längre|"
    r"jää\w*\s+pois|jäisi\s+pois|vetäyty\w*|lähte\w*\s+pois|putoa\w*\s+pois|ei\s+olisikaan\s+mukana|"
    r"afhaakt|afhaken|haakt\s+af|haken\s+af|trekt\s+zich\s+terug|trekken\s+zich\s+terug|valt\s+af|valt\s+weg|"
    r"doet\s+niet\s+meer\s+mee|stopt\s+ermee)\b",
    re.IGNORECASE,
)
# an asker correcting what they told ('sorry, I meant', 'jag menade', 'tarkoitin', 'ik bedoelde')
CORRECTING = re.compile(
    r"\b(?:i\s+meant|i\s+mean|meant\s+to\s+say|correction|jag\s+menade|jag\s+menar|rättelse|tarkoitin|"
    r"tarkoitan|korjaus|ik\s+bedoelde|ik\s+bedoel|correctie)\b",
    re.IGNORECASE,
)
# the word before the country taken back ('not Sweden', 'inte Sverige', 'ei Ruotsi', 'niet Zweden'), or after the new
# one ('Norway instead of Sweden', 'Norja eikä Ruotsi')
NOT = re.compile(r"\b(?:not|inte|ej|ei|eikä|niet|instead\s+of|i\s+stället\s+för|istället\s+för|in\s+plaats\s+van)\s+$")
WORD = re.compile(r"[\w'-]+")


def added(message: str, previous: str) -> str | None:
    """The last question with the message adding partners to the consortium it told ('Om vi lägger till ett tyskt
    forskningsinstitut, blir det godkänt då?'), when it told a consortium one organisation by one (three parts at
    least, two countries named); None otherwise."""
    if not ADDING.search(message) or len(PARTS.split(previous)) < LISTED_MIN or len(_countries(previous)) < 2:
        return None
    return f"{previous.strip()} {message.strip()}"


def dropped(message: str, previous: str) -> str | None:
    """The last question with the message telling a partner of it dropping out ('En als de Finse partner
    afhaakt?'), when the message says so of a country the last question named; None otherwise."""
    country = find_country(message)
    if not DROPPING.search(message) or country is None or country not in _countries(previous):
        return None
    return f"{previous.strip()} {message.strip()}"


def corrected(message: str, previous: str) -> str | None:
    """The last question with the country the message corrects replaced by the one it means ('sorry, I meant
    Norway, not Sweden'); None when the message corrects no country the last question named."""
    named = _countries(message)
    before = _countries(previous)
    new = [c for c in named if c not in before]
    old = [c for c in named if c in before]
    if not CORRECTING.search(message) or len(new) != 1 or len(old) > 1:
        return None
    if not old:
        if len(before) != 1:
            return None  # 'I meant Norway': which of the countries told is meant is not said
        old = before
    elif not any(
        find_country(m.group()) == old[0] and NOT.search(message[: m.start()]) for m in WORD.finditer(message)
    ):
        return None  # 'I meant Norway and Sweden': both, no correction
    word = next((m for m in WORD.finditer(message) if find_country(m.group()) == new[0]), None)
    if word is None:
        return None
    replaced = [m for m in WORD.finditer(previous) if find_country(m.group()) == old[0]]
    if not replaced:
        return None
    out, end = [], 0
    for m in replaced:
        out += [previous[end : m.start()], word.group()]
        end = m.end()
    return "".join(out) + previous[end:]


def _countries(text: str) -> list[str]:
    """The countries a text names, by name or by adjective ('a Swedish company', 'een Finse kansalaisopisto'), in
    the order named."""
    found = [(m.start(), code) for m in WORD.finditer(text) if (code := find_country(m.group()))]
    return list(dict.fromkeys([*(code for _, code in sorted(found)), *countries_named(text)]))
