"""What an added document takes back: a statement a later passage corrects, and the sign-off of a mail.

A mail thread or a revised memo corrects itself: 'Correctie: in mijn mail van 4 februari schreef ik dat een reis
minimaal 10 dagen moet duren. Dat is onjuist; ... geldt een minimale reisduur van 7 dagen.' The sentence reporting
what was said, and every sentence still saying it ('Een reis duurt minimaal 10 dagen en maximaal 21 dagen.' in the
quoted older mail), answer nothing: the correction's own statement does. A mail's bare sign-off ('Groetjes, Youssef')
answers nothing either. Pure: it reads the passages retrieved, not the whole document, so a correction counts where it
is retrieved with what it corrects (as it is for a question on the figure it corrects, which it names).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from erasbot.guidance.corpus import split_sentences
from erasbot.guidance.reading.mail import CLOSING
from erasbot.text import fold

# a correction announced ('Correctie:', 'Rättelse', 'Korjaus', 'Erratum'; folded)
CORRECTION = re.compile(r"\b(?:correctie|correction|corrigendum|erratum|rattelse|korjaus|oikaisu)\b")
# what was said called wrong ('Dat is onjuist', 'that was a mistake', 'det stämmer inte', 'se oli väärin'; folded)
WRONG = re.compile(
    r"\b(?:onjuist|niet juist|niet correct|klopt niet|vergissing|abusievelijk|per ongeluk|incorrect|not correct|wrong"
    r"|a mistake|in error|by mistake|felaktig\w*|inte korrekt|inte ratt|stammer inte|fel|av misstag|virhee\w*|vaarin"
    r"|ei pida paikkaansa|erehdy\w*)\b"
)
# the words reporting what was said before ('schreef ik dat', 'I wrote that', 'skrev jag att', 'kirjoitin että'; folded)
REPORTED = re.compile(
    r"\b(?:schreef|schreven|zei|zeiden|meldde|noemde|wrote|said|stated|mentioned|told you|skrev|sa|angav|namnde"
    r"|kirjoitin|kirjoitimme|sanoin|mainitsin|kerroin|ilmoitin)\b"
)
# a figure with its limit word and unit ('minimaal 10 dagen', 'at most 4 groups', '1 oktober', '80 %'; folded)
FIGURE = re.compile(
    r"(?:\b(minimaal|maximaal|minstens|ten minste|hoogstens|at least|at most|minimum|maximum|minst|hogst|max|min"
    r"|vahintaan|enintaan|korkeintaan)\s+)?(?<![\d.,])(\d+(?:[.,]\d+)*)\s*(%|[^\W\d_]+)"
)
SIGN_OFF_MAX_CHARS = 40  # 'Groetjes, Youssef': a sign-off this short says nothing else (a signature with a number may)


def reports_what_was_wrong(sentence: str, following: str = "") -> bool:
    """Does the sentence report what was said before as wrong ('Correctie: ... schreef ik dat ...', '... I wrote that
    ... . That was a mistake.')?"""
    folded = fold(sentence)
    return bool(REPORTED.search(folded)) and bool(
        CORRECTION.search(folded) or WRONG.search(folded) or WRONG.search(fold(following))
    )


def retracted_figures(texts: Iterable[str]) -> set[tuple[str, str, str]]:
    """The figures (limit word, number, unit) the passages report as said wrongly before."""
    found: set[tuple[str, str, str]] = set()
    for text in texts:
        sentences = split_sentences(text)
        for k, sentence in enumerate(sentences):
            following = sentences[k + 1] if k + 1 < len(sentences) else ""
            if not reports_what_was_wrong(sentence, following):
                continue
            folded = fold(sentence)
            said = folded[REPORTED.search(folded).end() :]
            found |= {(m.group(1) or "", m.group(2), m.group(3)) for m in FIGURE.finditer(said)}
    return found


def says_retracted(sentence: str, figures: set[tuple[str, str, str]]) -> bool:
    """Does the sentence still say a figure taken back ('Een reis duurt minimaal 10 dagen ...')?"""
    folded = fold(sentence)
    if not figures or CORRECTION.search(folded) or WRONG.search(folded):
        return False
    said = {(m.group(1) or "", m.group(2), m.group(3)) for m in FIGURE.finditer(folded)}
    bare = {(number, unit) for _, number, unit in said}
    # a figure taken back with its limit word is said again only with it; one without, with any
    return any((limit, number, unit) in said if limit else (number, unit) in bare for limit, number, unit in figures)


def is_sign_off(sentence: str) -> bool:
    """A mail's bare sign-off ('Groetjes, Youssef', 'Met vriendelijke groet, Marloes')."""
    return len(sentence) <= SIGN_OFF_MAX_CHARS and bool(CLOSING.match(sentence.strip()))


def without_taken_back(candidates: list, texts: Iterable[str]) -> list:
    """The candidate sentences (score, hit, sentence, closeness) less those reporting or still saying what the passages
    (`texts`) take back, and bare sign-offs."""
    figures = retracted_figures(texts)
    kept = []
    for candidate in candidates:
        sentence = candidate[2]
        if is_sign_off(sentence) or says_retracted(sentence, figures):
            continue
        sentences = split_sentences(candidate[1].chunk.text)
        k = sentences.index(sentence) if sentence in sentences else -1
        following = sentences[k + 1] if 0 <= k < len(sentences) - 1 else ""
        if figures and reports_what_was_wrong(sentence, following):
            continue
        kept.append(candidate)
    return kept
