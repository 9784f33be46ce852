"""Turns that doubt or correct the last one: 'are you sure?', 'sorry, I meant the knowledge alliances'.

Pure. A doubt ('are you sure? I read somewhere it can be longer', 'stämmer det?', 'oletko varma?', 'klopt dat?')
names no subject of its own: it asks the last question again, and the answer with its quotes is what it wants to see.
A correction ('sorry, I meant the knowledge alliances, not the sector ones', 'nej vänta, jag menade ...', 'tarkoitin
...', 'ik bedoelde ...') asks the last question of the action it names, not of the one it rules out.
"""

from __future__ import annotations

import re

from erasbot.guidance.glossary import Glossary
from erasbot.guidance.named_sources import named_sources
from erasbot.text import fold

# a message opening with a doubt about the last answer (folded, lower case)
DOUBT = re.compile(
    r"^\W*(?:(?:but|men|mutta|maar|hmm+|ok|okay|okej|oke|oh|no|nej|ei|nee)\W+)?"
    r"(?:are you (?:really |quite |absolutely )?(?:sure|certain)|you sure|(?:is|was) (?:that|it|this) (?:really )?"
    r"(?:right|correct|true|so)|really\s*\?|sure\s*\?|ar du (?:helt |riktigt )?saker|sakert\s*\?|verkligen\s*\?|stammer (?:det|detta|verkligen)"
    r"|ar det (?:verkligen )?(?:sant|ratt|sa)|oletko (?:ihan |aivan |varmasti )?varma|varmasti\s*\?|ihanko (?:totta|varmasti)"
    r"|pitaako (?:se |tuo |tama )?(?:varmasti )?paikkansa|onko (?:se|tuo|tama) (?:varmasti |nyt |ihan )?"
    r"(?:totta|oikein|varmaa)|weet (?:je|u) (?:dat |het )?(?:wel )?zeker|zeker weten|klopt (?:dat|het)(?: wel)?|echt(?: waar)?\s*\?"
    r"|is dat (?:echt )?(?:zo|waar))(?!\w)"
)
# a correction of what the last message named: 'I meant', 'jag menade', 'tarkoitin', 'ik bedoelde' (folded, lower)
CORRECTION = re.compile(
    r"(?<!\w)(?:i (?:meant|mean|was asking about|wanted to ask about)|i'm asking about|jag (?:menade|menar|fragade om)"
    r"|menade jag|tarkoitin|tarkoitan|kysyin|ik (?:bedoelde|bedoel|vroeg naar)|bedoelde ik)(?!\w)"
)
# what a correction rules out follows these ('not the sector ones', 'inte ...', 'eikä ...', 'niet ...')
# (Finnish 'en' only after a comma: 'tarkoitin tavallisia osaamisalliansseja, en alakohtaisia'; elsewhere it is
# Swedish 'a' or Dutch 'and')
RULED_OUT = re.compile(
    r"(?<!\w)(?:not|rather than|instead of|inte|istallet for|ei|eika|eivatka|niet|in plaats van)(?!\w)|,\s*en(?!\w)"
)


# a request to say the last answer again, shorter or in other words: 'summarise that in one sentence', 'sammanfatta
# det', 'tiivistä tuo edellinen vastaus yhteen lauseeseen', 'vat dat samen in één zin' (folded, lower case)
RESTATING = re.compile(
    r"(?<!\w)(?:summari[sz]e|sum (?:it|that|this|up)|in (?:one|a single|a) (?:sentence|line)|tl;? ?dr|in plain "
    r"(?:english|words|language)|rephrase|(?:say|explain|put) (?:it|that|this) (?:again|differently|more simply|simpler)"
    r"|repeat (?:that|it|this|the (?:last|previous) answer|your answer)"
    r"|sammanfatta|i en (?:enda )?(?:mening|rad)|upprepa|sag det (?:igen|enklare|kortare)|omformulera"
    r"|tiivista|tiivistetysti|yhteen lauseeseen|yhdella lauseella|toista|sano (?:se|tuo|sama) (?:uudelleen|uudestaan)"
    r"|selkokielella|vat (?:het|dat|dit|je antwoord|uw antwoord|dat antwoord)? ?(?:even |nog eens |kort )?samen"
    r"|samenvatting|in (?:een|1) (?:zin|regel)|herhaal|zeg (?:het|dat) (?:nog eens|opnieuw|eenvoudiger))(?!\w)"
)


def restates(message: str) -> bool:
    """Does the message ask to have the last answer said again, shorter or in other words ('Tiivistä tuo edellinen
    vastaus yhteen lauseeseen')? Like a doubt, it asks the last question again."""
    return bool(RESTATING.search(fold(message).lower()))


def doubts(message: str) -> bool:
    """Does the message open with a doubt about the last answer ('are you sure?', 'klopt dat wel?')?"""
    return bool(DOUBT.search(fold(message).lower()))


def after_doubt(message: str) -> str:
    """What the message says after its doubt ('really? so associated partners get nothing?': 'so associated partners
    get nothing?'); the whole message when it opens with none."""
    found = DOUBT.search(fold(message).lower())
    return message[found.end() :].strip(" ,.!?") if found and len(fold(message)) == len(message) else message


def corrects_source(message: str) -> bool:
    """Does the message correct which text the last question was asked of ('Tarkoitin Suomen kansallisen toimiston
    sivua', 'I meant the Dutch page')?"""
    return bool(CORRECTION.search(fold(message).lower())) and bool(named_sources(message))


def corrected_action(message: str, glossary: Glossary) -> str | None:
    """The action a correction names as the one meant ('sorry, I meant the knowledge alliances, not the sector
    ones': Knowledge Alliances); None when the message corrects nothing or names no action before what it rules
    out."""
    folded = fold(message).lower()
    cue = CORRECTION.search(folded)
    if cue is None or len(folded) != len(message):
        return None
    meant = message[cue.end() :]
    out = RULED_OUT.search(fold(meant).lower())
    actions = glossary.actions(meant[: out.start()] if out else meant)
    return actions[0] if len(actions) == 1 else None
