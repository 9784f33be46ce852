"""The askers themselves in a consortium they describe ('vi (koordinator)', 'vi själva', 'we ourselves', 'wijzelf'),
and who and where they are, from the sentence that tells it ('Vi är en högskola i Jönköping'). Pure."""

from __future__ import annotations

import re

from erasbot.rules.places import place_country

# the askers in the list ('vi (koordinator)', 'we (lead)', 'wij', 'me', 'vi själva', 'ourselves'), a role perhaps in
# brackets after them
US = re.compile(
    r"^\W*(?:vi(?: själva| sj[aä]lv)?|we(?: ourselves)?|us|wij(?: ?zelf)?|we ?zelf|ons(?: ?zelf)?|me(?: itse)?"
    r"|meidän organisaatiomme|oma organisaatiomme|ourselves)\s*(?P<rest>\([^()]*\))?\W*$",
    re.IGNORECASE,
)
# the sentence telling who the askers are ('Vi är ett tekniskt universitet i Göteborg', 'We are a VET school in
# Tartu', 'Wij zijn een hogeschool in Gent')
WE_ARE = re.compile(
    r"\b(?:vi [äa]r|we are|we're|wij zijn|we zijn|olemme)\s+(?P<who>.+?)\s+(?:i|in|from|från|uit|te)\s+"
    r"(?P<place>(?-i:[A-ZÅÄÖÜ])[\w-]*(?:\s+(?-i:[A-ZÅÄÖÜ])[\w-]*)?)",
    re.IGNORECASE,
)


def askers(text: str, kind_of) -> tuple[str | None, str] | None:
    """The askers' kind of organisation (read by `kind_of`) and country, from the sentence telling who they are;
    None when not told."""
    told = WE_ARE.search(text)
    if told is None:
        return None
    country = place_country(told.group("place"))
    return (kind_of(told.group("who")), country) if country else None
