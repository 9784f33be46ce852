"""A request to be answered in another language: 'Can you answer in English please?', 'kan du svara på svenska?',
'voitko vastata suomeksi?', 'in het Nederlands graag'. The request is no question of the guidance: it sets the
language of the answer, and the rest of the message (or, when nothing else is asked, the last question) is answered.
"""

from __future__ import annotations

import re

from erasbot.text import fold

# each language as the four languages name the language of an answer (folded: no diacritics)
_NAMED_IN = {
    "en": r"(?:in )?english|(?:pa )?engelska|englanniksi|englannin kielella|(?:in (?:het )?)?engels",
    "sv": r"(?:in )?swedish|(?:pa )?svenska|ruotsiksi|ruotsin kielella|(?:in (?:het )?)?zweeds",
    "fi": r"(?:in )?finnish|(?:pa )?finska|suomeksi|suomen kielella|(?:in (?:het )?)?fins",
    "nl": r"(?:in )?dutch|(?:pa )?(?:nederlandska|hollandska)|hollanniksi|hollannin kielella|(?:in (?:het )?)?nederlands",
}
_ASKING = (
    r"(?:(?:can|could|would|will) you|please|kan du|kunde du|skulle du|snalla|voitko|voisitko|voisit|voit|"
    r"kun je|kunt u|kan je|zou je|zou u|wil je|wilt u|graag)?\s*(?:please\s+)?"
)
_VERB = (
    r"(?:(?:answer|reply|respond|write|say|explain|continue|talk|speak|give (?:me )?(?:the|your) answer|do (?:it|that)|"
    r"svara|skriv|skriva|saga|forklara|fortsatt|fortsatta|prata|vastata|vastaa|vastaisitko|kirjoittaa|kirjoita|"
    r"sanoa|selittaa|jatka|jatkaa|puhua|antwoord|antwoorden|antwoord geven|schrijf|schrijven|zeggen|uitleggen|"
    r"verder|praten)\s+)?"
)
_OBJECT = r"(?:(?:me|mig|minulle|mij|me that|that|it|this|det|detta|dat|het|dit|se|sen|sita|taman)\s+)?"
# a verb after the language ('Kan je dat in het Engels zeggen?', 'voitko sen suomeksi kertoa?')
_LATE_VERB = (
    r"(?:\s+(?:zeggen|schrijven|antwoorden|uitleggen|herhalen|geven|vastata|sanoa|kirjoittaa|selittaa|kertoa|"
    r"toistaa|svara|skriva|saga|forklara|upprepa|repeat|say))?"
)
_COURTESY = r"(?:\s*,?\s*(?:please|pls|thanks|thank you|tack|tack sa mycket|kiitos|graag|alsjeblieft|alstublieft|aub))?"


def _request(code: str) -> re.Pattern[str]:
    return re.compile(
        rf"\W*{_ASKING}{_VERB}{_OBJECT}(?:{_NAMED_IN[code]}){_LATE_VERB}{_COURTESY}"
        rf"(?:\s+(?:instead|from now on|istallet|hadanefter|mieluummin|jatkossa|voortaan|liever))?{_COURTESY}\W*",
    )


_REQUESTS = {code: _request(code) for code in _NAMED_IN}
_SENTENCE = re.compile(r"(?<=[?.!])\s+")


def language_asked(message: str) -> tuple[str | None, str]:
    """The language the message asks to be answered in (None when it asks none), and the message without the
    request ('' when the request is all it says)."""
    asked = None
    kept = []
    for sentence in _SENTENCE.split(message.strip()):
        folded = fold(sentence.strip()).lower()
        code = next((c for c, pattern in _REQUESTS.items() if pattern.fullmatch(folded)), None)
        if code is None:
            kept.append(sentence)
        else:
            asked = code
    return asked, " ".join(kept).strip() if asked else message
