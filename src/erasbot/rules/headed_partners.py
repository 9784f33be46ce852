"""A consortium told country by country, each country heading its organisations after a colon ('I Sverige: vi själva,
Visit Småland (branschorganisation) och Skolverket. I Spanien: en yrkesskola, en hotellkedja och den regionala
utbildningsmyndigheten i Andalusien.', 'Finland: Aalto University, Nokia. Sweden: KTH and Ericsson.'): each
organisation is in the country heading it, its kind read from its words, the askers ('vi själva', 'we') as the
sentence telling who they are says ('Vi är ett yrkesutbildningscentrum i Jönköping'). Read only when at least two
countries head a list. Pure."""

from __future__ import annotations

import re

from erasbot.rules.askers import US, askers
from erasbot.rules.country_mentions import find_country
from erasbot.rules.described_partners import ARTICLES, COORDINATES, kind_of
from erasbot.rules.models import Partner

# a country heading the organisations after it, up to the end of the sentence ('I Spanien: ...', 'In the
# Netherlands: ...', 'Suomesta: ...', 'Belgium: ...')
HEADED = re.compile(
    r"(?:^|[.;!?\n]\s*)(?:(?:i|in|from|från|uit|aus|van|te)\s+)?(?:the\s+)?"
    r"(?P<country>(?-i:[A-ZÅÄÖÜ])[\w-]*(?:\s+(?-i:[A-ZÅÄÖÜ])[\w-]*)?)\s*:\s*(?P<listed>[^.;?!\n]{3,300})",
    re.IGNORECASE,
)
# where one organisation of a country's list ends: a comma, 'and' in each language (Dutch 'en' only before an article,
# a number or a name: in Swedish it is the article, 'en hotellkedja')
ITEMS = re.compile(
    r"\s*,\s*|\s+(?:and|och|samt|ja|sekä|plus)\s+"
    r"|\s+en\s+(?=(?:een|de|het|één|twee|drie)\s|\d|(?-i:[A-ZÅÄÖÜ]))",
    re.IGNORECASE,
)
# the askers saying they coordinate ('Vi är samordnare.', 'We are the coordinator', 'wij zijn penvoerder')
WE_COORDINATE = re.compile(
    r"\b(?:vi [äa]r (?:samordnare|koordinator(?:n)?|sökande)|vi (?:samordnar|koordinerar)|we (?:are|'re) (?:the )?"
    r"(?:coordinator|lead applicant|applicant)|we (?:coordinate|lead)|wij zijn (?:de )?(?:coördinator|penvoerder|"
    r"aanvrager)|we zijn (?:de )?(?:coördinator|penvoerder|aanvrager)|olemme (?:koordinaattori|hakija)|"
    r"me koordinoimme)\b",
    re.IGNORECASE,
)
HEADED_MIN = 2  # countries heading a list, at least, make a consortium


def headed_partners(text: str, lang: str) -> list[Partner]:
    """The organisations each country heading a list holds (see the module); [] when fewer than HEADED_MIN countries
    do, or when the askers are among them and who and where they are is not told."""
    groups = [(find_country(m.group("country")), m.group("listed")) for m in HEADED.finditer(text)]
    groups = [(country, listed) for country, listed in groups if country]
    if len(groups) < HEADED_MIN:
        return []
    us = askers(text, kind_of)
    we_coordinate = bool(WE_COORDINATE.search(text))
    partners: list[Partner] = []
    for country, listed in groups:
        for item in (i.strip(" .") for i in ITEMS.split(listed)):
            if not item:
                continue
            mine = US.match(item)
            if mine is not None and us is None:
                return []  # 'vi själva': who the askers are is not told
            kind = us[0] if mine is not None and us is not None else kind_of(item)
            brackets = re.findall(r"\(([^()]*)\)", item)
            coordinates = any(COORDINATES.search(b) for b in brackets) or (mine is not None and we_coordinate)
            words = item.split()
            name = " ".join(words[1:]) if len(words) > 1 and words[0].lower() in ARTICLES else item
            partners.append(
                Partner(
                    line=len(partners) + 1,
                    name=name,
                    country=country,
                    type=kind or "unknown",
                    role="coordinator" if coordinates else "partner",
                )
            )
    return partners
