"""Which publisher's text a question names as its source: 'according to the Finnish agency', 'the Dutch page', 'vad
lägger de finska sidorna till som EU-sidan inte säger?', 'staat er op de Nederlandse pagina ...'.

Pure. A source is named by a country or the EU and a word for a page, a site, a text or an agency; the first one
named is the one asked about ('what do the Finnish pages add that the EU page does not say?' asks the Finnish
pages). Publishers are matched by the country in their name ('Finnish national agency', 'EU (Erasmus+ site, ...)').
"""

from __future__ import annotations

import re

# source -> words naming its country (adjectives and genitives in the four languages)
_COUNTRY_WORDS: dict[str, str] = {
    "fi": r"finnish|finland'?s|finska|finländska|finlandska|suomen|suomalai\w*|finse|finnse|fins|finland",
    "nl": r"dutch|netherlands'?|nederlandse|nederlands|hollandse|nederländska|nederlandska|hollantilai\w*|alankomaiden",
    "eu": r"eu'?s|eu:n|eu-|eu|european commission'?s|commission'?s|european|europeiska|euroopan|europese|komission",
}
_PAGE_WORDS = (
    r"page|pages|site|website|web ?page|text|texts|sid(?:a|an|or|orna)|webbsid\w*|text(?:en|erna)?|sivu\w*"
    r"|verkkosivu\w*|tekst\w*|pagina'?s?"
)
_AGENCY_WORDS = r"agency'?s?|agencies|office|kontor\w*|programkontor\w*|byrå\w*|virasto\w*|toimisto\w*|agentschap\w*"
_NATIONAL = r"(?:national |nationella |kansalli\w* |nationale? )?"
# a country's agency or page; the EU's page only ('the EU agency' is the executive agency, EACEA, a topic)
_SOURCE_WORDS = {
    k: _NATIONAL + f"(?:{_PAGE_WORDS}" + ("" if k == "eu" else f"|{_AGENCY_WORDS}") + ")" for k in _COUNTRY_WORDS
}
_NAMED = re.compile(
    # with the page after an agency's name ('the Finnish agency's pages')
    "|".join(
        rf"(?<!\w)(?P<{k}>(?:{words})[\s-]*{_SOURCE_WORDS[k]}(?:\s+(?:{_PAGE_WORDS}))?)(?!\w)"
        for k, words in _COUNTRY_WORDS.items()
    ),
    re.IGNORECASE,
)
# 'Finnish national agency', 'Dutch national agency', 'EU (Erasmus+ site, Swedish)'
_PUBLISHER = {
    "fi": re.compile(r"\bfinn", re.IGNORECASE),
    "nl": re.compile(r"\bdutch", re.IGNORECASE),
    "eu": re.compile(r"^EU\b"),
}


def named_sources(text: str) -> list[str]:
    """The sources ('fi', 'nl', 'eu') the text names, in the order it names them, each once."""
    found = [next(k for k in _COUNTRY_WORDS if m.group(k)) for m in _NAMED.finditer(text)]
    return list(dict.fromkeys(found))


def source_words(text: str) -> str | None:
    """The words naming the first source the text names ('Finnish national agency's page'), None when it names none."""
    found = _NAMED.search(text)
    return found.group(0) if found else None


def without_sources(text: str) -> str:
    """The text with the words naming a source blanked out, so 'the Finnish agency's page' is not read as the
    European executive agency (EACEA) the word 'agency' alone names."""
    return _NAMED.sub(lambda m: " " * len(m.group(0)), text)


def publisher_source(publisher: str) -> str | None:
    """The source a document's publisher is ('Finnish national agency' -> 'fi'), None for another."""
    return next((k for k, pattern in _PUBLISHER.items() if pattern.search(publisher)), None)
