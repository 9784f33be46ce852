"""A part of the chat's action called by a short name that also names another action.

After 'Which kinds of alliances are there in Partnerships for Innovation?' the answer names its two parts,
'Alliances for Education and Enterprises' and 'Alliances for Sectoral Cooperation'. 'And what are those
sectoral alliances aimed at?' then means the second part, although 'sectorale allianties' alone is also a
name of the Sector Skills Alliances of 2014-2020. A name for another action whose words are all words of a
part name of the action the chat is about is that part: it is spelt out ('allianties voor sectorale
samenwerking'), so the message is answered for the chat's action. A message that names a programme period,
or calls the other action by its main name ('sector skills alliances'), keeps its own reading.

Pure: the glossary, the part names (action_parts.py) and the chat's actions go in, the message comes out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from erasbot.guidance.action_parts import LANGUAGES, ActionParts, load_action_parts
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.lexical import tokens
from erasbot.text import fold

WORD = re.compile(r"\w+")
SAME_STEM = 6  # letters two stems share from their start to be one word (inflected forms)


def spell_out_part(
    message: str, chat_actions: Sequence[str], glossary: Glossary, lang: str, parts: ActionParts | None = None
) -> str:
    """The message with a short name for another action that is all words of a part of one of the chat's
    actions replaced by that part's name; the message unchanged otherwise."""
    parts = parts or load_action_parts()
    with_parts = [a for a in chat_actions if parts.parts.get(a)]
    found = glossary.find(message)
    if not with_parts or "period" in found or len(fold(message)) != len(message):
        return message
    for cid in glossary.actions(message):
        if cid in with_parts:
            continue
        main = _main_names(glossary, cid)
        for a, b in glossary.spans_of(cid, message):
            for action in with_parts:
                for part_lang in dict.fromkeys([lang, *LANGUAGES]):
                    for name in parts.names(action, part_lang):
                        span = _phrase_within(message, a, b, name, part_lang)
                        if span is not None and not _is_main_name(message[span[0] : span[1]], main):
                            start, end = span
                            return f"{message[:start]}{name}{message[end:]}"
    return message


def _main_names(glossary: Glossary, action: str) -> dict[str, tuple[str, ...]]:
    """The stems of the action's main name (its first term), per language."""
    terms = glossary.concepts[action].terms
    return {lang: tuple(tokens(re.sub(r"[~=*]", "", names[0]), lang)) for lang, names in terms.items() if names}


def _is_main_name(phrase: str, main: dict[str, tuple[str, ...]]) -> bool:
    """Is the phrase the action's main name in one of the languages, whatever language the message is in ('de oude
    Sector Skills Alliances' in a Dutch message: the English name of the old action, no part of a new one)?"""
    return any(tuple(tokens(phrase, lang)) == stems for lang, stems in main.items())


def _phrase_within(message: str, a: int, b: int, name: str, lang: str) -> tuple[int, int] | None:
    """The span of the whole words around message[a:b], with the neighbouring words that are words of the
    part's name, when every word of it is a word of the name; None otherwise."""
    name_stems = tokens(name, lang)
    if not name_stems:
        return None
    words = [(m.start(), m.end()) for m in WORD.finditer(message)]
    inside = [i for i, (s, e) in enumerate(words) if s < b and e > a]
    if not inside:
        return None
    first, last = inside[0], inside[-1]
    while first > 0 and _of_name(message, words[first - 1], name_stems, lang):
        first -= 1
    while last + 1 < len(words) and _of_name(message, words[last + 1], name_stems, lang):
        last += 1
    if not all(_of_name(message, words[i], name_stems, lang) for i in range(first, last + 1)):
        return None
    if last == first:  # one word alone ('branschspecifik') says too little to be a part's name
        return None
    return words[first][0], words[last][1]


def _of_name(message: str, span: tuple[int, int], name_stems: list[str], lang: str) -> bool:
    stems = tokens(message[span[0] : span[1]], lang)
    return bool(stems) and all(any(_same(s, n) for n in name_stems) for s in stems)


def _same(a: str, b: str) -> bool:
    return a == b or (len(a) >= SAME_STEM and len(b) >= SAME_STEM and a[:SAME_STEM] == b[:SAME_STEM])


# a part called by one of its own words and 'one' ('the sectoral one', 'de sectorale', 'den sektoriella varianten')
ONE_BY_WORD = re.compile(
    r"\b(?:the|de|het|den|det)\s+(\w{5,})\s+(?:one|ones|kind|type|variant|soort|variant(?:en)?|typen|typ|varianten)\b"
    r"|\b(?:the|de|den)\s+(\w{5,})(?=\s*[?,.]|\s+(?:supposed|meant|for|do|doing|bedoeld|voor|till|för)\b)",
    re.IGNORECASE,
)


def spell_out_one(message: str, chat_actions: Sequence[str], lang: str, parts: ActionParts | None = None) -> str:
    """The message with a part of one of the chat's actions called by one of its own words ('what is the sectoral
    one supposed to fix?') replaced by that part's name; the message unchanged otherwise."""
    parts = parts or load_action_parts()
    for found in ONE_BY_WORD.finditer(message):
        word = found.group(1) or found.group(2)
        for action in chat_actions:
            index = parts.part_of_phrase(word, action) if parts.parts.get(action) else None
            names = parts.names(action, lang)
            if index is not None and index < len(names):
                return f"{message[: found.start()]}{names[index]}{message[found.end() :]}"
    return message
