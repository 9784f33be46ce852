"""Hard-wrapped text: whether a text's lines were broken at a fixed width, at which width, and how a broken line
joins the one before it.

A mail client or an editor breaks every paragraph into lines of about 72 characters; a word processor keeps a
paragraph on one line. Whether a text is wrapped is read from most of its prose lines, not the longest one: a URL,
a table drawn in characters or a pasted line may run past the width in a text that is wrapped all the same. The
width tells a paragraph's end inside a run of lines: a line that ends a sentence although the next line's first
word would have fitted on it was ended by the writer.
"""

from __future__ import annotations

import re
from itertools import pairwise

WRAP_WIDTH = 100  # a wrapped text's prose lines are shorter than this
_LINK = re.compile(r"https?://|www\.|\S{41,}")  # a URL or a path runs past the width and says nothing of it
_SENTENCE_END = re.compile(r"[.:;!?]$")
_BROKEN_WORD = re.compile(r"(?<=[^\s-])-$")  # a hyphen ending a word, not a dash ('--', ' -')


def wrap_width(lines: list[str]) -> int:
    """The width a text's prose lines (in order, '' for the lines that are no prose) were wrapped at, or 0 when
    they were not wrapped (one line per paragraph).

    A text is wrapped when hardly any of its prose lines (one in fifty) runs past WRAP_WIDTH. Its width is that of
    its longest line broken in mid-sentence (a wrapped line is never longer); with fewer than three such lines to
    tell, WRAP_WIDTH."""
    prose = [line.rstrip() for line in lines if line.strip() and not _LINK.search(line)]
    long = sum(1 for line in prose if len(line) > WRAP_WIDTH)
    if len(prose) < 3 or long * 50 > len(prose):
        return 0
    broken = [
        len(line.rstrip())
        for line, after in pairwise(lines)
        if line.strip()
        and after.strip()
        and len(line.rstrip()) <= WRAP_WIDTH
        and not _LINK.search(line)
        and not _SENTENCE_END.search(line.rstrip())
    ]
    return max(broken) if len(broken) >= 3 else WRAP_WIDTH


def join_wrapped(head: str, tail: str) -> str:
    """Two lines of one paragraph as one: a word broken at the line's end with a hyphen is one word again
    ('partner-' 'instellingen': 'partnerinstellingen'); a real hyphen stays, before a capital or a digit, after a
    capital or a sign, or in a word that has hyphens of its own ('EU-' 'lidstaten', 'Erasmus+-' 'oproep',
    'KA203-' 'projekt', 'go/no-go-' 'beslut', '2021-' '2027')."""
    head, tail = head.rstrip(), tail.strip()
    if not head or not tail:
        return head or tail
    if not _BROKEN_WORD.search(head):
        return f"{head} {tail}"
    word = head[:-1].split()[-1]
    if tail[0].islower() and word[-1].islower() and "-" not in word:
        return head[:-1] + tail
    return head + tail
