"""Messages that ask nothing: a thank-you or a remark on the last answer ('thanks, that's really useful!',
'kiitos, selvä', 'top, bedankt'). They are not read against the conversation (their 'that' points at the
answer, not at a subject to ask about again); the chat answers them with a courtesy line. Pure."""

from __future__ import annotations

import re

from erasbot.chat.followup_cues import CONNECTIVE, QUESTION_VERB, QUESTION_WORD

COURTESY = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|oké|okei|thanks|thank you(?: so much| very much)?|thx|great|perfect|nice|cool|brilliant"
    r"|excellent|awesome|got it|tack(?: så mycket| ska du ha)?|toppen|perfekt|bra|kanon|kiitos(?: paljon)?|kiitti"
    r"|hienoa|selvä|mahtavaa|loistavaa|bedankt|dank je(?: wel)?|dank u(?: wel)?|top|prima|mooi|super|helder)"
    r"\s*[,.!]*\s*)+",
    re.IGNORECASE,
)
# a remark is short; a longer message after a thank-you is likely a question without its question mark
REMARK_WORDS = 6
# words anywhere that ask ('ok so how many partners'), or go on to another subject ('great, now for SSA')
ASKS = re.compile(
    QUESTION_WORD.pattern.replace(r"^\s*", r"\b", 1) + r"|\b(?:now|nu|nyt|for|för|voor|osalta)\b", re.IGNORECASE
)
# a request in the imperative asks something without a question mark ('thanks, now tell me the deadline')
REQUEST = re.compile(
    r"\b(?:tell|give|list|explain|show|berätta|ge mig|förklara|visa|kerro|anna|selitä|näytä|vertel|geef|leg uit|"
    r"noem|toon)\b",
    re.IGNORECASE,
)


def is_remark(message: str) -> bool:
    """A courtesy, alone or with a remark, that asks nothing: no question mark, no question word or verb, no
    connective going on to a new question ('thanks, and the deadline') and no request."""
    opening = COURTESY.match(message)
    if opening is None or "?" in message:
        return False
    rest = message[opening.end() :].strip()
    if not rest:
        return True
    if len(rest.split()) > REMARK_WORDS:
        return False
    return not (CONNECTIVE.match(rest) or QUESTION_VERB.match(rest) or ASKS.search(rest) or REQUEST.search(rest))
