"""Hybrid ranking: dense and lexical scores fused with the glossary's action signal.

Pure: scores come in as arrays, rankings go out. The weights are chosen by the
evaluation (see evals/report.md), not by habit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from erasbot.guidance.action_parts import load_action_parts
from erasbot.guidance.corpus import Chunk
from erasbot.guidance.cross_words import load_cross_words
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.lexical import tokens
from erasbot.guidance.named_sources import without_sources
from erasbot.rules.countries import is_programme_country
from erasbot.rules.country_mentions import countries_named, country_names

MODES = ("hybrid", "dense", "lexical")
CURRENT_PERIOD = "2021-2027"  # the period whose programme countries are the programme's now


@dataclass(frozen=True)
class FusionWeights:
    """Chosen by the sweep in evals/report.md: lexical with glossary expansion carries most of the
    ranking on this corpus; dense stays in, at half weight, for wordings the glossary does not know."""

    dense: float = 0.5
    lexical: float = 1.0
    action: float = 1.5


@dataclass(frozen=True)
class Query:
    """A question as the retriever understands it."""

    text: str
    language: str
    concepts: tuple[str, ...]
    actions: tuple[str, ...]
    lexical_tokens: tuple[str, ...] = field(default=())
    # the words that say what is asked, without those naming the action: for choosing sentences
    focus_tokens: tuple[str, ...] = field(default=())
    focus: str | None = None  # the topic right after the question word, if any
    # the language the answer is written in, when the user asked for another than the question's ('in English
    # please' after a Dutch question): the question is read in its own `language`, the answer said in this one
    answer_language: str | None = None

    @property
    def said_in(self) -> str:
        """The language the answer is written in."""
        return self.answer_language or self.language


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float
    dense: float
    lexical: float


def carried_on(actions: tuple[str, ...], topics: list[str], glossary: Glossary) -> str | None:
    """The later action a question means when it asks a topic only that action's texts give of an earlier action it
    carries on ('the 14 industrial ecosystems of the sectoral skills alliances (lot 2)': the Alliances for Sectoral
    Cooperation of Partnerships for Innovation, action_parts.json 'continues'); None otherwise."""
    continues = load_action_parts().continues
    for topic in topics:
        later = glossary.concepts[topic].only_in
        if later and actions and later not in actions and set(actions) <= set(continues.get(later, ())):
            return later
    return None


def analyse(
    text: str, language: str, glossary: Glossary, doc_languages: tuple[str, ...], guide_languages: tuple[str, ...] = ()
) -> Query:
    """Concepts and actions named in a question, and its lexical tokens with glossary expansion. `guide_languages`:
    the languages of the added guides, which the question's content words are put into as well."""
    # what the question asks of the case it tells ('for an alliance that lasts 2 years, how much ...': no duration)
    # ('according to the Finnish agency': a source named, not the executive agency)
    concepts = tuple(glossary.find(without_sources(glossary.asked_text(text))))
    actions = tuple(c for c in concepts if glossary.concepts[c].kind == "action")
    topics = [c for c in concepts if glossary.concepts[c].kind == "topic"]
    later = carried_on(actions, topics, glossary)
    if later:
        concepts = tuple(dict.fromkeys(later if c in actions else c for c in concepts))
        actions = (later,)
    expansion = [t for term, lang in glossary.expansion(topics, doc_languages) for t in tokens(_plain(term), lang)]
    # a country outside the programme the question names, by its names in the languages of the added guides
    # ('Storbritannien' meets 'Yhdistynyt kuningaskunta'); a programme country is mostly the asker's own, context
    # ('two VET schools, all from the Netherlands'), whose name would bring in every passage naming it in passing
    expansion += [
        t
        for code in countries_named(text)
        if not is_programme_country(code, CURRENT_PERIOD)
        for lang in guide_languages
        if lang != language
        for name in country_names(code, lang)
        for t in tokens(name, lang)
    ]
    # the question's content words in English, for a guide in English (cross_words.py): a Finnish question meets
    # 'cost categories' in the passage that lists them, not only through the embedding. Into the bundled texts'
    # compounding languages only for a guide added in one ('voorfinanciering' for a Swedish question put to a Dutch
    # guide), whose compounds hold such words as parts
    translated = [
        t
        for lang in doc_languages
        if lang != language and (lang == "en" or lang in guide_languages)
        for words in load_cross_words().in_language(text, language, lang)
        for t in tokens(" ".join(words), lang)
    ]
    return Query(
        text=text,
        language=language,
        concepts=concepts,
        actions=actions,
        # the action's names in every language stay out of the lexical tokens: the action signal already counts
        # a passage of the action, and with them the passage that names the action most (a page's introduction)
        # outranked the one that answers ("may a Knowledge Alliance be extended?")
        lexical_tokens=tuple(tokens(text, language) + expansion + translated),
        focus_tokens=tuple(t for t in tokens(glossary.without_actions(text), language) if not programme_name(t))
        + tuple(expansion),
        focus=glossary.focus(text) or _keyword_focus(text, glossary),
    )


