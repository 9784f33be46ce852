"""The names a document spells out once and then uses by a word of its own or an abbreviation.

A guide defines a term once, 'Laadi Erasmus-toimintaperiaatelausuma (Erasmus Policy Statement, EPS)', 'LEAR (Legal
Entity Appointed Representative)', and then writes 'EPS:n on oltava ...' or 'Toimintaperiaatelausuma on enintään 5 000
merkin ...'. A question naming the thing by its spelled-out name ('the max length of the Erasmus Policy Statement')
meets only the defining sentence by those words, though the later ones say what it asks; read with its glosses, a
sentence using the abbreviation or the term names the thing as the defining one does. Pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from erasbot.guidance.lexical import tokens

THROUGHOUT = 8  # a term in more of the document's texts (passages, sentences) than this is its subject

_NAME = r"[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){1,6}"  # a spelled-out name: two words or more, the first capitalised
_ABBR = r"[A-Z][A-Za-z]{0,2}[A-Z]{1,5}"  # an abbreviation: 2 to 8 letters, 2 capitals at least ('EPS', 'LEAR', 'PhD')
# 'Erasmus-toimintaperiaatelausuma (Erasmus Policy Statement, EPS)'
TERM_NAME_ABBR = re.compile(rf"(?P<term>[^\W\d_][\w-]*)\s*\((?P<name>{_NAME}),\s*(?P<abbr>{_ABBR})\)")
# 'LEAR (Legal Entity Appointed Representative)'
ABBR_NAME = re.compile(rf"(?<![\w-])(?P<abbr>{_ABBR})\s*\((?P<name>{_NAME})\)")
# 'Erasmus-toimintaperiaatelausumansa (EPS)'
TERM_ABBR = re.compile(rf"(?P<term>[^\W\d_][\w-]*)\s*\((?P<abbr>{_ABBR})\)")


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[^\W\d_]+", name)).upper()


def _head(term: str, language: str) -> list[str]:
    """The word a term ends with ('Erasmus-toimintaperiaatelausuma': 'toimintaperiaatelausum')."""
    return tokens(term, language)[-1:]


def glosses(texts: Iterable[str], language: str) -> dict[str, frozenset[str]]:
    """Per word standing for a name in the document (an abbreviation, or a term glossed with the name: its stem in
    `language`), the words of that name and the thing's other short spellings. The words of a spelled-out name stand
    for nothing themselves ('Erasmus' in 'Erasmus Policy Statement' stands for no policy statement)."""
    texts = list(texts)
    glossed: list[tuple[set[str], set[str]]] = []  # (the short spellings, the name's words)
    for text in texts:
        for m in TERM_NAME_ABBR.finditer(text):
            glossed.append(
                ({*_head(m["term"], language), *tokens(m["abbr"], language)}, set(tokens(m["name"], language)))
            )
        for m in ABBR_NAME.finditer(text):
            if _initials(m["name"]).startswith(m["abbr"].upper()[:2]):  # 'LEAR (Legal Entity ...)', not any brackets
                glossed.append((set(tokens(m["abbr"], language)), set(tokens(m["name"], language))))
        for m in TERM_ABBR.finditer(text):
            glossed.append(({*_head(m["term"], language), *tokens(m["abbr"], language)}, set()))
    # the short spellings met in several glosses are one thing's ('EPS' beside its name and beside its term)
    merged: list[tuple[set[str], set[str]]] = []
    for short, name in glossed:
        for other in [g for g in merged if g[0] & short]:
            merged.remove(other)
            short, name = short | other[0], name | other[1]
        merged.append((short, name))
    # a term the document uses throughout is what the document is about, no name looked for ('korkeakouluille' in
    # 'Erasmus-peruskirja korkeakouluille (Erasmus Charter for Higher Education, ECHE)')
    used = Counter(w for text in texts for w in set(tokens(text, language)))
    merged = [({w for w in short if used[w] <= THROUGHOUT}, name) for short, name in merged]
    return {
        word: frozenset((short | name) - {word}) for short, name in merged for word in short if (short | name) - {word}
    }


def with_glosses(words: set[str], glossed: dict[str, frozenset[str]]) -> set[str]:
    """The words, and those of the names they stand for."""
    return words.union(*(glossed.get(w, ()) for w in words))


def defines_named(sentence: str, language: str, asked: set[str]) -> bool:
    """Does the sentence spell out a name the question uses ('Laadi Erasmus-toimintaperiaatelausuma (Erasmus Policy
    Statement, EPS) ...', asked of the Erasmus Policy Statement)? Its closeness to the question is the name's."""
    for pattern in (TERM_NAME_ABBR, ABBR_NAME):
        for m in pattern.finditer(sentence):
            named = set(tokens(m["name"], language))
            if len(named & asked) >= 2:
                return True
    return False
