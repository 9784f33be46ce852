"""The question's own words weighed in an added document: by their rarity among its sentences, read in the
document's language, slips of typing read as its words, and the cosines put on one scale."""

from __future__ import annotations

import math

from erasbot.guidance.cross_words import load_cross_words
from erasbot.guidance.lexical import WORD, is_stopword, tokens
from erasbot.guidance.selection import COMPOUNDING, similarity_range
from erasbot.text import one_slip

CASE_MAX_SENTENCES = 3  # a case's word counts when at most this many of the sentences name it (at least one)


def case_word(case: str, sentences: list[tuple[str, str]], asked_in: str) -> str | None:
    """The case clause's word that the fewest of the sentences use (at most CASE_MAX_SENTENCES, at least one):
    'disabl' in 'when a learner with a disability goes on a placement', which 'learner' and 'placement' are
    not. None when the clause names nothing that rare."""
    if not case:
        return None
    count: dict[str, int] = {}
    for lang, sentence in sentences:
        for w in set(tokens(sentence, lang)):
            count[w] = count.get(w, 0) + 1
    languages = {asked_in, *(lang for lang, _ in sentences)}
    asked = {w for lang in languages for w in tokens(case, lang)}
    # ... and its words in a document's other language ('med tåg' put to an English guide: 'train')
    asked |= {
        w
        for lang in languages - {asked_in}
        for words in load_cross_words().in_language(case, asked_in, lang)
        for w in tokens(" ".join(words), lang)
    }
    rare = [(count[w], w) for w in asked if 0 < count.get(w, 0) <= CASE_MAX_SENTENCES]
    return min(rare)[1] if rare else None


# words pointing back at what a question is about ('zo'n alliantie', 'such an alliance', 'en sån allians', 'tällainen
# allianssi'), as the tokenizers stem them: no content of its own, however rare in the document ('Merwedal zit niet in
# zo'n alliantie' is no answer to 'hoeveel instellingen moeten er in zo'n alliantie zitten?')
POINTING = frozenset(
    {"zo", "n", "zulk", "zulke", "such", "san", "sant", "sadan", "sadana", "tallain", "sellais", "tallais"}
)


def read_in(text: str, asked_in: str, lang: str) -> set[str]:
    """A question's words as the tokenizers of its language and of the document's read them; the words its own
    language has for asking ('in', 'at', 'how', 'för') are none of the document's, whatever that language has."""
    if lang == asked_in:
        return set(tokens(text, lang)) - POINTING
    content = " ".join(w for w in WORD.findall(text) if not is_stopword(w, asked_in))
    return (set(tokens(text, asked_in)) | set(tokens(content, lang))) - POINTING


def in_document_language(
    read: set[str],
    question: str,
    asked_in: str,
    lang: str,
    rarity: dict[str, float],
    known: frozenset[str] = frozenset(),
) -> set[str]:
    """A question's own words for a document in another language: those the document uses as written (figures,
    names, 'ECTS', 'CoVE') and its content words in the document's language (cross_words.py: 'kustannusluokat'
    asks about 'cost' and 'category'), each meaning by the one of its words the document uses most (a guide keeps
    to one: 'kortlopend' or 'kortdurend'). Words the document never uses are left out: they would weigh as its
    rarest and leave the words that do meet it weighing next to nothing. `known`: the words of the document's
    other retrieved passages, where a meaning's word counts as used too (as rare as any: the passages scored
    lack it)."""
    most = max(rarity.values(), default=1.0)
    meant: set[str] = set()
    cross = load_cross_words()
    # a country's name is no word of what is asked: a guide names it in its lists of countries ('België' in 'Brussel,
    # als geen van de partners uit België komt' would lift the country groups), it routes (added_routing) instead
    vocabulary = set(rarity) | set(known)
    asked = sorted(cross.meanings(question, asked_in) - cross.names)
    options = [
        sorted(
            {
                v
                for term in cross.words[i].get(lang, ())
                for w in _term_words(term, lang)
                for v in _used_as(w, vocabulary, lang)
            }
        )
        for i in asked
    ]
    # each meaning by a word of its own: 'pågå' (last) put to a Dutch guide is 'duurt' where 'duur' already stands
    # for the duration asked; the meanings with the fewest words used choose first
    for used in sorted((u for u in options if u), key=len):
        free = [w for w in used if w not in meant] or used
        meant.add(min(free, key=lambda w: rarity.get(w, most)))
    used_words = {w for w in read if w in rarity or w in known}
    # a word the guide writes longer in its language ('relevans': 'relevantie', 'relevance') is read as its word
    longer = {w: min(near, key=lambda v: rarity.get(v, most)) for w in read if (near := _longer(w, vocabulary))}
    used_words |= set(longer.values())
    if lang in COMPOUNDING and {lang, asked_in} <= SHARED_PARTS:  # its compounds hold the question's words as
        # parts ('kostencategorieën'), that no word meets: the meanings found add to the question's content words (as
        # its own language reads them: not 'the', 'how' read by the guide's), not stand for them; a word whose meaning
        # the guide uses is read as that
        found = {i for i, used in zip(asked, options) if used}
        own = {
            w
            for w in read & set(tokens(question, asked_in))
            if w not in longer and not cross.meanings(w, asked_in) & found
        }
        return used_words | own | meant
    return used_words | meant


