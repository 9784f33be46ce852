"""The words around a pasted partner list: which lines are prose, and the project facts they state.

A chat message may wrap a list in sentences ("Check this for a Knowledge Alliance:", "36 months,
EUR 900 000. Is it eligible?"). The prose is read for the duration and the grant; the list goes to
the parser with prose lines blanked, so its line numbers still match the message.
"""

from __future__ import annotations

import re

from erasbot.errors import ErasbotError
from erasbot.rules.partners import parse_partners

DELIMITED = re.compile(r"[\t;|,]")
MONTHS = re.compile(r"\b(\d{1,3})\s*(?:months?|månader|mån|maanden|maand|kuukautta|kuukauden|kk)\b", re.IGNORECASE)
YEARS = re.compile(r"\b(\d)\s*(?:years?|år|jaar|vuotta|vuoden)\b", re.IGNORECASE)
GRANT = re.compile(
    r"(?:eur|€)\s*(\d[\d\s.,]*\d|\d)(\s*(?:million|miljon|miljoen|miljoonaa))?"
    r"|(\d[\d\s.,]*\d|\d)(\s*(?:million|miljon|miljoen|miljoonaa))?\s*(?:eur|euro|€)",
    re.IGNORECASE,
)


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


def project_facts(prose: str) -> tuple[int | None, int | None]:
    """Duration in months and grant in euro stated in the words around a list ("36 months", "EUR 900 000")."""
    duration = None
    if m := MONTHS.search(prose):
        duration = int(m.group(1))
    elif m := YEARS.search(prose):
        duration = int(m.group(1)) * 12
    grant = None
    if m := GRANT.search(prose):
        digits, scale = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        grant = _amount(digits, bool(scale))
    return duration, grant


def _amount(digits: str, millions: bool) -> int | None:
    compact = re.sub(r"\s", "", digits)
    if millions:
        return int(float(compact.replace(",", ".")) * 1_000_000)
    return int(re.sub(r"[.,]", "", compact)) if compact else None
