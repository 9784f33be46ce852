"""How an answer ends: the period note its citations call for, or an abstention when a figure is asked and no
line gives one; and why an answer abstains, in the asker's language.

Pure: takes the answer's lines and citations, returns an Answer."""

from __future__ import annotations

import re

from erasbot.forms import asking_part
from erasbot.guidance.added_answer import CITATION_MARK
from erasbot.guidance.added_routing import (
    doc_language,
)
from erasbot.guidance.citations import Answer, Citations
from erasbot.guidance.corpus import DocumentInfo
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.lexical import tokens
from erasbot.guidance.period_answer import period_note
from erasbot.guidance.question_asks import (
    asks_a_figure,
    counted_words,
    gives_a_figure,
)
from erasbot.guidance.retrieval import Hit, Query
from erasbot.guidance.units import asked_units, unit_missing
from erasbot.guidance.wording import action_name, message, what
from erasbot.text import fold, one_slip

SAME_STEM_MIN = 5  # letters of an answer's stem a question's word may begin with, or be one slip from


def finish(
    query: Query,
    lines: list[str],
    citations: Citations,
    documents: dict[str, DocumentInfo],
    hits: list[Hit],
    basis: str,
    glossary: Glossary,
    figure_asked: bool = True,
) -> Answer:
    """The answer's lines with the period note its citations call for; an abstention when the question's
    wording asks for a figure and no line gives one (the line saying where quotes come from is not one), or
    asks to count a thing no glossary term names and no line speaks of ('how many project meetings ...?'
    answered with the number of organisations)."""
    cited_actions = [a for c in citations.items for a in _actions_of(documents, c.doc_id)]
    # a share asked ('what percentage ...?', 'kuinka monta prosenttia') is a figure asked, whatever the wording
    kind = "share" if "percent" in asked_units(asking_part(query.text)) else asks_a_figure(query, glossary)
    if figure_asked and kind and not _gives_count_asked(query, lines, basis, citations, documents, glossary):
        # 'how many project meetings ...?' answered without a figure, or with a count of something else
        lang = query.said_in
        detail = not_stated({kind}, list(query.actions) or cited_actions, lang)
        # as for a rate: an added guide giving the figure may still answer (added_routing.guide_saying_it)
        return Answer(query.text, lang, message("abstain", lang, detail=detail), True, [], "rate", hits)
    note = period_note(cited_actions, citations.items, query.said_in, documents)
    if note:
        lines.append(note)
    ranked = cited_first(hits, citations)
    return Answer(query.text, query.said_in, "\n".join(lines), False, citations.items, basis, ranked)


def abstention(query: Query, retrieved: list[Hit], detail: str = "") -> Answer:
    """The refusal of a question the texts do not answer, in the asker's language, with why when `detail` says."""
    lang = query.said_in
    return Answer(query.text, lang, message("abstain", lang, detail=detail), True, [], "abstain", retrieved)


def cited_first(hits: list[Hit], citations: Citations) -> list[Hit]:
    """The retrieved passages with those the answer cites first, in citation order: the answer's choice of
    claim and sentence reranks them (as an added document's passages come first when it answers)."""
    order = {c.chunk_id: i for i, c in reversed(list(enumerate(citations.items)))}
    return sorted(hits, key=lambda h: order.get(h.chunk.chunk_id, len(order)))


def _gives_count_asked(
    query: Query,
    lines: list[str],
    basis: str,
    citations: Citations,
    documents: dict[str, DocumentInfo],
    glossary: Glossary,
) -> bool:
    """Does an answer's text (not the line saying where its quotes come from) give a figure, and, for 'how many
    X?' with X no glossary term names, speak of X in the asker's or a cited text's language? A number word
    counts as a figure; Swedish 'en', 'ett' and Dutch 'een', mostly articles, only where the words around them
    make them the number one (question_asks.gives_a_figure)."""
    said = CITATION_MARK.sub(" ", "\n".join(lines[1:] if basis == "extract" else lines))
    if not gives_a_figure(said, query, glossary):
        return False
    if unit_missing(asked_units(asking_part(query.text)) & {"percent"}, [said]):
        return False  # a share asked ('how many percent ... in advance?') answered with a sum
    if (topic := counted_topic(asking_part(query.text), glossary)) and not glossary.occurs(topic, said):
        return False  # 'uit hoeveel landen moeten die komen?' answered with 'twee soorten activiteiten'
    counted = counted_words(query, glossary)
    if not counted:
        return True
    languages = {query.language, *(doc_language(documents, c.doc_id) for c in citations.items)}
    stems = {t for lang in languages for t in tokens(said, lang)}
    # a compound holding the counted word speaks of it ('kunskapsallians' of 'allianser'); a typing slip in it
    # ('organisatons') still names what the answer counts
    folded = fold(said)
    return any(t in stems or (len(t) >= 4 and t in folded) or any(_same_word(t, s) for s in stems) for t in counted)


# what a count asked may be of that an answer giving it names ('how many countries', 'hoeveel landen',
# 'montako maata'): its glossary topic
COUNTED_TOPICS = ("programme-countries", "organisations")
# the words asking how many, Dutch 'hoeveel' too, and the two words after them (folded)
_COUNT_ASKED = re.compile(r"(?<!\w)(?:how many|hur manga|kuinka monta|montako|hoeveel)\s+((?:\S+\s+){0,1}\S+)")


def counted_topic(asking: str, glossary: Glossary) -> str | None:
    """The topic a 'how many ...?' counts when it is a number of countries or of organisations, else None."""
    found = _COUNT_ASKED.search(fold(asking).lower())
    if found is None:
        return None
    named = glossary.find(found.group(1))
    return next((t for t in COUNTED_TOPICS if t in named), None)


def _same_word(asked: str, said: str) -> bool:
    """Is a question's stemmed word the answer's, typed with a slip or ending otherwise ('organisaton', 'organis')?"""
    return len(said) >= SAME_STEM_MIN and (asked.startswith(said) or one_slip(asked, said))


def _actions_of(documents: dict[str, DocumentInfo], doc_id: str) -> tuple[str, ...]:
    return documents[doc_id].actions if doc_id in documents else ()


def not_stated(kinds: set[str], actions: list[str], lang: str) -> str:
    """Why an answer abstains: the figure the action's text does not give (nothing when no action is in play)."""
    if not actions:  # the passages are from a user's documents that name no action
        return ""
    action = actions[0]
    kind = min(kinds)
    return message("not_stated", lang, action=action_name(action, lang), what=what(kind, lang))
