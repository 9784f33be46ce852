"""'What's the source for that?', 'vilken är källan?', 'mistä tuo on?', 'wat is de bron?': the last answer again,
led by a line naming the documents it quotes (title, publisher, period), in the asker's language. Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from erasbot.chat.turns import Reply
from erasbot.phrases import say
from erasbot.text import fold

# a message asking where the last answer comes from, not why (folded, lower case)
NAMES_SOURCE = re.compile(
    r"\b(?:source|sources|where does it say|where is (?:that|this|it) (?:said|written|stated)|which (?:document|page|text)"
    r"|kalla|kallan|kallor|var star|vilket dokument|vilken sida|vilken text|lahde|lahteet|missa (?:niin|se|tuo|tama)"
    r"|mista (?:tuo|se|tama)|missa (?:dokumentissa|asiakirjassa|tekstissa|ohjeessa)|mika (?:dokumentti|teksti)"
    r"|mista (?:dokumentista|tekstista)|bron|bronnen|waar staat|welk document|welke (?:pagina|tekst))\b"
)


def asks_for_source(message: str) -> bool:
    """Does the message ask where the last answer's statement comes from?"""
    return bool(NAMES_SOURCE.search(fold(message).lower()))


def with_sources(reply: Reply) -> Reply:
    """The reply led by the documents it cites, each once: 'Source: Kunskapsallianser — EU (Erasmus+ site, Swedish),
    2014–2020.'; a refusal or a reply citing nothing as it is."""
    if reply.kind != "answer" or reply.abstained or not reply.citations:
        return reply
    named = dict.fromkeys(
        f"{c.title} — " + ", ".join(x for x in (c.publisher, c.period.replace("-", "–")) if x) for c in reply.citations
    )
    line = say(reply.language, "answer.sources", sources="; ".join(named))
    return replace(reply, text=f"{line}\n{reply.text}")
