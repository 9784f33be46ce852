"""Multilingual Erasmus+ terms: which actions and topics a text is about.

Pure: the terms live in data/glossary.json beside this module.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LANGUAGES = ("sv", "fi", "nl", "en")
GLOSSARY_FILE = Path(__file__).with_name("data") / "glossary.json"


def fold(text: str) -> str:
    """Lower-case without diacritics, so 'hogskola' finds 'högskola'."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Concept:
    id: str
    kind: str  # action | topic | other
    terms: dict[str, tuple[str, ...]]
    asks: str | None = None  # count | duration | amount: what a question about it wants

    def all_terms(self) -> list[str]:
        return [t for lang in LANGUAGES for t in self.terms.get(lang, ())]


def _term_pattern(term: str) -> str:
    whole = term.endswith("=")
    body = re.escape(fold(term.rstrip("=")))
    body = body.replace(r"\ ", r"[\s-]+").replace(r"\*", r"\w*")
    return rf"(?<![\w]){body}" + (r"(?![\w])" if whole else r"[\w-]*")


class Glossary:
    """Finds concepts in text, in any of the four languages."""

    def __init__(self, concepts: list[Concept]):
        self.concepts = {c.id: c for c in concepts}
        self._patterns = {
            c.id: re.compile("|".join(_term_pattern(t) for t in c.all_terms())) for c in concepts
        }

    def find(self, text: str) -> list[str]:
        """Ids of the concepts the text mentions, in glossary order.

        A match inside a longer match of another concept of the same kind does not
        count: 'branschspecifika kunskapsallianser' names Sector Skills Alliances,
        not Knowledge Alliances.
        """
        folded = fold(text)
        spans = {cid: [m.span() for m in p.finditer(folded) if m.end() > m.start()] for cid, p in self._patterns.items()}
        found = []
        for cid, own in spans.items():
            kind = self.concepts[cid].kind
            others = [s for oid, ss in spans.items() if oid != cid and self.concepts[oid].kind == kind for s in ss]
            if any(not any(o[0] <= a and b <= o[1] and (o[1] - o[0]) > (b - a) for o in others) for a, b in own):
                found.append(cid)
        return found

    def actions(self, text: str) -> list[str]:
        return [cid for cid in self.find(text) if self.concepts[cid].kind == "action"]

    def occurs(self, concept_id: str, text: str) -> bool:
        return bool(self._patterns[concept_id].search(fold(text)))

    def expansion(self, concept_ids: list[str], languages: tuple[str, ...]) -> list[tuple[str, str]]:
        """(term, language) pairs of the concepts in the documents' languages, for lexical search."""
        out: list[tuple[str, str]] = []
        for cid in concept_ids:
            for lang in languages:
                out.extend((t.rstrip("="), lang) for t in self.concepts[cid].terms.get(lang, ()))
        return out


@lru_cache(maxsize=1)
def load_glossary(path: Path = GLOSSARY_FILE) -> Glossary:
    data = json.loads(path.read_text(encoding="utf-8"))
    concepts = [
        Concept(
            id=c["id"],
            kind=c["kind"],
            terms={lang: tuple(terms) for lang, terms in c["terms"].items()},
            asks=c.get("asks"),
        )
        for c in data["concepts"]
    ]
    return Glossary(concepts)
