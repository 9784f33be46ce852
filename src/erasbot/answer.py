"""Grounded offline answers: the facts stated exactly, the sentences quoted and cited, or an abstention.

Pure: takes the understood question and the ranked passages, returns an Answer.
An answer abstains when the question is about something the texts do not
cover (an Erasmus+ topic absent from every document, or a figure the texts of
that action never give), not when a similarity score is low.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from erasbot.corpus import BULLET, DocumentInfo, is_bullet, split_sentences
from erasbot.facts import Fact
from erasbot.glossary import Glossary, fold
from erasbot.lexical import tokens
from erasbot.retrieval import Hit, Query

# Topics too general to show that a question is about the guidance at all.
GENERIC_TOPICS = {"goals", "innovation", "skills", "period", "themes", "results", "activities", "mobility"}
SIMILARITY_WEIGHT = 2.0
CANDIDATE_PASSAGES = 5
FOCUS_FACTOR = 3.0
FOCUS_FACT_BONUS = 4.0
TWO_SENTENCES_MAX_CHARS = 420
QUOTES_MAX_CHARS = 320
TOP_ACTION_BONUS = 1.0
ANSWERS_BONUS = 5.0  # a fact that gives the very figure asked for (count, duration, amount)
COUNT_TOPICS = {"organisations", "programme-countries", "higher-education", "enterprises", "ecosystems", "training-providers"}
SUCCEEDED = {"knowledge-alliance", "sector-skills-alliance"}

EVIDENCE = {
    "amount": re.compile(r"\d[\d\s.,]*\s*(?:euro|eur|€|miljon|miljoen|miljoon)|€\s*\d", re.IGNORECASE),
    "duration": re.compile(
        r"\b(?:\d+|en|ett|två|tre|fyra|fem|sex|een|twee|drie|vier|yksi|kaksi|kolme|one|two|three)\b[\s\-–]*"
        r"(?:(?:till|tot|eller|of|or|to|-|–)\s*(?:\d+|två|tre|fyra|twee|drie|vier|kaksi|kolme|two|three|four)\s*)?"
        r"(?:år|månad|jaar|maand|vuo|kuukau|year|month)",
        re.IGNORECASE,
    ),
    "count": re.compile(r"\b(?:minst|minimum|minstens|ten minste|vähintään|at least|\d+)\b", re.IGNORECASE),
}

MESSAGES = {
    "abstain": {
        "en": "The guidance texts I have do not cover this question{detail}. Check the Erasmus+ Programme Guide or ask your national agency.",
        "sv": "Vägledningstexterna jag har täcker inte den här frågan{detail}. Se Erasmus+-programhandledningen eller fråga ditt nationella programkontor.",
        "fi": "Käytössäni olevat ohjetekstit eivät kata tätä kysymystä{detail}. Katso Erasmus+ -ohjelmaopas tai kysy kansalliselta toimistolta.",
        "nl": "De richtlijnteksten die ik heb, behandelen deze vraag niet{detail}. Raadpleeg de Erasmus+ Programme Guide of je nationaal agentschap.",
    },
    "not_stated": {
        "en": ": the text on {action} does not state {what}",
        "sv": ": texten om {action} anger inte {what}",
        "fi": ": ohjeessa ({action}) ei mainita {what}",
        "nl": ": de tekst over {action} noemt geen {what}",
    },
    "what": {
        "amount": {"en": "a grant amount", "sv": "något bidragsbelopp", "fi": "avustuksen määrää", "nl": "subsidiebedrag"},
        "duration": {"en": "a project duration", "sv": "någon projektlängd", "fi": "hankkeen kestoa", "nl": "projectduur"},
        "count": {"en": "that number", "sv": "det antalet", "fi": "tätä lukumäärää", "nl": "aantal"},
    },
    "lead": {
        "en": "From “{title}” ({publisher}):",
        "sv": "Ur ”{title}” ({publisher}):",
        "fi": "Ohjeesta ”{title}” ({publisher}):",
        "nl": "Uit ‘{title}’ ({publisher}):",
    },
    "note": {"en": "Note: ", "sv": "Obs: ", "fi": "Huom: ", "nl": "Let op: "},
    "succeeded": {
        "en": "{action} belong to the 2014–2020 programme; in 2021–2027 they were succeeded by the Alliances for Innovation.",
        "sv": "{action} hör till programperioden 2014–2020; 2021–2027 ersattes de av Alliances for Innovation (allianser för innovation).",
        "fi": "{action} kuuluvat ohjelmakauteen 2014–2020; kaudella 2021–2027 niitä seurasivat innovaatioallianssit (Alliances for Innovation).",
        "nl": "{action} horen bij de programmaperiode 2014–2020; in 2021–2027 zijn ze opgevolgd door de Allianties voor innovatie.",
    },
    "period_of": {
        "en": "{action} belong to the Erasmus+ {period} programme period.",
        "sv": "{action} hör till Erasmus+ programperiod {period}.",
        "fi": "{action} kuuluvat Erasmus+ -ohjelmakauteen {period}.",
        "nl": "{action} horen bij de Erasmus+ programmaperiode {period}.",
    },
    "successor": {
        "en": "In 2021–2027 they took over from the Knowledge Alliances and Sector Skills Alliances of 2014–2020.",
        "sv": "2021–2027 ersatte de kunskapsallianserna och de branschspecifika kunskapsallianserna från 2014–2020.",
        "fi": "Kaudella 2021–2027 ne korvasivat kauden 2014–2020 osaamisallianssit ja alakohtaiset osaamisallianssit.",
        "nl": "In 2021–2027 namen ze het stokje over van de kennisallianties en sectorale vaardigheidsallianties van 2014–2020.",
    },
    "period": {
        "en": "this text is from the {period} programme period.",
        "sv": "texten gäller programperioden {period}.",
        "fi": "teksti koskee ohjelmakautta {period}.",
        "nl": "deze tekst hoort bij de programmaperiode {period}.",
    },
}
ACTION_NAMES = {
    "knowledge-alliance": {"en": "Knowledge Alliances", "sv": "Kunskapsallianser", "fi": "Osaamisallianssit (Knowledge Alliances)", "nl": "Kennisallianties (Knowledge Alliances)"},
    "sector-skills-alliance": {"en": "Sector Skills Alliances", "sv": "Branschspecifika kunskapsallianser", "fi": "Alakohtaiset osaamisallianssit (Sector Skills Alliances)", "nl": "Sectorale vaardigheidsallianties (Sector Skills Alliances)"},
    "strategic-partnership-adult": {"en": "Strategic Partnerships in adult education", "sv": "Strategiska partnerskap inom vuxenutbildning", "fi": "aikuiskoulutuksen strategiset kumppanuudet", "nl": "strategische partnerschappen volwasseneneducatie"},
    "partnership-for-innovation": {"en": "Partnerships for Innovation", "sv": "Partnerskap för innovation", "fi": "innovaatiokumppanuudet", "nl": "Partnerschappen voor innovatie"},
}


@dataclass
class Citation:
    n: int
    doc_id: str
    chunk_id: str
    text: str
    score: float
    title: str
    publisher: str
    period: str
    quotes: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"doc_id": self.doc_id, "chunk_id": self.chunk_id, "text": self.text, "score": round(self.score, 4)}


@dataclass
class Answer:
    question: str
    language: str
    text: str
    abstained: bool
    citations: list[Citation]
    basis: str  # fact | extract | abstain
    retrieved: list[Hit] = field(default_factory=list)
    seconds: float = 0.0
    notice: str | None = None
    verdict: dict | None = None

    def to_json(self) -> dict:
        return {
            "question": self.question,
            "language": self.language,
            "answer": self.text,
            "abstained": self.abstained,
            "citations": [c.to_json() for c in self.citations],
            "verdict": self.verdict,
        }

    def details(self) -> dict:
        return {**self.to_json(), "basis": self.basis, "citations": [asdict(c) for c in self.citations]}


def _message(key: str, lang: str, **values: str) -> str:
    table = MESSAGES[key]
    return table.get(lang, table["en"]).format(**values)


def _action_name(action: str, lang: str) -> str:
    return ACTION_NAMES.get(action, {}).get(lang, action)


def asked(query: Query, glossary: Glossary) -> set[str]:
    """Which figure a question wants: an amount, a duration, a count, or none of these."""
    words = glossary.question_kinds(query.text)
    topics = set(query.concepts)
    kinds = set()
    if "amount" in words and "grant" in topics:
        kinds.add("amount")
    if "duration" in words or ("duration" in topics and "count" not in words and "amount" not in words):
        kinds.add("duration")
    if "count" in words and topics & COUNT_TOPICS:
        kinds.add("count")
    return kinds


def abstention(query: Query, glossary: Glossary, supported: set[str], detail: str = "") -> str:
    return _message("abstain", query.language, detail=detail)


def _uncovered(query: Query, glossary: Glossary, supported: set[str]) -> bool:
    """True when the question is about something no document covers."""
    if any(glossary.concepts[c].kind == "other" and c not in supported for c in query.concepts):
        return True
    # a topic from outside the bundled guidance counts once a user's document covers it
    specific = [c for c in query.concepts if c not in GENERIC_TOPICS]
    return not specific


def _sentence_score(
    sentence: str, lang: str, query: Query, glossary: Glossary, weights: dict[str, float], heading: str = ""
) -> float:
    """How well one sentence answers: the question's topics it and its heading mention (rarer ones weigh
    more) and the words it shares with the question."""
    topics = [c for c in query.concepts if glossary.concepts[c].kind == "topic"]
    concept_score = sum(_weight(c, query, weights) for c in topics if glossary.occurs(c, sentence))
    if heading:
        concept_score += 0.5 * sum(_weight(c, query, weights) for c in topics if glossary.occurs(c, heading))
    words = set(tokens(sentence, lang))
    asked_words = set(query.focus_tokens)
    overlap = len(words & asked_words) / (1 + len(asked_words)) if words else 0.0
    return concept_score + 2.0 * overlap


def _weight(concept: str, query: Query, weights: dict[str, float]) -> float:
    """A topic's weight: rarer topics weigh more, and the one the question asks about most."""
    return weights.get(concept, 1.0) * (FOCUS_FACTOR if concept == query.focus else 1.0)


