"""A request about the last answer's form, not a new question: 'shorter please', 'and in one sentence?', 'kan du
sammanfatta?', 'lyhyemmin kiitos', 'kan het korter?' ask the last question again, answered shorter; 'say that
again', 'igen?', 'uudestaan', 'nog een keer?' ask it again as it was. Nothing in such a message names an Erasmus+
subject, so read alone it would be refused. Pure.
"""

from __future__ import annotations

import re

from erasbot.phrases import say
from erasbot.text import fold

# (folded, whole message; an 'and', 'ok', 'please' or 'thanks' around it is allowed)
_SHORTER = (
    r"(?:(?:can|could|would) you (?:make it|say (?:it|that)|put (?:it|that)|give (?:it|me (?:that|it)))? ?)?"
    r"(?:shorter|briefer|more briefly|more concise(?:ly)?|in (?:one|a single|1|two|2) (?:sentence|line)s?"
    r"|in short|the short version|short version|(?:in a )?nutshell|tl;?dr|summari[sz]e(?: (?:it|that|this))?"
    r"|just the (?:short )?answer|only the answer)"
    r"|(?:kan du )?(?:(?:svara|skriva|saga det|sammanfatta(?: det)?) )?(?:kortare|kort(?:fattat)?|i (?:en|1) mening"
    r"|sammanfatta(?: det| detta)?|kort sagt|bara svaret)"
    r"|(?:voi(?:sit)?ko (?:sen )?(?:vastata|kertoa|sanoa) )?(?:lyhyemmin|lyhyesti|lyhyempi|yhdella lauseella"
    r"|tiivistetysti|tiivista|tiivistaen|pelkka vastaus)"
    r"|(?:kun je (?:het|dat) |kan (?:het|dat) )?(?:korter|beknopter|in (?:een|1) zin|samenvatten|kort samengevat"
    r"|alleen het antwoord)(?: zeggen| samenvatten)?"
)
_AGAIN = (
    r"(?:(?:can|could) you )?(?:say (?:it|that) again|repeat(?: (?:it|that))?|again|once more|come again"
    r"|(?:kan du )?(?:upprepa(?: det)?|saga det igen|igen|en gang till)"
    r"|(?:voi(?:sit)?ko )?(?:toistaa|toista|sano uudestaan|uudestaan|uudelleen|viela kerran)"
    r"|(?:kun je (?:dat|het) )?(?:herhalen|nog (?:een )?keer|opnieuw|nog eens))"
)
_AROUND = r"\W*(?:(?:and|och|ja|en|ok(?:ay)?|oke|no|nu|sa|but|men|mutta|maar)\W+)*"
_COURTESY = (
    r"(?:\W*(?:please|pls|plz|thanks|thank you|tack|tack sa mycket|snalla|kiitos|ole hyva|graag|alsjeblieft"
    r"|alstublieft|aub|dank je|dank u))*\W*"
)
SHORTER = re.compile(rf"{_AROUND}(?:{_SHORTER}){_COURTESY}")
AGAIN = re.compile(rf"{_AROUND}(?:{_AGAIN}){_COURTESY}")


def form_asked(message: str) -> str | None:
    """'shorter' when the whole message asks for the last answer shorter, 'again' when it asks for it again, else
    None (a message asking anything besides is a question of its own)."""
    folded = fold(message.strip()).lower()
    if SHORTER.fullmatch(folded):
        return "shorter"
    if AGAIN.fullmatch(folded):
        return "again"
    return None


def shortened(text: str, lang: str) -> str:
    """An answer's text cut to what leads it: the lines stating the answer in the asker's language (a list kept
    whole), or, when a quote is all it gives (a document nobody curated), the line naming the document and its first
    quote. Notes ('Obs: ...') and further quotes go; the citations stay with the reply."""
    note = say(lang, "answer.note").strip()
    kept: list[str] = []
    for line in text.strip().split("\n"):
        if not line.strip():
            if kept:
                break
            continue
        if line.startswith(note):
            continue
        if line.startswith(">"):
            # a quote ends the answer's own lines; it is kept only when nothing but a document's name leads it
            if len(kept) <= 1 and (not kept or kept[0].rstrip().endswith(":")):
                kept.append(line)
            break
        kept.append(line)
    return "\n".join(kept) if kept else text
