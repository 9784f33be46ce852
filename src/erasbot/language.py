"""Which of the four askers' languages a text is written in."""

from __future__ import annotations

import re
from functools import lru_cache

SUPPORTED = ("sv", "fi", "nl", "en")  # the askers' languages: answers, verdicts and the interface
NATIVE_NAMES = {"sv": "Svenska", "fi": "Suomi", "nl": "Nederlands", "en": "English"}
ENGLISH_NAMES = {"sv": "Swedish", "fi": "Finnish", "nl": "Dutch", "en": "English"}
DOCUMENT_LANGUAGES = ("sv", "fi", "nl", "en", "de", "fr")


@lru_cache(maxsize=2)
def _detector(codes: tuple[str, ...]):
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    isos = [getattr(IsoCode639_1, code.upper()) for code in codes]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*isos).with_preloaded_language_models().build()


def detect_language(text: str, choices: tuple[str, ...] = SUPPORTED, default: str = "en") -> str:
    """ISO 639-1 code of the text's language among `choices`; `default` when it cannot tell."""
    if not text or not any(ch.isalpha() for ch in text):
        return default
    found = _detector(choices).detect_language_of(text)
    return found.iso_code_639_1.name.lower() if found else default


# a term glossed in brackets ('a Swedish vocational college (yrkeshögskola)', "'uusi tulokas' (newcomer)"): a word of
# another language that says nothing of the question's own
GLOSS = re.compile(r"\(\s*[\w-]+\s*\)")

# a phrase of the guidance quoted in the question ("Ohjeessa lukee 'Långvarig personalmobilitet (över 2 månader)'.
# Mitä tuo tarkoittaa?"): the text's language, not the asker's ("we'd" is no quote: a quote opens after a space)
_OPENING, _CLOSING = "'\"“‘«„", "'\"”’»“"
QUOTED = re.compile(rf"(?:^|(?<=\s))[{_OPENING}][^{_OPENING}{_CLOSING}]{{3,}}?[{_CLOSING}](?=\s|[.,:;!?)]|$)")


def question_language(text: str, without_names: str) -> str:
    """The language of a question, told from its own words when it names the actions in another language ('Mikä
    ero on knowledge alliancen ja sector skills alliancen välillä?' is Finnish): `without_names` is the question with
    the actions' names blanked out, used when three words or more are left; a term glossed in brackets is left out
    the same way, and so is a phrase quoted in it."""
    for candidate in (QUOTED.sub(" ", GLOSS.sub(" ", without_names)), GLOSS.sub(" ", without_names), without_names):
        words = [w for w in candidate.split() if any(ch.isalpha() for ch in w)]
        if len(words) >= 3:
            return detect_language(candidate)
    return detect_language(text)


def warm_up() -> None:
    _detector(SUPPORTED)