def _fact_score(
    fact: Fact,
    query: Query,
    glossary: Glossary,
    weights: dict[str, float],
    kinds: set[str],
    doc_language: str,
    closeness: float,
    top_action: float = 0.0,
) -> float:
    """A fact scores like its best sentence: its statement in the asker's language or its quote."""
    shared = set(query.concepts) & set(fact.facets)
    if not shared:
        return 0.0
    statement = fact.statement.get(query.language, fact.statement["en"])
    score = max(
        _sentence_score(statement, query.language, query, glossary, weights),
        max(_sentence_score(q, doc_language, query, glossary, weights) for q in fact.quotes),
    )
    # the facts table exists to answer exactly this: a fact about the asked-for topic beats a loose sentence
    focus_bonus = FOCUS_FACT_BONUS if query.focus in shared else 0.0
    coverage = sum(weights.get(c, 1.0) for c in shared)  # how much of the question the fact is about
    return score + closeness + coverage + focus_bonus + top_action + (ANSWERS_BONUS if fact.answers in kinds else 0.0) + 0.5


def _with_list(sentence: str, text: str, most: int = 8) -> str:
    """A sentence that introduces a list (or starts one), with the list's items joined on."""
    lines = [BULLET.sub("", line.strip()) for line in text.split("\n")]
    bare = BULLET.sub("", sentence)
    # the sentence is its line, or the last sentence of it ('... behov. Tanken är att')
    start = next((i for i, line in enumerate(lines) if line == bare or line.endswith(" " + bare)), None)
    if start is None:
        return sentence
    raw = [line.strip() for line in text.split("\n")]
    joined = bare
    for line, original in list(zip(lines, raw))[start + 1 : start + 1 + most]:
        if not is_bullet(original):
            break
        glue = " " if re.search(r"(,|\b(och|varav|eller|en|of|and|or|ja|tai))$", joined) else "; "
        joined += glue + line.rstrip(".;,")
    return joined if joined == bare else joined + "."


