"""Questions asking why, and whether the sentences an answer quotes give a reason.

Pure. The guidance texts state rules ("Lärosäten från programländerna måste vara anslutna till Erasmusstadgan")
far more often than their reasons. "Why do universities need the Charter?" answered with the rule alone passes the
rule off as its reason; the answer says plainly that the texts give no reason, and quotes the rule. A quoted sentence
with a reason or a purpose in it ("... för att se till att man får de förväntade resultaten", "so that", "jotta",
"omdat") answers the question.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from erasbot.text import fold

# a question asking why (folded, lower case): 'why', 'how come', 'varför', 'av vilken anledning', 'miksi', 'minkä
# takia', 'waarom', 'hoezo', 'om welke reden'; 'that's why' and 'det är därför' ask nothing
WHY = re.compile(
    r"(?<!that's )(?<!thats )(?<!that is )(?<!\w)(?:why|how come|for what reason|what(?:'s| is) the reason"
    r"|varfor|av vilken (?:anledning|orsak)|vad ar (?:skalet|anledningen|orsaken)|miksi|minka (?:takia|vuoksi)"
    r"|mista syysta|mika on syy|waarom|hoezo|hoe komt het|om welke reden|wat is de reden)(?!\w)"
)
# a reason or a purpose given (folded, lower case), in the four languages; an aim answers 'why' asked of an action
# ('Why do Knowledge Alliances exist?': 'Målet är att stärka innovationskapaciteten')
REASON = re.compile(
    r"(?<!\w)(?:because|since|so that|in order to|to ensure|to make sure|to guarantee|as a result|therefore"
    r"|the reason|the aim is|the purpose|eftersom|for att|sa att|darfor|skalet|anledningen|syftet|i syfte att"
    r"|koska|jotta|silla|siksi|vuoksi|takia|tarkoituksena|tavoitteena|syyna|omdat|zodat|daarom|want|doordat"
    r"|de reden|met als doel|bedoeld om|om (?:\w+ ){0,6}te|aims?|goals?|objectives?|malet|malen|syfte|tavoit\w*"
    r"|tarkoitu\w*|doel|doelen|doelstelling\w*)(?!\w)"
)


def asks_why(question: str) -> bool:
    """Does the question ask why ('Why do universities need the Charter?', 'Miksi?', 'Waarom niet?')?"""
    return bool(WHY.search(fold(question).lower()))


def gives_reason(sentences: Iterable[str]) -> bool:
    """Does any of the sentences give a reason or a purpose?"""
    return any(REASON.search(fold(sentence).lower()) for sentence in sentences)
