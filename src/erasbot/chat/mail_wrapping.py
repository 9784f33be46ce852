"""A question forwarded in a mail ('Hei, välitän kollegani kysymyksen: "...?" t. Mikko'): the sign-off under it and
the quotation marks around it are no part of what is asked.

Pure text: the sign-offs are the checker's layout vocabulary (rules/layout.py), with the short forms people type
under a forwarded question ('t. Mikko', '/Karin', '– Joost').
"""

from __future__ import annotations

import re

from erasbot.rules.layout import line_kind

# 't. Mikko', 'T: Anna', 'terv. Liisa', 'mvh Lars', '/Karin', '- Joost', '– Anna' (a name of one or two words)
_SHORT_SIGN_OFF = re.compile(
    r"^(?:(?i:t|terv|mvh|br|gr|groet|vh)[.:]?\s+|[/–—-]\s*)[A-ZÅÄÖÜ][\w'-]*(?:\s+[A-ZÅÄÖÜ][\w'-]*)?[.!]?$"
)
# a line saying a question is passed on ('forwarding this from a colleague:', 'välitän kollegani kysymyksen:',
# 'Vidarebefordrar från en kollega:', 'ik stuur een vraag door van een collega:')
FORWARDING = re.compile(
    r"\b(?:forward\w*|passing (?:this )?on|välitän|välitän\w*|vidarebefordr\w*|skickar vidare|stuur\w*\b.*\bdoor"
    r"|doorgestuurd|kollegani kysy\w*|colleague asks?|kollega(?:n)? (?:undrar|frågar)|collega vraagt)\b",
    re.IGNORECASE,
)
_QUOTES = "\"“”„«»'‘’>"
SIGN_OFF_LINES = 2  # a closing and the name under it ('Thanks,' / 'Anna')


def is_sign_off(line: str) -> bool:
    """Does the line close a mail ('Thanks, Anna', 'Met vriendelijke groet, Joost', 't. Mikko', '/Karin')?"""
    text = line.strip().lstrip(">").strip()
    return bool(text) and (bool(_SHORT_SIGN_OFF.match(text)) or line_kind(text, signed_off=False) == "signature")


def unwrapped(message: str) -> str:
    """The message without the sign-off lines under a question and without the quotation marks (or mail quote
    marks) around a line of it; a message of one line, or one that is all sign-off, is left as it is."""
    lines = [line for line in message.strip().split("\n") if line.strip()]
    if len(lines) < 2:
        return message
    cut = 0
    while cut < SIGN_OFF_LINES and len(lines) - cut > 1 and is_sign_off(lines[-1 - cut]):
        cut += 1
    # a name alone under a closing ('Thanks,' / 'Anna') goes with it
    if cut == 0 and len(lines) > 2 and lines[-2].strip().endswith(",") and is_sign_off(lines[-2].strip().rstrip(",")):
        cut = 2
    kept = lines[: len(lines) - cut] if cut else lines
    if len(kept) > 1 and kept[0].rstrip().endswith(":") and FORWARDING.search(kept[0]):
        kept = kept[1:]  # 'Hei, välitän kollegani kysymyksen:' over the question forwarded
    if not any("?" in line for line in kept):
        return message
    return "\n".join(_unquoted(line) for line in kept)


def _unquoted(line: str) -> str:
    """A line quoted whole ('"Täyttyykö vähimmäiskokoonpano?"', '> Hej! ...') without its marks."""
    text = line.strip()
    if text.startswith(">"):
        return text.lstrip(">").strip()
    if len(text) > 2 and text[0] in _QUOTES and text[-1] in _QUOTES:
        return text[1:-1].strip()
    return line
