"""Questions in two parts and comparisons: each part answered on its own, the answers joined.

"Which sectors ..., and how many organisations ...?" is two questions; "How long do adult-education
partnerships last compared with Knowledge Alliances?" is one question for each action it names. An
answer leads with every part (design.md, "What an answer may state"), so each part gets the offline
answer it would get alone (a later part without an action of its own is asked about the first part's),
and the answers are joined with their citations numbered once. Pure apart from the `ask` handed in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import zip_longest

from erasbot.chat.followup_cues import MEMBERSHIP
from erasbot.forms import asks_comparison, likens, question_parts
from erasbot.guidance.action_parts import load_action_parts, part_in
from erasbot.guidance.citations import Answer, Citation
from erasbot.guidance.fields import asked_fields
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.named_sources import source_words
from erasbot.guidance.question_asks import GENERIC_TOPICS
from erasbot.guidance.wording import action_name, message
from erasbot.phrases import say
from erasbot.text import fold

MARK = re.compile(r"\[(\d+)\]")
# a field by its English name, read in a question of any language (fields.asked_fields)
FIELD_NAMES = {"adult": "adult education", "higher": "higher education", "school": "school education"}


@dataclass(frozen=True)
class Part:
    text: str
    action: str | None  # the action the part is answered for (None: whatever the part names)
    optional: bool = False  # left out of the answer when the texts do not say (a point of an overview)
    # another action named only as the measure of the first ('... som för kunskapsallianserna?', 'Same 700k as the
    # knowledge alliances?'): its answer goes with the first part's, never in place of it
    reference: bool = False
    # a later part asking nothing the first does not ('... hoe lang duurt het? Twee of drie jaar?', 'Is it in March as
    # usual?', 'by what hour?'): it goes on with the first part's question, so where that abstains, it does too
    elaborates: bool = False


# a likeness cue before another action's name in a later part (folded)
LIKE_OTHER = re.compile(
    r"\b(?:som (?:for|hos|i|med|vid)|samma (?:\w+ )?som|like (?:for |with |in )?|as (?:for|with|in)|same (?:\w+ )?as"
    r"|kuten|samoin kuin|niin kuin|samaa? kuin|zoals (?:bij|voor|in)?|net als|hetzelfde (?:\w+ )?als|dezelfde (?:\w+ )?als)"
    r"(?:\s+(?:the|de|het|de|vanliga|gewone|tavallis\w*|regular|ordinary|normal\w*))*\s*$"
)


# 'Which suits a vocational school better?' after a comparison asks the same as the comparison alone: each action's
# points side by side (folded text)
SUITS = re.compile(
    r"\b(?:which (?:one )?(?:suits|fits|is (?:better|best|more suitable))|better suited|best suited|more suitable"
    r"|kumpi (?:sopii|on parempi|soveltuu)|sopii paremmin|soveltuu paremmin|vilken (?:passar|ar bast|ar battre)"
    r"|passar (?:bast|battre)|lampar sig bast|welke (?:past|is beter|is het meest geschikt)|past beter|beter geschikt)\b"
)

# What a comparison of two actions that names no aspect ('what sets X apart from Y?') compares on each
# side: the points the texts give figures for (phrases answer.overview.*)
OVERVIEW_POINTS = ("aim", "composition", "duration", "grant")


def parts_of(question: str, glossary: Glossary, lang: str) -> list[Part]:
    """The parts a question is answered in: one per action compared, or one per part asked; [] for one part.

    A later part that names no action of its own is asked about the first part's action, by name, so
    it is read (and abstains) as that question asked alone would be; with no action to carry, the
    question is not split."""
    actions = list(dict.fromkeys(glossary.actions(question)))
    if (asks_comparison(question) or likens(question)) and len(actions) >= 2:
        # 'one sector, like sector skills alliances?' asks the same of both actions, as a comparison does
        actions = glossary.actions_in_order(question)  # each side answered in the order the question names it
        if asks_comparison(question) and (names_no_aspect(question, glossary) or SUITS.search(fold(question))):
            return overview_parts(actions, lang)
        return [Part(_periods_of(question, action, actions, glossary), action) for action in actions]
    if asks_comparison(question) and len(actions) == 1:
        # two parts of one action compared ('allianties voor onderwijs en bedrijven' and '... voor sectorale
        # samenwerking'): each side asked with its own name alone
        table = load_action_parts()
        names = _outermost(glossary.action_phrases(question))
        # (beside the action's own name: 'Alliances for Innovation -toiminnon kahdella osalla, eli koulutuksen ja
        # yritysten allianssilla ja alakohtaisella yhteistyöallianssilla')
        named = {table.part_of_phrase(n, actions[0]): n for n in names}
        if len(names) > 2 and None in named and len(named) == 3:
            names = [n for i, n in named.items() if i is not None]
        own = table.names(actions[0], lang)
        compared = sorted(i for i in named if i is not None and i < len(own))
        if len(names) == 2 and len(compared) == 2 and names_no_aspect(question, glossary):
            # nothing asked but the difference: what each part is, asked by its own name
            return [Part(table.about(own[i], lang), actions[0]) for i in compared]
        if len(names) == 2:
            return [Part(_without(question, other), actions[0]) for other in reversed(names)]
        # the parts compared without their names ('the two kinds of alliances'): each asked about by its name
        if len(names) < 2 and table.names(actions[0], lang) and table.referred(question, lang):
            return [Part(table.about(name, lang), actions[0]) for name in table.names(actions[0], lang)]
    texts = question_parts(question)
    if len(texts) < 2:
        return []
    if len(texts) == 2 and MEMBERSHIP.search(texts[1]) and not glossary.actions(texts[1]):
        # 'Welke zijn die 14 ecosystemen precies? Zit toerisme of de bouw erbij?': the list asked first says whether
        # a thing is on it; asked alone, 'is tourism on it?' would meet another action's list
        return [Part(texts[0], None)]
    first = list(dict.fromkeys(glossary.actions(texts[0])))
    carried = first[0] if len(first) == 1 else None
    if carried is None and not all(glossary.actions(text) for text in texts[1:]):
        return []  # "and how old can they be?" means nothing alone: the question is answered whole
    # by the name the question gave it ('cooperation partnership in adult education', the 2021-2027 name: an added
    # guide of it answers, as for the first part), else by its own
    spans = _joined(glossary.spans_of(carried, texts[0]), texts[0]) if carried else []
    name = texts[0][spans[0][0] : spans[0][1]].strip() if spans else action_name(carried, lang) if carried else ""
    # the action's code, when the first part gives it, names it most closely ('småskaligt partnerskap inom
    # vuxenutbildning (KA210-ADU)': 'vuxenutbildning' alone would be the cooperation partnership of the same field)
    code = ACTION_CODE.search(texts[0])
    if code and code.group(0).lower() not in name.lower():
        named = NAMED_WITH_CODE.search(texts[0])  # the words naming it before its code, after 'för ett', 'for a'
        name = named.group(1).strip() if named else f"{name}, {code.group(0)}" if name else code.group(0)
    # the field the first part asks the action of goes with it ('KA2 strategic partnerships in school education ...,
    # and how long can they last?': asked of school education, which the texts on the action may not serve)
    fields = sorted(asked_fields(texts[0], lang) - asked_fields(name, lang))  # not when the name says it already
    if carried and fields:
        name = f"{name}, {', '.join(FIELD_NAMES.get(f, f) for f in fields)}"
    return [
        Part(
            text if glossary.actions(text) or carried is None else _naming(text, name),
            None,
            reference=i > 0 and carried is not None and _likened(text, carried, glossary),
            elaborates=i > 0 and _elaborates(text, texts[0], glossary),
        )
        for i, text in enumerate(texts)
    ]


def _elaborates(text: str, first: str, glossary: Glossary) -> bool:
    """Does a later part name no action and no topic of its own, and nothing else the first part does not ('två år
    eller tre?', 'mihin kellonaikaan mennessä?' after the deadline asked; not 'does that partner-country university
    need it too?', which asks of the organisations it names)?"""
    named = set(glossary.find(text)) - GENERIC_TOPICS
    topics = {c for c in named if glossary.concepts[c].kind == "topic"}
    return not glossary.actions(text) and not topics and named <= set(glossary.find(first))


def _likened(text: str, first: str, glossary: Glossary) -> bool:
    """Does a later part name its actions (other than the first part's) only after a likeness cue, as the measure of
    the first ('Är det 2 eller 3 år som för kunskapsallianserna?')?"""
    spans = [(a, b) for action in glossary.actions(text) if action != first for a, b in glossary.spans_of(action, text)]
    return bool(spans) and all(LIKE_OTHER.search(fold(text[:a]).lower()) for a, _ in spans)


# a programme period by its years ('(2014-2020)', '2021–2027')
YEARS = re.compile(r"\(?(?<!\d)(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d(?!\d)\)?")


def _periods_of(question: str, action: str, actions: list[str], glossary: Glossary) -> str:
    """A comparison asked of one side: without the years that go with another side's name ('de oude Knowledge
    Alliances (2014-2020) en de nieuwe allianties ...': 2014-2020 is not asked of the new alliances)."""
    named = [(a, b, cid) for cid in actions for a, b in glossary.spans_of(cid, question)]
    if not named:
        return question
    kept = question
    for years in reversed(list(YEARS.finditer(question))):
        nearest = min(named, key=lambda n: min(abs(years.start() - n[1]), abs(n[0] - years.end())))
        if nearest[2] != action:
            kept = kept[: years.start()].rstrip() + " " + kept[years.end() :].lstrip()
    return kept


def _joined(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Spans naming one action side by side ('adult education' 'strategic partnerships') joined into one name."""
    joined: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if joined and not text[joined[-1][1] : a].strip():
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
    return joined


def _naming(text: str, name: str) -> str:
    """A part that names no action, with the first part's name for it inside its asking sentence ('hur länge får det
    pågå (småskaligt partnerskap (KA210-ADU))?'), where what it asks is read."""
    return f"{text[:-1].rstrip()} ({name})?" if text.endswith("?") else f"{text} ({name})"


ACTION_CODE = re.compile(r"(?<!\w)KA\d{3}(?:-[A-Z]{3})?(?!\w)", re.IGNORECASE)
NAMED_WITH_CODE = re.compile(
    r"\b(?:för|for|voor|of|in|i|av|van|om|about|to|till|aan)\s+(?:ett|en|a|an|een|het|de|the)\s+"
    r"([^?.,;:]{3,80}?\(?KA\d{3}(?:-[A-Z]{3})?\)?)",
    re.IGNORECASE,
)


def names_no_aspect(question: str, glossary: Glossary) -> bool:
    """Does the question name nothing but actions ('vad skiljer X från Y?'), no topic nor figure?"""
    plain = glossary.without_actions(question)
    # a programme period only says which action is meant ('the alliances of the new programme 2021-2027')
    return not set(glossary.find(plain)) - {"period"} and not glossary.question_kinds(plain) - {"wh"}


def overview_parts(actions: list[str], lang: str) -> list[Part]:
    """Each action's composition, duration and grant, side by side, asked by name; a point its text does
    not give is left out."""
    return [
        Part(say(lang, f"answer.overview.{point}", action=action_name(action, lang)), action, optional=True)
        for action in actions
        for point in OVERVIEW_POINTS
    ]


# a summary asked for ('give me the three main points of ...', 'kun je dat samenvatten?', 'tiivistä lyhyesti',
# 'sammanfatta', 'short version'; folded)
SUMMARY = re.compile(
    r"\b(?:summ?ar(?:y|ise|ize|ising|izing)|main points|key points|short version|tl;?dr"
    r"|sammanfatt\w*|huvudpunkter\w*|kort version|tiivist\w*|yhteenve\w*|paakohd\w*|samenvat\w*|hoofdpunten"
    r"|korte versie)\b"
)
# 'briefly': a summary only of a question that asks nothing else ('Lyhyesti: mitkä ovat tavoitteet?' asks the aims)
BRIEFLY = re.compile(r"\b(?:in short|in a nutshell|briefly|i korthet|kortfattat|lyhyesti|in het kort|kort gezegd)\b")


def summary_parts(question: str, glossary: Glossary, lang: str) -> list[Part]:
    """A summary asked of one action ('the three main points of the Finnish page on knowledge alliances', 'kun je
    dat samenvatten in twee zinnen?' read with the chat's action): its aim, composition, duration and grant, each
    asked of the text the question names, a point its text does not give left out; [] for any other question."""
    actions = list(dict.fromkeys(glossary.actions(question)))
    folded = fold(question).lower()
    briefly = BRIEFLY.search(folded) and not any(glossary.concepts[c].kind == "topic" for c in glossary.find(question))
    if len(actions) != 1 or not (SUMMARY.search(folded) or briefly):
        return []
    source = source_words(question)
    # a part of the action named ('Allianties voor onderwijs en bedrijven ... i korthet?'): what that part is
    parts = _side_parts(actions[0], question, glossary, lang)
    return [replace(part, text=f"{part.text} ({source})") if source else part for part in parts]


def followup_parts(resolved: str, message: str, glossary: Glossary, lang: str) -> list[Part]:
    """The parts of a follow-up read against the chat: the user's own comparison ('what sets it apart from
    X?', 'it' read as the chat's action) compared side by side; a question that names no action, read
    against an answer naming several ('how many companies did it need?' after 'its predecessors were A and
    B'), answered for each of them; [] for one part (the follow-up's own two-part wording is one question)."""
    actions = glossary.actions_in_order(resolved)
    if len(actions) < 2:
        return []
    if asks_comparison(message) or likens(message):
        # (what the chat read into it may name one: 'the difference between them' after two questions on durations)
        if asks_comparison(message) and names_no_aspect(message, glossary) and names_no_aspect(resolved, glossary):
            # a part of an action the message names ('the alliances for sectoral cooperation') is that part
            return [p for a in actions for p in _side_parts(a, resolved, glossary, lang)]
        return [Part(resolved, action) for action in actions]
    if glossary.actions(message):
        return []  # the user named the action: answered for it (followup.py carried the rest)
    return [Part(resolved, action) for action in actions]


def _side_parts(action: str, message: str, glossary: Glossary, lang: str) -> list[Part]:
    """One side of a comparison naming no aspect: what the part of the action the message names is, else the
    action's overview."""
    table = load_action_parts()
    index = part_in(message, action, glossary)
    names = table.names(action, lang)
    if index is not None and index < len(names):
        return [Part(table.about(names[index], lang), action)]
    return overview_parts([action], lang)


PART_NAME_MIN_CHARS = 12


def _outermost(phrases: list[str]) -> list[str]:
    """The long names found, less any inside another ('education and enterprises' inside 'alliances for
    education and enterprises')."""
    names = list(dict.fromkeys(p for p in phrases if len(p) >= PART_NAME_MIN_CHARS))
    return [n for n in names if not any(n != other and n in other for other in names)]


def _without(question: str, name: str) -> str:
    """The question with one name (folded, as the glossary found it) taken out."""
    at = fold(question).find(name)
    return question if at < 0 else (question[:at] + question[at + len(name) :]).strip()


def answer_in_parts(question: str, parts: list[Part], ask: Callable[[str, str | None], Answer]) -> Answer:
    """Each part's answer, joined: the parts the texts answer first-to-last, citations numbered once
    (a passage two parts cite is one citation), a line both parts end with (a period note) said once.
    The whole abstains only when every part does."""
    answers = [ask(part.text, part.action) for part in parts]
    if answers[0].abstained:  # what goes on with a question the texts do not answer is not answered either
        answers = [answers[0] if part.elaborates else a for a, part in zip(answers, parts)]
    answered = [a for a in answers if not a.abstained]
    if not answered or all(a.abstained for a, part in zip(answers, parts) if not part.reference):
        # the texts say nothing of what is asked: what they say of the action it is measured by does not answer
        return replace(answers[0], question=question)
    answers = [a for a, part in zip(answers, parts) if not (part.optional and a.abstained)]
    citations: list[Citation] = []
    blocks: list[list[str]] = []
    for answer in answers:
        if answer.abstained:
            blocks.append([answer.text])
            continue
        numbers = {c.n: _cite(c, citations) for c in answer.citations}
        text = MARK.sub(lambda m, numbers=numbers: f"[{numbers.get(int(m.group(1)), int(m.group(1)))}]", answer.text)
        blocks.append(text.split("\n"))
    # a note on the programme period ends the whole answer, said once, never between two parts
    note = message("note", answered[0].language)
    notes = list(dict.fromkeys(line for block in blocks for line in block if line.startswith(note)))
    lines: list[str] = []
    for block in blocks:
        lines.extend(line for line in block if (line not in lines or not line.strip()) and line not in notes)
    lines.extend(notes)
    # each part's passages in turn, best first: what the answer speaks of for each part ranks near the top
    retrieved = list(
        {h.chunk.chunk_id: h for rank in zip_longest(*(a.retrieved for a in answers)) for h in rank if h}.values()
    )
    return Answer(
        question=question,
        language=answered[0].language,
        text="\n".join(lines).strip(),
        abstained=False,
        citations=citations,
        basis=answered[0].basis,
        retrieved=retrieved,
        notice=next((a.notice for a in answered if a.notice), None),
    )


def _cite(citation: Citation, citations: list[Citation]) -> int:
    """The joined answer's number for a part's citation (its passage cited once)."""
    same = next((c for c in citations if c.chunk_id == citation.chunk_id), None)
    if same is None:
        same = replace(citation, n=len(citations) + 1, quotes=list(citation.quotes))
        citations.append(same)
    else:
        same.quotes.extend(q for q in citation.quotes if q not in same.quotes)
    return same.n
