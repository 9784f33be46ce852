"""Which documents a question is about, read from each document's own metadata: its title and
headings, its period and actions, and the concepts its passages mention.

Pure. A document a user added has no curated facts and often no action; the glossary alone would
send a question about it to a bundled text of another period ('adult education' names the
2014-2020 Strategic Partnerships) or refuse it (a 'Blended Intensive Programme' is no glossary
concept). So each document gets a profile, and a question's subject (its actions and specific
concepts, else its content words) is matched against every profile:

- an added document is a candidate only when the question names what its title names (a concept,
  an action of the same programme period, or a word of it and another of its headings') and names
  no action the document does not: a guide on Blended Intensive
  Programmes does not answer how many credits an exchange semester needs;
- an action counts for a bundled document that has it, and for an added document that was added
  with it or whose title or headings name it in the same programme period;
- other concepts count in full where the title or headings name them, half where only the text
  does, weighted by rarity; each word the question shares with a title counts too;
- a question naming a period never matches a document of another period;
- a title word counts in another spelling and inside a compound ('ackrediterade', 'Erasmusaccreditatie' for
  'accreditation'); an action or programme of its own that a question names (the European Solidarity Corps,
  eTwinning) is answered by a guide only where its title or headings name it, not a mention in passing;
- a question naming no action whose words match no added document's title (its subject named in
  another language: 'blandat intensivprogram', 'småskaligt partnerskap') is about the added
  document whose title its embedding is closest to, when that one stands clearly apart from the
  other added titles and mentions every concept the question names, or no bundled text names them
  in its title or headings.

- the field of education a question names, by any word of it in any language ('folkhögskola', 'mbo-student'),
  is held against the field each added guide is written for (fields.py; field_subject.by_field): a guide of another field
  gives the question to the guide of that field, or refuses it as a near miss.

The best-matching documents are the subject. When they are added documents the answer is drawn
from them alone; otherwise from the bundled texts alone, and an added document lifts no abstention.
On a tie a curated fact stands unless it lacks the figure asked for and the added document gives it;
where no curated fact answers, the added document's sentences do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from erasbot.forms import asking_part, asks_yes_no
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.lexical import tokens
from erasbot.guidance.profiles import Profile, asked_period, coded_documents
from erasbot.guidance.titles import closest_title, cognate_title, names_title, section_named
from erasbot.language import detect_language
from erasbot.text import fold

GENERIC = {"goals", "innovation", "skills", "period", "themes", "results", "activities", "mobility", "organisations"}
MIN_SHARED_WORDS = 2  # a question naming no concept of a title is about it when it shares this many of its words
MENTIONED = 0.5  # a concept only the text (not a title or heading) names counts this much
TITLE_WORD = 1.0  # each word of the question that the document's title has ('Blended Intensive Programme')
# the question's best sentence in an added document must beat the bundled texts' best by this much (cosine) for a
# question naming no action to be about it: measured on the bundled set with four guides added, whose questions
# naming no action lead by at most 0.032 where an added guide's best sentence leads (mostly out-of-scope questions),
# against 0.05-0.9 for questions about the youth-exchanges guide that name neither its action nor its title
PASSAGE_APART = 0.04


@dataclass(frozen=True)
class Subject:
    """The documents an answer may draw from, and the concepts they lift an abstention for."""

    doc_ids: frozenset[str]
    added: bool  # the subject is documents users added: answer from their sentences, not the curated facts
    supported: frozenset[str]
    refuse: bool = False  # the question names something the subject's documents never mention
    # the refusal's only reason: programmes of their own the documents mention in passing but never name in a title
    # or heading (a yes/no check of one, beside the question asked, is still answered: `checked_only`)
    checkable: frozenset[str] = frozenset()
    # an added document and a bundled text match equally: a curated fact of the bundled text stands
    # unless it lacks the figure asked for and the added document gives it; loose sentences give way
    tied_with: Subject | None = None
    # the added documents took the question only by a field the glossary gives an earlier programme's action
    # ('adult education'): the earlier text answers instead where they do not cover the aspect asked
    instead: Subject | None = None


def nearest_by_passages(
    best_sentence: dict[str, float], profiles: dict[str, Profile], period: str | None
) -> str | None:
    """The added document whose retrieved sentence is closest to the question, when it is clearly closer than
    any bundled text's (`best_sentence`: each document's best sentence cosine among the retrieved passages).

    For a question that names no action and no words of any title ('Must the group leaders be of age?'): the
    document whose passages answer it, not the bundled text whose curated fact shares a topic word with it."""
    added = [
        (value, d)
        for d, value in best_sentence.items()
        if d in profiles and profiles[d].added and not profiles[d].of_other_period(period)
    ]
    if not added:
        return None
    value, doc_id = max(added)
    bundled = max((v for d, v in best_sentence.items() if d in profiles and not profiles[d].added), default=0.0)
    return doc_id if value - bundled >= PASSAGE_APART else None


def nearest_by_own_words(
    best_sentence: dict[str, float], best_own: dict[str, float], profiles: dict[str, Profile], period: str | None
) -> str | None:
    """The added document closest to the question both as asked and by its own words alone (the question less
    every glossary term: 'extra money ... fewer opportunities' without 'grant'), when in both it leads every
    bundled text and is the closest added document: a bundled curated fact that shares only the aspect asked
    (a grant, a duration) with a question about what a guide says gives way, however small the lead.

    A question describing a bundled action without naming it keeps the bundled text: its own words (the
    description) are closer to that text's sentences."""
    chosen = []
    for values in (best_sentence, best_own):
        eligible = {
            d: v
            for d, v in values.items()
            if d in profiles and not (profiles[d].added and profiles[d].of_other_period(period))
        }
        added = {d: v for d, v in eligible.items() if profiles[d].added}
        if not added:
            return None
        top = max(added, key=added.get)
        bundled = max((v for d, v in eligible.items() if not profiles[d].added), default=0.0)
        if added[top] <= bundled:
            return None
        chosen.append(top)
    return chosen[0] if chosen[0] == chosen[1] else None


