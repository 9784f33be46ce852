"""A question passed on by someone who asked it ('An applicant wants to know if a Knowledge Alliance can be about any
field?', 'En kund undrar om ...', 'Een aanvrager vraagt of ...', 'Asiakas kysyy, voiko ...'): the one who asked is
no part of what is asked, so 'applicant' does not make it a question about who coordinates.

Only askers who are no subject of the guidance are dropped (a client, a colleague, someone): 'A Norwegian company
wants to know if it can coordinate' keeps its company. Likewise a person's own job told before the question ('I
coordinate projects at an adult education centre in Leiden.', 'Jag är projektsamordnare på ...') is where they work, not
a question about who coordinates. Pure text.
"""

from __future__ import annotations

import re

# who passed the question on, then the words saying they asked; what follows is the question
_REPORTED = re.compile(
    r"(?P<before>^|[.!:]\s+)"
    r"(?:(?:an?|one|our|my|the|some)\s+)?(?:(?:prospective|potential|new|possible)\s+)?"
    r"(?:applicant|client|customer|colleague|boss|manager|caller|user|someone|somebody)s?\s+"
    r"(?:(?:also|now|just)\s+)?(?:wants? to know|would like to know|asks?|is asking|wonders?|is wondering)"
    r"\s+(?:(?:me|us)\s+)?(?:if|whether)\s+"
    r"|(?P<before_sv>^|[.!:]\s+)"
    r"(?:(?:en|ett|vår|min|någon)\s+)?(?:(?:blivande|ny|möjlig)\s+)?"
    r"(?:sökande|kund|kollega|chef|användare|någon)(?:en|erna|er|na)?\s+"
    r"(?:(?:också|nu)\s+)?(?:undrar|vill veta|frågar(?:\s+(?:mig|oss))?)\s+(?:om|huruvida)\s+"
    r"|(?P<before_nl>^|[.!:]\s+)"
    r"(?:(?:een|onze|mijn|de|iemand)\s+)?(?:(?:nieuwe|mogelijke|potentiële)\s+)?"
    r"(?:aanvrager|klant|collega|baas|leidinggevende|gebruiker|iemand)(?:s|en)?\s+"
    r"(?:(?:ook|nu)\s+)?(?:wil(?:len)? weten|vraagt|vragen|vraagt zich af|vragen zich af)\s+(?:\w+\s+)?(?:of)\s+"
    r"|(?P<before_fi>^|[.!:]\s+)"
    r"(?:(?:eräs|yksi|meidän|minun)\s+)?"
    r"(?:hakija|asiakas|asiakkaamme|kollega|kollegani|esimies|esimieheni|käyttäjä|joku)\s+"
    r"(?:(?:myös|nyt)\s+)?(?:kysyy|kysyi|haluaa tietää|haluaisi tietää|miettii|pohtii),?\s+",
    re.IGNORECASE,
)


# a person's job told as coordinating ('I coordinate projects at', 'I'm the international coordinator at', 'jag
# samordnar projekt på', 'jag är projektsamordnare vid', 'ik coördineer projecten bij', 'ik ben projectcoördinator bij',
# 'koordinoin hankkeita', 'olen hankekoordinaattori'): said as working there
_OWN_JOB = (
    (re.compile(r"\bI\s+(?:coordinate|co-ordinate)\s+(?:\w+\s+){0,3}?(?=(?:at|in|for)\b)", re.IGNORECASE), "I work "),
    (
        re.compile(
            r"\bI(?:'m| am)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:co-?ordinator|project lead)\s+(?=(?:at|in|for)\b)",
            re.IGNORECASE,
        ),
        "I work ",
    ),
    (re.compile(r"\bjag\s+samordnar\s+(?:\w+\s+){0,3}?(?=(?:på|vid|hos|i|för)\b)", re.IGNORECASE), "jag jobbar "),
    (
        re.compile(r"\bjag\s+är\s+(?:\w+)?(?:samordnare|koordinator)\s+(?=(?:på|vid|hos|i|för)\b)", re.IGNORECASE),
        "jag jobbar ",
    ),
    (re.compile(r"\bik\s+coördineer\s+(?:\w+\s+){0,3}?(?=(?:bij|in|voor|op|aan)\b)", re.IGNORECASE), "ik werk "),
    (
        re.compile(r"\bik\s+ben\s+(?:\w+)?(?:coördinator|coordinator)\s+(?=(?:bij|in|voor|op|aan)\b)", re.IGNORECASE),
        "ik werk ",
    ),
    (re.compile(r"\bkoordinoin\s+(?:\w+\s+)?(?:hankkeita|projekteja)\s+", re.IGNORECASE), "työskentelen "),
    (re.compile(r"\bolen\s+(?:\w+)?koordinaattori(?:na)?\s+", re.IGNORECASE), "työskentelen "),
)


def without_reporter(message: str) -> str:
    """The message with the words passing a question on replaced by the question's own start ('An applicant
    wants to know if a Knowledge Alliance can ...?': 'a Knowledge Alliance can ...?'); the message as it is when
    it passes nothing on."""

    def kept(found: re.Match) -> str:
        return next((g for g in found.groups() if g is not None), "")

    message = _REPORTED.sub(kept, message)
    for job, working in _OWN_JOB:
        message = job.sub(working, message)
    return message
