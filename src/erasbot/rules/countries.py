"""Country names to ISO codes, and which countries are programme countries in a period.

Names come from CLDR (via Babel) in English, Swedish, Dutch and Finnish, plus the
countries' own languages so endonyms ("Deutschland", "Suomi") resolve too, and
from ISO 3166 (via pycountry); data/country_variants.json adds the few variants
neither lists ("Holland", "UK"). Programme countries are data/programme_countries.json.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pycountry
from babel import Locale

from erasbot.datafiles import data_file, read_json
from erasbot.text import strip_accents

MAIN_LOCALES = ("en", "sv", "nl", "fi")
# The languages of programme countries, so each country's own name resolves.
ENDONYM_LOCALES = (
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "pl",
    "da",
    "nb",
    "nn",
    "is",
    "et",
    "lv",
    "lt",
    "el",
    "cs",
    "sk",
    "hu",
    "ro",
    "bg",
    "hr",
    "sl",
    "tr",
    "mt",
    "ga",
    "sr",
    "mk",
    "lb",
)
KOSOVO = "XK"  # CLDR's user-assigned code; not in ISO 3166
QUOTES_DOTS = re.compile(r"[.'\"]")
SPACES = re.compile(r"[\s_]+")


def _data(name: str) -> dict:
    return read_json(data_file("erasbot.rules", name))


@lru_cache(maxsize=16384)
def normalize(text: str) -> str:
    """Lowercase, unify punctuation and spaces, drop a leading 'the'."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    text = QUOTES_DOTS.sub("", text)
    text = SPACES.sub(" ", text).strip(" ,;:-")
    return text[4:] if text.startswith("the ") else text


@lru_cache(maxsize=16384)
def country_key(text: str) -> str:
    """A country name as compared: normalized and without accents ("turkiye" for "Türkiye")."""
    return strip_accents(normalize(text))


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """Every alpha-2 code that names a country (ISO 3166 plus Kosovo)."""
    return frozenset(c.alpha_2 for c in pycountry.countries) | {KOSOVO}


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(name -> alpha-2, accent-folded name -> alpha-2, code -> alpha-2); first source wins."""
    codes_ok = country_codes()
    names: dict[str, str] = {}
    folded: dict[str, str] = {}

    def add(name: str, code: str) -> None:
        names.setdefault(normalize(name), code)
        folded.setdefault(country_key(name), code)

    variants = _data("country_variants.json")
    for code, extra in variants["names"].items():
        for name in extra:
            add(name, code)
    for loc in MAIN_LOCALES:
        for code, name in Locale.parse(loc).territories.items():
            if code in codes_ok:
                add(name, code)
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if value := getattr(country, attr, None):
                add(value, country.alpha_2)
    for loc in ENDONYM_LOCALES:
        for code, name in Locale.parse(loc).territories.items():
            if code in codes_ok:
                add(name, code)
    codes = {c.alpha_2: c.alpha_2 for c in pycountry.countries}
    codes.update({c.alpha_3: c.alpha_2 for c in pycountry.countries})
    codes.update({KOSOVO: KOSOVO, "XKX": KOSOVO, **variants["codes"]})
    return names, folded, codes


@lru_cache(maxsize=16384)
def resolve_country(text: str, *, any_case_codes: bool = True) -> str | None:
    """The alpha-2 code for a country name or ISO code in any supported language, else None.

    With ``any_case_codes=False`` codes count only in capitals, so that words such
    as "no", "it" or "and" in free text are not read as Norway, Italy or Andorra.
    """
    names, folded, codes = _index()
    raw = text.strip().strip(".")
    if 2 <= len(raw) <= 3 and raw.isalpha() and (any_case_codes or raw.isupper()):
        if code := codes.get(raw.upper()):
            return code
    key = normalize(raw)
    return names.get(key) or folded.get(country_key(raw)) if key else None


@lru_cache(maxsize=8)
def _names_for(lang: str) -> dict[str, str]:
    return dict(Locale.parse(lang).territories)


def country_name(code: str, lang: str = "en") -> str:
    """The country's name in the given language (CLDR), or the code if it has none."""
    return _names_for(lang).get(code, code)


@lru_cache(maxsize=1)
def _programme() -> dict[str, dict]:
    return _data("programme_countries.json")["periods"]


@lru_cache(maxsize=8)
def programme_countries(period: str) -> frozenset[str]:
    """Alpha-2 codes of the programme countries of a period ("2014-2020" or "2021-2027")."""
    return frozenset(_programme()[period]["countries"])


def is_programme_country(code: str, period: str) -> bool:
    return code in programme_countries(period)


def never_programme_country(code: str) -> bool:
    """Is the country a programme country in no period the table holds (Kenya, Chile; not the United Kingdom)?"""
    return not any(code in programme_countries(period) for period in _programme())


