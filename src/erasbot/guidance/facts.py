"""Structured facts (minimum partners, durations, grant caps...) with the sentences they come from.

Data in data/facts.json; each fact states the same thing in the four askers'
languages and quotes its source verbatim (tests prove the quotes).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

FACTS_FILE = Path(__file__).with_name("data") / "facts.json"


@dataclass(frozen=True)
class Fact:
    id: str
    doc_id: str
    action: str
    answers: str | None  # count | duration | amount | None
    facets: tuple[str, ...]
    quotes: tuple[str, ...]
    statement: dict[str, str]


def _normalise(text: str) -> str:
    return text.replace("\u00a0", " ")


@lru_cache(maxsize=1)
def load_facts(path: Path = FACTS_FILE) -> tuple[Fact, ...]:
    raw = json.loads(path.read_text(encoding="utf-8"))["facts"]
    by_id = {f["id"]: f for f in raw}
    facts = []
    for f in raw:
        statement = f.get("statement") or by_id[f["same_as"]]["statement"]
        facts.append(
            Fact(
                id=f["id"],
                doc_id=f["doc_id"],
                action=f["action"],
                answers=f.get("answers"),
                facets=tuple(f["facets"]),
                quotes=tuple(_normalise(q) for q in f["quotes"]),
                statement=statement,
            )
        )
    return tuple(facts)
