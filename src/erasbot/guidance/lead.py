"""Which sentence of a claim's statement leads a yes/no answer: the one saying what the question asks of its
subject ('Can an associated partner come from outside Europe?' is answered by 'Both kinds of partner can come
from programme and partner countries', not by what associated partners are).

Pure. A yes/no question names its subject first and what it asks of it after ('... come from outside
Europe?'): the statement's sentence naming the topic the question names last leads, when the first sentence
does not name it.
"""

from __future__ import annotations

import re

from erasbot.guidance.glossary import Glossary

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖÜ])")


def last_named_topic(question: str, glossary: Glossary) -> str | None:
    """The glossary topic the question names last (read word by word: the one appearing last)."""
    words = question.split()
    seen: set[str] = set()
    last = None
    for n in range(1, len(words) + 1):
        found = [c for c in glossary.find(" ".join(words[:n])) if glossary.concepts[c].kind == "topic"]
        for concept in found:
            if concept not in seen:
                seen.add(concept)
                last = concept
    return last


def asked_sentence_first(statement: str, question: str, glossary: Glossary) -> str:
    """The statement with the sentence answering what a yes/no question asks put first (unchanged when the
    first sentence says it already, or no later sentence does)."""
    sentences = SENTENCE_END.split(statement.strip())
    if len(sentences) < 2:
        return statement
    topic = last_named_topic(question, glossary)
    if topic is None or glossary.occurs(topic, sentences[0]):
        return statement
    for i, sentence in enumerate(sentences[1:], start=1):
        if glossary.occurs(topic, sentence):
            return " ".join([sentence, *sentences[:i], *sentences[i + 1 :]])
    return statement