def programme_from_year(code: str, period: str) -> int | None:
    """The first call year a country is a programme country in, when not the whole period."""
    return _programme()[period].get("from_year", {}).get(code)


def programme_source() -> dict:
    """Where the programme-country lists come from."""
    return _data("programme_countries.json")["source"]


# Finnish place endings a country takes in a heading or a line ('Espanjasta', 'Ruotsissa'): from, in, at
FINNISH_CASES = ("sta", "stä", "ssa", "ssä", "lta", "ltä", "lla", "llä")
MAX_COUNTRY_WORDS = 3  # 'Bosnia and Herzegovina', 'Förenade kungariket'


def country_in_words(word: str) -> str | None:
    """The country a single word names, also in a Finnish place case ('Espanjasta': Spain, 'Suomesta': Finland)."""
    if code := resolve_country(word, any_case_codes=False):
        return code
    lowered = word.lower()
    for ending in FINNISH_CASES:
        if lowered.endswith(ending) and len(lowered) > len(ending) + 2:
            stem = word[: -len(ending)]
            # 'Suome|sta' is Suomi's; 'Maroko|sta' Marokko's (a double consonant is single before the ending)
            doubled = stem[:-2] + stem[-2] * 2 + stem[-1] if stem[-2:-1] in ("k", "p", "t") else stem
            softened = stem[::-1].replace("nn", "tn", 1)[::-1]  # 'Islanni|sta' is Islanti's
            for form in dict.fromkeys((stem, stem[:-1] + "i", doubled, softened)):
                if len(form) > 3 and (code := resolve_country(form, any_case_codes=False)):
                    return code
    return None


def country_at_end(text: str) -> tuple[str, str] | None:
    """The words before a country that ends the text, and its code: 'Universidad de Sevilla Spain' gives
    ('Universidad de Sevilla', 'ES'). The longest country name wins ('... Czech Republic'); a text that is
    only a country gives None."""
    words = text.split()
    for n in range(min(MAX_COUNTRY_WORDS, len(words) - 1), 0, -1):
        tail = " ".join(words[-n:]).strip(".,;:()")
        code = resolve_country(tail, any_case_codes=False) if n > 1 else country_in_words(tail)
        if code:
            return " ".join(words[:-n]), code
    return None


# The endings that make a country's adjective of its name, in English, Swedish, Dutch and Finnish ('Brazilian',
# 'brasiliansk', 'Braziliaans', 'brasilialainen'), longest first; the stem left must begin a country's name
ADJECTIVE_ENDINGS = tuple(
    sorted(
        {
            "ian",
            "ean",
            "an",
            "ese",
            "ish",
            "i",
            "ensisk",
            "ensiska",
            "ensiskt",
            "iansk",
            "ianska",
            "ianskt",
            "iensk",
            "ienska",
            "ienskt",
            "ansk",
            "anska",
            "anskt",
            "ensk",
            "enska",
            "enskt",
            "isk",
            "iska",
            "iskt",
            "iaans",
            "iaanse",
            "aans",
            "aanse",
            "ees",
            "eese",
            "s",
            "se",
            "lainen",
            "läinen",
            "laisen",
            "läisen",
            "laiset",
            "läiset",
            "laista",
            "läistä",
        },
        key=len,
        reverse=True,
    )
)
ADJECTIVE_STEM_MIN = 4  # 'ital' of 'Italian'; shorter stems ('ind', 'pol') begin too many words
ADJECTIVE_NAME_SLACK = 3  # letters of the name past the stem ('brasil' + 'ien')


@lru_cache(maxsize=1)
def _names_by_beginning() -> dict[str, list[tuple[str, str]]]:
    """One-word country names in the four languages (folded), keyed by their first letters."""
    index: dict[str, list[tuple[str, str]]] = {}
    for lang in ("en", "sv", "nl", "fi"):
        for code, name in _names_for(lang).items():
            key = country_key(name)
            if code in country_codes() and " " not in key and len(key) >= ADJECTIVE_STEM_MIN:
                index.setdefault(key[:ADJECTIVE_STEM_MIN], []).append((key, code))
    return index


def country_of_adjective(word: str) -> str | None:
    """The country a word's adjective of nationality names ('Brazilian', 'kanadensisk', 'Mexicaanse',
    'intialainen'): its name's beginning and an adjective ending; None for any other word."""
    folded = country_key(word)
    best: tuple[int, str] | None = None
    for ending in ADJECTIVE_ENDINGS:
        stem = folded[: -len(ending)]
        if not folded.endswith(ending) or len(stem) < ADJECTIVE_STEM_MIN:
            continue
        for name, code in _names_by_beginning().get(stem[:ADJECTIVE_STEM_MIN], ()):
            slack = len(name) - len(stem)
            if name.startswith(stem) and 0 <= slack <= ADJECTIVE_NAME_SLACK and (best is None or slack < best[0]):
                best = (slack, code)
    return best[1] if best else None
