"""A question's content words in the language of the guide it is put to: 'Mitkä kustannusluokat
budjettitaulukossa pitää arvioida?' asks an English guide about 'cost', 'category', 'budget', 'table',
'estimate'.

Pure after loading the small table in data/cross_words.json (one entry per meaning, its folded word beginnings
per language). Without it a question in Finnish, Dutch or Swedish meets an English guide on the embedding alone:
its words score nothing in selection.added_sentences, and the sentence stating the asked fact loses to one that
is only about the same subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from erasbot.datafiles import read_json
from erasbot.errors import ErasbotError
from erasbot.guidance.lexical import STOPWORDS
from erasbot.language import SUPPORTED
from erasbot.text import fold, one_slip

CROSS_WORDS_FILE = Path(__file__).with_name("data") / "cross_words.json"
COMPOUNDING = {"sv", "fi", "nl"}
# a Finnish adjective made of a noun ('-kestoinen', '-kestoisessa', '-aikaisen'): the noun inside it is not asked about
FINNISH_ADJECTIVE = re.compile(r"i(?:nen|se|sia|set|sta|ssa)")
INSIDE_MIN_CHARS = 5  # a beginning this long is found inside a compound too ('rapportageperiode': 'periode') ...
FIRST_PART_MIN_CHARS = 3  # ... after a first part this long at least: 'ikais' (aged) in 'aikaisintaan' (at the
# earliest) follows one letter, no word of its own
SLIP_MIN_CHARS = 7  # a word and a beginning this long meet despite one typing slip ('slutraporten', 'slutrapport')
BEGINNING_MIN_CHARS = 3  # a shorter beginning (not a whole word) starts too many words to mean one thing


@dataclass(frozen=True)
class CrossWords:
    """Per language, a pattern of every beginning (at a word's start) and one of those found inside compounds;
    the meaning of each beginning, and each meaning's words per language."""

    starts: dict[str, re.Pattern]
    inside: dict[str, re.Pattern]
    meaning_of: dict[str, dict[str, int]]  # language -> beginning -> entry
    words: tuple[dict[str, tuple[str, ...]], ...]
    names: frozenset[int] = frozenset()  # the entries that are names (countries), not what a text is about
    # per language and first letter, the beginnings long enough to be met despite a typing slip (after the first letter)
    slip_terms: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)

    def meanings(self, text: str, language: str) -> set[int]:
        """The entries whose words in `language` the text uses."""
        folded = fold(text)
        found: set[int] = set()
        for pattern in (self.starts.get(language), self.inside.get(language)):
            if pattern is None:
                continue
            for m in pattern.finditer(folded):
                if (
                    pattern is self.inside.get(language)
                    and language == "fi"
                    and FINNISH_ADJECTIVE.match(folded, m.end(1))
                ):
                    continue  # 'kesto' in 'lyhytkestoisessa' (short-term): a quality of the thing, no duration asked
                found.add(self.meaning_of[language][m.group(1)])
        return found | self._typed_with_a_slip(folded, language)

    def _typed_with_a_slip(self, folded: str, language: str) -> set[int]:
        """The entries of long beginnings that a long word of the text starts with but for one typing slip
        ('slutraporten': 'slutrapport'), where no beginning is found in that word as written."""
        starts = self.starts.get(language)
        if starts is None:
            return set()
        found: set[int] = set()
        by_letter = self.slip_terms.get(language, {})
        for word in re.findall(r"\w+", folded):
            if len(word) < SLIP_MIN_CHARS:
                continue
            for term in by_letter.get(word[0], ()):
                if any(_slipped(word[: len(term) + k], term) for k in (-1, 1) if len(word) >= len(term) + k):
                    found.add(self.meaning_of[language][term])
        return found

    def in_language(self, text: str, language: str, target: str) -> list[tuple[str, ...]]:
        """The text's meanings in the target language: per meaning, its words there (none when the languages
        are one)."""
        if language == target:
            return []
        return [self.words[i][target] for i in sorted(self.meanings(text, language)) if self.words[i].get(target)]


def _slipped(typed: str, term: str) -> bool:
    """A letter dropped or doubled ('slutraporten', 'slutrapport'): a changed letter is left out, it as often makes
    another word ('project', 'protect')."""
    return len(typed) != len(term) and one_slip(typed, term)