def _sentences(
    query: Query,
    hits: list[Hit],
    glossary: Glossary,
    weights: dict[str, float],
    kinds: set[str],
    similarity: dict[str, float],
):
    """Sentences of the best passages, scored; `similarity` holds each sentence's cosine to the question."""
    low, high = _similarity_range(similarity)
    candidates = []
    for rank, hit in enumerate(hits[:CANDIDATE_PASSAGES]):
        heading = hit.chunk.heading if hit.chunk.heading != hit.chunk.title else ""
        for k, sentence in enumerate(split_sentences(hit.chunk.text)):
            if is_bullet(sentence) and len(sentence) < 40:
                continue
            score = _sentence_score(sentence, hit.chunk.language, query, glossary, weights, heading) + 0.5 / (1 + rank)
            sim = similarity.get(f"{hit.chunk.chunk_id}/{k}")
            closeness = SIMILARITY_WEIGHT * (sim - low) / (high - low) if sim is not None and high > low else 0.0
            score += closeness
            if any(EVIDENCE[k].search(sentence) for k in kinds):
                score += 1.0
            candidates.append((score, hit, sentence, closeness))
    candidates.sort(key=lambda c: c[0], reverse=True)
    return candidates


class _Citations:
    """Numbers passages in the order the answer first cites them."""

    def __init__(self, documents: dict[str, DocumentInfo]):
        self.documents = documents
        self.items: list[Citation] = []

    def cite(self, hit: Hit, quote: str | None) -> int:
        for c in self.items:
            if c.chunk_id == hit.chunk.chunk_id:
                if quote and quote not in c.quotes:
                    c.quotes.append(quote)
                return c.n
        doc = self.documents.get(hit.chunk.doc_id)
        self.items.append(
            Citation(
                n=len(self.items) + 1,
                doc_id=hit.chunk.doc_id,
                chunk_id=hit.chunk.chunk_id,
                text=hit.chunk.text,
                score=hit.score,
                title=hit.chunk.title,
                publisher=doc.publisher if doc else "",
                period=hit.chunk.period,
                quotes=[quote] if quote else [],
            )
        )
        return len(self.items)


