"""The layout around and inside a pasted list: control characters, greetings, sign-offs, numbering.

These lines are not organisations; the parser lists them as structure (never drops
them) and only when they did not read as a partner.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from erasbot.rules.countries import country_at_end
from erasbot.rules.vocabulary import data, key

# C0/C1 controls except tab, and the invisible format characters that reorder or hide text
# (bidi overrides and isolates, zero-width characters): never shown back to a user.
CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]"
)
ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
NUMBERING = re.compile(r"^\s*(?:[#(]?\d{1,4}[.):]?|[-*•·–—+>]+)\s*$")
WORD_LIMIT = 8
SENTENCE_WORDS = 7  # a line without a country, of at least this many words, ending in '.' or '!', is prose
TABLE_DELIMITERS = re.compile(r"[\t;|]")


def printable(text: str) -> str:
    """The text with terminal escape sequences removed and control and invisible format
    characters replaced by spaces."""
    if not CONTROL.search(text):
        return text
    return CONTROL.sub(" ", ANSI.sub("", text))


def shown(text: str, limit: int = 80) -> str:
    """User text as it may appear in a message: printable, one line, at most ``limit`` characters."""
    text = " ".join(printable(text).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


@lru_cache(maxsize=1)
def _phrases() -> tuple[frozenset[str], frozenset[str]]:
    raw = data("vocabulary.json")["layout"]
    return frozenset(map(key, raw["greetings"])), frozenset(map(key, raw["signoffs"]))


@lru_cache(maxsize=1)
def _heading_words() -> frozenset[str]:
    return frozenset(w for phrase in data("vocabulary.json")["layout"]["heading_words"] for w in key(phrase).split())


# words of a heading that say nothing by themselves: "Spain" alone or "In Spain" is no heading of partners
HEADING_FILLERS = frozenset("the our from in based and i fran var vara och uit van de het onze en meidan ja".split())


def names_group(text: str) -> bool:
    """Is the line a heading over a group of partners by country ("Partners in Spain", "Partner från Spanien",
    "Kumppanit Espanjasta"): a country at its end and before it only words such headings use?"""
    found = country_at_end(unicodedata.normalize("NFKC", text).strip().rstrip(":").strip())
    if found is None:
        return False
    words = key(found[0]).split()
    return bool(words) and set(words) <= _heading_words() and not set(words) <= HEADING_FILLERS


def _opening(words: list[str], phrases: frozenset[str]) -> int:
    """How many of the first words form one of the phrases (the longest), or 0."""
    return next((n for n in range(min(4, len(words)), 0, -1) if " ".join(words[:n]) in phrases), 0)


def line_kind(line: str, signed_off: bool) -> str | None:
    """greeting, signature, heading, prose or numbering for a line that did not read as a partner, else None.

    A greeting opens a message ("Hi Anna,", "Hej!", "Beste collega's,"); a sign-off ("Best
    regards,", "Terveisin") and the lines after it (name, title, organisation) are the signature;
    a heading is a line ending in ':' ("Our partners:"); prose is a sentence of seven words or
    more ending in '.' or '!' outside a table ("Please find our consortium below.").
    """
    text = unicodedata.normalize("NFKC", line).strip()
    if NUMBERING.match(text):
        return "numbering"
    if signed_off:
        return "signature"
    words = key(text.rstrip("!,.:;")).split()
    if len(words) >= SENTENCE_WORDS and text.endswith((".", "!")) and not TABLE_DELIMITERS.search(text):
        return "prose"
    if not words or len(words) > WORD_LIMIT:
        return "heading" if text.endswith(":") else None
    greetings, signoffs = _phrases()
    head = text.split(",", 1)[0]
    n = _opening(words, signoffs)
    if n and (n == len(words) or (n == len(key(head).split()) and len(words) - n <= 3)):
        return "signature"  # "Best regards," / "Thanks, Maria"
    n = _opening(words, greetings)
    if n and (n == len(words) or (len(words) - n <= 3 and text.endswith((",", "!", ":")))):
        return "greeting"  # "Hej!" / "Hi Anna," / "Beste collega's,"
    if text.endswith(":") or names_group(text):
        return "heading"
    return None
