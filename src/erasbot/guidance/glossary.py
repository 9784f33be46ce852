"""Multilingual Erasmus+ terms: which actions and topics a text is about.

Pure: the terms live in data/glossary.json beside this module.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from erasbot.datafiles import load_model
from erasbot.errors import ErasbotError
from erasbot.language import SUPPORTED
from erasbot.text import fold

COMPOUNDING = {"sv", "fi", "nl"}
INFIX_MIN_CHARS = 6
GLOSSARY_FILE = Path(__file__).with_name("data") / "glossary.json"


@dataclass(frozen=True)
class Concept:
    id: str
    kind: str  # action | topic | other
    terms: dict[str, tuple[str, ...]]
    asks: str | None = None  # count | duration | amount: what a question about it wants
    qualifier: bool = False  # 'kinds of', 'typer av': the focus passes on to the topic it qualifies
    # an action or programme of its own ('European Solidarity Corps', 'eTwinning'): a guide answers a question
    # naming it only where its title or headings name it, not where its text mentions it in passing
    elsewhere: bool = False
    # a thing of its own beside a guide's rules (a fee, insurance, a doctoral programme, a contact): a passage of an
    # added guide that does not name it does not answer a question about it (added_answer.saying_asked_things)
    distinct: bool = False
    # a topic that is what a question naming it asks ('any exception to that?', 'finns det undantag?'): nobody names it
    # as the background of a case, so it is the focus when no question word points at another topic
    asked: bool = False
    # a topic the texts give for one action only (the 14 industrial ecosystems: Partnerships for Innovation): asked of
    # an earlier action that one carries on ('the ecosystems of the sectoral skills alliances'), it is asked of it
    only_in: str = ""
    # words that ask for the concept without being its content ('maximaal ontvangen', 'receive at most': the grant):
    # they find the concept in a question like its terms, but are not searched for in the texts (common words that,
    # expanded into the lexical search, would draw any sentence with 'ontvangen' or 'most' to every such question);
    # they are found in the claims' own statements as in questions, so none may be a claim's way of saying another
    # thing ('jättää hakemuksen' says how to apply, not who coordinates)
    asking: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a concept that adds time (an extension): 'how much' asked of it in the same sentence, with no word of money,
    # asks how long ('voiko hanketta pidentää ja kuinka paljon?' asks the months, not the grant)
    lengthens: bool = False

    def all_terms(self) -> list[str]:
        """Every term; in the compounding languages a long one-word term also matches inside a word
        (marked '~': 'avustu' finds 'enimmäisavustus', 'bidrag' finds 'projektbidrag'); a long Finnish
        term also by its stem (finnish_stem: 'nuorisovaihto' finds 'nuorisovaihdossa')."""
        terms = [(lang, t) for lang in SUPPORTED for t in (*self.terms.get(lang, ()), *self.asking.get(lang, ()))]
        terms += [("fi", stem) for lang, t in terms if lang == "fi" and (stem := finnish_stem(t)) != t]
        return list(
            dict.fromkeys(
                f"~{t}" if lang in COMPOUNDING and len(t) >= INFIX_MIN_CHARS and not set(t) & {" ", "=", "*"} else t
                for lang, t in terms
            )
        )


FINNISH_STEM_MIN = 11  # letters a Finnish term has before its last syllable is left out
GRADATING = re.compile(r"[tkp][oeaä]$")  # a last syllable whose consonant weakens when inflected


def finnish_stem(term: str) -> str:
    """A one-word Finnish term without its last syllable where that syllable's consonant grades when the word
    is inflected ('nuorisovaihto': 'nuorisovaihdossa', 'nuorisovaihtojen'; 'liikkuvuushanke': 'liikkuvuushankkeen'),
    so the term's beginning matches every case form. Short terms and phrases stay as written."""
    if set(term) & {" ", "=", "*", "~"} or len(term) < FINNISH_STEM_MIN or not GRADATING.search(term):
        return term
    return term[:-2]


# On the same words the more specific kind wins ('osaamisallianssi' is an action, not the topic 'osaaminen').
KIND_RANK = {"other": 3, "action": 2, "topic": 1}
FOUND_CACHE = 8192


# 'what about ...?', 'how about ...?', 'and about ...?': a follow-up's idiom, its 'about' no topic (the goals' 'about=')
WHAT_ABOUT = re.compile(r"\b(what|how|and)( about)\b", re.IGNORECASE)


def _blank_about(found: re.Match[str]) -> str:
    return found.group(1) + " " * len(found.group(2))


