"""A request to be answered in another language: 'Can you answer in English please?', 'kan du svara på svenska?',
'voitko vastata suomeksi?', 'in het Nederlands graag'. The request is no question of the guidance: it sets the
language of the answer, and the rest of the message (or, when nothing else is asked, the last question) is answered.
"""

from __future__ import annotations

import re

from erasbot.rules.country_mentions import find_country
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


# a chat going on in another language, or another reader joining ('Jatketaan suomeksi', 'nyt suomeksi', 'let's continue
# in English', 'vi fortsätter på svenska', 'colleague from Delft taking over in English', 'kollega lukee mukana'; folded)
_GOING_ON = {
    "en": r"(?:let'?s |we'?ll )?(?:continue|carry on|go on|switch(?:ing)? to|switching over to)\s+(?:in\s+)?english"
    r"|(?:and )?now (?:in )?english",
    "sv": r"(?:vi )?(?:fortsatter|fortsatt|kor vidare|byter till)\s+(?:pa\s+)?svenska|(?:och )?nu (?:pa )?svenska",
    "fi": r"(?:jatketaan|jatkan|jatketaanpa|vaihdetaan)\s+(?:suomeksi|suomeen)|(?:ja )?nyt suomeksi",
    "nl": r"(?:we )?(?:gaan|ga)\s+(?:verder|door)\s+nederlands|(?:en )?nu (?:in (?:het )?)?nederlands",
}
_GOING_ON_IN = {
    code: re.compile(
        words.replace("english", names)
        .replace("svenska", names)
        .replace("suomeksi|suomeen", names)
        .replace("nederlands", names)
    )
    for code, words in _GOING_ON.items()
    for names in [f"(?:{_NAMED_IN[code]})"]
}
# a return to the chat's matter said before the question ('Palataan asiaan', 'back to business'; folded): no question
_RETURNING = re.compile(
    r"(?:ok(?:ay)?,? )?(?:back to (?:business|the (?:topic|point|question|matter)|my question)"
    r"|palataan (?:asiaan|aiheeseen)"
    r"|takaisin asiaan|tillbaka till (?:amnet|saken|fragan)|(?:terug|weer) naar (?:het onderwerp|de vraag|de zaak))"
)
_COLLEAGUE = re.compile(r"(?:my |min |mijn |meidan )?(?:colleague|kollega|collega|kollegani)\b[^,:?]{0,60}")
# the opening clause of a sentence, before a colon or a dash ('Jatketaan suomeksi, kollega lukee mukana: ...')
_PREFACE = re.compile(r"^(?P<pre>[^:?]{3,90}?)\s*(?::|\s[-–]\s)\s*(?P<rest>\S.*)$", re.DOTALL)


# writing or going on in a language ('kirjoitan suomeksi', 'I'm writing in English', 'jag skriver på svenska'; folded)
# (the verb right before the language: 'Vi skriver ansökan på engelska' writes an application, which is asked about)
_WRITING = re.compile(
    r"\b(?:kirjoitan|kirjoitamme|jatkan|kysyn|kysymme|i'?m writing|i(?: will|'ll)? write|i(?: will|'ll)? ask"
    r"|(?:can|may) i ask|jag skriver|vi skriver|(?:kan|far|får) jag fr[åa]ga|jag fr[åa]gar"
    r"|ik schrijf|we schrijven|(?:mag|kan) ik (?:het )?vragen|ik vraag|switching)\s+(?:(?:det|het|it)\s+)?(?:nyt\s+|nu\s+|now\s+)?(?:in\s+(?:het\s+)?|pa\s+)?"
    r"(?:suomeksi|ruotsiksi|englanniksi|hollanniksi|english|swedish|finnish|dutch|svenska|engelska|finska"
    r"|nederlandska|engels|zweeds|fins|nederlands)\b"
)


# someone reading, understanding or speaking a language ('min chef läser inte finska', 'my boss doesn't read Finnish',
# 'pomoni ei osaa suomea', 'mijn baas spreekt geen Fins'; folded): the reason a language is asked for
_READS = re.compile(
    r"\b(?:read|reads|understand|understands|speak|speaks|las(?:er|a)|forstar|talar|pratar|lukee|lue|ymmarra"
    r"|ymmartaa|puhu|puhuu|osaa|lees|leest|lezen|begrijp|begrijpt|spreek|spreekt|versta|verstaat)\b"
)


def _named(piece: str) -> str | None:
    """The language a piece names (folded), if one."""
    return next((c for c in _NAMED_IN if re.search(rf"\b(?:{_NAMED_IN[c]})\b", piece)), None)


def _preface(sentence: str) -> tuple[str | None, str] | None:
    """(the language asked or None, the rest) when the sentence opens with a clause that only says the chat goes on in
    a language or a colleague joins ('Colleague from Delft taking over in English - do the ...?'); else None."""
    found = _PREFACE.match(sentence.strip())
    if found is None:
        return None
    asked = None
    for piece in (p.strip() for p in fold(found.group("pre")).lower().split(",")):
        code = next((c for c in _NAMED_IN if _GOING_ON_IN[c].fullmatch(piece) or _REQUESTS[c].fullmatch(piece)), None)
        if code is not None:
            asked = code
        elif _RETURNING.fullmatch(piece):
            continue
        elif find_country(piece) is None and (
            _COLLEAGUE.fullmatch(piece) or (_COLLEAGUE.search(piece) or _WRITING.search(piece)) and _named(piece)
        ):
            # a country told there is the case asked about ('Colleague from Finland: can they take part?')
            # ('Kirjoitan nyt suomeksi kun kollega lukee mukana', 'I'm writing in English for my colleague')
            asked = asked or _named(piece)
        else:
            return None
    return asked, found.group("rest")


def language_asked(message: str) -> tuple[str | None, str]:
    """The language the message asks to be answered in (None when it asks none), and the message without the
    request ('' when the request is all it says). A clause before the question saying the chat goes on in a language
    or a colleague joins ('Jatketaan suomeksi, kollega lukee mukana: kuinka pitkä ...?') is no part of the question."""
    asked = None
    kept = []
    prefaced = False
    for sentence in _SENTENCE.split(message.strip()):
        folded = fold(sentence.strip()).lower()
        code = next((c for c, pattern in _REQUESTS.items() if pattern.fullmatch(folded)), None)
        if code is not None:
            asked = code
        elif _named(folded) and _READS.search(folded) and ":" not in folded and "?" not in folded.rstrip("?"):
            continue  # why the language is asked ('min chef i Vasa läser inte finska'): no question of its own
        elif (opened := _preface(sentence)) is not None:
            asked, prefaced = opened[0] or asked, True
            kept.append(opened[1])
        else:
            kept.append(sentence)
    return asked, " ".join(kept).strip() if asked or prefaced else message
