"""Which sentence of a claim's statement leads a yes/no answer: the one saying what the question asks of its
subject ('Can an associated partner come from outside Europe?' is answered by 'Both kinds of partner can come
from programme and partner countries', not by what associated partners are).

Pure. A claim's first sentence usually says what its subject is; a yes/no question may ask something a later
sentence says ('... come from outside Europe?': partner countries). That sentence leads.
"""

from __future__ import annotations

import re

from erasbot.guidance.glossary import Glossary

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖÜ])")
GENERAL = {"organisations", "activities", "goals", "results", "grant", "eligibility"}


def asked_topics(question: str, glossary: Glossary) -> list[str]:
    """The glossary topics a question names, in glossary order, less those naming who or what in general
    ('organisations'): what it asks of its subject."""
    return [c for c in glossary.find(question) if glossary.concepts[c].kind == "topic" and c not in GENERAL]


def asked_sentence_first(statement: str, question: str, glossary: Glossary) -> str:
    """The statement with the sentence saying what a yes/no question asks put first: when its first sentence
    leaves out a topic the question names and a later one names it (unchanged otherwise)."""
    sentences = SENTENCE_END.split(statement.strip())
    if len(sentences) < 2:
        return statement
    missing = [c for c in asked_topics(question, glossary) if not glossary.occurs(c, sentences[0])]
    for i, sentence in enumerate(sentences[1:], start=1):
        if any(glossary.occurs(c, sentence) for c in missing):
            return " ".join([sentence, *sentences[:i], *sentences[i + 1 :]])
    return statement
