"""The unit a "how many ...?" question asks its figure in, which decides what it asks.

"How many yrs does a knowledge alliance run for?" asks a duration and "hoeveel euro ..." an amount, though
"how many" alone asks a count (the composition). Pure after loading data/asked_units.json.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from erasbot.datafiles import read_json
from erasbot.errors import ErasbotError
from erasbot.text import fold

UNITS_FILE = Path(__file__).with_name("data") / "asked_units.json"
KINDS = ("duration", "amount")
WORDS_BETWEEN = 2  # 'how many more years', 'för hur många år'


def _unit(word: str) -> str:
    # matched as written (lower case), not folded: folded, Swedish 'år' (years) would be 'är' (is) and
    # 'mån' (months) 'man' (one)
    exact = re.escape(word.rstrip("*").lower())
    return exact + (r"\w*" if word.endswith("*") else "")


def _asking(words: list[str]) -> str:
    """Count words as written and without diacritics ('hur manga'): unambiguous either way."""
    forms = {form for w in words for form in (w.lower(), fold(w))}
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


@dataclass(frozen=True)
class UnitCues:
    patterns: dict[str, dict[str, re.Pattern]]  # language -> kind -> 'count word, up to two words, unit'

    def kind(self, text: str, language: str) -> str | None:
        """'duration' or 'amount' when the count the text asks for is in a unit of time or money, else None;
        the unit named first decides."""
        lowered = text.lower()
        found = [(m.start(), k) for k, p in self.patterns.get(language, {}).items() if (m := p.search(lowered))]
        return min(found)[1] if found else None


@lru_cache(maxsize=1)
def load_unit_cues(path: Path = UNITS_FILE) -> UnitCues:
    data = read_json(path)
    try:
        counts, units = data["count_words"], data["units"]
    except (KeyError, TypeError):
        raise ErasbotError(f"{path.name}: needs 'count_words' and 'units'") from None
    unknown = set(units) - set(KINDS)
    if unknown:
        raise ErasbotError(f"{path.name}: unknown unit kind(s) {', '.join(sorted(unknown))}; known: {', '.join(KINDS)}")
    patterns: dict[str, dict[str, re.Pattern]] = {}
    for kind, by_lang in units.items():
        for lang, words in by_lang.items():
            if lang not in counts:
                raise ErasbotError(f"{path.name}: units of '{kind}' in {lang}, which has no count_words")
            asking = _asking(counts[lang])
            unit = "|".join(_unit(w) for w in sorted(words, key=len, reverse=True))
            patterns.setdefault(lang, {})[kind] = re.compile(
                rf"(?<!\w)(?:{asking})(?:\s+[\w-]+){{0,{WORDS_BETWEEN}}}?\s+(?:{unit})(?!\w)"
            )
    return UnitCues(patterns)


def unit_kind(text: str, language: str, cues: UnitCues | None = None) -> str | None:
    """The figure a count question asks in its unit: 'duration', 'amount' or None."""
    return (cues or load_unit_cues()).kind(text, language)
