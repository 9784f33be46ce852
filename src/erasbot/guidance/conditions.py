"""The case a yes/no question puts ('can we get salary costs if we only do a collection of good practice?'),
read against what the texts say of it: a claim refusing the thing asked in that very case answers "no"; a
claim granting it on a condition answers "yes, on that condition" only when the case is that condition.

Pure, in English, Swedish, Finnish and Dutch. A case is the question's 'if ...' clause and any sentence
before the one that asks ('Our partnership will only compile good practice. Can we ...?').
"""

from __future__ import annotations

import re

from erasbot.forms import asking_part
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.lexical import tokens
from erasbot.guidance.said_of import HOLDER_STEMS, NEGATION, ORGANISATION, PROJECT

CONDITION = re.compile(
    r"(?<!\w)(?:if|provided|in case|om|ifall|förutsatt|jos|mikäli|als|indien|mits|wanneer)(?!\w)", re.IGNORECASE
)
# 'only', 'just' and the verbs of doing or producing qualify a case; they do not say which case it is
QUALIFIERS = re.compile(
    r"(?<!\w)(?:only|just|merely|do|does|doing|make|makes|produce\w*|bara|endast|enbart|gör|göra|ta fram"
    r"|producera\w*|vain|ainoastaan|pelkästään|tehdä|tekee|teemme|tuottaa|tuotta\w*|alleen|slechts"
    r"|uitsluitend|doen|doet|maken|maakt|opleve\w*|produce\w*)(?!\w)",
    re.IGNORECASE,
)
# the project or organisation every case and claim speaks of ('if our project only ...')
HOLDERS = re.compile(
    r"\w*(?:%s)\w*" % "|".join(re.escape(stem) for stem in HOLDER_STEMS[PROJECT] + HOLDER_STEMS[ORGANISATION]),
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")  # the refusal and the case it refuses are said in one sentence
GENERAL_TOPICS = {"results", "goals", "activities", "organisations", "grant", "innovation", "skills"}
# words every case and claim share: they say nothing of which case it is
PLAIN_MIN_CHARS = 4


def case_text(question: str) -> str:
    """The case the question puts: the sentences before the one that asks, and its 'if ...' clause ('' none)."""
    asking = asking_part(question)
    start = question.find(asking)
    before = question[:start] if start > 0 else ""
    found = CONDITION.search(asking)
    clause = asking[found.end() :] if found else ""
    return f"{before} {clause}".strip()


def _plain(text: str, lang: str, glossary: Glossary) -> set[str]:
    """The stems of a text's own words (no glossary term: 'results', 'salary costs' are what every claim on
    the subject says)."""
    own = HOLDERS.sub(" ", QUALIFIERS.sub(" ", glossary.without_concepts(text)))
    return {t for t in tokens(own, lang) if len(t) >= PLAIN_MIN_CHARS}


def _case_concepts(case: str, question: str, glossary: Glossary) -> set[str]:
    """The glossary topics the case names that the asking clause does not (a 'compilation of good practice'),
    other than those too general to tell one case from another ('results')."""
    asked = set(glossary.find(asking_part(question).replace(case, " ")))
    named = {c for c in glossary.find(case) if glossary.concepts[c].kind == "topic"}
    return named - asked - GENERAL_TOPICS


def says_of_case(statement: str, question: str, lang: str, glossary: Glossary) -> bool:
    """Does a claim's statement (in the asker's language) speak of the case the question puts: a word of
    its own or a topic the case names and the rest of the question does not?"""
    case = case_text(question)
    if not case:
        return False
    if _plain(case, lang, glossary) & _plain(statement, lang, glossary):
        return True
    return any(glossary.occurs(c, statement) for c in _case_concepts(case, question, glossary))


def refuses_in_case(statement: str, items: set[str], question: str, lang: str, glossary: Glossary) -> bool:
    """Does a claim's statement refuse one of the things asked (`items`: glossary ids, 'salary-costs') in
    the case the question puts, in one sentence ('Small-scale results such as a compilation of good practice
    ..., but then no grant can be requested for salary costs')?"""
    return any(
        NEGATION.search(sentence)
        and any(glossary.occurs(item, sentence) for item in items)
        and says_of_case(sentence, question, lang, glossary)
        for sentence in SENTENCE_END.split(statement)
    )
