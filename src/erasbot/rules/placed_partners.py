"""A consortium told as organisations placed by a preposition ('Konsortiet: vi (koordinator), Aalto-universitetet i
Finland, TU Delft i Nederländerna, ett mjukvaruföretag i Esbo och en konsultbyrå i Rotterdam'): each part an
organisation 'in' a country or a city (data/cities.json), the askers themselves ('vi', 'we', 'wij') placed by the
sentence that tells who they are ('Vi är ett tekniskt universitet i Göteborg'). Read only when every part of the list
is read so: an organisation whose place is not told, or a place not known, is no consortium this reading can count.
Pure."""

from __future__ import annotations

import re

from erasbot.forms import sentences
from erasbot.rules.askers import US, askers
from erasbot.rules.described_partners import ARTICLES, PARTS, kind_of
from erasbot.rules.models import Partner
from erasbot.rules.places import COORDINATES, place_country

# an organisation and where it is ('Aalto-universitetet i Finland', 'a software company in Espoo', 'een hogeschool uit
# Gent', 'TU Delft in the Netherlands')
PLACED = re.compile(
    r"^\W*(?:(?:plus|and|och|samt|en|ja)\s+)?(?P<name>\w.*?)\s+(?:i|in|from|från|uit|van|te|aus|en)\s+"
    r"(?P<place>(?:the\s+)?[A-ZÅÄÖÜ][\w-]*(?:\s+[A-ZÅÄÖÜ][\w-]*)?)\s*(?P<rest>\([^()]*\))?\W*$"
)
PLACED_MIN = 3  # organisations placed so, at least, make a consortium


def placed_partners(text: str, lang: str) -> list[Partner]:
    """The organisations the text's list places one by one, the askers among them placed by the sentence telling who
    they are; [] unless at least PLACED_MIN are and every part of the list is read."""
    told = [s for s in sentences(text) if len(PARTS.split(s)) >= PLACED_MIN]
    if not told:
        return []
    us = askers(text, kind_of)
    partners: list[Partner] = []
    listing = max(told, key=lambda s: len(PARTS.split(s)))
    listing = listing.split(":", 1)[1] if ":" in listing else listing  # after its label ('Konsortiet för ...:')
    for part in PARTS.split(listing):
        part = part.strip()
        if not part or part.endswith("?") and not PLACED.match(part):
            continue
        if (mine := US.match(part)) is not None:
            if us is None:
                return []  # 'we': who and where the askers are is not told
            kind, country = us
            name, rest = part, mine.group("rest")
        elif (placed := PLACED.match(part)) is not None:
            country = place_country(placed.group("place"))
            name, rest = placed.group("name"), placed.group("rest")
            kind = kind_of(name)
            if country is None:
                return []  # a place not known: where the organisation is cannot be counted
        else:
            return []  # an organisation whose place is not told
        words = name.split()
        if words and words[0].lower() in ARTICLES:
            name = " ".join(words[1:])
        role = "coordinator" if rest and COORDINATES.search(rest) else "partner"
        partners.append(Partner(line=len(partners) + 1, name=name, country=country, type=kind or "unknown", role=role))
    return partners if len(partners) >= PLACED_MIN else []
