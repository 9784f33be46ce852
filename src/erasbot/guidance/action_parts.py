"""Actions made of parts, and questions that compare the parts without naming them.

"What is the difference between the two kinds of alliances in Partnerships for Innovation?" compares
the action's two parts: each is asked about by its own name. Pure after loading data/action_parts.json.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from erasbot.datafiles import read_json
from erasbot.errors import ErasbotError
from erasbot.text import fold

if TYPE_CHECKING:
    from erasbot.guidance.glossary import Glossary

PARTS_FILE = Path(__file__).with_name("data") / "action_parts.json"
LANGUAGES = ("en", "sv", "fi", "nl")


@dataclass(frozen=True)
class ActionParts:
    parts: dict[str, dict[str, tuple[str, ...]]]  # action -> language -> part names
    refer: dict[str, re.Pattern]  # language -> words referring to the parts ('the two kinds')
    asks: dict[str, str]  # language -> the question a part is asked alone ('What are {part}?')
    continues: dict[str, tuple[str, ...]] = field(default_factory=dict)  # action -> the action each part carries on

    def names(self, action: str, language: str) -> tuple[str, ...]:
        return self.parts.get(action, {}).get(language, ())

    def all_names(self) -> frozenset[str]:
        """Every part name of every action in every language, folded."""
        return frozenset(fold(n) for by_lang in self.parts.values() for names in by_lang.values() for n in names)

    def referred(self, text: str, language: str) -> bool:
        pattern = self.refer.get(language)
        return bool(pattern and pattern.search(fold(text)))

    def about(self, part: str, language: str) -> str:
        return self.asks[language].format(part=part)

    def part_named(self, text: str, action: str) -> int | None:
        """Which of the action's parts the text names by its whole name, in any language (its index)."""
        folded = fold(text)
        for lang in LANGUAGES:
            for i, name in enumerate(self.names(action, lang)):
                if fold(name) in folded:
                    return i
        return None

    def part_of_phrase(self, phrase: str, action: str) -> int | None:
        """Which of the action's parts a short name of it stands for ('allianserna för sektorsamarbete',
        'sectoral cooperation'): the part one of whose own words (those its other parts' names lack, in one
        language) the phrase holds, inflected or compounded (a shared start); None for none or several."""
        words = [w for w in re.findall(r"\w+", fold(phrase)) if len(w) >= KEY_WORD_MIN]
        found = {
            i
            for lang in LANGUAGES
            for i, keys in enumerate(_key_words(self.names(action, lang)))
            if any(_same_start(w, k) for w in words for k in keys)
        }
        return found.pop() if len(found) == 1 else None

    def continuing_part(self, earlier: str, language: str) -> str | None:
        """The name of the later action's part that carries on an earlier action (Sector Skills Alliances:
        the Alliances for Sectoral Cooperation on Skills), in the language; None when no part does."""
        for action, earlier_actions in self.continues.items():
            names = self.names(action, language)
            if earlier in earlier_actions and earlier_actions.index(earlier) < len(names):
                return names[earlier_actions.index(earlier)]
        return None

    def predecessor(self, action: str, part: int) -> str | None:
        """The earlier action the action's part carries on, if the table says."""
        earlier = self.continues.get(action, ())
        return earlier[part] if part < len(earlier) else None


KEY_WORD_MIN = 5  # shorter words ('och', 'voor', 'om') name no part
SAME_START = 6  # letters two words share from their start to be forms of one word ('sektorsamarbete')


def _key_words(names: tuple[str, ...]) -> list[set[str]]:
    """Per part name, its words of KEY_WORD_MIN letters or more that no other part name holds (folded)."""
    words = [{w for w in re.findall(r"\w+", fold(n)) if len(w) >= KEY_WORD_MIN} for n in names]
    return [w - set().union(*(o for j, o in enumerate(words) if j != i)) for i, w in enumerate(words)]


def _same_start(a: str, b: str) -> bool:
    return a == b or (len(a) >= SAME_START and len(b) >= SAME_START and a[:SAME_START] == b[:SAME_START])


@lru_cache(maxsize=1)
def load_action_parts(path: Path = PARTS_FILE) -> ActionParts:
    data = read_json(path)
    try:
        parts, refer, asks = data["parts"], data["refer"], data["asks"]
    except (KeyError, TypeError):
        raise ErasbotError(f"{path.name}: needs 'parts', 'refer' and 'asks'") from None
    for name, table in (("refer", refer), ("asks", asks)):
        missing = set(LANGUAGES) - set(table)
        if missing:
            raise ErasbotError(f"{path.name}: '{name}' lacks language(s) {', '.join(sorted(missing))}")
    continues = data.get("continues", {})
    for action, earlier in continues.items():
        named = len(parts.get(action, {}).get("en", ()))
        if not isinstance(earlier, list) or len(earlier) != named:
            raise ErasbotError(f"{path.name}: 'continues' of '{action}' needs one action per part ({named})")
    for action, by_lang in parts.items():
        for lang in LANGUAGES:
            if len(by_lang.get(lang, ())) < 2:
                raise ErasbotError(f"{path.name}: action '{action}' needs at least two part names in {lang}")
    return ActionParts(
        {a: {lang: tuple(ns) for lang, ns in by_lang.items()} for a, by_lang in parts.items()},
        {
            lang: re.compile(r"(?<!\w)(?:%s)" % "|".join(re.escape(fold(w)) for w in words))
            for lang, words in refer.items()
        },
        dict(asks),
        {action: tuple(earlier) for action, earlier in continues.items()},
    )


def part_in(text: str, action: str, glossary: Glossary) -> int | None:
    """Which part of the action the text names: by its whole name, else by a short name the glossary reads as
    the action ('allianserna för sektorsamarbete', 'sectoral cooperation'); None when it names none."""
    parts = load_action_parts()
    named = parts.part_named(text, action)
    if named is not None:
        return named
    folded = fold(text)
    found = {parts.part_of_phrase(folded[a:b], action) for a, b in glossary.spans_of(action, text)} - {None}
    return found.pop() if len(found) == 1 else None
