"""Reading a message against the conversation: a follow-up ("and for three years?") becomes a standalone question.

A message is read against the history only when it depends on it (an ellipsis, a pronoun, a
connective) or names no action of its own; a message naming an action is answered for that
action; a message with no Erasmus+ subject (subject.py) abstains whatever came before. The
history leaned on is the last turn that had a subject, so an off-topic aside is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from erasbot.chat.action_swap import asked_of_action
from erasbot.chat.consortium_change import added, corrected, dropped
from erasbot.chat.country_swap import (
    country_asked_of_coordinators,
    country_asked_of_takers,
    same_elsewhere,
    swap_country,
    swap_kind,
)
from erasbot.chat.doubts import after_doubt, corrected_action, corrects_source, doubts, restates
from erasbot.chat.eligibility import COORDINATOR, TAKE_PART_VERB
from erasbot.chat.followup_cues import (
    ANAPHOR,
    BASIS_OF_IT,
    BASIS_WORDS,
    BEFORE,
    CHOICE_AMONG,
    CONNECTIVE,
    CONNECTIVE_WORDS,
    CORRESPONDS,
    COUNT_OF_THEM,
    DEFINITE,
    DETAIL,
    DETAIL_WORDS,
    ELLIPTIC_WORDS,
    ENOUGH_ALONE,
    FINNISH_QUESTION,
    IT_TOO,
    MEMBERSHIP,
    NEW_ONES,
    NEW_YEARS,
    NEW_SUBJECT,
    NOW,
    NUMERIC,
    OLD_ONES,
    OTHER_IN,
    OTHER_OF_KIND,
    OTHER_ONE,
    PARTICIPANTS,
    PRONOUN,
    QUESTION_VERB,
    QUESTION_WORD,
    RECALLS_ANSWER,
    SAME,
    SAME_AS_DETERMINER,
    SAME_KIND,
    SAME_THING,
    SHORT_NAMES,
    SHORT_QUESTION_WORDS,
    SUCCESSION,
    SUCCESSOR_NOUN,
    TO_THE_LAST,
    WHY_OR_SOURCE,
    YES_NO_WORDS,
)
from erasbot.chat.ordinals import ordinal_alone, spell_out_ordinal
from erasbot.chat.part_names import spell_out_one, spell_out_part
from erasbot.chat.returns import returned_actions
from erasbot.chat.subject import Vocabulary, has_subject, small_talk
from erasbot.chat.turns import Exchange, Reply
from erasbot.forms import asking_part, asks_comparison, question_parts, sentences
from erasbot.guidance.action_parts import LANGUAGES, load_action_parts, part_in
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.named_sources import named_sources, without_sources
from erasbot.guidance.reasons import asks_why
from erasbot.guidance.scope import asks_other_task, asks_translation
from erasbot.guidance.wording import action_name
from erasbot.phrases import say
from erasbot.text import fold


@dataclass(frozen=True)
class ChatContext:
    """What reading a message against the conversation needs: the glossary, the guidance's vocabulary
    (None: every message counts as having a subject) and which action succeeded which (manifest)."""

    glossary: Glossary
    vocabulary: Vocabulary | None = None
    successors: Mapping[str, str] = field(default_factory=dict)  # action -> the action that took over from it


@dataclass(frozen=True)
class Reading:
    """A message as it is answered: the standalone question, or no Erasmus+ subject at all."""

    resolved: str
    off_topic: bool = False
    # a message in parts each answered alone ('what was its predecessor, and which sectors did it have?': the
    # second part asked of the predecessor); () when the message is answered as one question
    parts: tuple[str, ...] = ()
    # the message asks why ('Miksi?', 'Why do universities need the Charter?'): a reason is what it wants
    why: bool = False


def recalls_answer(message: str) -> bool:
    return bool(RECALLS_ANSWER.search(fold(message).lower()))


def asks_why_or_source(message: str) -> bool:
    return bool(WHY_OR_SOURCE.fullmatch(fold(message.strip())))


def read_message(message: str, history: Sequence[Exchange], context: ChatContext, lang: str) -> Reading:
    """The message as a standalone question, given the conversation so far (see resolve_followup), and whether it
    asks why."""
    reading = _read(message, history, context, lang)
    return reading if reading.off_topic or not asks_why(message) else replace(reading, why=True)


def new_subject(message: str) -> str | None:
    """The rest of a message that opens on a new subject ('en helt annan sak: ...'), else None."""
    found = NEW_SUBJECT.match(fold(message).lower())
    return message[found.end() :] if found and found.end() < len(message) else None


def _read(message: str, history: Sequence[Exchange], context: ChatContext, lang: str) -> Reading:
    glossary = context.glossary
    rest = new_subject(message) if history else None
    if rest is not None and (glossary.actions(rest) or not depends_on_history(rest)):
        # 'en helt annan sak: kan vi välja tema själva i ett strategiskt partnerskap?': a question of its own, read
        # without the chat ('another question: how long do they last?' still leans on it)
        return _read(message, (), context, lang)
    previous = latest_context(history, glossary, context.vocabulary)
    if previous is not None and previous.kind == "answer" and not glossary.actions(message):
        # 'En als de Finse partner afhaakt?', 'sorry, I meant Norway, not Sweden': the last question, its consortium
        # changed (before small talk: 'sorry' opens a correction)
        last = _question_of(previous)
        changed = dropped(message, last) or corrected(message, last) or added(message, last)
        actions = chat_actions(previous, history, context)
        if changed is not None and actions:
            return Reading(f"{changed} ({', '.join(action_name(a, lang) for a in actions)})")
    if context.vocabulary is not None and small_talk(message) and not glossary.find(message):
        return Reading(message, off_topic=True)  # 'thanks! how are you today?': whatever came before
    if asks_translation(message, glossary) or asks_other_task(message):
        # 'can you translate our tagline "Code that cares"?', 'kan du skriva ett kort mejl till vår partner?': likewise
        return Reading(message, off_topic=True)
    previous = latest_context(history, glossary, context.vocabulary)
    actions = chat_actions(previous, history, context)
    # 'back to the grant: …', 'back to the first one: …': the action(s) of that earlier turn
    returned = returned_actions(message, history, glossary, lambda r: turn_actions(r, context))
    actions = returned or actions
    if previous is not None and previous.kind == "answer":  # 'the second', 'de eerste': named by its place
        # among what the last turn named, else what the latest turn naming several named ('Back to the first
        # one' two turns after a comparison)
        earlier_turns = (
            [e.reply for e in reversed(history) if e.reply.kind == "answer"] if ordinal_alone(message, lang) else []
        )
        for earlier in [previous, *earlier_turns]:
            spelled = spell_out_ordinal(
                message, earlier.resolved or earlier.message, actions, glossary, lang, previous_answer=earlier.text
            )
            if spelled != message:
                message = spelled
                break
    # 'those sectoral alliances' after the parts of Partnerships for Innovation were named: that part
    message = spell_out_one(spell_out_part(message, actions, glossary, lang), actions, lang)
    last = (sentences(message) or [message])[-1]
    named_before = glossary.actions(message[: len(message) - len(last)]) if message.endswith(last) else []
    if named_before and OTHER_IN.search(last) and not glossary.actions(last):
        # 'ok so the knowledge alliance is the one with universities. and the other one, which sectors does it
        # cover?': the question is asked of the other action of the two the chat compared than the one named before it
        other = _other_action(named_before, history, context)
        if other:
            message = f"{last.strip()} ({action_name(other, lang)})"
    if asks_comparison(message) and not glossary.actions(message) and BEFORE.search(message):
        # 'compared with what you said before, what is the biggest difference?', 'so what's the difference between
        # them?': the two actions the chat spoke of last, compared on what the last question asked
        spoken = list(dict.fromkeys(e.reply.action for e in reversed(history) if e.reply.action))[:2]
        if len(spoken) == 2 and previous is not None and previous.resolved:
            both = f" {say(lang, 'and')} ".join(action_name(a, lang) for a in reversed(spoken))
            last = asked_of_action(_question_of(previous), "", glossary, name=both)
            if last is not None:  # one sentence asking both the comparison and what the last question asked
                message = f"{message.strip().rstrip('?').rstrip()}: {last}"
    if OTHER_ONE.search(message) and not glossary.actions(message):  # 'och den andra?': the other action spoken of
        other = _other_action(actions, history, context)
        if other:
            message = f"{message} ({action_name(other, lang)})"
        elif (swapped := _other_part(actions, previous, glossary)) is not None:
            message = swapped  # 'en de andere soort?' after one of an action's two parts: that question of the other
    named = glossary.actions(message)
    short = None if named else short_name_action(message, history, context)
    before = list(actions)
    if not named and short is None and OLD_ONES.search(message):
        actions = earlier_actions(actions, history, context)  # 'and the old ones?': those the chat's action replaced
    elif not named and short is None and (
        NEW_ONES.search(message)
        or (NEW_YEARS.search(message) and not asks_succession(message, glossary) and not depends_on_history(message))
    ):
        actions = later_actions(actions, context)  # 'who manages the new actions?': those that took over from them
    moved = actions != before  # across the succession: the last question's action no longer holds
    asks_membership = (
        previous is not None
        and previous.kind == "answer"
        and bool(MEMBERSHIP.search(message) or CHOICE_AMONG.search(message) or asks_detail(message, glossary))
    )
    if not named and short is None and previous is not None and actions and ENOUGH_ALONE.fullmatch(fold(message)):
        # 'is that enough?' after the consortium was described over the turns before: what the action's consortium
        # needs (a description spread over several turns is not read as a partner list: a verdict on a list misread
        # would be worse than the rule)
        return Reading(say(lang, "answer.overview.composition", action=action_name(actions[0], lang)))
    if not named and short is None and context.vocabulary is not None and not asks_membership:
        # 'mitä niille tuli tilalle?': which action came after the one spoken of is an Erasmus+ subject
        succession = asks_succession(message, glossary) and depends_on_history(message)
        leaning = previous is not None and depends_on_history(message)
        # 'and from Turkey?' after a yes/no about a country asks it of another country: a subject through the chat
        swaps = (
            bool(CONNECTIVE.match(message))
            and previous is not None
            and previous.kind == "answer"
            and (swap_country(message, _question_of(previous), glossary) is not None)
        )
        # 'you said six?', 'are you sure?', 'bron?', 'Miksi?': about the last answer, whatever words they use
        recalls = (
            previous is not None
            and previous.kind == "answer"
            and (
                recalls_answer(message)
                or doubts(message)
                or restates(message)  # 'sammanfatta det i en mening
                or asks_why_or_source(message)
                or corrects_source(message)  # 'tarkoitin Suomen kansallisen toimiston sivua'
                or asks_basis(message)  # 'is dat een jaarbedrag?': what the last figure counts
            )
        )
        # 'entä levitys, onko se pakollista?': a topic of the guidance after a connective goes on with the chat
        goes_on = (
            previous is not None
            and bool(CONNECTIVE.match(message))
            and any(glossary.concepts[c].kind == "topic" for c in glossary.find(message))
        )
        # 'Valt de creatieve sector wel onder de toegestane branches?': an item of an action's list asked of, with the
        # list's topic, is a question on the chat's action, whatever its other words
        listed = previous is not None and bool(set(glossary.find(message)) & LISTED_ITEMS) and any(
            glossary.concepts[c].kind == "topic" for c in glossary.find(message)
        )
        # ('back to the first thing I asked - can staff go abroad for longer?': a return leans on the chat)
        if not (succession or swaps or recalls or goes_on or returned or listed) and not has_subject(
            message, lang, context.vocabulary, glossary, leaning=leaning
        ):
            return Reading(message, off_topic=True)
    if not named and short is None and asks_comparison(message) and ANAPHOR.search(message) and len(actions) == 1:
        # 'what is the difference between them?' after the chat went from an action to what succeeded it (or back)
        other = _across_succession(actions[0], history, context, lang)
        if other is not None:
            return Reading(f"{message.strip()} ({action_name(actions[0], lang)}, {other})")
    if not named and short is None and previous is not None and asks_succession(message, glossary):
        succession = _part_succession(message, history, glossary, actions, lang)
        if succession is not None:
            return succession
    asked_after = re.search(r"\s[-–—:]\s*(.+\?)\s*$", message)  # the question after the return's dash or colon
    if returned and not named and short is None and asked_after and _new_question(asked_after.group(1), lang):
        # 'back to the first thing I asked - can staff go abroad for longer?': a question of its own, of that action
        return Reading(f"{message.strip()} ({', '.join(action_name(a, lang) for a in returned)})")
    if named and asked_after and _new_question(asked_after.group(1), lang) and glossary.actions(
        message[: asked_after.start()]
    ):
        # 'entä vanhat 2014-2020 osaamisallianssit – mihin niillä pyrittiin?': the action named, then a question of its
        # own about it; nothing of the last question goes with it
        return Reading(message)
    resolved = resolve_followup(message, previous, glossary, lang, short=short, actions=actions)
    if moved and previous is not None and previous.resolved and resolved.startswith(previous.resolved.strip()):
        # 'and the old ones?' after 'how long do the new ones last?': the last question, of the other side
        own = glossary.without_actions(_question_of(previous))
        resolved = f"{_join(own, message)} ({', '.join(action_name(a, lang) for a in actions)})"
    return Reading(resolved, parts=_parts_of_one_action(message, resolved, glossary))


def _parts_of_one_action(message: str, resolved: str, glossary: Glossary) -> tuple[str, ...]:
    """A follow-up in two parts read as about one action of the chat ('Hur länge pågår den och hur stort är
    bidraget?'): each part asked of that action, so each is answered; () otherwise."""
    pieces = question_parts(message)
    own = message.strip()
    if len(pieces) < 2 or glossary.actions(message) or not resolved.startswith(own) or resolved == own:
        return ()
    suffix = resolved[len(own) :].strip()
    if len(glossary.actions(suffix)) != 1 or not suffix.startswith("("):
        return ()
    return tuple(f"{piece} {suffix}" for piece in pieces)


def _part_succession(
    message: str, history: Sequence[Exchange], glossary: Glossary, actions: Sequence[str], lang: str
) -> Reading | None:
    """'What was its predecessor?' while the chat is about a part of an action ('the sectoral-cooperation
    alliances'): asked of that part by its name, so the answer names the one action the part carries on; a
    second part of the message ('... and which sectors did it have?') is asked of that earlier action."""
    found = chat_part(message, history, glossary, actions)
    if found is None:
        return None
    action, index = found
    parts = load_action_parts()
    names = parts.names(action, lang)
    earlier = parts.predecessor(action, index)
    if index >= len(names) or earlier is None:
        return None
    pieces = question_parts(message)
    if len(pieces) == 2 and asks_succession(pieces[0], glossary) and not asks_succession(pieces[1], glossary):
        first = f"{pieces[0]} ({names[index]})"
        return Reading(
            f"{message.strip()} ({names[index]})", parts=(first, f"{pieces[1]} ({action_name(earlier, lang)})")
        )
    return Reading(f"{message.strip()} ({names[index]})")


def _across_succession(action: str, history: Sequence[Exchange], context: ChatContext, lang: str) -> str | None:
    """The name of what stands across the chat's last question about a successor or predecessor from the action
    the chat is on now: the later action's part it asked about, or the action; None without such a question."""
    glossary = context.glossary
    for exchange in reversed(history):
        reply = exchange.reply
        if reply.kind != "answer" or not asks_succession(reply.message, glossary):
            continue
        sides = set(glossary.actions(reply.resolved)) | set(turn_actions(reply, context, history))
        if action not in sides or len(sides) != 2:
            return None
        (other,) = sides - {action}
        found = chat_part(reply.resolved, [], glossary, [other])
        names = load_action_parts().names(other, lang)
        return names[found[1]] if found is not None and found[1] < len(names) else action_name(other, lang)
    return None


def chat_part(
    message: str, history: Sequence[Exchange], glossary: Glossary, actions: Sequence[str]
) -> tuple[str, int] | None:
    """The part of one of the chat's actions the chat is about, as (action, part index): named by the message
    or, when it names no action, by the turns before it (their words or as they were read) back to the last
    that named an action; None when none names a part."""
    texts = [message]
    if not glossary.actions(message):
        for exchange in reversed(history):
            texts += [exchange.message, exchange.reply.resolved]
            if glossary.actions(exchange.message):
                break
    for text in texts:
        for action in actions:
            part = part_in(text, action, glossary)
            if part is not None:
                return action, part
    return None


def _other_action(actions: Sequence[str], history: Sequence[Exchange], context: ChatContext) -> str | None:
    """The action the chat spoke of last besides the one(s) it is on now, when the turn that named it named
    the current one too ('Hur många länder krävs för X och för Y?' ... 'Hur länge pågår X?' ... 'Och den
    andra?'); None when there is none, or the chat is on an action made of parts (its 'other' is a part)."""
    if not actions or any(load_action_parts().parts.get(a) for a in actions):
        return None
    for exchange in reversed(history):
        spoken = context.glossary.actions(exchange.reply.resolved or exchange.message)
        if len(spoken) >= 2 and set(actions) & set(spoken):
            others = [a for a in spoken if a not in actions]
            return others[0] if len(others) == 1 else None
    return None


def _other_part(actions: Sequence[str], previous: Reply | None, glossary) -> str | None:
    """The question of the turn before asked of the other part of an action of two parts, when it named one by its
    name ('Waar gaan Allianties voor onderwijs en bedrijven over?' ... 'En de andere soort?': 'Waar gaan Allianties
    voor sectorale samenwerking over?'); None otherwise."""
    if previous is None or len(actions) != 1:
        return None
    question = previous.resolved or previous.message
    parts = load_action_parts()
    for language in LANGUAGES:
        names = parts.names(actions[0], language)
        if len(names) != 2:
            return None
        for i, name in enumerate(names):
            found = re.search(re.escape(name), question, re.IGNORECASE)
            if found:
                return f"{question[: found.start()]}{names[1 - i]}{question[found.end() :]}"
    return None


def chat_actions(previous: Reply | None, history: Sequence[Exchange], context: ChatContext) -> list[str]:
    """What 'it' points at after the turn a follow-up leans on (`previous`, see latest_context): its actions,
    else the last action the chat spoke of (a near miss about no action in between, 'the agency's phone
    number?', leaves the chat on its action); [] with nothing to lean on."""
    if previous is None:
        return []
    actions = turn_actions(previous, context, history)
    if not actions:
        last = next((e.reply.action for e in reversed(history) if e.reply.action), None)
        actions = [last] if last else []
    return actions


def earlier_actions(actions: Sequence[str], history: Sequence[Exchange], context: ChatContext) -> list[str]:
    """The actions the given ones took over from: the one of them the chat last spoke of, else all; the
    given actions when they took over from none."""
    earlier = [a for a, later in context.successors.items() if later in actions]
    if not earlier:
        return list(actions)
    for exchange in reversed(history):
        spoken = [a for a in turn_actions(exchange.reply, context) if a in earlier]
        if exchange.reply.action in earlier:
            spoken = [exchange.reply.action]
        if spoken:
            return spoken
    return earlier


def later_actions(actions: Sequence[str], context: ChatContext) -> list[str]:
    """The actions that took over from the given ones; the given actions when none took over from them."""
    return list(dict.fromkeys(context.successors[a] for a in actions if a in context.successors)) or list(actions)


def latest_context(
    history: Sequence[Exchange], glossary: Glossary, vocabulary: Vocabulary | None = None
) -> Reply | None:
    """The last turn a follow-up can lean on: one about an Erasmus+ subject (an off-topic aside is skipped)."""
    for exchange in reversed(history):
        reply = exchange.reply
        if reply.kind == "check":
            return reply
        text = reply.resolved or reply.message
        subject = vocabulary is None or has_subject(text, reply.language, vocabulary, glossary)
        if reply.kind == "answer" and glossary.find(text) and subject:
            return reply
    return None


def turn_actions(reply: Reply, context: ChatContext, history: Sequence[Exchange] = ()) -> list[str]:
    """The actions a later 'it' or 'they' points at after this turn: its action, or, after a question about
    which action came before or after it, the action(s) on the other side (the one the user named last,
    when they named both; the one a part of the action carries on, when the chat was about that part:
    `history`, the turns up to this one)."""
    glossary = context.glossary
    if reply.kind == "answer" and asks_succession(reply.message, glossary):
        mentioned = _named_in_order(reply.message, glossary)
        if len(mentioned) >= 2:
            return [mentioned[-1]]
        own = mentioned or glossary.actions(reply.resolved) or ([reply.action] if reply.action else [])
        other = [context.successors[a] for a in own if a in context.successors]
        other += [a for a, later in context.successors.items() if later in own]
        if len(other) > 1 and (earlier := _part_predecessor(reply, history, own, glossary)) in other:
            return [earlier]
        if other:
            return list(dict.fromkeys(other))
    # after a turn about several actions ('the difference between X and Y', or a follow-up read with both),
    # 'they' are all of them
    # (in the order the turn named them: the one its own words named before those read into it)
    together = glossary.actions_in_order(reply.resolved or reply.message)
    if reply.kind == "answer" and not reply.abstained and len(together) > 1:
        return together
    if reply.action:
        return [reply.action]
    return together


def _part_predecessor(reply: Reply, history: Sequence[Exchange], own: Sequence[str], glossary: Glossary) -> str | None:
    """The earlier action that the part of an action the chat is about carries on: the part named by the turn
    or, when it names no action, by the turns before it back to the last that named one ('What are the
    Alliances for Education and Enterprises?' ... 'what was their counterpart in 2014-2020?')."""
    at = next((i for i, e in enumerate(history) if e.reply is reply), len(history))
    found = chat_part(reply.resolved, [], glossary, own) or chat_part(reply.message, history[:at], glossary, own)
    return load_action_parts().predecessor(*found) if found is not None else None


def asks_succession(text: str, glossary: Glossary) -> bool:
    """Does the text ask which action came before or after another? Not when it asks a figure of the action it
    names so ('and their predecessor, the sector skills alliances: how many countries did those need?')."""
    if glossary.question_kinds(text) - {"wh"}:
        return False
    # the sentence that asks (not the context before it), its first part (… and which sectors did it have?: the
    # second part asks of it)
    first = question_parts(asking_part(text))[0]
    if not SUCCESSOR_NOUN.search(first) and set(glossary.find(first)) & PARTICIPANTS:
        return False  # 'can an umbrella organisation replace the other partners?': one partner replaces others
    return bool(SUCCESSION.search(text)) or (
        bool(CORRESPONDS.search(text)) and ("period" in glossary.find(text) or bool(NOW.search(text)))
    )


def short_name_action(message: str, history: Sequence[Exchange], context: ChatContext) -> str | None:
    """The action a short name ('the alliances', 'partnerskapen', 'allianssiin') stands for: the one of
    the actions it can name that the conversation last spoke of."""
    words = re.findall(r"\w+", message.lower())
    heads = [h for h in SHORT_NAMES if any(h in w for w in words)]
    if not heads:
        return None
    glossary = context.glossary
    candidates = {
        cid
        for cid, concept in glossary.concepts.items()
        if concept.kind == "action" and any(h in t.lower() for h in heads for ts in concept.terms.values() for t in ts)
    }
    later = candidates & set(context.successors.values())
    # 'the new alliances', 'which type of alliance ... in the 2021-2027 programme': the one of the later period
    if later and (NEW_ONES.search(message) or NEW_YEARS.search(message)):
        candidates = later
    other = OTHER_OF_KIND.search(message)
    for exchange in reversed(history):
        reply = exchange.reply
        if reply.kind == "error":
            continue
        for action in reversed(turn_actions(reply, context)):
            if action in candidates:
                if other:  # 'the other alliance': the one of the same period besides the one last spoken of
                    same = (candidates - {action}) & later if action in later else candidates - {action} - later
                    return next(iter(same)) if len(same) == 1 else None
                return action
    return next(iter(later)) if candidates == later and len(later) == 1 else None


def asks_detail(message: str, glossary: Glossary) -> bool:
    """Is the message a bare request for the last answer's things in full or by example ('which ones
    exactly?', 'give examples'), naming nothing of its own?"""
    return len(message.split()) <= DETAIL_WORDS and bool(DETAIL.search(message)) and not glossary.find(message)


# connectives that are other words in the other languages: Dutch 'en' (and) and 'of' (or) are the Swedish article 'en'
# ('En sak till: ...') and the English 'of'
ONLY_DUTCH = {"en", "of"}


def opening_connective(message: str, lang: str) -> re.Match[str] | None:
    """The connective the message opens with, if it is one in the message's language."""
    match = CONNECTIVE.match(message)
    if match and lang != "nl" and match.group().split()[-1].lower() in ONLY_DUTCH:
        return None
    return match


def asks_basis(message: str) -> bool:
    """Does a short message ask what the last answer's figure counts ('is that per year or in total?')?"""
    return len(message.split()) <= BASIS_WORDS and bool(BASIS_OF_IT.search(fold(message).lower()))


# the asker's own people in the project the chat is about ('Mogen onze cursisten ook meewerken?', 'kan våra lärare
# åka?', 'saavatko meidän opiskelijat osallistua?', 'can our learners take part?')
OWN_PEOPLE = re.compile(
    r"\b(?:our|vår|våra|onze|meidän)\s+(?:\w+\s+)?(?:learners?|students?|staff|teachers?|trainees?|participants?"
    r"|studerande|kursdeltagare|elever|lärare|personal|deltagare|cursisten|studenten|leerlingen|docenten|leraren"
    r"|medewerkers|personeel|deelnemers|opiskelij\w*|opettaj\w*|henkilöstö\w*|henkilökun\w*|osallistuj\w*)\b",
    re.IGNORECASE,
)


def depends_on_history(message: str) -> bool:
    """Does the message lean on what was said before: a connective, a pronoun, or a bare short question?"""
    words = len(message.split())
    if CONNECTIVE.match(message) and words <= CONNECTIVE_WORDS:  # "En kunskapsallians …" is no "and"
        return True
    if recalls_answer(message):
        return True
    if ANAPHOR.search(message) or DEFINITE.search(message) or OWN_PEOPLE.search(message):
        return True
    if words <= YES_NO_WORDS and QUESTION_VERB.match(message) and message.rstrip().endswith("?"):
        return True  # 'Kan en kommun vara med?', 'Is Norway ok?': a short yes/no question leaves its subject unsaid
    return words <= ELLIPTIC_WORDS and bool(QUESTION_WORD.match(message))


def resolve_followup(
    message: str,
    previous: Reply | None,
    glossary: Glossary,
    lang: str,
    short: str | None = None,
    actions: Sequence[str] | None = None,
) -> str:
    """The message as a standalone question, given the previous turn.

    A message is read against the conversation only when it depends on it:
    "and for three years?" after a question about grants becomes that question plus the
    follow-up; a question naming only a new action ("och för branschspecifika
    kunskapsallianser?", "same rule for sector skills alliances?") takes the previous question
    with its action swapped; a question about an Erasmus+ subject that names no action ("kan
    projektet förlängas?") is about the previous turn's action, with its own aspect words
    deciding what it asks. `short`: the action a short name in the message stands for
    ('partnerskapen'); `actions`: what 'it' points at after the previous turn (turn_actions;
    default: the previous turn's action).
    """
    if previous is None or previous.kind == "error":
        return _named(message, short, lang)
    if actions is None:
        actions = [previous.action] if previous.action else []
    found = glossary.find(message)
    named = [c for c in found if glossary.concepts[c].kind == "action"] or ([short] if short else [])
    topics = [c for c in found if glossary.concepts[c].kind == "topic"]
    outside = [c for c in found if glossary.concepts[c].kind == "other"]
    depends = depends_on_history(message)
    connective = opening_connective(message, lang)
    rest = message[connective.end() :] if connective else message
    new_question = _new_question(rest, lang)
    succession = previous.kind == "answer" and asks_succession(previous.message, glossary)
    if (
        not named
        and previous.kind == "answer"
        and (coordinates := country_asked_of_coordinators(rest, _question_of(previous), glossary, lang))
    ):
        # 'what about a Swiss VET provider as the lead then?' after who may lead the consortium: that country's
        # organisations as coordinator, of the chat's action
        return f"{coordinates} ({', '.join(action_name(a, lang) for a in actions)})" if actions else coordinates
    if not named and previous.kind == "answer" and previous.resolved and corrects_source(message):
        # 'Tarkoitin Suomen kansallisen toimiston sivua, mitä siinä sanotaan?': the last question, of that text
        return _join(previous.resolved, message)
    if named and previous.kind == "answer" and previous.resolved and (meant := corrected_action(message, glossary)):
        # 'sorry, I meant the knowledge alliances, not the sector ones': the last question, of the action meant
        return _join(glossary.without_actions(_question_of(previous)), f"({action_name(meant, lang)})")
    if (
        named
        and asks_comparison(message)
        and QUESTION_WORD.match(rest)
        and (ANAPHOR.search(message) or _one_side(message, glossary, lang))
    ):
        # 'what sets it apart from X?', 'vad skiljer den från X?', 'vad är skillnaden mot X?': 'it' is the chat's
        # action, compared with the one named ('is that different for X?' asks the last question of X, below)
        others = [a for a in actions if a not in named]
        if others:
            return f"{_named(message, short, lang)} ({', '.join(action_name(a, lang) for a in others)})"
    if named:
        # only an action named ('and for a knowledge alliance?', 'same rule for SSA?'): the last question, for it
        words = len(message.split())
        # 'does the same apply to…?', 'is that so for…?', 'entä X?': no aspect of its own, whatever words it uses
        same = bool(SAME_THING.search(message)) or (
            words <= SHORT_QUESTION_WORDS
            and (_says_also(message, glossary) or bool(ANAPHOR.search(message) and not topics))
        )
        elliptic = bool(connective) and words <= ELLIPTIC_WORDS
        bare = connective or (words <= SHORT_QUESTION_WORDS and not new_question)
        # 'en bij een kennisalliantie uit de vorige programmaperiode?': a phrase with no question of its own
        # changes the last question, whatever topics qualify the action it names
        phrase = bool(connective) and not new_question
        # 'ja sitten aikuiskoulutuksen kumppanuushankkeet: ovatko ne isoja?': a question of its own about the action it
        # names, not the last question asked again
        own_question = new_question and not same
        if (
            (topics and not (same or elliptic or phrase))
            or not (bare or same)
            or own_question
            or not previous.resolved
            or succession
        ):
            return _named(message, short, lang)
        swapped = asked_of_action(
            _question_of(previous), message, glossary, action_name(short, lang) if short and not named else None
        )
        if swapped is not None:
            return swapped
        return _join(glossary.without_actions(_question_of(previous)), _named(message, short, lang))
    if not named and connective and previous.kind == "answer":
        # 'och i Finland och Danmark, gäller samma sak där?': the last question, of those countries (a question of
        # its own, 'gäller ...?', that asks only whether the same holds there)
        last = re.sub(r"\s*\((?:[^()]|\([^()]*\))*\)\s*$", "", _question_of(previous))
        elsewhere = same_elsewhere(rest, last, lang)
        if elsewhere is not None:
            return f"{elsewhere} ({', '.join(action_name(a, lang) for a in actions)})" if actions else elsewhere
    if not named and connective and not new_question and previous.kind == "answer":
        # 'entä sveitsiläinen yritys?' after 'Voiko norjalainen korkeakoulu olla mukana?': asked of that country
        last = re.sub(r"\s*\((?:[^()]|\([^()]*\))*\)\s*$", "", _question_of(previous))
        swapped = (
            swap_country(rest, last, glossary)
            or swap_kind(rest, last, glossary)
            or country_asked_of_takers(rest, last, glossary, lang)
            or country_asked_of_coordinators(rest, last, glossary, lang)
        )
        if swapped is not None:
            return f"{swapped} ({', '.join(action_name(a, lang) for a in actions)})" if actions else swapped
    if (
        not named
        and CHOICE_AMONG.search(message)
        and previous.kind == "answer"
        and previous.resolved
        and not previous.abstained
    ):
        return previous.resolved
    if (
        not named
        and (MEMBERSHIP.search(message) or asks_detail(message, glossary))
        and previous.kind == "answer"
        and previous.resolved
        and not previous.abstained  # a refusal listed nothing to ask more of
    ):
        # 'is agriculture one of them?', 'which ones exactly?': the listing question, asked again
        return _join(previous.resolved, message)
    if (
        not named
        and previous.kind == "answer"
        and previous.resolved
        and (doubts(message) or restates(message))
        # 'really? so associated partners get nothing?': a question of its own after the doubt is asked on its own
        and not set(glossary.find(after_doubt(message))) - set(glossary.find(previous.resolved))
    ):
        # 'are you sure? I read it can be longer', 'summarise that in one sentence': the last question, answered again
        return previous.resolved
    if not named and previous.kind == "answer" and previous.resolved and asks_basis(message):
        # 'is that per year or in total?': the last figure's sentence says what it counts; a refusal of the figure
        # ('the text names no grant') is its answer too, never a question of another aspect ('per jaar' a duration)
        return previous.resolved
    if not named and previous.kind == "answer" and previous.resolved and asks_why_or_source(message):
        # 'Miksi?', 'where does it say that?' (the whole message: its 'why' asks no purpose): the last answer's claim
        return previous.resolved
    if outside and not depends and not (topics and set(outside) <= LISTED_ITEMS):
        return message
    if not (topics or depends):
        return message
    asks = glossary.question_kinds(message) - {"wh"}  # a figure asked for: how many, how long, how much
    # "and for three years?" or "gäller det även lärosäten från partnerländer?" changes the last question;
    # "and how long?" or a whole question of its own ("do the universities need a charter?") asks a new
    # one about the same action, its own words deciding the aspect
    # ("vad är undantaget?": a bare question with no subject of its own asks about the last one); a
    # fragment naming only things the last question did not ("entä University-Business Forum?") asks
    # about those
    fragment = not new_question and bool(connective or (depends and not topics))
    # 'mag een gemeente daar ook aan meedoen?': a question of its own whether someone may take part, not the last one
    # asked again ('gäller det även för lärosäten?')
    takes_part = new_question and bool(TAKE_PART_VERB.search(rest) or COORDINATOR.search(rest))
    # 'Mogen die partners ook van buiten Europa komen?': the partners asked of before, a thing new of them asked (not
    # 'gäller det även lärosäten från partnerländer?', whose 'det' is the last question's rule)
    new_of_them = bool(set(topics) - set(glossary.find(previous.resolved or ""))) and not _pronoun_alone(
        message, glossary
    )
    also = (
        _says_also(message, glossary)
        and len(message.split()) <= SHORT_QUESTION_WORDS
        and not takes_part
        and not new_of_them
    )
    # 'Vad är undantaget?', 'any exceptions?': an exception is to a rule, the one the last question asked of
    # (a thing outside the texts named anew is its own too: 'can they also run student exchanges?')
    own = set(topics + outside) - TO_THE_LAST
    bare = (
        not own
        and len(message.split()) <= ELLIPTIC_WORDS
        and bool(QUESTION_WORD.match(message) or set(topics) & TO_THE_LAST)
    )
    # a figure ('och för tre år?') changes the last question whatever it names
    elsewhere = (
        bool(own)
        and not NUMERIC.search(message)
        and not SAME_KIND.search(message)
        and not own & set(glossary.find(previous.resolved or ""))
    )
    modifies = not asks and not elsewhere and (fragment or also or bare)
    # 'And if we add a university from Chile, would that one need it too?': the last question's thing, of the one named
    modifies = modifies or bool(IT_TOO.search(message))
    if modifies and previous.resolved and not succession:  # a checked list has no question to modify
        return _join(previous.resolved, message)
    counted = _counted_before(message, previous, glossary) if asks and not topics else []
    if actions:
        return f"{message.strip()} ({', '.join(counted + [action_name(a, lang) for a in actions])})"
    return f"{message.strip()} ({', '.join(counted)})" if counted else message


# things of their own that are items of an action's list ('de creatieve sector'): asked whether one is on the list of
# the chat's action ('Valt de creatieve sector wel onder de toegestane branches?'), not a subject of their own
LISTED_ITEMS = frozenset({"sector-names"})


def _one_side(message: str, glossary: Glossary, lang: str) -> bool:
    """Does a comparison name one side only ('what is the difference from the alliances for sectoral
    cooperation?'): one action by one name, not the parts of an action ('the two kinds of alliances')?"""
    return (
        len(glossary.actions(message)) == 1
        and len(glossary.action_phrases(message)) == 1
        and not load_action_parts().referred(message, lang)
    )


def _counted_before(message: str, previous: Reply, glossary: Glossary) -> list[str]:
    """For 'how many of them?' naming nothing it counts: the words the last question named its topics with
    ('Can consultancies join?' ... 'how many of them do we need?' counts the companies); [] otherwise."""
    if not COUNT_OF_THEM.search(message):
        return []
    before = _question_of(previous)
    spans = sorted(
        span
        for cid in glossary.find(before)
        if glossary.concepts[cid].kind == "topic"
        for span in glossary.spans_of(cid, before)
    )
    return list(dict.fromkeys(before[a:b].strip() for a, b in spans if before[a:b].strip()))


def _pronoun_alone(message: str, glossary: Glossary) -> bool:
    """Does the message hold a pronoun standing for the last question's matter ('gäller det även ...?', 'does that
    apply to ...?'), not only a determiner before a thing it names ('die partners', 'those partners')?"""
    if SAME_AS_DETERMINER.search(message):
        return True  # 'gäller samma sak för partnerländer?': the last question's matter, asked of another thing
    for found in PRONOUN.finditer(message):
        following = re.match(r"\s+(\w+)", message[found.end() :])
        if following is None or not any(
            glossary.concepts[c].kind == "topic" for c in glossary.find(following.group(1))
        ):
            return True
    return False


def _says_also(message: str, glossary: Glossary) -> bool:
    """Does the message say the last question holds for something else too? Not when 'same' qualifies a thing of
    the new question's own ('Voiko sama organisaatio olla kahdessa allianssissa?', 'the same partner in two')."""
    for found in SAME.finditer(message):
        following = re.match(r"\s+(\w+)", message[found.end() :])
        qualifies = (
            SAME_AS_DETERMINER.fullmatch(found.group(0)) is not None
            and following is not None
            and any(glossary.concepts[c].kind == "topic" for c in glossary.find(following.group(1)))
        )
        if not qualifies:
            return True
    return False


def _new_question(rest: str, lang: str) -> bool:
    """Does the text (after any connective) ask a whole question of its own?"""
    # a preposition may open it ('en bij wie dien je …?', 'and to whom …?', 'och i vilka länder …?')
    rest = re.sub(
        r"^\s*(?:at|to|for|from|with|in|on|by|hos|till|för|från|med|i|på|av|bij|aan|voor|van|met|in|op|uit)\s+"
        r"(?=\w)",
        "",
        rest,
        flags=re.IGNORECASE,
    )
    if QUESTION_WORD.match(rest) or QUESTION_VERB.match(rest) or (lang == "fi" and FINNISH_QUESTION.search(rest)):
        return True
    # a topic put first ('and the universities, do they need…?', 'and back to X: can associated partners…?'):
    # a question word or verb after the comma or colon
    # ('en helt annan sak: i ett strategiskt partnerskap inom vuxenutbildning, kan vi välja tema själva?': any clause)
    for after in re.split(r"[,:;]", rest)[1:]:
        # 'and for the sectoral ones, in how many ecosystems?': a figure asked after a preposition
        after = re.sub(
            r"^(?:in|on|for|of|at|i|på|för|av|vid|voor|van|op|bij)\s+", "", after.strip(), flags=re.IGNORECASE
        )
        if after and (QUESTION_WORD.match(after) or QUESTION_VERB.match(after)):
            return True
    return False


def _question_of(previous: Reply) -> str:
    """The previous turn's question, without the action names a follow-up got appended ('… (Kunskapsallianser)'):
    its own words, which a new action or a changed detail is joined to."""
    if previous.message.strip() and previous.resolved.startswith(previous.message.strip()):
        return previous.message.strip()
    return previous.resolved


def _named(message: str, short: str | None, lang: str) -> str:
    """The message, with the action a short name stood for spelt out."""
    return f"{message.strip()} ({action_name(short, lang)})" if short else message


def _named_in_order(text: str, glossary: Glossary) -> list[str]:
    """The actions a text names, the one named last last (by the clause it is named in)."""
    order: list[str] = []
    for clause in re.split(r"[?.!;:,]", text):
        for action in glossary.actions(clause):
            if action in order:
                order.remove(action)
            order.append(action)
    return order


def _join(first: str, second: str) -> str:
    first = first.strip()
    if named_sources(second) and named_sources(second) != named_sources(first):
        # 'och i Finland? vad säger finska sidan?' after 'Vad säger EU-sidan om ...?': the source named now is the one
        # asked, the earlier question's is left out
        first = without_sources(first)
    if first and not re.search(r"[?!]", first):
        # a question typed without its mark ('vilka typer ... från varje land då') still ends before the follow-up, so
        # what the follow-up names anew is read as its focus (question_asks.asking_query)
        tail = re.search(r"\s*\((?:[^()]|\([^()]*\))*\)\s*$", first)
        at = tail.start() if tail else len(first)
        if first[:at].strip():
            first = f"{first[:at].rstrip(' .,;:')}?{first[at:]}"
    joined = f"{first} {second.strip()}"
    while (emptied := re.sub(r"\(\s*\)", " ", joined)) != joined:  # an action name blanked out of "(… (KA2))"
        joined = emptied
    return re.sub(r"\s+", " ", joined).strip()