# 'vad är det för slags projekt?', 'wat voor soort project is het?', 'what kind of project is a KA?': what one thing
# is, not the kinds there are nor the activities (the idiom's kind word is blanked out; lower-cased or folded)
KIND_OF_IT = re.compile(
    r"\b((?:vad|va) [äa]r (?:det|den|detta|de|dom) f[öo]r |(?:vad|va) f[öo]r |wat voor (?:een )?|what )"
    r"(slags|sorts|sort|soort|typ av|type|kind of|sort of|type of)"
    r"(?= (?:\w+ )?(?:projekt|project|program|programma|verksamhet|allians\w*|allianti\w*|alliance|samarbete"
    r"|samenwerking|actie|action)\w*(?:,|\?|$| (?:[äa]r|is|egentligen|eigenlijk|i korthet|in het kort)\b))"
)


def _blank_kind(found: re.Match[str]) -> str:
    return found.group(1) + " " * len(found.group(2))


def without_kind_idiom(text: str) -> str:
    """The text with the kind word of 'what kind of project is it?' blanked out (lower-cased or folded text)."""
    return KIND_OF_IT.sub(_blank_kind, text)


def _as_read(text: str) -> str:
    """The text with the idioms whose words name no topic blanked out ('what about', 'vad är det för slags')."""
    return without_kind_idiom(WHAT_ABOUT.sub(_blank_about, text))


def _hidden(span: tuple[int, int], cid: str, rank: int, matches: list[tuple[tuple[int, int], str, int]]) -> bool:
    """Is this match inside a longer match of another concept, or the same words matched by a more specific kind?"""
    a, b = span
    return any(
        oid != cid and o[0] <= a and b <= o[1] and ((o[1] - o[0]) > (b - a) or other_rank > rank)
        for o, oid, other_rank in matches
    )


# A question that names no action by its terms is read again with typos and inflections allowed:
# a word group close to an action term ('vaardighedenallianties' ~ 'vaardigheidsallianti') names it.
FUZZY_MIN_CHARS = 8  # shorter terms ('ka2', 'ssa') only as written
FUZZY_RATIO = 0.86
FUZZY_MAX_TEXT = 400  # questions, not passages: the corpus is read by its terms only
MATCHING = 2  # how terms are matched (a term's start), part of the digest: texts are read again when it changes
WINDOWS_KEPT = 256  # texts whose fuzzy windows are kept (a question is read several times over)
WORD = re.compile(r"\w[\w-]*")
# a preposition (and up to three words: 'uit de vorige', 'in the 2014-2020') just before a period named (lowered text)
PERIOD_QUALIFIER = re.compile(
    r"\b(?:in|from|during|of|under|i|från|inom|uit|van|tijdens|binnen|kaudella|kaudelta)\s+"
    r"(?:[\w–-]+\s+){0,3}$"
)
# a word compounded to a name after a hyphen ('Alliances for Innovation -toiminnon', 'Erasmus+ -hankkeen')
HYPHEN_COMPOUND = re.compile(r"\s?-(?:toimin|hanke|hankk|ohjelm|kumppanuu|allianss)\w*")
# 'which organisation can <role>' asks about the role, not about organisations: the noun that only says who, and the
# modal verb right after it (lowered text)
WHO_NOUNS = frozenset({"organisations"})
ROLE_MODAL = re.compile(
    r"\s+(?:can|may|could|must|should|is allowed to|kan|kunde|får|ska|skall|måste|voi|voivat|saa|saavat|"
    r"pitää|täytyy|mag|mogen|kunnen|moet|moeten|zou)\b"
)
ROLE_WINDOW = 30  # characters from the modal verb to the role named
# a duration a question states of its case ('som pågår 2 år', 'that runs for 36 months'), lower-cased or folded
GIVEN_DURATION = re.compile(
    r"(?<!\w)(?:p[åa]g[åa]r|varar|lasts?|lasting|runs?(?: for)?|running|kest[äa][äa]|kestava|duurt|loopt)\s+"
    r"(?:i\s+|in\s+)?(?:\d+(?:[.,]\d+)?|ett|en|två|tva|tre|one|two|three|kaksi|kolme|een|twee|drie)\s*"
    r"(?:[åa]r|m[åa]nad\w*|mån|years?|months?|vuo\w*|v(?=\.)|kuukau\w*|kk|jaar|jaren|jr|maand\w*|mnd)(?!\w)",
    re.IGNORECASE,
)
# a limit a question states of a figure it names ('in die max 60 dagen', 'at most 50 participants', 'högst 12
# månader'): the figure is given, so its limit word asks for no sum ('max' is otherwise a word of the maximum grant)
STATED_LIMIT = re.compile(
    r"(?<!\w)(?:max(?:imum|imaal|imal|imi)?|min(?:imum|imaal|imi)?|up to|at (?:most|least)|högst|hogst|minst|upp till"
    r"|enintään|enintaan|vähintään|vahintaan|korkeintaan|tot|hoogstens|minstens)\.?\s+\d+(?:[.,]\d+)?\s*"
    r"(?:dag\w*|days?|päiv\w*|paiv\w*|week\w*|veck\w*|viiko\w*|maand\w*|months?|m[åa]nad\w*|kuukau\w*|jaar|jaren|years?"
    r"|[åa]r|vuo\w*|deelnemers|participants|deltagare|osallistuj\w*)(?!\w)",
    re.IGNORECASE,
)
# which of two lasts longer (lower-cased or folded): a duration asked of each
LASTS_LONGER = re.compile(
    r"(?<!\w)(?:(?:lasts?|runs?|takes?) (?:the )?(?:longer|longest)|(?:p[åa]g[åa]r|varar) (?:l[äa]ngre|l[äa]ngst)"
    r"|l[äa]ngre tid|l[äa]ngst tid|duurt (?:het )?(?:langer|langst)|langer duren|(?:het )?langst duren"
    r"|kest[äa][äa] (?:kauemmin|kauimmin|pidemp[äa][äa]n|pidemm[äa]n|pisimp[äa][äa]n))(?!\w)",
    re.IGNORECASE,
)
# 'how much time' asks how long, not a sum (lower-cased or folded text)
TIME_ASKED = re.compile(
    r"(?<!\w)(?:how much time|hur mycket tid|hur mkt tid|kuinka paljon aikaa|paljonko aikaa|hoeveel tijd"
    # a number of days, weeks, months or years asked is a length of time ('Montako viikkoa sen pitää kestää?')
    r"|how many (?:days|weeks|months|years)|hur m[aå]nga (?:dagar|veckor|m[aå]nader|[aå]r)"
    r"|(?:montako|kuinka monta) (?:p[aä]iv[aä][aä]|viikkoa|kuukautta|vuotta)|hoeveel (?:dagen|weken|maanden|jaar|jaren))"
    r"(?!\w)",
    re.IGNORECASE,
)
# a greatest or least length of time asked ('maxlängd', 'maximum length', 'enimmäiskesto', 'maximale looptijd'): a
# duration, not the greatest sum that 'max' alone asks
LENGTH_LIMIT = re.compile(
    r"(?<!\w)(?:max(?:imum|imal|imala|imaal|imale|imi)?|min(?:imum|imal|imala|imaal|imale|imi)?|längsta|kortaste"
    r"|enimmäis|enimmais|vähimmäis|vahimmais|langste|kortste)\s*-?\s*(?:length|duration|längd\w*|langd\w*|tid\b"
    r"|kesto\w*|pituu\w*|looptijd|duur|lengte)",
    re.IGNORECASE,
)


