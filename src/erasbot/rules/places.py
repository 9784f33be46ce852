"""Where an organisation told in prose is: a country, or a city of one (data/cities.json), and whether a role told
beside it is the coordinator's. Shared by the readers of consortia told in sentences (placed_partners.py,
described_partners.py). Pure after the city table is read."""

from __future__ import annotations

import re
from functools import lru_cache

from erasbot.datafiles import data_file, read_json
from erasbot.rules.country_mentions import find_country
from erasbot.text import strip_accents

# a role told as the coordinator's ('(koordinator)', '(lead)', '(koordinaattori)', 'coordinates')
COORDINATES = re.compile(r"coordinat|koordin|samordna|lead|leder|johtaa|coördin|penvoerder|applicant|sökande", re.I)


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    table = read_json(data_file("erasbot.rules", "cities.json"))["cities"]
    return {strip_accents(name.lower()): code for code, names in table.items() for name in names}


def place_country(place: str) -> str | None:
    """The country a place names: a country ('Finland', 'Nederländerna') or a city of one ('Esbo', 'Rotterdam')."""
    place = re.sub(r"^the\s+", "", place.strip(), flags=re.IGNORECASE)
    return _cities().get(strip_accents(place.lower())) or find_country(place)
