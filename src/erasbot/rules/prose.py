"""The words around a pasted partner list: which lines are prose, and the project facts they state.

A chat message may wrap a list in sentences ("Check this for a Knowledge Alliance:", "36 months,
EUR 900 000. Is it eligible?"). The prose is read for the duration and the grant (as people write
them: "EUR 700.000,00", "€1M", "1,5 miljoonaa euroa", "24 kk", "drie jaar"; see rules/amounts.py
for the policy); the list goes to the parser with prose lines blanked, so its line numbers still
match the message.
"""

from __future__ import annotations

import re

from erasbot.errors import ErasbotError
from erasbot.rules import amounts
from erasbot.rules.partners import parse_partners

DELIMITED = re.compile(r"[\t;|,]")


def _is_prose(line: str, leading: bool) -> bool:
    """A line of words around a pasted list rather than a row of it.

    Before the list: a line ending in ':' or '?', or one without separators that names no
    organisation ("Check this consortium for a Knowledge Alliance"). After it: only a
    question ("Is this eligible?"); any other line goes to the parser, which reports it.
    """
    text = line.strip()
    if not text:
        return False
    if text.endswith("?") or (leading and text.endswith(":")):
        return True
    return leading and not DELIMITED.search(text) and not _reads_as_partner(text)


def _reads_as_partner(line: str) -> bool:
    try:
        return bool(parse_partners(line).partners)
    except ErasbotError:
        return False


def split_list(message: str) -> tuple[str, str]:
    """(prose around the list, the list with prose lines blanked so line numbers still match the message)."""
    lines = message.replace("\r\n", "\n").split("\n")
    prose = [False] * len(lines)
    for order, leading in ((range(len(lines)), True), (range(len(lines) - 1, -1, -1), False)):
        for i in order:
            if not lines[i].strip():
                continue
            if not _is_prose(lines[i], leading):
                break
            prose[i] = True
    said = " ".join(line.strip() for line, p in zip(lines, prose) if p)
    listed = "\n".join("" if p else line for line, p in zip(lines, prose))
    return said, listed


def project_facts(prose: str, lang: str = "en") -> tuple[int | None, int | None]:
    """Duration in months and grant in euro stated in the words around a list ("36 months", "EUR 900 000").

    Raises ErasbotError, naming the text, for a value that is ambiguous ("EUR 1.5.3 million",
    "24 or 36 months") or absurd (over EUR 100 million, over 120 months): never a guess.
    """
    return amounts.duration(prose, lang), amounts.grant(prose, lang)