# 'how much': of a concept that adds time, it asks how long
HOW_MUCH = re.compile(
    r"(?<!\w)(?:(?:by )?how much|hur (?:mycket|mkt)|(?:kuinka|miten) paljon|paljonko|(?:met )?hoeveel)(?!\w)",
    re.IGNORECASE,
)
# a word of money (folded): 'how much' beside it asks a sum whatever else the sentence names
MONEY_WORD = re.compile(
    r"(?<!\w)(?:raha\w*|avustu\w*|euro\w*|tuki\w*|tuen|tukea|geld\w*|subsidie\w*|money|fund\w*|grants?|pengar|bidrag\w*"
    r"|stod|budget\w*|budjet\w*|kost\w*|costs?|maksa\w*|betal\w*|pay\w*)(?!\w)"
)
SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
BARE_WORDS = 3  # words of a sentence that asks only 'how much' ('And by how much?')


# the words asking a least number or length ('at least', 'minst', 'vähintään', 'minstens'; lowered or folded)
AT_LEAST = re.compile(r"(?<!\w)(?:minimum|at least|minst|v[aä]hint[aä][aä]n|minimaal|minstens|ten minste)(?!\w)")


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def close_to(window: str, term: str, term_bigrams: set[str] | None = None) -> bool:
    """Is the start of a word group (folded) the term with a typo or another ending?"""
    candidate = window[: len(term) + 1]
    if candidate[0] != term[0] and candidate[1] != term[1]:
        return False
    shared = len((term_bigrams or _bigrams(term)) & _bigrams(candidate))
    if shared < FUZZY_RATIO * 0.8 * (len(term) - 1):  # most of the term's letter pairs, cheaply first
        return False
    matcher = SequenceMatcher(None, candidate, term, autojunk=False)
    return matcher.quick_ratio() >= FUZZY_RATIO and matcher.ratio() >= FUZZY_RATIO


# Terms shorter than this match only as written: folded, Swedish 'år' (year) would be 'är' (is).
FOLD_MIN_CHARS = 5


