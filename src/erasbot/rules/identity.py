"""When two lines of a list name the same organisation.

Two partners are one organisation when they share a PIC or an OID, or when their names
match after folding case, punctuation, diacritics and legal-form suffixes ("Ericsson AB" /
"Ericsson A.B.", "Åbo Akademi" / "Abo Akademi", "Nokia Oyj" / "Nokia Oy") in the same country.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from erasbot.rules.models import Partner

NON_WORD = re.compile(r"[^\w]+")
# Legal forms, folded (lowercase, no accents, dots dropped, other punctuation a space), as token runs.
LEGAL_FORMS: frozenset[tuple[str, ...]] = frozenset(
    tuple(form.split())
    for form in (
        "ab", "publ", "ab publ", "aktiebolag", "hb", "kb", "ek for", "ideell forening",
        "oy", "oyj", "abp", "oyj abp", "ky", "ry", "rf", "sr", "osakeyhtio",
        "bv", "nv", "vof", "cv", "ua", "vzw", "asbl", "bvba", "sprl", "cvba",
        "gmbh", "ggmbh", "ag", "kg", "ev", "gbr", "ohg", "mbh", "se",
        "ltd", "limited", "plc", "llp", "llc", "inc", "incorporated", "corp", "co", "cic",
        "sa", "sas", "sarl", "sl", "slu", "spa", "srl", "sca", "snc",
        "as", "asa", "a s", "aps", "i s", "ehf", "hf", "ou", "sia", "uab", "ab ltd",
        "sp z oo", "spzoo", "sro", "s r o", "a s", "kft", "zrt", "nyrt", "doo", "d o o", "dd", "ad", "ood", "eood",
        "ike", "ae", "epe", "lda", "sgps",
    )
)
PREFIX_FORMS = frozenset({"oy", "oyj", "ab"})  # "Oy Karl Fazer Ab"
MAX_FORM = max(len(f) for f in LEGAL_FORMS)


@lru_cache(maxsize=16384)
def name_key(name: str) -> str:
    """The name as compared: casefolded, accents and punctuation dropped, legal-form suffixes removed."""
    text = name.casefold()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
        text = "".join(c for c in text if not unicodedata.combining(c))
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
    """For each repeat (by its index in ``partners``), the first listing of the same organisation."""
    by_name: dict[tuple[str, str], Partner] = {}
    by_id: dict[str, Partner] = {}
    repeats: dict[int, Partner] = {}
    for index, partner in enumerate(partners):
        named = (partner.country, name_key(partner.name))
        first = by_id.get(partner.pic) if partner.pic else None
        if first is None and partner.oid:
            first = by_id.get(partner.oid)
        if first is None:
            first = by_name.get(named)
        if first is not None:
            repeats[index] = first
        else:
            first = partner
        by_name.setdefault(named, first)
        if partner.pic:
            by_id.setdefault(partner.pic, first)
        if partner.oid:
            by_id.setdefault(partner.oid, first)
    return repeats
