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
            return marked_language(words) or detect_language(candidate)
    return short_language(text)


# the question words of a search-box query ('wie coordinator KA', 'hur länge SSA'): one language's own
MARKERS = {
    "nl": {"wie", "wat", "hoe", "hoeveel", "hoelang", "welke", "wanneer", "waar", "mag", "moet", "een", "het", "niet"},
    "sv": {"vem", "vad", "hur", "vilka", "vilken", "när", "var", "får", "måste", "och", "ett", "inte"},
    "fi": {"kuka", "mikä", "mitä", "miten", "kuinka", "paljonko", "kauanko", "montako", "milloin", "missä", "entä", "ei"},
    "en": {"who", "what", "how", "which", "when", "where", "must", "and", "the", "not"},
}
ACRONYM = re.compile(r"\b[A-Z][A-Z0-9+]+\b")  # 'KA', 'SSA', 'ECHE', 'PIC': no language's words
SURE = 0.45  # lingua's confidence in a two-word query's language below which English is assumed ('budget max')


def marked_language(words: list[str], most: int | None = 4) -> str | None:
    """The one language whose question words a query of at most `most` words uses ('och hur lange?'), else None."""
    if most is not None and len(words) > most:
        return None
    found = {w.strip(".,:;!?()\"'").lower() for w in words}
    marked = [lang for lang, markers in MARKERS.items() if found & markers]
    return marked[0] if len(marked) == 1 else None


def short_language(text: str, default: str = "en") -> str:
    """The language of a query of one or two words besides the actions' names: a question word of one language
    decides, else lingua when it is fairly sure, else `default` ('KA budget max' is no more Swedish than English)."""
    if marked := marked_language(text.split(), most=None):
        return marked
    plain = ACRONYM.sub(" ", text)
    if not any(ch.isalpha() for ch in plain):
        return default
    best = max(_detector(SUPPORTED).compute_language_confidence_values(plain), key=lambda c: c.value, default=None)
    return best.language.iso_code_639_1.name.lower() if best and best.value >= SURE else default


def warm_up() -> None:
    _detector(SUPPORTED)