def _hit_with(hits: list[Hit], doc_id: str, quote: str) -> Hit | None:
    folded = fold(quote)
    return next((h for h in hits if h.chunk.doc_id == doc_id and folded in fold(h.chunk.text)), None)


def _period_answer(query: Query, hit: Hit, hits: list[Hit], documents: dict[str, DocumentInfo]) -> Answer:
    """Which programme period an action belongs to: from the manifest, cited to the action's text."""
    lang = query.language
    citations = _Citations(documents)
    mark = citations.cite(hit, None)
    action = next((a for a in hit.chunk.actions if a in ACTION_NAMES), hit.chunk.actions[0] if hit.chunk.actions else "")
    period = hit.chunk.period.replace("-", "–")
    if action in SUCCEEDED:
        lines = [_message("succeeded", lang, action=_action_name(action, lang)) + f" [{mark}]"]
    else:
        lines = [_message("period_of", lang, action=_action_name(action, lang), period=period) + f" [{mark}]"]
        if hit.chunk.period == "2021-2027":
            lines.append(_message("successor", lang))
    return Answer(query.text, lang, "\n".join(lines), False, citations.items, "fact", hits)


def _candidate_facts(facts: tuple[Fact, ...], actions: list[str], kinds: set[str]) -> list[Fact]:
    """The facts about the actions in play; only those giving the figure asked for, when there are any."""
    about = [f for f in facts if f.action in actions]
    answering = [f for f in about if f.answers in kinds]
    return answering or about


