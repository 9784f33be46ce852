"""The words of partner lists (types, roles, headers, ECHE, sectors) in four languages.

The terms live in data/vocabulary.json and data/sectors.json; this module turns
a cell of a pasted table into the checker's fixed vocabulary, or None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from erasbot.datafiles import data_file, read_json
from erasbot.rules.countries import normalize

TOKEN = re.compile(r"[\w/+#-]+|[?✓✔]")
MAX_NGRAM = 6
ROLE_PRIORITY = ("associated", "coordinator", "partner")
HEADER_PRIORITY = ("pic", "website", "city", "eche", "sector", "country", "role", "type", "name")
HEADER_TOKENS_MORE = {
    "pic": ("pic", "oid"),
    "website": ("website", "url", "webbplats", "hemsida", "verkkosivu", "verkkosivut", "webpagina"),
    "city": ("city", "town", "stad", "kaupunki", "paikkakunta", "plaats", "woonplaats"),
}


@lru_cache(maxsize=16384)
def key(text: str) -> str:
    """The form terms are compared in: normalized words joined by single spaces."""
    return " ".join(TOKEN.findall(normalize(text)))


def data(name: str) -> dict:
    """A data file of rules/data, parsed."""
    return read_json(data_file("erasbot.rules", name))


def _table(groups: dict[str, list[str]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for value, terms in groups.items():
        for term in terms:
            table.setdefault(key(term), value)
    return table


@dataclass(frozen=True)
class Vocabulary:
    types: dict[str, str]
    roles: dict[str, str]  # every role term, "unknown" for the words of an unclear role ("observer", "tbc")
    known_roles: dict[str, str]  # coordinator, partner and associated terms only
    role_words: frozenset[str]  # every word of those terms
    unclear_markers: frozenset[str]
    headers: dict[str, str]
    header_tokens: dict[str, str]
    eche: dict[str, bool]
    eche_negations: frozenset[str]
    eche_pending: frozenset[str]
    sectors: dict[str, str]
    sector_names: dict[str, dict[str, str]]
    sector_quotes: dict[str, str]


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The vocabulary, loaded once from the data files."""
    raw = data("vocabulary.json")
    sectors = data("sectors.json")["sectors"]
    sector_terms = {sid: [s["en"], s["sv"], s["nl"], s["fi"], sid, *s["also"]] for sid, s in sectors.items()}
    token_lists = {**raw["header_tokens"], **HEADER_TOKENS_MORE}
    tokens = {t: field for field in HEADER_PRIORITY for t in token_lists.get(field, ())}
    roles = {value: raw["roles"][value] + raw["roles_more"].get(value, []) for value in raw["roles"]}
    known_roles = _table(roles)
    headers = _table(raw["headers_more"])
    headers.update({k: v for k, v in _table(raw["headers"]).items() if k not in headers})
    eche = {key(t): True for t in raw["eche_values"]["yes"]}
    eche.update({key(t): False for t in raw["eche_values"]["no"]})
    return Vocabulary(
        types=_table(raw["types"]),
        roles={**_table({"unknown": raw["roles_unclear"]}), **known_roles},
        known_roles=known_roles,
        role_words=frozenset(word for term in known_roles for word in term.split()),
        unclear_markers=frozenset(key(t) for t in raw["role_unclear_markers"]),
        headers=headers,
        header_tokens=tokens,
        eche=eche,
        eche_negations=frozenset(raw["eche_negations"]),
        eche_pending=frozenset(raw["eche_pending"]),
        sectors=_table(sector_terms),
        sector_names={sid: {lang: s[lang] for lang in ("en", "sv", "nl", "fi")} for sid, s in sectors.items()},
        sector_quotes={sid: s["quote"] for sid, s in sectors.items()},
    )


def _find(table: dict[str, str], text: str, contained: bool, priority: tuple[str, ...] = ()) -> str | None:
    """Exact match of the whole text, else (if contained) the best term found inside it.

    Best: first by priority, then the longest term, then the rightmost (the head
    noun: "research company" is a company).
    """
    words = key(text)
    if not words:
        return None
    if hit := table.get(words):
        return hit
    if not contained:
        return None
    tokens = words.split()
    hits: list[tuple[int, int, int, str]] = []
    for n in range(min(MAX_NGRAM, len(tokens)), 0, -1):
        for i in range(len(tokens) - n + 1):
            if value := table.get(" ".join(tokens[i : i + n])):
                rank = priority.index(value) if value in priority else len(priority)
                hits.append((rank, -n, -i, value))
    return min(hits)[3] if hits else None


COMPOUND_HEAD_MIN = 5  # letters of a one-word type a compound may end with ('mikro|yritys', 'beroeps|school')
COMPOUND_PREFIX_MIN = 3  # letters before it ('pk-yritys' is matched whole; 'koulu' alone ends 'korkeakoulu')


def org_type(text: str, *, contained: bool = True) -> str | None:
    """The organisation type a cell names ("HEI", "yritys", "mbo-instelling"), or None. A Swedish, Dutch or
    Finnish compound no term names is read by its head, the one-word type it ends with ('mikroyritys',
    'beroepsschool', 'ammattikoulu')."""
    types = vocabulary().types
    found = _find(types, text, contained)
    if found or not contained:
        return found
    for token in reversed(key(text).split()):  # the head noun is the rightmost
        heads = [
            token[i:] for i in range(COMPOUND_PREFIX_MIN, len(token) - COMPOUND_HEAD_MIN + 1) if token[i:] in types
        ]
        if heads:
            return types[heads[0]]  # the longest head
    return None