class _Matcher:
    """Finds a list of terms in text: long terms also without diacritics, short ones only as written.

    Terms with a gap ('voiko ... olla') are searched apart: they can span other terms, so their
    matches never hide another concept's.
    """

    def __init__(self, terms: list[str]):
        terms = sorted(terms, key=len, reverse=True)  # the longest alternative wins where several match
        self.plain = _compile([t for t in terms if " ... " not in t and not t.startswith("~")])
        self.infix = _compile([t for t in terms if t.startswith("~")])
        self.gapped = _compile([t for t in terms if " ... " in t])

    def search(self, lowered: str, folded: str) -> bool:
        return any(p.search(text) for p, text in self._pairs(lowered, folded))

    def gapped_search(self, lowered: str, folded: str) -> bool:
        return any(p.search(text) for p, text in self._pairs(lowered, folded, gapped=True))

    def spans(self, lowered: str, folded: str, infix: bool = True) -> list[tuple[int, int]]:
        """Where the (non-gap) terms match; `infix=False` leaves out matches inside a compound."""
        found: set[tuple[int, int]] = set()
        for exact, fold_pattern in [self.plain, self.infix] if infix else [self.plain]:
            if exact:
                found.update(exact.spans(lowered))
            # folding keeps lengths for the four languages' letters, so spans line up
            if fold_pattern and len(folded) == len(lowered):
                found.update(fold_pattern.spans(folded))
        return sorted(s for s in found if s[1] > s[0])

    def gapped_spans(self, lowered: str, folded: str) -> list[tuple[int, int]]:
        """Where the terms with a gap match ('wie ... indien': from the question word on)."""
        exact, fold_pattern = self.gapped
        found = set(exact.spans(lowered)) if exact else set()
        if fold_pattern and len(folded) == len(lowered):
            found.update(fold_pattern.spans(folded))
        return sorted(s for s in found if s[1] > s[0])

    def _pairs(self, lowered: str, folded: str, gapped: bool | None = None):
        groups = [self.gapped] if gapped else [self.plain, self.infix, self.gapped]
        for exact, fold_pattern in groups:
            if exact:
                yield exact, lowered
            if fold_pattern:
                yield fold_pattern, folded


@dataclass(frozen=True)
class _Pattern:
    """One alternation of terms, tried only where one of its terms' first words occurs.

    Every match of a term holds the term's first word (its needle): a plain term's match starts
    at the needle, an infix term's at the start of the word the needle is in. So instead of
    scanning the whole text with the alternation (slow: it starts with a lookbehind), the needles
    are found with str.find and the regex is tried at those places only, left to right and without
    overlaps, which gives exactly the matches finditer would.
    """

    regex: re.Pattern
    needles: tuple[str, ...]  # empty: a term has no literal first word, so the whole text is scanned
    infix: bool

    def starts(self, text: str) -> list[int]:
        """The places a match can start, in order."""
        places = set()
        for needle in self.needles:
            at = text.find(needle)
            while at != -1:
                places.add(_word_start(text, at) if self.infix else at)
                at = text.find(needle, at + 1)
        return sorted(places)

    def spans(self, text: str) -> list[tuple[int, int]]:
        if not self.needles:
            return [m.span() for m in self.regex.finditer(text)]
        found, end = [], 0
        for start in self.starts(text):
            if start >= end and (m := self.regex.match(text, start)):
                found.append(m.span())
                end = max(m.end(), start + 1)
        return found

    def search(self, text: str) -> bool:
        if not self.needles:
            return self.regex.search(text) is not None
        return any(self.regex.match(text, start) for start in self.starts(text))


def _word_start(text: str, at: int) -> int:
    while at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_"):
        at -= 1
    return at


def _needle(body: str) -> str:
    """The literal text every match of a term holds: its first word (up to a space, gap or wildcard)."""
    return re.split(r"[ *]", body, maxsplit=1)[0]


def _alternation(terms: list[str], folded: bool) -> _Pattern | None:
    if not terms:
        return None
    regex = re.compile("|".join(_term_pattern(t, folded=folded) for t in terms))
    needles = tuple(_needle(_term_body(t, folded)) for t in terms)
    infix = {t.startswith("~") for t in terms}
    assert len(infix) == 1, "a pattern's terms are all infix terms or none"
    return _Pattern(regex, () if "" in needles else tuple(dict.fromkeys(needles)), infix.pop())


def _compile(terms: list[str]) -> tuple[_Pattern | None, _Pattern | None]:
    """(pattern for terms as written, pattern for long terms without diacritics)."""
    long_terms = [t for t in terms if len(t.rstrip("=")) >= FOLD_MIN_CHARS]
    return _alternation(terms, folded=False), _alternation(long_terms, folded=True)


def _term_body(term: str, folded: bool) -> str:
    """The words of a term as its pattern matches them (lower-cased, folded for the folded pattern)."""
    body = term.lstrip("~").rstrip("=").lower()
    return fold(body) if folded else body


