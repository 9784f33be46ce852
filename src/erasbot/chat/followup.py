"""Reading a message against the conversation: a follow-up ("and for three years?") becomes a standalone question."""

from __future__ import annotations

import re
from collections.abc import Sequence

from erasbot.chat.turns import Exchange, Reply
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.wording import action_name

# Words that open a follow-up ("and for three years?", "och för SSA?", "entä…", "en voor…").
CONNECTIVE = re.compile(
    r"^\s*(?:and|or|but|what about|how about|also|och|eller|men|hur är det med|samt|även|"
    r"en|of|maar|hoe zit het met|wat als|ook|ja|tai|mutta|entä|myös)\b",
    re.IGNORECASE,
)
# Words that point back at something said before ('how long does it last?', 'voiko sitä jatkaa?').
# Left out: words that are mostly articles or dummy subjects (nl 'het', sv 'det' in 'vad blir det för…').
ANAPHOR = re.compile(
    r"\b(?:it|its|they|them|their|this|that|these|those|such|one|there|same|"
    r"den|dem|dess|deras|sådan|sådana|sådant|där|dit|detta|denna|dessa|samma|"
    r"se|sen|sitä|siinä|siihen|siitä|ne|niitä|niissä|niihin|niiden|tämä|tätä|tässä|tällainen|sama|"
    r"ze|zij|hun|hen|daar|daarvan|daarin|daarbij|daarvoor|ervan|erin|erbij|deze|dit|dat|die|zo'n|hetzelfde)\b",
    re.IGNORECASE,
)
# A bare question of a few words ('Vad är undantaget?', 'Kuka voi olla hakija?') leaves its subject unsaid.
QUESTION_WORD = re.compile(
    r"^\s*(?:what|who|which|how|why|where|when|vad|vem|vilk\w*|hur|varför|var|när|"
    r"mitä|mikä|kuka|ketkä|mitkä|miten|miksi|missä|milloin|kuinka|montako|paljonko|"
    r"wat|wie|welk\w*|hoe|hoeveel|waarom|waar|wanneer)\b",
    re.IGNORECASE,
)
# After a connective, a whole new question ('and is the youth sector allowed…?', 'och kan man…?')
# opens with a question word or a verb; a phrase that changes the last question ('och för tre år?') does not.
QUESTION_VERB = re.compile(
    r"^\s*(?:is|are|can|could|do|does|did|must|may|should|will|has|have|"
    r"är|kan|får|måste|ska|skall|finns|behöver|gäller|"
    r"is|zijn|kan|kunnen|mag|mogen|moet|moeten|heeft|hebben|geldt|"
    r"\w+(?:ko|kö))\b",
    re.IGNORECASE,
)
ELLIPTIC_WORDS = 4
SHORT_QUESTION_WORDS = 8
CONNECTIVE_WORDS = 12
NUMERIC = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|ett|två|tre|fyra|fem|sex|een|twee|drie|vier|vijf|zes|"
    r"yksi|kaksi|kolme|neljä|viisi|kuusi|kahden|kolmen|neljän|tvåårig|treårig)",
    re.IGNORECASE,
)


def latest_context(history: Sequence[Exchange], glossary: Glossary) -> Reply | None:
    """The last turn a follow-up can lean on: one about an Erasmus+ subject (an off-topic aside is skipped)."""
    for exchange in reversed(history):
        reply = exchange.reply
        if reply.kind == "check" or (reply.kind == "answer" and glossary.find(reply.resolved or reply.message)):
            return reply
    return None


def depends_on_history(message: str) -> bool:
    """Does the message lean on what was said before: a connective, a pronoun, or a bare short question?"""
    words = len(message.split())
    if CONNECTIVE.match(message) and words <= CONNECTIVE_WORDS:  # "En kunskapsallians …" is no "and"
        return True
    if ANAPHOR.search(message):
        return True
    return words <= ELLIPTIC_WORDS and bool(QUESTION_WORD.match(message))


def resolve_followup(message: str, previous: Reply | None, glossary: Glossary, lang: str) -> str:
    """The message as a standalone question, given the previous turn.

    A message is read against the conversation only when it depends on it:
    "and for three years?" after a question about grants becomes that question plus the
    follow-up; a question naming only a new action ("och för branschspecifika
    kunskapsallianser?") takes the previous question with its action swapped; a question
    about an Erasmus+ subject that names no action ("kan projektet förlängas?") is about the
    previous turn's action. A message naming an action is answered for it; one with no
    Erasmus+ subject and no link to the conversation ("what's the weather in Brussels?")
    stands alone, so it is answered (or abstained on) for itself.
    """
    if previous is None or previous.kind == "error":
        return message
    found = glossary.find(message)
    actions = [c for c in found if glossary.concepts[c].kind == "action"]
    topics = [c for c in found if glossary.concepts[c].kind == "topic"]
    outside = [c for c in found if glossary.concepts[c].kind == "other"]
    depends = depends_on_history(message)
    connective = CONNECTIVE.match(message)
    rest = message[connective.end() :] if connective else message
    new_question = bool(QUESTION_WORD.match(rest) or QUESTION_VERB.match(rest))
    if actions:
        # only an action named ('and for a knowledge alliance?'): the last question, for that action
        bare = connective or (len(message.split()) <= SHORT_QUESTION_WORDS and not new_question)
        if topics or not bare or not previous.resolved:
            return message
        return _join(glossary.without_actions(previous.resolved), message)
    if outside or not (topics or depends):
        return message
    asks = glossary.question_kinds(message) - {"wh"}  # a figure asked for: how many, how long, how much
    # "and for three years?" changes the last question; "and how long?" asks a new one about the same action
    modifies = not asks and not new_question and bool(connective or (depends and not topics))
    if modifies and previous.resolved:  # a checked list has no question to modify, only its action
        return _join(previous.resolved, message)
    if previous.action:
        return f"{message.strip()} ({action_name(previous.action, lang)})"
    return message


def _join(first: str, second: str) -> str:
    joined = re.sub(r"\(\s*\)", " ", f"{first.strip()} {second.strip()}")  # an action name blanked out of "(…)"
    return re.sub(r"\s+", " ", joined).strip()