@lru_cache(maxsize=1)
def _name_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = data("vocabulary.json")
    return tuple(
        frozenset(key(w) for w in raw[k]) for k in ("university_words", "not_university_words", "company_forms")
    )


def type_from_name(name: str) -> str | None:
    """The type a name says plainly when no cell gives one: a university by a word for it in any language,
    alone or ending a compound ("University of Turku", "Hanzehogeschool", "Università di Bologna"), a company
    by its legal form ("Nokia Oyj", "Oy Karl Fazer Ab", "Pirelli S.p.A."); None otherwise (a name's other
    words, "Business Sweden", say nothing sure of its type; nor does a body of universities or students:
    "European University Association", "Folkuniversitetet", "Student Union of the University of Helsinki")."""
    universities, not_universities, companies = _name_words()
    words = key(name)
    tokens = words.split()
    phrase = any(f" {w} " in f" {words} " for w in universities if " " in w)  # "institute of technology"
    head = any(  # a word for a university, alone or ending a compound ("hanzehogeschool")
        token[i:] in universities for token in tokens for i in (0, *range(COMPOUND_PREFIX_MIN, len(token) - 4))
    )
    if (phrase or head) and not not_universities & set(tokens):
        return "higher_education"
    if any(" ".join(tokens[-n:]) in companies for n in range(min(3, len(tokens) - 1), 0, -1)):
        return "enterprise"
    return "enterprise" if len(tokens) > 1 and tokens[0] in {"oy", "ab"} else None


def role(text: str, *, contained: bool = True) -> str | None:
    """coordinator, partner, associated or unknown for a role cell, or None.

    ``unknown`` is a role written but not one of the three: an unclear role word
    ("observer", "tbc", "waarnemer") or a role with a doubt ("partner?", "partner (tbc)");
    such an organisation is never taken for a full partner by silence.
    """
    vocab = vocabulary()
    words = key(text)
    if hit := vocab.roles.get(words):
        return hit
    if not contained or not words:
        return None
    hit = _find(vocab.known_roles, text, True, ROLE_PRIORITY)
    tokens = words.split()
    if hit and hit != "associated" and not vocab.unclear_markers.isdisjoint(tokens):
        return "unknown"
    if hit == "partner" and any(_qualifies(token, vocab) for token in tokens):
        return "unknown"  # "silent partner", "non-funded partner": not a full partner by silence
    return hit


ROLE_FILLERS = frozenset(
    {"the", "a", "an", "as", "our", "is", "in", "of", "for", "and", "&", "/", "-", "project", "eu", "erasmus", "no",
     "som", "och", "i", "projekt", "projektet", "ja", "hankkeen", "hankkeessa", "als", "en", "het", "de", "nr", "nro", "#"}
)  # fmt: skip


def _qualifies(token: str, vocab: Vocabulary) -> bool:
    """A word beside "partner" that is no role word, filler, number, type or ECHE word: it may change the role."""
    if token in vocab.role_words or token in ROLE_FILLERS or token.isdigit():
        return False
    return not (vocab.types.get(token) or token in vocab.eche or token == "eche")


@lru_cache(maxsize=4096)
def header_field(text: str) -> str | None:
    """Which field a header cell names (name, country, type, role, eche, sector, pic, city, website,
    comment, number, ignore), or None."""
    vocab = vocabulary()
    words = key(text)
    if hit := vocab.headers.get(words):
        return hit
    found = {vocab.header_tokens[t] for t in words.split() if t in vocab.header_tokens}
    return next((field for field in HEADER_PRIORITY if field in found), None)


def eche_value(text: str, *, bare: bool = True) -> bool | None:
    """True/False for an ECHE cell ("yes", "nej", "no ECHE", "ECHE: kyllä"), None when unreadable.

    With ``bare=False`` a cell must mention ECHE ("ECHE", "no ECHE") to count.
    """
    vocab = vocabulary()
    words = key(text)
    if bare and words in vocab.eche:
        return vocab.eche[words]
    tokens = words.split()
    if "eche" not in tokens:
        return None
    rest = [t for t in tokens if t != "eche"]
    if any(t in vocab.eche_pending for t in rest):
        return None
    if any(t in vocab.eche_negations for t in rest):
        return False
    return all(vocab.eche.get(t, True) for t in rest) or None


# a cell of nothing but dashes, question marks, dots or ellipses ("-", "–", "??", "...") says no country was given
NOTHING_WRITTEN = re.compile(r"^[\s\-–—?.…_/]+$")


@lru_cache(maxsize=1)
def _not_given() -> frozenset[str]:
    return frozenset(key(term) for term in data("vocabulary.json")["country_not_given"])


def country_not_given(text: str) -> bool:
    """Does a country cell say that the country is not known ("-", "?", "n/a", "TBC", "okänd", "ei tiedossa",
    "n.v.t.")? Such a cell gives no country, and is no country name the checker failed to recognise either."""
    return bool(NOTHING_WRITTEN.match(text)) or key(text) in _not_given()


def sector_id(text: str, *, contained: bool = True) -> str | None:
    """The id of one of the seven sectors named in any of the four languages, or None."""
    return _find(vocabulary().sectors, text, contained)


def sector_name(sid: str, lang: str) -> str:
    return vocabulary().sector_names[sid][lang]
