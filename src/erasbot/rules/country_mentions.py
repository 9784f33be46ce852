"""The country a question names: by name in any of the four languages ('Norge', 'North Macedonia', 'the UK'),
in a Finnish place case ('Marokosta') or by an adjective of nationality ('ett norskt företag', 'Brazilian');
a language it names ('på svenska', 'Swedish-speaking') is no country. And the names a country goes by in a
language, for meeting it in a text written in that language ('the UK' asked, 'United Kingdom' written). Pure."""

from __future__ import annotations

import re

from erasbot.rules.countries import (
    country_in_words,
    country_key,
    country_name,
    country_of_adjective,
    resolve_country,
)

# Adjectives of nationality ('ett norskt företag') and names of a country's people ('schweizarna', 'norrmännen') by
# word beginning; names go through resolve_country.
NATIONALITY = {
    "NO": ("norsk", "norrman", "norrmän", "norwegian", "norjalai", "noors"),
    "IS": ("isländsk", "islänning", "icelandic", "islantilai", "ijslands"),
    "TR": ("turkisk", "turkish", "turkkilai", "turks"),
    "RS": ("serbisk", "serbian", "serbialai", "servisch"),
    "MK": ("makedonsk", "macedonian", "makedonialai", "macedonisch"),
    "CH": ("schweizisk", "schweizar", "swiss", "sveitsiläi", "zwitsers"),
    "GB": ("brittisk", "british", "brittiläi", "brits", "engelsk", "english", "englantilai", "engels"),
    "UA": ("ukrainsk", "ukrainian", "ukrainalai", "oekraïens"),
    "US": ("amerikansk", "american", "amerikkalai", "amerikaans", "yhdysval"),
    "RU": ("rysk", "russian", "venäläi", "russisch"),
    "CN": ("kinesisk", "chinese", "kiinalai", "chinees"),
    "FI": ("finsk", "finländ", "finnish", "suomalai", "fins"),
    "SE": ("svensk", "swedish", "ruotsalai", "zweeds"),
    "NL": ("nederländsk", "holländsk", "holländar", "dutch", "hollantilai", "alankomaalai", "nederlands"),
    "DE": ("tysk", "german", "saksalai", "duits"),
    "EE": ("estnisk", "estonian", "virolai", "estisch"),
    "BE": ("belgisk", "belgian", "belgialai", "belgisch"),
    "FR": ("fransk", "fransm", "french", "ranskalai", "frans"),
    "PL": ("polsk", "polack", "polish", "puolalai", "pools"),
    "DK": ("dansk", "danish", "tanskalai", "deens"),
    "PT": ("portugisisk", "portuguese", "portugalilai", "portugees"),
    "IE": ("irländsk", "irländar", "irish", "irlantilai", "iers"),
    "GR": ("grekisk", "greek", "kreikkalai", "grieks"),
    "CZ": ("tjeckisk", "czech", "tšekkiläi", "tsjechisch"),
    "CY": ("cypriotisk", "cypriot", "kyproslai", "cypriotisch"),
}
# Names a country goes by beside CLDR's, per language: texts write 'Turkey' and 'the UK' as often as 'Türkiye'
# and 'United Kingdom'
OTHER_NAMES = {
    "GB": {
        "en": ("UK", "Great Britain", "Britain"),
        "sv": ("Förenade kungariket", "Storbritannien"),
        "nl": ("Groot-Brittannië", "Verenigd Koninkrijk"),
        "fi": ("Yhdistynyt kuningaskunta", "Iso-Britannia"),
    },
    "US": {"en": ("USA", "United States of America")},
    "TR": {"en": ("Turkey",), "nl": ("Turkije",)},
    "RU": {"en": ("Russian Federation",), "sv": ("Ryska federationen",), "nl": ("Russische Federatie",)},
    "CZ": {"en": ("Czech Republic",), "sv": ("Tjeckiska republiken",), "nl": ("Tsjechische Republiek",)},
    "MK": {"en": ("North Macedonia",)},
    "NL": {"en": ("the Netherlands",)},
    "KR": {"en": ("South Korea",)},
}


# A language, not a country: 'på svenska', 'in het Nederlands', 'in English', 'suomeksi', 'svenskspråkig',
# 'Swedish-speaking', 'Nederlandstalig', 'ruotsinkielinen'
LANGUAGE_WORDS = re.compile(
    r"\b(?:på|pa|in(?: het)?|into|auf)\s+(?:svenska|engelska|finska|nederländska|holländska|tyska|franska|"
    r"swedish|english|finnish|dutch|german|french|zweeds|engels|fins|nederlands|duits|frans)\b"
    r"|\b\w+(?:språkiga?|språkigt|-speaking|talige?|kieli(?:nen|set|sen|siä|stä|ssä))\b"
    r"|\b(?:ruotsiksi|englanniksi|suomeksi|hollanniksi|saksaksi|ranskaksi)\b",
    re.IGNORECASE,
)


def find_country(question: str) -> str | None:
    """The country a question names, by name ('Norge', 'North Macedonia') or adjective ('norskt'); a language
    it names ('på svenska', 'Swedish-speaking') is no country."""
    words = re.findall(r"[\w'-]+", LANGUAGE_WORDS.sub(" ", question))
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i : i + size])
            if len(phrase) < 4 and not (size == 1 and phrase.isupper()):
                continue
            code = resolve_country(phrase, any_case_codes=False) if size > 1 else country_in_words(phrase)
            if code:
                return code
    folded = [country_key(w) for w in words]
    for code, stems in NATIONALITY.items():
        if any(w.startswith(country_key(stem)) for w in folded for stem in stems):
            return code
    # any other country's adjective made the regular way ('Brazilian', 'kanadensisk', 'intialainen')
    return next((code for w in words if (code := country_of_adjective(w))), None)


def countries_named(text: str) -> list[str]:
    """Every country a text names, by a name or a word read as one ('Storbritannien', 'North Macedonia', 'finska'), in
    the order named; unlike find_country, not only the first."""
    words = re.findall(r"[\w'-]+", LANGUAGE_WORDS.sub(" ", text))
    found: list[str] = []
    taken: set[int] = set()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            if taken & set(range(i, i + size)):
                continue
            phrase = " ".join(words[i : i + size])
            if len(phrase) < 4 and not (size == 1 and phrase.isupper()):
                continue
            code = resolve_country(phrase, any_case_codes=False) if size > 1 else country_in_words(phrase)
            if code:
                found.append((i, code))
                taken |= set(range(i, i + size))
    return list(dict.fromkeys(code for _, code in sorted(found)))


def country_names(code: str, lang: str) -> tuple[str, ...]:
    """The names a country goes by in a language: CLDR's and the others texts use ('United Kingdom', 'UK')."""
    return tuple(dict.fromkeys((country_name(code, lang), *OTHER_NAMES.get(code, {}).get(lang, ()))))
