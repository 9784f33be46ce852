"""The sentence that completes an added document's best sentence, from the same passage: the other side of a
comparison, or the neighbour that gives the figure the best one lacks.

Pure: scored sentences (as selection.added_sentences gives them) and the question in; the quotes out. In a long
guide the second-best sentence overall is often from another section (an annex's worked example repeating the
same words with other figures); what completes an answer is usually beside it:

- 'difference in duration between short-term exchanges and long-term secondments': the best sentence gives one
  side ('Short-term staff exchanges last from 2 to 60 days.'), the next one the other ('Long-term staff
  secondments last from 2 to 12 months.');
- 'how long is a reporting period?': the best sentence names the thing ('The project is divided into two
  reporting periods.'), the next one gives its figure ('The first covers months 1 to 24, ...').
"""

from __future__ import annotations

import re

from erasbot.forms import asking_part, asks_comparison, without_comparison
from erasbot.guidance.added_marks import in_band
from erasbot.guidance.corpus import split_sentences
from erasbot.guidance.lexical import tokens
from erasbot.guidance.units import UNIT_STEMS, figure_units
from erasbot.text import fold

UNIT_WORDS = tuple(stem for stems in UNIT_STEMS.values() for stem in stems if len(stem) >= 3)
NEIGHBOURS = 2  # sentences either side of the best one searched for the figure it lacks
# a sentence that goes on from the one before it: it opens by pointing back ('These cover 80% of the real
# travel costs', 'Dessa kostnader ...', 'Deze ...', 'Nämä ...'); folded, at the sentence's start
GOES_ON = re.compile(
    r"^(?:these|this|those|they|their|its|such|in addition|in that case|dessa|detta|sådana|deras|dess|i så fall"
    r"|därutöver|deze|dit|die|zij|hun|in dat geval|daarnaast|nämä|tämä|ne|niiden|siinä tapauksessa|lisäksi)\b",
    re.IGNORECASE,
)


def _words(text: str, lang: str) -> set[str]:
    return set(tokens(text, lang))


def section(top, hits: list) -> list[tuple]:
    """The best sentence's section as (hit, sentence) pairs in reading order: its passage and the retrieved
    passages right before and after it under the same heading (a section's paragraphs are passages of their own)."""
    chunk = top[1].chunk
    same = {h.chunk.n: h for h in hits if h.chunk.doc_id == chunk.doc_id and h.chunk.heading == chunk.heading}
    first = last = chunk.n
    while first - 1 in same:
        first -= 1
    while last + 1 in same:
        last += 1
    ordered = [same.get(n, top[1]) for n in range(first, last + 1)]
    return [(h, sentence) for h in ordered for sentence in split_sentences(h.chunk.text)]


def _at(top, pairs: list[tuple]) -> int | None:
    return next(
        (i for i, (h, s) in enumerate(pairs) if h.chunk.chunk_id == top[1].chunk.chunk_id and s == top[2]), None
    )


def other_side(question: str, lang: str, top, candidates: list, hits: list):
    """For a comparison, the best-scored sentence of the best one's section that names what the question
    compares and the best one does not say (the other side), or None."""
    if not asks_comparison(question):
        return None
    _, hit, sentence, _ = top
    doc_lang = hit.chunk.language
    asking = without_comparison(asking_part(question))
    missing = (_words(asking, lang) | _words(asking, doc_lang)) - _words(sentence, doc_lang)
    if not missing:
        return None
    near = {(h.chunk.chunk_id, s) for h, s in section(top, hits)}
    for candidate in candidates:
        same_section = (candidate[1].chunk.chunk_id, candidate[2]) in near and candidate[2] != sentence
        if same_section and _words(candidate[2], doc_lang) & missing:
            return candidate
    return None


