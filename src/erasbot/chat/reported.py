"""A question passed on by someone who asked it ('An applicant wants to know if a Knowledge Alliance can be about any
field?', 'En kund undrar om ...', 'Een aanvrager vraagt of ...', 'Asiakas kysyy, voiko ...'): the one who asked is
no part of what is asked, so 'applicant' does not make it a question about who coordinates.

Only askers who are no subject of the guidance are dropped (a client, a colleague, someone): 'A Norwegian company
wants to know if it can coordinate' keeps its company. Pure text.
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


def without_reporter(message: str) -> str:
    """The message with the words passing a question on replaced by the question's own start ('An applicant
    wants to know if a Knowledge Alliance can ...?': 'a Knowledge Alliance can ...?'); the message as it is when
    it passes nothing on."""

    def kept(found: re.Match) -> str:
        return next((g for g in found.groups() if g is not None), "")

    return _REPORTED.sub(kept, message)