def _period_note(actions: list[str], cited: list[Citation], lang: str) -> str | None:
    periods = {c.period for c in cited}
    if "2014-2020" not in periods:
        return None
    note = _message("note", lang)
    for action in actions:
        if action in SUCCEEDED:
            return note + _message("succeeded", lang, action=_action_name(action, lang))
    return note + _message("period", lang, period="2014–2020")


def compose_answer(
    query: Query,
    hits: list[Hit],
    documents: dict[str, DocumentInfo],
    glossary: Glossary,
    facts: tuple[Fact, ...],
    supported: set[str],
    weights: dict[str, float] | None = None,
    similarity: dict[str, float] | None = None,
) -> Answer:
    """The offline answer to a question from its ranked passages."""
    lang = query.language
    weights = weights or {}

    def abstain(detail: str = "") -> Answer:
        return Answer(query.text, lang, abstention(query, glossary, supported, detail), True, [], "abstain", hits)

    if not hits or _uncovered(query, glossary, supported):
        return abstain()
    # with no action named, the actions of the best passages compete: the best fact or sentence decides
    actions = list(query.actions) or list(dict.fromkeys(a for h in hits[:CANDIDATE_PASSAGES] for a in h.chunk.actions))
    in_action = [h for h in hits if set(h.chunk.actions) & set(actions)] or hits
    kinds = asked(query, glossary)
    if query.focus == "period" or (query.actions and set(query.concepts) - set(query.actions) - GENERIC_TOPICS == set() and "period" in query.concepts):
        return _period_answer(query, in_action[0], hits, documents)
    similarity = similarity or {}
    sentences = _sentences(query, in_action, glossary, weights, kinds, similarity)
    low, high = _similarity_range(similarity)
    retrieved_sentences = _sentence_similarities(hits, similarity)
    scored_facts = sorted(
        (
            (
                _fact_score(
                    f,
                    query,
                    glossary,
                    weights,
                    kinds,
                    _doc_language(documents, f.doc_id),
                    _closeness(f, retrieved_sentences, low, high),
                    # with no action named, the best passage's action is the likelier one
                    TOP_ACTION_BONUS if not query.actions and f.action in hits[0].chunk.actions else 0.0,
                ),
                -i,
                f,
            )
            for i, f in enumerate(_candidate_facts(facts, actions, kinds))
        ),
        key=lambda t: (t[0], t[1]),
        reverse=True,
    )
    best_fact = scored_facts[0] if scored_facts and scored_facts[0][0] > 0 else None
    best_sentence = sentences[0][0] if sentences else 0.0
    answered = best_fact and (not kinds or best_fact[2].answers in kinds)
    citations = _Citations(documents)
    lines: list[str] = []
    if best_fact and best_fact[0] >= best_sentence and (answered or not _evidence(kinds, in_action)):
        if kinds and not answered:
            return abstain(_not_stated(kinds, actions[0], lang))
        chosen = [f for _, _, f in scored_facts if f.statement is best_fact[2].statement]
        doc_lang = _doc_language(documents, chosen[0].doc_id)
        lines.extend(
            _fact_lines(
                chosen, in_action, hits, citations, lang,
                lambda quote: _sentence_score(quote, doc_lang, query, glossary, weights),
            )
        )
        basis = "fact"
    else:
        if kinds and not _evidence(kinds, in_action):
            return abstain(_not_stated(kinds, actions[0], lang))
        if not sentences:
            return abstain()
        top = sentences[0]
        doc = documents.get(top[1].chunk.doc_id)
        chunk = top[1].chunk
        title = chunk.title if chunk.heading == chunk.title else f"{chunk.title} – {chunk.heading}"
        lines.append(_message("lead", lang, title=title, publisher=doc.publisher if doc else chunk.doc_id))
        picked = [top] + [c for c in sentences[1:2] if c[0] >= 0.75 * top[0] and len(top[2]) + len(c[2]) < TWO_SENTENCES_MAX_CHARS]
        for _, hit, sentence, _ in picked:
            lines.append(f"> “{_with_list(sentence, hit.chunk.text)}” [{citations.cite(hit, sentence)}]")
        basis = "extract"
    cited_actions = [a for c in citations.items for a in (documents[c.doc_id].actions if c.doc_id in documents else ())]
    note = _period_note(cited_actions, citations.items, lang)
    if note:
        lines.append(note)
    return Answer(query.text, lang, "\n".join(lines), False, citations.items, basis, hits)


