"""When two lines of a list name the same organisation.

Two partners are one organisation when they share a PIC or an OID, or when their names
match after folding case, punctuation, diacritics and legal-form suffixes ("Ericsson AB" /
"Ericsson A.B.", "Åbo Akademi" / "Abo Akademi", "Nokia Oyj" / "Nokia Oy") in the same country.
A name whose country is not known is the same organisation as that name in any country: the
line that left the country out lists the organisation again, it does not add one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from erasbot.rules.models import Partner
from erasbot.rules.vocabulary import data
from erasbot.text import strip_accents

NON_WORD = re.compile(r"[^\w]+")
TRAILING_BRACKET = re.compile(r"^(.*\w.*?)\s*\([^()]*\)\s*$")  # "Jyväskylän yliopisto (JYU)"
# Legal forms (data/vocabulary.json "legal_forms"), folded as names are, as token runs.
LEGAL_FORMS: frozenset[tuple[str, ...]] = frozenset(
    tuple(form.split()) for form in data("vocabulary.json")["legal_forms"]
)
PREFIX_FORMS = frozenset({"oy", "oyj", "ab"})  # "Oy Karl Fazer Ab"
MAX_FORM = max(len(f) for f in LEGAL_FORMS)


@lru_cache(maxsize=16384)
def name_key(name: str) -> str:
    """The name as compared: casefolded, accents and punctuation dropped, legal-form suffixes removed."""
    text = name.casefold()
    text = strip_accents(text)
    text = text.replace(".", "").replace("'", "")
    tokens = NON_WORD.sub(" ", text).replace("_", " ").split()
    while len(tokens) > 1 and tokens[0] in PREFIX_FORMS:
        tokens = tokens[1:]
    stripped = True
    while stripped and len(tokens) > 1:
        stripped = False
        for n in range(min(MAX_FORM, len(tokens) - 1), 0, -1):
            if tuple(tokens[-n:]) in LEGAL_FORMS:
                tokens, stripped = tokens[:-n], True
                break
    return " ".join(tokens)


def duplicate_of(partners: list[Partner]) -> dict[int, Partner]:
    """For each repeat (by its index in ``partners``), the first listing of the same organisation.

    A name read from several cells of a plain line ("KTH, Stockholm, Sweden": the city or
    the campus is read as part of the name) also matches the same name written without them
    ("KTH, Sweden"), in either order; two such names never match each other by their first
    cells alone ("University of California, Berkeley" / "University of California, Davis"). A name
    with a bracket after it ("Jyväskylän yliopisto (JYU)") matches the name without it the same way.
    """
    by_name: dict[tuple[str | None, str], Partner] = {}
    by_first_cell: dict[tuple[str | None, str], Partner] = {}
    by_any_country: dict[str, Partner] = {}  # name (or first cell) -> its first listing, whatever the country
    by_id: dict[str, Partner] = {}
    repeats: dict[int, Partner] = {}
    for index, partner in enumerate(partners):
        named = (partner.country, name_key(partner.name))
        shorter = partner.first_cell or (m.group(1) if (m := TRAILING_BRACKET.match(partner.name)) else None)
        short = (partner.country, name_key(shorter)) if shorter else None
        first = by_id.get(partner.pic) if partner.pic else None
        if first is None and partner.oid:
            first = by_id.get(partner.oid)
        if first is None:
            first = by_name.get(named) or by_first_cell.get(named) or (by_name.get(short) if short else None)
        if first is None:
            first = _across_countries(partner, named[1], short[1] if short else None, by_name, by_any_country)
        if first is not None:
            repeats[index] = first
        else:
            first = partner
        by_name.setdefault(named, first)
        by_any_country.setdefault(named[1], first)
        if short:
            by_first_cell.setdefault(short, first)
            by_any_country.setdefault(short[1], first)
        if partner.pic:
            by_id.setdefault(partner.pic, first)
        if partner.oid:
            by_id.setdefault(partner.oid, first)
    return repeats


def _across_countries(
    partner: Partner,
    name: str,
    short: str | None,
    by_name: dict[tuple[str | None, str], Partner],
    by_any_country: dict[str, Partner],
) -> Partner | None:
    """The first listing of the same name when one of the two gives no country ("Greenlab, ?, consultancy" and
    "Greenlab, SE, consultancy"); two known countries keep two organisations ("Nordic Hub AB, SE" / "Nordic Hub
    Oy, FI")."""
    keys = [k for k in (name, short) if k]
    if partner.country is None:
        return next((by_any_country[k] for k in keys if k in by_any_country), None)
    return next((by_name[(None, k)] for k in keys if (None, k) in by_name), None)