def _term_pattern(term: str, folded: bool) -> str:
    infix = term.startswith("~")
    whole = term.endswith("=")
    body = re.escape(_term_body(term, folded))
    body = body.replace(r"\ \.\.\.\ ", r"(?:\s+\S+){0,6}\s+")  # 'does ... last': a few words between
    body = body.replace(r"\ ", r"[\s-]+").replace(r"\*", r"\w*")
    # a word starts a term, not a Finnish case ending after an abbreviation or a number ('KA154:ssa' names no SSA)
    start = r"(?<![\w])(?<!\w:)\w*?" if infix else r"(?<![\w])(?<!\w:)"
    # a short abbreviation before a number is a key action's code ('KA 2' names no Knowledge Alliance)
    code = r"(?!\s?\d)" if whole and re.fullmatch(r"[a-z]{2}", _term_body(term, folded)) else ""
    return start + body + (r"(?![\w])" + code if whole else r"[\w-]*")


class Glossary:
    """Finds concepts in text, in any of the four languages."""

    def __init__(self, concepts: list[Concept], question_words: dict[str, list[str]] | None = None):
        self.concepts = {c.id: c for c in concepts}
        # what the glossary finds, as a key: a snapshot reuses the concepts found in its texts only when they
        # were found with this glossary (a term added to an existing concept is looked for again)
        self.digest = hashlib.sha256(repr((MATCHING, concepts, question_words)).encode("utf-8")).hexdigest()[:16]
        self._patterns = {c.id: _Matcher(c.all_terms()) for c in concepts}
        self._lengthening = [self._patterns[c.id] for c in concepts if c.lengthens]
        self._question_words = {kind: _Matcher(words) for kind, words in (question_words or {}).items()}
        self._found: dict[tuple[str, bool], tuple[str, ...]] = {}
        self._windows: dict[tuple[str, bool], list[tuple[str, tuple[int, int]]]] = {}
        self._fuzzy_terms = [
            (c.id, folded, len(folded.split()), _bigrams(folded))
            for c in concepts
            if c.kind == "action"
            for lang in SUPPORTED
            for t in c.terms.get(lang, ())
            if " ... " not in t
            and len(folded := fold(t.lstrip("~").rstrip("=").replace("*", "")).strip()) >= FUZZY_MIN_CHARS
        ]

    def question_kinds(self, text: str) -> set[str]:
        """Which figures the wording asks for: count ('how many'), amount ('how much'), duration ('how long')."""
        return self._kinds(STATED_LIMIT.sub(" ", self.asked_text(text)))

    def _time_added(self, text: str) -> str:
        """The text with 'how much' asked of a concept that adds time, in a sentence naming no money, as 'how long'."""
        if not self._lengthening or not HOW_MUCH.search(fold(text)):
            return text
        sentences = SENTENCE_END.split(text)
        for i, sentence in enumerate(sentences):
            # a bare 'Paljonko?' after 'Voiko sitä pidentää?' asks of the sentence before it
            said = f"{sentences[i - 1]} {sentence}" if i and len(sentence.split()) <= BARE_WORDS else sentence
            lowered, folded = said.lower(), fold(said)
            if any(m.search(lowered, folded) for m in self._lengthening) and not MONEY_WORD.search(folded):
                sentences[i] = HOW_MUCH.sub("how long", sentence)
        return " ".join(sentences)

    def _kinds(self, text: str) -> set[str]:
        text = self._time_added(text)
        lowered, folded = TIME_ASKED.sub("how long", text.lower()), TIME_ASKED.sub("how long", fold(text))
        lowered, folded = LENGTH_LIMIT.sub("how long", lowered), LENGTH_LIMIT.sub("how long", folded)
        kinds = {kind for kind, matcher in self._question_words.items() if matcher.search(lowered, folded)}
        if {"duration", "count"} <= kinds:
            # 'kuinka kauan sen pitää vähintään kestää?': a least length of time, no count ('at least' alone)
            lowered, folded = AT_LEAST.sub(" ", lowered), AT_LEAST.sub(" ", folded)
            if not self._question_words["count"].search(lowered, folded):
                kinds.discard("count")
        return kinds

    def asked_text(self, text: str) -> str:
        """A question less the duration it states of its case when it asks another figure: 'hur mkt kan man max få
        för en kunskapsallians som pågår 2 år?' asks a sum, not how long ('pågår' would read as the duration)."""
        text = LASTS_LONGER.sub("how long", text)  # 'which lasts longer, X or Y?' asks how long each lasts
        stated = GIVEN_DURATION.sub(" ", text)
        return stated if stated != text and self._kinds(stated) & {"amount", "count"} else text

    def find(self, text: str) -> list[str]:
        """Ids of the concepts the text mentions, in glossary order (see _find)."""
        return list(self._cached(text, fuzzy=True))

    def _cached(self, text: str, fuzzy: bool) -> tuple[str, ...]:
        key = (text, fuzzy)
        if key not in self._found:
            if len(self._found) > FOUND_CACHE:
                self._found.clear()
            self._found[key] = tuple(self._find(text, fuzzy))
        return self._found[key]

    def _find(self, text: str, fuzzy: bool = True) -> list[str]:
        """Ids of the concepts the text mentions, in glossary order.

        A match inside a longer match of another concept does not count:
        'branschspecifika kunskapsallianser' names Sector Skills Alliances, not
        Knowledge Alliances, and 'strategiskt partnerskap' is no 'partner'. 'What about the money?' asks on
        about the money, not what something is about (the idiom's 'about' is blanked out).
        """
        text = self._time_added(text)
        lowered, folded = _as_read(text.lower()), _as_read(fold(text))
        spans = {cid: matcher.spans(lowered, folded) for cid, matcher in self._patterns.items()}
        matches = [(span, cid, KIND_RANK[self.concepts[cid].kind]) for cid, ss in spans.items() for span in ss]
        found = []
        for cid, own in spans.items():
            rank = KIND_RANK[self.concepts[cid].kind]
            visible = any(not _hidden(span, cid, rank, matches) for span in own)
            if visible or self._patterns[cid].gapped_search(lowered, folded):
                found.append(cid)
        if fuzzy and len(text) <= FUZZY_MAX_TEXT:
            actions = [c for c in found if self.concepts[c].kind == "action"]
            exact = [span for c in actions for span in spans[c]]
            # the names typed with a slip away from those found as written (a window around one found would take in
            # the word after it: 'sectorale vaardigheidsalliantie leiden')
            windows = [
                (a, b)
                for _, (a, b) in self._fuzzy_windows(folded, None, every=True)
                if not any(x < b and a < y for x, y in exact)
            ]
            # a topic's word inside an action's name typed with a slip ('sector' in '(sector skils alliance)') is
            # part of the name, as it is inside the name written right
            found = [
                cid
                for cid in found
                if self.concepts[cid].kind != "topic"
                or not spans[cid]
                or not all(any(a <= x and y <= b for a, b in windows) for x, y in spans[cid])
            ]
            if not actions:
                named = self.fuzzy_actions(folded)
                found = [cid for cid in self.concepts if cid in found or cid in named]
            else:
                # a longer name typed with a slip around a shorter one found as written ('branchspecifik
                # kunskapsallians': a Sector Skills Alliance, not the Knowledge Alliance its last word names)
                inner = [span for c in actions for span in spans[c]]
                longer = self.fuzzy_actions(folded, around=inner) - set(actions)
                if longer:
                    covered = self._covered(folded, longer, inner)
                    found = [
                        cid
                        for cid in self.concepts
                        if cid in longer or cid in found and not (cid in actions and set(spans[cid]) <= covered)
                    ]
        return found

    def fuzzy_actions(self, folded: str, around: list[tuple[int, int]] | None = None) -> set[str]:
        """Actions named with a typo, another inflection or compound ending (text already folded); `around`: only
        names of several words holding one of these spans."""
        found = set()
        for cid, _ in self._fuzzy_windows(folded, around):
            found.add(cid)
        return found

    def _covered(self, folded: str, cids: set[str], inner: list[tuple[int, int]]) -> set[tuple[int, int]]:
        """The spans of `inner` that a name of these actions, typed with a slip, holds."""
        return {
            span
            for cid, (a, b) in self._fuzzy_windows(folded, inner)
            if cid in cids
            for span in inner
            if a <= span[0] and span[1] <= b
        }

    def _fuzzy_windows(self, folded: str, around: list[tuple[int, int]] | None, every: bool = False):
        """(action, window span) for word groups close to one of an action's terms: each term's first, or `every`
        one. A question is read several times over, so the windows of a whole text are kept for the next read."""
        if around is not None:
            return self._fuzzy_scan(folded, around, every)
        key = (folded, every)
        if key not in self._windows:
            if len(self._windows) >= WINDOWS_KEPT:
                self._windows.clear()
            self._windows[key] = list(self._fuzzy_scan(folded, None, every))
        return self._windows[key]

    def _fuzzy_scan(self, folded: str, around: list[tuple[int, int]] | None, every: bool):
        words = [m.span() for m in WORD.finditer(folded)]
        # close_to wants a window's first or second letter to be the term's: only those windows are tried
        by_first: dict[str, list[int]] = {}
        by_second: dict[str, list[int]] = {}
        for i, (a, _) in enumerate(words):
            by_first.setdefault(folded[a], []).append(i)
            if a + 1 < len(folded):
                by_second.setdefault(folded[a + 1], []).append(i)
        for cid, term, n, pairs in self._fuzzy_terms:
            if around is not None and n < 2:
                continue
            starts = sorted(set(by_first.get(term[0], ())).union(by_second.get(term[1], ())))
            for i in starts:
                if i > len(words) - n:
                    break
                a, b = words[i][0], words[i + n - 1][1]
                if around is not None and not any(a <= x and y <= b for x, y in around):
                    continue
                window = folded[a:b]
                if len(window) >= FUZZY_MIN_CHARS and close_to(window, term, pairs):
                    yield cid, (a, b)
                    if around is None and not every:
                        break

    def focus(self, text: str, window: int = 40) -> str | None:
        """The topic a question asks about: the first one named right after its question word
        ('vilka branscher', 'which sectors', 'welke sectoren', 'mitkä alat')."""
        wh = self._question_words.get("wh")
        if wh is None:
            return None
        lowered, folded = text.lower(), fold(text)
        words = wh.spans(lowered, folded)
        starts = [b for _, b in words]
        opening = {a for a, _ in words}  # a term that starts with the question word ('wie ... indien': who submits)
        topics = [c for c in self.find(text) if self.concepts[c].kind == "topic"]
        # a year is when, not what is asked ('Mitkä ovat Erasmus+ 2021–2027 innovaatioallianssien kaksi tyyppiä?')
        found = [
            (a, b, cid)
            for cid in topics
            for a, b in self._patterns[cid].spans(lowered, folded)
            if not lowered[a:b].strip().isdigit()
        ]
        # a term with a gap that opens with the question word itself asks what it names ('wie ... indien')
        opened = [
            (a, b, cid) for cid in topics for a, b in self._patterns[cid].gapped_spans(lowered, folded) if a in opening
        ]
        found += opened
        # a period named after a preposition says which action is meant, not what is asked ('Wie kan een
        # kennisalliantie uit de vorige programmaperiode coördineren?' asks who coordinates)
        qualifying = [f for f in found if f[2] == "period" and PERIOD_QUALIFIER.search(lowered[: f[0]])]
        phrases: list[tuple[int, int]] = []  # the qualifying phrases, which do not count in the distance
        if qualifying and len(qualifying) < len(found):
            found = [f for f in found if f not in qualifying]
            phrases = [(PERIOD_QUALIFIER.search(lowered[:a]).start(), b) for a, b, _ in qualifying]
        best: tuple[int, int, str] | None = None
        for a, b, cid in found:
            gaps = [
                gap
                for end in starts
                if 0 <= (gap := a - end - sum(y - x for x, y in phrases if end <= x and y <= a)) <= window
            ] + ([0] if (a, b, cid) in opened else [])
            if gaps and (best is None or min(gaps) < best[0]):
                best = (min(gaps), b, cid)
        if best and best[2] in WHO_NOUNS and (modal := ROLE_MODAL.match(lowered, best[1])):
            # 'which organisation can be in charge of the consortium?' asks who may take the role
            roles = [(a, cid) for a, _, cid in found if cid != best[2] and 0 <= a - modal.end() <= ROLE_WINDOW]
            if roles:
                return min(roles)[1]
        if best and self.concepts[best[2]].qualifier:  # 'which kinds of organisations' asks about organisations
            qualified = [(a - best[1], cid) for a, _, cid in found if cid != best[2] and 0 <= a - best[1] <= 20]
            if qualified:
                return min(qualified)[1]
        if best is None:
            return next((cid for _, _, cid in sorted(found) if self.concepts[cid].asked), None)
        return best[2]

    def without_actions(self, text: str) -> str:
        """The text with the words that name an action blanked out."""
        return self.without(text, {cid for cid, concept in self.concepts.items() if concept.kind == "action"})

    def without(self, text: str, concept_ids: set[str] | frozenset[str]) -> str:
        """The text with the words that name these concepts blanked out."""
        lowered, folded = text.lower(), fold(text)
        chars = list(text)
        exact = []
        for cid in concept_ids:
            if cid in self._patterns:
                for a, b in self._patterns[cid].spans(lowered, folded):
                    chars[a:b] = " " * (b - a)
                    exact.append((a, b))
        fuzzy: list[tuple[int, int]] = []
        if len(text) <= FUZZY_MAX_TEXT and len(folded) == len(text):
            # a question: a name of its typed with a slip elsewhere too ('(sector skils alliance)'), not the words
            # around a name found as written
            for cid, (a, b) in self._fuzzy_windows(folded, None, every=True):
                if cid in concept_ids and not any(x < b and a < y for x, y in exact):
                    chars[a:b] = " " * (b - a)
                    fuzzy.append((a, b))
        # the word a Finnish name is compounded with after a hyphen goes with it ('Alliances for Innovation
        # -toiminnon': of the action Alliances for Innovation, no activity asked)
        for _, b in exact + fuzzy:
            if tail := HYPHEN_COMPOUND.match(text, b):
                chars[b : tail.end()] = " " * (tail.end() - b)
        return "".join(chars)

    def without_concepts(self, text: str) -> str:
        """The text with every glossary term blanked out (actions, topics, subjects): what is left are the
        question's own words that no concept stands for."""
        lowered, folded = text.lower(), fold(text)
        chars = list(text)
        for pattern in self._patterns.values():
            for a, b in pattern.spans(lowered, folded):
                chars[a:b] = " " * (b - a)
        return "".join(chars)

    def actions_in_order(self, text: str) -> list[str]:
        """The actions the text names, in the order it first names them."""
        lowered, folded = text.lower(), fold(text)
        first = {}
        for cid in self.actions(text):
            spans = self._patterns[cid].spans(lowered, folded)
            first[cid] = spans[0][0] if spans else len(text)
        return sorted(first, key=lambda cid: first[cid])

    def spans_of(self, concept_id: str, text: str) -> list[tuple[int, int]]:
        """Where the text names the concept (spans in the text; folding keeps lengths in the four languages)."""
        return self._patterns[concept_id].spans(text.lower(), fold(text))

    def action_phrases(self, text: str) -> list[str]:
        """The words (folded) the text names its actions with ('alliances for sectoral cooperation')."""
        lowered, folded = text.lower(), fold(text)
        return [
            folded[a:b].strip()
            for cid, concept in self.concepts.items()
            if concept.kind == "action"
            for a, b in self._patterns[cid].spans(lowered, folded)
        ]

    def without_question_words(self, text: str) -> str:
        """The text with the words that ask for a figure or a thing ('how long', 'hoeveel', 'vilka') blanked
        out: they say how a question asks, not what about."""
        lowered, folded = text.lower(), fold(text)
        chars = list(text)
        for matcher in self._question_words.values():
            for a, b in matcher.spans(lowered, folded):
                chars[a:b] = " " * (b - a)
        return "".join(chars)

    def actions(self, text: str) -> list[str]:
        return [cid for cid in self.find(text) if self.concepts[cid].kind == "action"]

    def occurs(self, concept_id: str, text: str) -> bool:
        """Does the text name the concept (by the same reading as find; a topic needs no typo-tolerant pass)?"""
        return concept_id in self._cached(text, fuzzy=self.concepts[concept_id].kind == "action")

    def expansion(self, concept_ids: list[str], languages: tuple[str, ...]) -> list[tuple[str, str]]:
        """(term, language) pairs of the concepts in the documents' languages, for lexical search."""
        out: list[tuple[str, str]] = []
        for cid in concept_ids:
            for lang in languages:
                out.extend((t.rstrip("="), lang) for t in self.concepts[cid].terms.get(lang, ()))
        return out


