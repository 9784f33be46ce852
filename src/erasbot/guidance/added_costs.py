"""The cost of an item an added guide caps nowhere: a question asking what something may cost at most, whose best
sentence gives another thing's maximum (the grant's), is refused rather than answered with it."""

from __future__ import annotations

import re

from erasbot.forms import asking_part
from erasbot.guidance.added_scoring import Asking, gives_kind
from erasbot.guidance.lexical import tokens
from erasbot.text import fold

THING_MIN_CHARS = 4  # a word this short ('s' of "what's", 'b' of 'part B') names no thing
THING_MAX_SENTENCES = 2  # the question's rarest word the guide uses, named by at most this many sentences scored, is
# the cost item a figure is asked of ('the audit certificate'), where its other words ('maximum', 'cost') are any
# figure's
# a sum asked, folded: 'how much', 'paljonko', 'hoeveel', 'at most', 'enintään', 'högst', 'maximaal', 'maximum'
SUM_ASKED = re.compile(
    r"(?<!\w)(?:how much|hur mycket|kuinka paljon|paljonko|hoeveel|at most|max\w*|hogst|enintaan|ten hoogste"
    r"|maksimi\w*|korkein\w*|upper limit|ceiling|cap|tak|plafond)(?!\w)"
)
# the cost of something asked (folded): 'how much may the audit certificate cost', 'kustannus', 'kostnaden för'
COST_ASKED = re.compile(r"(?<!\w)(?:cost|costs|kustannu\w*|kulu\w*|kostnad\w*|kosta|kostar|kosten|kost|kostte)(?!\w)")


def cost_of_another_thing(question: str, candidates: list, asking: Asking) -> bool:
    """Is the best sentence's figure of another thing than the cost item asked? For a question asking what something
    costs (at most), the question's rarest word that the guide uses (in few sentences, and as the question writes
    it: a word read into the guide's language may be a wrong reading) names the item ('How much may the audit certificate cost at
    most?': 'audit'); when the best sentence's passage never names it and none of the sentences naming it gives a
    figure of the kind asked ('checks, reviews and audits during the project'), the guide caps no such cost: the best
    sentence's maximum is the grant's, not the item's."""
    asking_words = fold(asking_part(question))
    if not candidates or not COST_ASKED.search(asking_words) or not SUM_ASKED.search(asking_words):
        return False  # 'which cost categories ...?' asks a list, not what an item may cost
    hit = candidates[0][1]
    lang = hit.chunk.language
    used = {w for w in asking.own.get(lang, set()) if w in asking.rarity and len(w) >= THING_MIN_CHARS and w.isalpha()}
    if len(used) < 2:
        return False
    rarest = max(used, key=lambda w: (asking.rarity[w], w))
    if rarest not in tokens(question, lang):
        return False
    naming = [c for c in candidates if rarest in tokens(c[2], c[1].chunk.language)]
    if not naming or len(naming) > THING_MAX_SENTENCES:
        return False
    passage = set(tokens(f"{hit.chunk.heading} {hit.chunk.text}", lang))
    return rarest not in passage and not any(gives_kind(c[2], asking.kinds) for c in naming)