def figure_beside(
    top,
    hits: list,
    has_figure,
    units: set[str],
    quantities: frozenset[tuple[int, str]] = frozenset(),
    asked: str = "",
):
    """When the best sentence gives no figure of the kind (or in the unit) asked, the nearest sentence of its
    section that does, as a candidate tuple; None when the best one gives it or no neighbour does. Where the question
    gives a figure of its case ('tussen 3000 en 3999 km'), the one row of the section whose band holds it, however far.
    """

    def gives(text: str) -> bool:
        return has_figure(text) and (not units or bool(units & figure_units(text)))

    if gives(top[2]):
        return None
    pairs = section(top, hits)
    at = _at(top, pairs)
    if at is None:
        return None
    banded = [k for k, (_, s) in enumerate(pairs) if quantities and gives(s) and in_band(s, quantities)]
    if len(banded) == 1:
        return (top[0], pairs[banded[0]][0], pairs[banded[0]][1], top[3])
    for distance in range(1, NEIGHBOURS + 1):
        for k in (at + distance, at - distance):
            if 0 <= k < len(pairs) and gives(pairs[k][1]):
                return (top[0], pairs[k][0], pairs[k][1], top[3])
    # further on in the section, the nearest sentence giving it of the thing the question and the best sentence both
    # name ('Alla ... måste ha ett PIC-nummer' ... 'PIC-numret består av nio siffror' for 'montako numeroa PIC:ssä?')
    shared = _plain_words(asked) & _plain_words(top[2])
    further = sorted(
        (abs(k - at), k) for k, (_, s) in enumerate(pairs) if k != at and gives(s) and shared & _plain_words(s)
    )
    return (top[0], pairs[further[0][1]][0], pairs[further[0][1]][1], top[3]) if shared and further else None


def _plain_words(text: str) -> set[str]:
    """A text's words of three letters or more, folded, and the parts of hyphenated ones ('pic', 'numret'), less the
    words of units ('procent', 'euro', 'dagar'): a thing named, not the measure of a figure."""
    return {w for w in re.findall(r"[^\W\d_]{3,}", fold(text)) if not w.startswith(UNIT_WORDS)}


def going_on(top, hits: list):
    """The sentence right after the best one in its section, when it goes on from it ('Where the travel support
    does not cover 70% of the cost, the partner may claim exceptional costs.' 'These cover 80% of the real travel
    costs.'): without it the best one says that something applies, not what it gives. None otherwise."""
    pairs = section(top, hits)
    at = _at(top, pairs)
    if at is not None and at + 1 < len(pairs) and GOES_ON.match(pairs[at + 1][1].strip()):
        return (top[0], pairs[at + 1][0], pairs[at + 1][1], top[3])
    return None


def in_reading_order(picked: list, hits: list) -> list:
    """Two quotes of one section in the order the section gives them (the figure after what it is of)."""
    pairs = section(picked[0], hits)
    order = {(h.chunk.chunk_id, s): i for i, (h, s) in enumerate(pairs)}
    if len(picked) != 2 or any((c[1].chunk.chunk_id, c[2]) not in order for c in picked):
        return picked
    return sorted(picked, key=lambda c: order[(c[1].chunk.chunk_id, c[2])])


# a line naming who said the quotation above it ('– Päivi Kärkkäinen, koordinaattori, Järvi-Savon kansanopisto',
# a dash read as a bullet): a name of two capitalised words and a comma
ATTRIBUTION = re.compile(r"^\W*[A-ZÅÄÖ][\w'-]+(?:\s+[A-ZÅÄÖ][\w'-]+)+,")
QUOTE_OPENS = re.compile(r"^\s*[\"“”„«»]")
QUOTE_CLOSES = re.compile(r"[\"“”„«»]\W*$")


def quoted_before(top, hits: list):
    """The quotation a best sentence names the speaker of ('Päivi Kärkkäinen, koordinaattori, ...' after
    '"Ensimmäinen hakemuksemme ... käyttöön."'), whole, as a candidate: what they said is what a question about it
    asks, the line naming them only whose it is. None when the best sentence names no speaker of a quotation."""
    if not ATTRIBUTION.match(top[2]):
        return None
    pairs = section(top, hits)
    at = _at(top, pairs)
    if not at or not QUOTE_CLOSES.search(pairs[at - 1][1]):
        return None
    start = at - 1
    while start > 0 and not QUOTE_OPENS.match(pairs[start][1]) and not QUOTE_CLOSES.search(pairs[start - 1][1]):
        start -= 1
    if not QUOTE_OPENS.match(pairs[start][1]):
        return None
    hit = pairs[start][0]
    return (top[0], hit, " ".join(sentence for _, sentence in pairs[start:at]), top[3])