def _alternatives(terms: list[str]) -> str:
    # a term ending in a space is a whole word; the others are beginnings of words
    ordered = sorted(terms, key=len, reverse=True)
    return "|".join(re.escape(t.rstrip()) + (r"(?!\w)" if t.endswith(" ") else "") for t in ordered)


def clashes(entries: list[dict[str, list[str]]]) -> list[str]:
    """What would make a table of meanings say something else than it lists, each named with its language and
    entries (numbered from 1): a beginning listed under two meanings (only the last would count), one not folded
    (it would never match), one shorter than BEGINNING_MIN_CHARS that is no whole word, and one that meets a
    word of its language's stopword list (lexical.py: 'är', 'voi', 'het'), which every question uses."""
    found = []
    owner: dict[tuple[str, str], int] = {}
    for i, entry in enumerate(entries, 1):
        for lang, terms in entry.items():
            for term in terms:
                key = term.rstrip()
                if fold(term) != term:
                    found.append(f"{lang} '{term}' (entry {i}) is not folded: '{fold(term)}'")
                if (lang, key) in owner and owner[lang, key] != i:
                    found.append(f"{lang} '{key}' is listed under entries {owner[lang, key]} and {i}")
                owner[lang, key] = i
                if not term.endswith(" ") and len(key) < BEGINNING_MIN_CHARS:
                    found.append(f"{lang} '{term}' (entry {i}) is too short a beginning: make it a whole word")
    table = _built(entries)
    for lang, words in STOPWORDS.items():
        for word in words.split():
            for i in sorted(table.meanings(word, lang)):
                found.append(f"{lang} entry {i + 1} meets the stopword '{word}'")
    return found


@lru_cache(maxsize=1)
def load_cross_words(path: Path = CROSS_WORDS_FILE) -> CrossWords:
    data = read_json(path)
    entries = data.get("words") if isinstance(data, dict) else None
    names = data.get("names", []) if isinstance(data, dict) else None
    if not isinstance(entries, list) or not isinstance(names, list):
        raise ErasbotError(f"{path.name}: needs 'words' (a list of entries, language -> word beginnings)")
    entries = [*entries, *names]  # a name's entries last: 'names' holds those of countries
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or not all(isinstance(v, list) for v in entry.values()):
            raise ErasbotError(f"{path.name}: entry {i + 1} must map languages to lists of words")
        unknown = set(entry) - set(SUPPORTED)
        if unknown:
            raise ErasbotError(f"{path.name}: entry {i + 1} names unknown languages {sorted(unknown)}")
    return _built(entries, len(names))


def _built(entries: list[dict[str, list[str]]], names: int = 0) -> CrossWords:
    """The patterns and meanings of a table's entries, the last `names` of them names (countries)."""
    meaning_of: dict[str, dict[str, int]] = {}
    words = []
    for i, entry in enumerate(entries):
        words.append({lang: tuple(fold(t).strip() for t in terms) for lang, terms in entry.items()})
        for lang, terms in entry.items():
            for term in terms:
                meaning_of.setdefault(lang, {})[fold(term).rstrip()] = i
    starts, inside = {}, {}
    for lang in meaning_of:
        terms = {fold(t) for e in entries for t in e.get(lang, ())}
        starts[lang] = re.compile(r"(?<!\w)(" + _alternatives(sorted(terms)) + ")")
        long_ = [t for t in terms if not t.endswith(" ") and len(t) >= INSIDE_MIN_CHARS]
        if lang in COMPOUNDING and long_:
            inside[lang] = re.compile(rf"(?<=\w{{{FIRST_PART_MIN_CHARS}}})(" + _alternatives(long_) + ")")
    named = frozenset(range(len(entries) - names, len(entries)))
    slip_terms: dict[str, dict[str, tuple[str, ...]]] = {}
    for lang, terms in meaning_of.items():
        grouped: dict[str, list[str]] = {}
        for term in terms:
            if len(term) >= SLIP_MIN_CHARS and " " not in term:
                grouped.setdefault(term[0], []).append(term)
        slip_terms[lang] = {letter: tuple(group) for letter, group in grouped.items()}
    return CrossWords(starts, inside, meaning_of, tuple(words), named, slip_terms)
