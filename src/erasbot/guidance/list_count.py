"""How many things a listing claim names, for a question asking how many of them there are ('kuinka monta
toimialaa sillä listalla on?', 'how many sectors are there?') when the claim lists them but states no number: the
answer counts its items ('Seven in all:') before the list. The count is written as a word: it is the cited list's
own length, not a figure the text states. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from erasbot.forms import asking_part
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.wording import message

# the numbers as words, one to twelve
NUMBER_WORDS = {
    "en": "one two three four five six seven eight nine ten eleven twelve",
    "sv": "en två tre fyra fem sex sju åtta nio tio elva tolv",
    "fi": "yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen yksitoista kaksitoista",
    "nl": "één twee drie vier vijf zes zeven acht negen tien elf twaalf",
}
MIN_ITEMS = 3  # 'X and Y' is a pair, not a list worth counting
DIGIT = re.compile(r"\d")


def listed_items(statement: str) -> int | None:
    """The number of items a statement lists after its colon, separated by semicolons ('...: manufacturing and
    engineering; commerce; ...; tourism'), or None when it lists none or states numbers of its own."""
    head, colon, tail = statement.partition(":")
    if not colon or DIGIT.search(statement):
        return None
    items = [item for item in tail.split(";") if item.strip(" .")]
    return len(items) if len(items) >= MIN_ITEMS else None


def quoted_items(quotes: Sequence[str]) -> int | None:
    """The number of items a claim's quotes list after the one announcing them ('Met deze projecten wordt gestreefd
    naar:' and its six points, each quoted on its own), or None when no quote announces a list or one states
    numbers."""
    announced = next((k for k, quote in enumerate(quotes) if quote.rstrip().endswith(":")), None)
    if announced is None or any(DIGIT.search(quote) for quote in quotes):
        return None
    items = [quote for quote in quotes[announced + 1 :] if quote.strip(" .")]
    return len(items) if len(items) >= MIN_ITEMS else None


def count_lead(
    question: str, statement: str, lang: str, glossary: Glossary, quotes: Sequence[str] = ()
) -> str | None:
    """'Seven in all:', 'Yhteensä seitsemän:' before a listing statement, when the question asks how many and the
    statement does not say; None otherwise. A statement listing its items in a sentence ('are A, B, ... and F') is
    counted by its quotes, each item quoted on its own."""
    if "count" not in glossary.question_kinds(asking_part(question)):
        return None
    n = listed_items(statement) or (None if DIGIT.search(statement) else quoted_items(quotes))
    if n is None or n > len(NUMBER_WORDS[lang].split()):
        return None
    counted = message("list_count", lang, word=NUMBER_WORDS[lang].split()[n - 1])
    return counted[:1].upper() + counted[1:]