def choose_subject(
    question: str,
    language: str,
    concepts: tuple[str, ...],
    profiles: dict[str, Profile],
    glossary: Glossary,
    weights: dict[str, float],
    title_closeness: dict[str, float] | None = None,
) -> Subject | None:
    """The documents the question is about; None when no document was added (the bundled reading holds).

    `title_closeness`: the question's embedding against each added document's title (cosine)."""
    if not any(p.added for p in profiles.values()):
        return None
    bundled = [p for p in profiles.values() if not p.added]
    bundled_supported = frozenset(c for p in bundled for c in p.mentions)
    period = asked_period(question)
    action_periods: dict[str, set[str]] = {}
    for doc in bundled:
        for action in doc.actions:
            action_periods.setdefault(action, set()).add(doc.period)
    specific = [c for c in concepts if c not in GENERIC]

    # the words as written: an answer asked for in another language does not change how they stem
    words = set(tokens(question, language)) | set(tokens(question, detect_language(question)))
    # the words beside the action's name: a title naming the action in the asker's language earns nothing
    # over one naming it in another (the action itself counts once, below)
    plain = glossary.without_actions(question)
    beside_action = set(tokens(plain, language)) | set(tokens(plain, detect_language(question)))

    added_ids = {d for d, p in profiles.items() if p.added}
    # the question names an earlier text by its own title's word ('strategiska', 'strategisch partnerschap')
    asked_actions = {c for c in concepts if glossary.concepts[c].kind == "action"}
    names_bundled_title = names_title(
        question, {p.doc_id for p in bundled if p.actions & asked_actions}, added_ids, profiles
    )

    def action_of(p: Profile, c: str, named: frozenset[str]) -> bool:
        if c in p.actions:
            return True
        # an added document naming the action counts for it in its own period; in another one too when the
        # question names no period nor the other period's text by its own title (the glossary's term for a
        # 2014-2020 action, 'adult education', also names the field of the current programme's action)
        return (
            p.added
            and c in named
            and (
                not p.period or p.period in action_periods.get(c, {p.period}) or not period and not names_bundled_title
            )
        )

    def about_title(p: Profile) -> bool:
        """Does the question name what the added document's title names (and no action it does not name)?"""
        if any(glossary.concepts[c].kind == "action" and c not in p.actions and c not in p.named for c in specific):
            return False
        for c in specific:
            if glossary.concepts[c].kind == "action" and action_of(p, c, p.title_named):
                return True
            if glossary.concepts[c].kind != "action" and c in p.title_named:
                return True
        return bool(words & p.title_words) and len(words & p.words) >= MIN_SHARED_WORDS

    def score(p: Profile) -> float:
        if p.of_other_period(period):
            return 0.0
        if p.added and not about_title(p):
            return 0.0
        total = 0.0
        for c in specific:
            if glossary.concepts[c].kind == "action":
                share = 1.0 if action_of(p, c, p.named) else 0.0
            else:
                share = 1.0 if c in p.named else MENTIONED if c in p.mentions else 0.0
            total += share * weights.get(c, 1.0)
        return total + TITLE_WORD * len(beside_action & p.title_words)

    scores = {d: score(p) for d, p in profiles.items()}

    def later_guides(scores: dict[str, float]) -> set[str]:
        """The added guides whose title names an action the question names, of a later programme period than every
        bundled text of that action, scoring above nothing."""
        actions = [c for c in specific if glossary.concepts[c].kind == "action" and c in action_periods]
        return {
            d
            for d, p in profiles.items()
            if p.added
            and scores[d] > 0
            and p.period
            and any(action_of(p, c, p.title_named) and p.period > max(action_periods[c]) for c in actions)
        }

    best = max(scores.values(), default=0.0)
    bundled_subject = Subject(frozenset(p.doc_id for p in bundled), False, bundled_supported)
    names_action = any(glossary.concepts[c].kind == "action" for c in specific)
    coded = coded_documents(question, profiles, period)
    if coded:  # 'KA201', named by added documents alone: theirs to answer, whatever action name goes with it ('KA203
        # strategisista kumppanuuksista' names the higher-education partnerships, not the bundled adult-education ones)
        return added_subject(set(coded), concepts, profiles, glossary, question)
    cognate = cognate_title(question, profiles, period)
    top_bundled = best > 0 and not any(profiles[d].added for d in profiles if scores[d] >= best)
    if cognate is not None and not names_action and not top_bundled:
        # a distinctive word of one added title, in the asker's language: that guide, whatever other added
        # title shares a generic word with the question ('coordinators')
        return added_subject({cognate}, concepts, profiles, glossary, question)
    if not names_action and not any(profiles[d].added for d in profiles if best > 0 and scores[d] >= best):
        sectioned = section_named(words, profiles, period)
        if sectioned is not None:
            # every word of one added guide's section heading ('Green practices'), a heading no bundled
            # text has: the guide's section is what the question is about
            return added_subject({sectioned}, concepts, profiles, glossary, question)
    closest = cognate or closest_title(title_closeness or {}, profiles, period)
    if closest is not None and not names_action:
        # bundled texts keep the question only where their title or headings name a concept of it that the
        # closest added document never mentions
        near = profiles[closest]
        named_by_bundled = any(c in p.named for p in bundled for c in specific)
        covered = bool(specific) and all(c in near.mentions or c in near.named for c in specific)
        added_leads = any(profiles[d].added for d in profiles if best > 0 and scores[d] >= best)
        if best <= 0 or not added_leads and (not named_by_bundled or covered):
            return added_subject({closest}, concepts, profiles, glossary, question)
    if best <= 0:
        if specific:
            return bundled_subject
        shared = {
            d: len(words & p.words)
            for d, p in profiles.items()
            if p.added and not p.of_other_period(period) and about_title(p)
        }
        most = max(shared.values(), default=0)
        if most < MIN_SHARED_WORDS:
            return bundled_subject
        winners = {d for d, n in shared.items() if n == most}
    else:
        winners = {d for d, s in scores.items() if s >= best - 1e-9}
        if not any(profiles[d].added for d in winners):
            later = later_guides(scores)
            if later and not period and not names_bundled_title:
                # the action asked, by a name of both periods ('samarbetspartnerskap inom vuxenutbildning', 'KA220'),
                # where an added guide of the current programme is about it: its rules are those in force, whatever
                # topic the earlier text's headings name ('third countries')
                return replace(added_subject(later, concepts, profiles, glossary, question), instead=bundled_subject)
            return bundled_subject
        if not all(profiles[d].added for d in winners):
            added = added_subject({d for d in winners if profiles[d].added}, concepts, profiles, glossary, question)
            older = winners - added.doc_ids
            if not period and newer(added.doc_ids, older, profiles) and not names_bundled_title:
                # no period asked, and not the earlier text's own name ('strategiska partnerskap'): the current
                # programme's document, not the earlier programme's text
                return replace(added, instead=bundled_subject)
            return Subject(bundled_subject.doc_ids, False, bundled_supported, tied_with=added)
    chosen = added_subject(winners, concepts, profiles, glossary, question)
    by_field = any(
        glossary.concepts[c].kind == "action"
        and c not in profiles[d].actions
        and profiles[d].period not in action_periods.get(c, {profiles[d].period})
        for d in winners
        for c in specific
    )
    return replace(chosen, instead=bundled_subject) if by_field and not names_bundled_title else chosen


