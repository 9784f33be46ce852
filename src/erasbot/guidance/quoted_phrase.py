"""A phrase of the texts a question quotes ('... voivat olla mukana "om de tillför projektet mervärde". Mitä tuo
tarkoittaa?'): the claims whose quotes hold it are what the question is about.

Pure: reads the question and the claims' quotes.
"""

from __future__ import annotations

import re

from erasbot.guidance.facts import Fact
from erasbot.text import fold

# text between quotation marks of any of the four languages' styles: "...", “...”, ”...”, „...“, «...», '...'
# (an apostrophe inside a word, 'It's', opens no quote: a mark opens after a space or a bracket, and closes before one)
QUOTED = re.compile(r"(?:^|(?<=[\s(]))[\"“”„«»‘’']([^\"“”„«»‘’']{8,200})[\"“”«»‘’'](?=[\s.,;:!?)]|$)")
QUOTED_MIN_WORDS = 3  # a quoted phrase of fewer words is a term ('"lump sum"'), not a phrase of the texts


def quoted_phrases(question: str) -> list[str]:
    """The phrases of at least three words the question puts in quotation marks, folded."""
    found = []
    for m in QUOTED.finditer(question):
        phrase = fold(m.group(1)).strip(" .,;:!?").lower()
        if len(phrase.split()) >= QUOTED_MIN_WORDS:
            found.append(" ".join(phrase.split()))
    return found


def quoting(facts: list[Fact], question: str) -> list[Fact]:
    """The claims one of whose quotes holds a phrase the question quotes ([] when it quotes none, or none does)."""
    phrases = quoted_phrases(question)
    if not phrases:
        return []
    return [f for f in facts if any(p in " ".join(fold(q).lower().split()) for p in phrases for q in f.quotes)]