def _closeness(fact: Fact, sentences: dict[str, list[tuple[str, float]]], low: float, high: float) -> float:
    """How close the question is to the sentences a fact quotes, on the candidates' scale."""
    if high <= low:
        return 0.0
    quotes = [fold(q) for q in fact.quotes]
    sims = [sim for text, sim in sentences.get(fact.doc_id, ()) if any(q in text or text in q for q in quotes)]
    return SIMILARITY_WEIGHT * (max(sims) - low) / (high - low) if sims else 0.0


def _sentence_similarities(hits: list[Hit], similarity: dict[str, float]) -> dict[str, list[tuple[str, float]]]:
    """Each document's retrieved sentences (folded) with their cosine to the question."""
    out: dict[str, list[tuple[str, float]]] = {}
    for hit in hits:
        for k, sentence in enumerate(split_sentences(hit.chunk.text)):
            sim = similarity.get(f"{hit.chunk.chunk_id}/{k}")
            if sim is not None:
                out.setdefault(hit.chunk.doc_id, []).append((fold(sentence), sim))
    return out


def _similarity_range(similarity: dict[str, float]) -> tuple[float, float]:
    return (min(similarity.values()), max(similarity.values())) if similarity else (0.0, 0.0)


def _doc_language(documents: dict[str, DocumentInfo], doc_id: str) -> str:
    doc = documents.get(doc_id)
    return doc.language if doc else "en"


def _evidence(kinds: set[str], hits: list[Hit]) -> bool:
    """Do the best passages of the action contain a figure of the kind asked?"""
    return all(any(EVIDENCE[k].search(s) for h in hits[:3] for s in split_sentences(h.chunk.text)) for k in kinds)


def _not_stated(kinds: set[str], action: str, lang: str) -> str:
    kind = sorted(kinds)[0]
    what = MESSAGES["what"][kind].get(lang, MESSAGES["what"][kind]["en"])
    return _message("not_stated", lang, action=_action_name(action, lang), what=what)


def _fact_lines(
    chosen: list[Fact], in_action: list[Hit], hits: list[Hit], citations: "_Citations", lang: str, pick_quote
) -> list[str]:
    """The fact stated in the asker's language with its citations, and the source quote that fits best."""
    marks = []
    quoted: list[tuple[str, int]] = []
    for fact in chosen:
        for quote in sorted(fact.quotes, key=pick_quote, reverse=True):
            hit = _hit_with(in_action, fact.doc_id, quote) or _hit_with(hits, fact.doc_id, quote)
            if not hit:
                continue
            mark = citations.cite(hit, quote)
            marks.append(mark)
            text = _with_list(quote, hit.chunk.text)
            # the best quote always; a fact's further quotes while the answer stays short
            if not quoted or (fact is chosen[0] and sum(len(q) for q, _ in quoted) + len(text) <= QUOTES_MAX_CHARS):
                quoted.append((text, mark))
    statement = chosen[0].statement.get(lang, chosen[0].statement["en"])
    lines = [statement + " " + "".join(f"[{m}]" for m in sorted(set(marks)))]
    lines += [f"> “{text}” [{mark}]" for text, mark in quoted]
    return lines