# a pronoun pointing back at what the context told ('it', 'they', 'den', 'se', 'die'; folded)
POINTS_BACK = re.compile(r"\b(?:it|its|they|them|den|dem|de|se|sen|ne|niita|niista|die|ze|hun)\b")


def context_only(question: str, others: list[str], mentioned: frozenset[str], glossary: Glossary) -> set[str]:
    """The things of their own (kind 'other') a question names only before its asking sentence, when that sentence
    names a topic the guides mention and points back at nothing with a pronoun; empty otherwise."""
    asking = asking_part(question) if question else ""
    if not asking or asking.strip() == question.strip():
        return set()
    found = set(glossary.find(asking))
    if POINTS_BACK.search(fold(asking)) or not any(glossary.concepts[c].kind == "topic" and c in mentioned for c in found):
        return set()
    return {c for c in others if c not in found}


def newer(added: frozenset[str], bundled: set[str], profiles: dict[str, Profile]) -> bool:
    """Are the added documents all of a later programme period than every bundled text they tie with?"""
    periods = [profiles[d].period for d in bundled]
    return all(profiles[d].period for d in added) and all(p and profiles[d].period > p for d in added for p in periods)


def added_subject(
    winners: set[str], concepts, profiles: dict[str, Profile], glossary: Glossary, question: str = ""
) -> Subject:
    """The added documents as the subject; refused when the question names something they never mention, or
    an action or programme of its own (the Solidarity Corps, eTwinning) that no title or heading of theirs
    names: a guide that mentions it in passing ('does not cover eTwinning') does not answer for it. A thing only
    the context before the asking sentence names, when that sentence asks of a topic of the guides in words of its
    own, is the asker's background ('we've only got an OID from our KA1 projects. is that enough to submit an EYT
    proposal?')."""
    mentioned = frozenset(c for d in winners for c in profiles[d].mentions)
    named = frozenset(c for d in winners for c in profiles[d].named)
    others = [c for c in concepts if glossary.concepts[c].kind == "other"]
    background = context_only(question, others, mentioned, glossary)
    others = [c for c in others if c not in background]
    passing = frozenset(c for c in others if c in mentioned and glossary.concepts[c].elsewhere and c not in named)
    refuse = bool(passing) or any(c not in mentioned for c in others)
    checkable = passing if all(c in mentioned for c in others) else frozenset()
    return Subject(frozenset(winners), True, mentioned, refuse=refuse, checkable=checkable)


def checked_only(question: str, concepts: frozenset[str], glossary: Glossary) -> bool:
    """Are these concepts named only in a yes/no question beside another question ('How was this funded before?
    Was that under Jean Monnet?'): a check the document's own mention answers ('Jean Monnet was not the route'),
    not a question about that programme ('How long does volunteering in the Solidarity Corps last?')."""
    pieces = [p for p in re.split(r"(?<=\?)\s+", question.strip()) if p.strip()]
    naming = [p for p in pieces if any(glossary.occurs(c, p) for c in concepts)]
    return bool(naming) and len(naming) < len(pieces) and all(asks_yes_no(p) for p in naming)