class ConceptRecord(BaseModel):
    """One concept of data/glossary.json: its terms per language and what a question about it asks."""

    model_config = ConfigDict(extra="forbid")

    id: str
    kind: Literal["action", "topic", "other"]
    terms: dict[Literal["sv", "fi", "nl", "en"], list[str]]
    asks: Literal["count", "amount", "duration"] | None = None
    qualifier: bool = False
    elsewhere: bool = False
    distinct: bool = False
    asked: bool = False
    only_in: str = ""
    asking: dict[Literal["sv", "fi", "nl", "en"], list[str]] = {}
    lengthens: bool = False
    note: str = ""


class GlossaryFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    about: str = ""
    concepts: list[ConceptRecord]
    question_words: dict[Literal["count", "amount", "duration", "wh"], list[str]] | None = None  # wh: which, what


@lru_cache(maxsize=1)
def load_glossary(path: Path = GLOSSARY_FILE) -> Glossary:
    """The glossary file, validated (an unknown key or kind fails here, naming the file and the field)."""
    data = load_model(GlossaryFile, path)
    concepts = [
        Concept(
            id=c.id,
            kind=c.kind,
            terms={lang: tuple(terms) for lang, terms in c.terms.items()},
            asks=c.asks,
            qualifier=c.qualifier,
            elsewhere=c.elsewhere,
            distinct=c.distinct or c.elsewhere,
            asked=c.asked,
            only_in=c.only_in,
            asking={lang: tuple(terms) for lang, terms in c.asking.items()},
            lengthens=c.lengthens,
        )
        for c in data.concepts
    ]
    actions = {c.id for c in concepts if c.kind == "action"}
    for c in concepts:
        if c.only_in and c.only_in not in actions:
            raise ErasbotError(f"{path.name}: concept '{c.id}': 'only_in' names no action ('{c.only_in}')")
    return Glossary(concepts, data.question_words)