# languages whose words stand inside each other's compounds ('kosten' in 'kostencategorieën'); a Finnish word in a
# Swedish or Dutch guide, or theirs in a Finnish one, is another word that happens to share letters ('men' of
# 'mennessä' in 'kommentarer')
SHARED_PARTS = {"en", "sv", "nl"}
PARTICLE_MAX_CHARS = 2  # a word this short in a meaning of several words is its particle ('in' of 'skicka in')


def _term_words(term: str, lang: str) -> list[str]:
    """The words of a meaning's term as the document's tokenizer reads them, less the particles of a term of
    several words: 'in' of 'lämna in' (submit) is in every other Swedish sentence."""
    words = tokens(term, lang)
    return [w for w in words if len(w) > PARTICLE_MAX_CHARS] if len(words) > 1 else words


BEGINNING_READ_CHARS = 5  # a meaning's word this long that the document does not use as it stands is read as the
# beginning it is in the table ('criteri': the guide's 'criterium', 'kriteri': 'kriterierna') ...
ENDING_MAX_CHARS = 4  # ... continued by an ending, not as the first part of a compound ('school': 'schooljaar')


def _used_as(word: str, vocabulary: set[str], lang: str) -> set[str]:
    """The document's words a meaning's word stands for: itself when the document uses it, else (when long enough
    to mean one thing) the document's words beginning with it; in a Finnish guide, also its compounds ending with
    it ('hallin' of 'hallinta', management: 'projektinhallinta')."""
    if word in vocabulary:
        used = {word}
    elif len(word) < BEGINNING_READ_CHARS:
        return set()
    else:
        used = {v for v in vocabulary if v.startswith(word) and len(v) - len(word) <= ENDING_MAX_CHARS}
    if lang in TAIL_COMPOUNDING and len(word) >= COMPOUND_TAIL_MIN_CHARS:
        used |= {
            v
            for v in vocabulary
            if (at := v.find(word, COMPOUND_HEAD_MIN_CHARS)) > 0 and len(v) - at - len(word) <= ENDING_MAX_CHARS
        }
    return used


# a Finnish compound ends with its head word ('projektinhallinta', 'hankehallinto'); a Swedish or Dutch one may
# end with a word that means something else in it ('ledning' in 'vägledning', guidance), so only Finnish is read so
TAIL_COMPOUNDING = {"fi"}
COMPOUND_TAIL_MIN_CHARS = 6  # a meaning's word this long is read as the end of a compound ...
COMPOUND_HEAD_MIN_CHARS = 3  # ... after a first part this long, at least


COGNATE_MIN_CHARS = 6  # a question's word this long that begins words of the guide is the same word in its language


def _longer(word: str, vocabulary: set[str]) -> set[str]:
    """The guide's words that begin with a question's word it does not use (none for a short word)."""
    if word in vocabulary or len(word) < COGNATE_MIN_CHARS or any(ch.isdigit() for ch in word):
        return set()
    return {v for v in vocabulary if v.startswith(word) and len(v) - len(word) <= ENDING_MAX_CHARS}


def on_scale(similarity: dict[str, float], more: dict[str, float] | None = None) -> dict[str, float]:
    """Cosines put on a 0-1 scale over the sentences scored (nothing when they do not differ); `more`, those of
    sentences scored beside them, on the same scale (kept within it)."""
    low, high = similarity_range(similarity)
    if high <= low:
        return {}
    scale = {i: (v - low) / (high - low) for i, v in similarity.items()}
    return scale | {i: min(1.0, max(0.0, (v - low) / (high - low))) for i, v in (more or {}).items() if i not in scale}


def closeness_on(sentence_id: str, scales: list[dict[str, float]]) -> float:
    """A sentence's mean place on the scales that have it."""
    values = [scale[sentence_id] for scale in scales if sentence_id in scale]
    return sum(values) / len(values) if values else 0.0


TYPO_MIN_CHARS = 5  # a word this long that the document never uses may be one of its words mistyped


def spelled_as(asked: set[str], vocabulary: dict[str, float]) -> set[str]:
    """The question's words, each the document never uses but one of its words one typing slip away
    ('assosiat' for 'associat', 'reciev' for 'receiv': a letter wrong, missing, extra or two swapped)
    read as that word. A word near none, or near several, stays as asked."""
    read = set()
    for word in asked:
        if word in vocabulary or len(word) < TYPO_MIN_CHARS or any(ch.isdigit() for ch in word):
            read.add(word)
            continue
        near = [v for v in vocabulary if v[:1] == word[:1] and abs(len(v) - len(word)) <= 1 and one_slip(word, v)]
        read.add(near[0] if len(near) == 1 else word)
    return read


def rarity_of(sentences: list[list[str]]) -> dict[str, float]:
    """Each word's weight among these sentences: the fewer sentences use it, the more it says."""
    count: dict[str, int] = {}
    for words in sentences:
        for w in set(words):
            count[w] = count.get(w, 0) + 1
    n = len(sentences)
    return {w: math.log(1 + n / c) for w, c in count.items()}


def coverage(words: set[str], asked: set[str], rarity: dict[str, float]) -> float:
    """The share of the question's own words a sentence uses, each weighing by its rarity in the document
    (a word the document never uses weighs as the rarest: it may be the asker's language, not the text's)."""
    if not asked:
        return 0.0
    most = max(rarity.values(), default=1.0)
    total = sum(rarity.get(w, most) for w in asked)
    return sum(rarity.get(w, most) for w in asked & words) / total if total else 0.0