WORD_RE = re.compile(r"[^\W\d_]{2,}")
KEYWORD_WORDS = 3  # a query of this many words besides the action's name, with no question word, is typed as keywords


def _keyword_focus(text: str, glossary: Glossary) -> str | None:
    """The topic a query typed as keywords asks about ('looptijd KA2 volwassenen', 'SSA kesto?'): its one topic
    term, when the words left beside the action's name are this few."""
    if len(WORD_RE.findall(glossary.without_actions(text))) > KEYWORD_WORDS or "wh" in glossary.question_kinds(text):
        return None  # ('Mihin haasteisiin ... tarttuvat?' is a question, its own words deciding what it asks)
    topics = [c for c in glossary.find(text) if glossary.concepts[c].kind == "topic"]
    return topics[0] if len(topics) == 1 else None


def programme_name(token: str) -> bool:
    """'erasmus' ('Erasmus+', 'Erasmus+-ohjelmassa'): every text names the programme; it says nothing of what is
    asked, so a sentence sharing it is not closer to the question."""
    return token.startswith("erasmus")


def _plain(term: str) -> str:
    return term.replace("*", "").replace("...", " ")


def minmax(values: np.ndarray) -> np.ndarray:
    if values.size == 0:
        return values
    low, high = float(values.min()), float(values.max())
    if high - low < 1e-9:
        return np.zeros_like(values) if high <= 0 else np.ones_like(values)
    return (values - low) / (high - low)


def fuse(
    chunks: list[Chunk],
    dense: np.ndarray,
    lexical: np.ndarray,
    query: Query,
    weights: FusionWeights,
    mode: str = "hybrid",
    named_actions: list[frozenset[str]] | None = None,
) -> list[Hit]:
    """All chunks ranked best first by the weighted sum of normalised signals.

    `named_actions` gives, per chunk, the actions it counts for (see `named_actions`); by default
    its document's actions.
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}")
    d = minmax(dense) if mode != "lexical" else np.zeros(len(chunks))
    lx = minmax(lexical) if mode != "dense" else np.zeros(len(chunks))
    counted = named_actions if named_actions is not None else [frozenset(c.actions) for c in chunks]
    action = np.array([1.0 if set(query.actions) & named else 0.0 for named in counted])
    if mode == "hybrid":
        total = weights.dense * d + weights.lexical * lx + (weights.action * action if query.actions else 0.0)
    else:
        total = d + lx
    order = np.argsort(-total, kind="stable")
    return [
        Hit(chunk=chunks[i], score=float(total[i]), dense=float(dense[i]), lexical=float(lexical[i])) for i in order
    ]


def named_actions(chunks: list[Chunk], glossary: Glossary) -> list[frozenset[str]]:
    """The actions each chunk counts for in ranking: its document's, or, for a user's document added
    without an action, those its title, heading and text name (else it could never outrank a bundled
    text on a question that names an action)."""
    out = []
    for c in chunks:
        if c.actions:
            out.append(frozenset(c.actions))
        else:
            found = glossary.find(f"{c.title}\n{c.heading}\n{c.text}")
            out.append(frozenset(a for a in found if glossary.concepts[a].kind == "action"))
    return out


def keep(hits: list[Hit], doc_ids: set[str] | None, action: str | None, language: str | None) -> list[Hit]:
    """Hits that pass the user's filters (document ids, action, document language)."""
    return [
        h
        for h in hits
        if (not doc_ids or h.chunk.doc_id in doc_ids)
        and (not action or action in h.chunk.actions)
        and (not language or h.chunk.language == language)
    ]
