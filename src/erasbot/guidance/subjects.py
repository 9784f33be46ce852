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
  is held against the field each added guide is written for (fields.py; by_field): a guide of another field
  gives the question to the guide of that field, or refuses it as a near miss.

The best-matching documents are the subject. When they are added documents the answer is drawn
from them alone; otherwise from the bundled texts alone, and an added document lifts no abstention.
On a tie a curated fact stands unless it lacks the figure asked for and the added document gives it;
where no curated fact answers, the added document's sentences do.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace

from erasbot.guidance.corpus import Chunk, DocumentInfo, split_sentences
from erasbot.guidance.fields import asked_fields, document_fields, without_fields
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.lexical import tokens
from erasbot.guidance.scope import load_fields, says_out_of_scope
from erasbot.guidance.session_documents import is_own
from erasbot.language import detect_language
from erasbot.text import fold

ADDED_PUBLISHER = "user document"  # what `Library.add_user_document` records as the publisher
GENERIC = {"goals", "innovation", "skills", "period", "themes", "results", "activities", "mobility", "organisations"}
MIN_SHARED_WORDS = 2  # a question naming no concept of a title is about it when it shares this many of its words
MENTIONED = 0.5  # a concept only the text (not a title or heading) names counts this much
TITLE_WORD = 1.0  # each word of the question that the document's title has ('Blended Intensive Programme')
# words of many titles that say nothing of the subject (stemmed as lexical.tokens stems them)
TITLE_NOISE = {"guid", "guide", "call", "erasmus", "programm", "program", "vagledning", "handleiding", "ohj", "opas"}
# the question's embedding against the added documents' titles (multilingual e5 scores run about 0.70-0.90):
TITLE_CLOSE = 0.79  # no closer than this, the title is not what the question is about
TITLE_APART = 0.02  # the closest title must lead the next added one by this much
COGNATE_MIN = 6  # letters a title word and its cognate share at least
COGNATE_SHARE = 0.7  # and at least this share of the title word
SECTION_WORDS_MIN = 2  # content words a section heading has for a question using them all to be about its guide
WORD = re.compile(r"\w+")
TITLE_NOISE_FORMS = {
    "guide",
    "guidance",
    "programme",
    "programmes",
    "program",
    "implementation",
    "vagledning",
    "handleiding",
    "education",
    "institutions",
    "coordinators",
    "project",  # a word of many titles ('Kortlopende projecten'), no subject of its own
    "projects",
    "projecten",
    "projekt",
    "projekten",
}
PERIOD = re.compile(r"\b(20\d\d)\s*[-–/]\s*(20\d\d)\b")
# an action code ('KA152', 'KA 153', 'ka121-adu') or a year ('2025'): a question naming one its document never names
# asks about another action or call
MARK = re.compile(r"(?<![\w-])(?:ka\s?-?(\d{3})|(20\d\d))(?!\d)", re.IGNORECASE)
# the question's best sentence in an added document must beat the bundled texts' best by this much (cosine) for a
# question naming no action to be about it: measured on the bundled set with four guides added, whose questions
# naming no action lead by at most 0.032 where an added guide's best sentence leads (mostly out-of-scope questions),
# against 0.05-0.9 for questions about the youth-exchanges guide that name neither its action nor its title
PASSAGE_APART = 0.04


@dataclass(frozen=True)
class Profile:
    """What a document is about, as its own metadata says."""

    doc_id: str
    added: bool
    period: str
    actions: frozenset[str]
    named: frozenset[str]  # concepts its title and headings name
    words: frozenset[str]  # the content words of its title and headings
    title_named: frozenset[str]  # concepts its title names
    title_words: frozenset[str]  # the content words of its title, without the ones every guide has
    mentions: frozenset[str]  # concepts any of its passages mentions
    title_forms: frozenset[str] = frozenset()  # its title's longer words as written (folded): for cognates
    sections: tuple[frozenset[str], ...] = ()  # each heading's content words (an added guide's sections)
    marks: frozenset[str] = frozenset()  # the action codes and years its text names ('ka152', '2025')
    # the fields of education it is written for (fields.py): an added guide's title's, else its text's most named;
    # a bundled text's, its actions' (scope.json's action_fields)
    fields: frozenset[str] = frozenset()
    fields_in_title: bool = False  # its title names them (not only its text: 'Alliances for Innovation' names none)


@dataclass(frozen=True)
class Subject:
    """The documents an answer may draw from, and the concepts they lift an abstention for."""

    doc_ids: frozenset[str]
    added: bool  # the subject is documents users added: answer from their sentences, not the curated facts
    supported: frozenset[str]
    refuse: bool = False  # the question names something the subject's documents never mention
    # an added document and a bundled text match equally: a curated fact of the bundled text stands
    # unless it lacks the figure asked for and the added document gives it; loose sentences give way
    tied_with: Subject | None = None
    # the added documents took the question only by a field the glossary gives an earlier programme's action
    # ('adult education'): the earlier text answers instead where they do not cover the aspect asked
    instead: Subject | None = None


def is_added(info: DocumentInfo | None) -> bool:
    """A document nobody curated: added to the corpus by the admin, or attached by a user to their chat."""
    return info is not None and (info.publisher == ADDED_PUBLISHER or is_own(info.id))


def build_profiles(
    documents: dict[str, DocumentInfo],
    chunks: tuple[Chunk, ...],
    concepts: tuple[tuple[str, ...], ...],
    glossary: Glossary,
) -> dict[str, Profile]:
    """Every document's profile, from its chunks' headings and the concepts found in them (snapshot.concepts)."""
    headings: dict[str, dict[str, None]] = {d: {} for d in documents}
    mentions: dict[str, set[str]] = {d: set() for d in documents}
    texts: dict[str, list[str]] = {d: [] for d in documents}
    for i, chunk in enumerate(chunks):
        if chunk.doc_id not in headings:
            continue
        headings[chunk.doc_id][chunk.heading] = None
        found = concepts[i] if i < len(concepts) else ()
        text = chunk.text
        if is_added(documents[chunk.doc_id]):
            # what an added guide names only to place it outside its scope ('Nor does this guide cover ... Jean
            # Monnet Actions or doctoral programmes', 'not KA131-HED') is no subject it speaks of
            text = in_scope_text(text)
            if text != chunk.text:
                found = glossary.find(text)
        mentions[chunk.doc_id].update(found)
        texts[chunk.doc_id].append(text)
    profiles = {}
    of_action = load_fields().of_action
    for doc_id, info in documents.items():
        text = "\n".join([info.title, *headings[doc_id]])
        added = is_added(info)
        profiles[doc_id] = Profile(
            doc_id=doc_id,
            added=added,
            period=info.period,
            actions=frozenset(info.actions),
            named=frozenset(glossary.find(text)),
            words=frozenset(tokens(text, info.language)),
            title_named=frozenset(glossary.find(info.title)),
            title_words=frozenset(tokens(info.title, info.language)) - TITLE_NOISE,
            mentions=frozenset(mentions[doc_id]),
            title_forms=frozenset(w for w in WORD.findall(fold(info.title)) if len(w) >= COGNATE_MIN)
            - TITLE_NOISE_FORMS,
            sections=tuple(
                dict.fromkeys(
                    frozenset(w for w in tokens(part, info.language) if not w.isdigit()) - TITLE_NOISE
                    for h in headings[doc_id]
                    if h != info.title
                    for part in h.split(" – ")  # a subsection's heading and its section's
                )
            ),
            marks=named_marks("\n".join([info.title, *texts[doc_id]])),
            fields=(
                document_fields(info.title, "\n".join(texts[doc_id]), info.language)
                if added
                else frozenset(f for a in info.actions for f in of_action.get(a, ()))
            ),
            fields_in_title=added and bool(asked_fields(info.title, info.language)),
        )
    return profiles


def in_scope_text(text: str) -> str:
    """A passage without its sentences placing something outside the guide's scope (scope.says_out_of_scope)."""
    sentences = split_sentences(text)
    kept = [s for s in sentences if not says_out_of_scope(s)]
    return text if len(kept) == len(sentences) else " ".join(kept)


def asked_period(text: str) -> str | None:
    """The programme period a question names ('2014-2020', '2021–2027'), if any."""
    found = PERIOD.search(text)
    return f"{found.group(1)}-{found.group(2)}" if found else None


def named_marks(text: str) -> frozenset[str]:
    """The action codes ('ka152') and years ('2025') a text names; a period's years ('2021-2027') count too."""
    years = {y for m in PERIOD.finditer(text) for y in m.groups()}
    return frozenset(f"ka{code}" if code else year for code, year in MARK.findall(text)) | years


def absent_marks(question: str, doc_ids, profiles: dict[str, Profile]) -> frozenset[str]:
    """The action codes and years the question names that none of these documents names anywhere: a question
    about KA153 or DiscoverEU's call 2023 put to a guide on KA152 in the call 2025 (a near miss, refused)."""
    asked = named_marks(PERIOD.sub(" ", question))
    present = {m for d in doc_ids if d in profiles for m in profiles[d].marks}
    return frozenset(asked - present)


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
        if d in profiles and profiles[d].added and not (period and profiles[d].period and profiles[d].period != period)
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
            if d in profiles
            and not (period and profiles[d].added and profiles[d].period and profiles[d].period != period)
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


def names_no_title(question: str, language: str, doc_id: str, profiles: dict[str, Profile], glossary: Glossary) -> bool:
    """Does the question name nothing of this added guide's title: none of its words, in no language (no cognate),
    and no concept its title names? Then only the embedding of the titles chose the guide (closest_title)."""
    profile = profiles[doc_id]
    words = set(tokens(question, language)) | set(tokens(question, detect_language(question)))
    if words & profile.title_words or set(glossary.find(question)) & profile.title_named:
        return False
    forms = [w for w in WORD.findall(fold(question)) if len(w) >= COGNATE_MIN]
    return not any(_cognate(w, f) for w in forms for f in profile.title_forms)


def names_own_subject(question: str, doc_id: str, profiles: dict[str, Profile], glossary: Glossary) -> bool:
    """Does the question name what this added guide's title is about: a concept its title names that is no mere
    topic ('accreditation', not 'organisations'), or a word of its title in any language ('akkreditoinnin')?"""
    profile = profiles[doc_id]
    if {c for c in glossary.find(question) if glossary.concepts[c].kind != "topic"} & profile.title_named:
        return True
    forms = [w for w in WORD.findall(fold(question)) if len(w) >= COGNATE_MIN]
    return any(_cognate(w, f) for w in forms for f in profile.title_forms)


def added_subject(doc_ids: set[str], concepts: tuple[str, ...], profiles: dict[str, Profile], glossary: Glossary):
    """The added documents as the subject (refused when the question names an 'other' concept none mentions)."""
    return _added_subject(doc_ids, profiles, concepts, glossary)


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
    names_bundled_title = _names_title(
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
        if period and p.period and p.period != period:
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
    best = max(scores.values(), default=0.0)
    bundled_subject = Subject(frozenset(p.doc_id for p in bundled), False, bundled_supported)
    names_action = any(glossary.concepts[c].kind == "action" for c in specific)
    cognate = cognate_title(question, profiles, period)
    top_bundled = best > 0 and not any(profiles[d].added for d in profiles if scores[d] >= best)
    if cognate is not None and not names_action and not top_bundled:
        # a distinctive word of one added title, in the asker's language: that guide, whatever other added
        # title shares a generic word with the question ('coordinators')
        return _added_subject({cognate}, profiles, concepts, glossary)
    if not names_action and not any(profiles[d].added for d in profiles if best > 0 and scores[d] >= best):
        sectioned = section_named(words, profiles, period)
        if sectioned is not None:
            # every word of one added guide's section heading ('Green practices'), a heading no bundled
            # text has: the guide's section is what the question is about
            return _added_subject({sectioned}, profiles, concepts, glossary)
    closest = cognate or closest_title(title_closeness or {}, profiles, period)
    if closest is not None and not names_action:
        # bundled texts keep the question only where their title or headings name a concept of it that the
        # closest added document never mentions
        near = profiles[closest]
        named_by_bundled = any(c in p.named for p in bundled for c in specific)
        covered = bool(specific) and all(c in near.mentions or c in near.named for c in specific)
        added_leads = any(profiles[d].added for d in profiles if best > 0 and scores[d] >= best)
        if best <= 0 or not added_leads and (not named_by_bundled or covered):
            return _added_subject({closest}, profiles, concepts, glossary)
    if best <= 0:
        if specific:
            return bundled_subject
        shared = {
            d: len(words & p.words)
            for d, p in profiles.items()
            if p.added and not (period and p.period and p.period != period) and about_title(p)
        }
        most = max(shared.values(), default=0)
        if most < MIN_SHARED_WORDS:
            return bundled_subject
        winners = {d for d, n in shared.items() if n == most}
    else:
        winners = {d for d, s in scores.items() if s >= best - 1e-9}
        if not any(profiles[d].added for d in winners):
            return bundled_subject
        if not all(profiles[d].added for d in winners):
            added = _added_subject({d for d in winners if profiles[d].added}, profiles, concepts, glossary)
            older = winners - added.doc_ids
            if not period and _newer(added.doc_ids, older, profiles) and not names_bundled_title:
                # no period asked, and not the earlier text's own name ('strategiska partnerskap'): the current
                # programme's document, not the earlier programme's text
                return replace(added, instead=bundled_subject)
            return Subject(bundled_subject.doc_ids, False, bundled_supported, tied_with=added)
    chosen = _added_subject(winners, profiles, concepts, glossary)
    by_field = any(
        glossary.concepts[c].kind == "action"
        and c not in profiles[d].actions
        and profiles[d].period not in action_periods.get(c, {profiles[d].period})
        for d in winners
        for c in specific
    )
    return replace(chosen, instead=bundled_subject) if by_field and not names_bundled_title else chosen


def _cognate(word: str, form: str) -> bool:
    """Is a question's word the title's word in another language ('intensiiviohjelmassa', 'intensief' and
    'intensive')? They share a beginning of at least 70% of the title word, and six letters. Spelt alike
    (c and k, ck, double letters: 'accreditation', 'ackrediterade', 'akkreditoinnissa'), the title word's stem
    ('accredit-') is enough, and it may end a compound ('erasmusaccreditatie', 'Erasmusackrediteringen')."""
    shared = len(os.path.commonprefix([word, form]))
    if shared >= COGNATE_MIN and shared >= COGNATE_SHARE * len(form):
        return True
    spelt, stem = _spelling(word), _spelling(_title_stem(form))
    if len(stem) < COGNATE_STEM_MIN:
        return False
    return spelt.startswith(stem) or any(spelt[i:].startswith(stem) for i in range(COMPOUND_HEAD_MIN, len(spelt)))


COGNATE_STEM_MIN = 7  # letters a title word's stem keeps (spelt alike) to name it inside another word
COMPOUND_HEAD_MIN = 2  # letters before the title word's stem inside a word ("ge|accrediteerde", "erasmus|accreditatie")
TITLE_SUFFIXES = ("ations", "ation", "ions", "ion", "ments", "ment", "ing", "ed", "es", "s")


def _title_stem(form: str) -> str:
    """A title word without its English ending ('accreditation': 'accredit'), when enough of it is left."""
    for suffix in TITLE_SUFFIXES:
        if form.endswith(suffix) and len(form) - len(suffix) >= COGNATE_STEM_MIN:
            return form[: -len(suffix)]
    return form


def _spelling(word: str) -> str:
    """A folded word spelt plainly: 'ck' and 'c' as 'k', double letters single ('akreditation')."""
    plain = word.replace("ck", "k").replace("c", "k")
    return re.sub(r"(.)\1+", r"\1", plain)


def _distinct_forms(doc_ids, others, profiles: dict[str, Profile]) -> set[str]:
    """The title words of these documents that no title of the others shares (or has a cognate of)."""
    theirs = {f for d in others for f in profiles[d].title_forms}
    return {
        f for d in doc_ids for f in profiles[d].title_forms if not any(_cognate(f, o) or _cognate(o, f) for o in theirs)
    }


def _names_title(question: str, doc_ids, others, profiles: dict[str, Profile]) -> bool:
    """Does the question name these documents by a word of their titles that the others' titles lack?"""
    words = [w for w in WORD.findall(fold(question)) if len(w) >= COGNATE_MIN]
    return any(_cognate(w, f) for w in words for f in _distinct_forms(doc_ids, others, profiles))


def without_subject(question: str, profiles: dict[str, Profile], glossary: Glossary) -> str:
    """The question less what names the added documents' subjects: the actions, the concepts their titles
    name ('samenwerkingspartnerschap' for a guide titled 'Samarbetspartnerskap ...') and the words of their
    titles in any language ('blended', 'intensief'). What is left is what it asks ('when can it start?')."""
    added = [p for p in profiles.values() if p.added]
    # the subject-like concepts only: a topic a title names ('institutions', 'coordinators') may be what is asked
    named = {c for p in added for c in p.title_named if glossary.concepts[c].kind != "topic"}
    named |= {c for c, concept in glossary.concepts.items() if concept.kind == "action"}
    text = glossary.without(question, named)
    forms = {f for p in added for f in p.title_forms}

    def blank(match: re.Match) -> str:
        word = fold(match.group(0))
        return " " if len(word) >= COGNATE_MIN and any(_cognate(word, f) for f in forms) else match.group(0)

    return " ".join(WORD.sub(blank, text).split())


def cognate_title(question: str, profiles: dict[str, Profile], period: str | None) -> str | None:
    """The one added document a question names by a word of its title that no other added title has, as
    written in the asker's language (a cognate), if exactly one is named so."""
    added = {d: p for d, p in profiles.items() if p.added and not (period and p.period and p.period != period)}
    named = {d for d in added if _names_title(question, {d}, set(added) - {d}, profiles)}
    return next(iter(named)) if len(named) == 1 else None


def section_named(words: set[str], profiles: dict[str, Profile], period: str | None) -> str | None:
    """The one added document with a section heading all of whose words the question uses, when none of
    those words is in any bundled text's title or headings. A heading of one word ('Participants',
    'Funding') is what many guides have: a question using it is not about that guide for it."""
    bundled_words = {w for p in profiles.values() if not p.added for w in p.words}
    named = {
        d
        for d, p in profiles.items()
        if p.added
        and not (period and p.period and p.period != period)
        and any(
            len(section) >= SECTION_WORDS_MIN and section <= words and not section & bundled_words
            for section in p.sections
        )
    }
    return next(iter(named)) if len(named) == 1 else None


def closest_title(closeness: dict[str, float], profiles: dict[str, Profile], period: str | None) -> str | None:
    """The added document whose title the question is clearly closest to, if one is."""
    ranked = sorted(
        (
            (value, doc_id)
            for doc_id, value in closeness.items()
            if doc_id in profiles
            and profiles[doc_id].added
            and not (period and profiles[doc_id].period and profiles[doc_id].period != period)
        ),
        reverse=True,
    )
    if not ranked or ranked[0][0] < TITLE_CLOSE:
        return None
    if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < TITLE_APART:
        return None
    return ranked[0][1]


def _newer(added: frozenset[str], bundled: set[str], profiles: dict[str, Profile]) -> bool:
    """Are the added documents all of a later programme period than every bundled text they tie with?"""
    periods = [profiles[d].period for d in bundled]
    return all(profiles[d].period for d in added) and all(p and profiles[d].period > p for d in added for p in periods)


def _added_subject(winners: set[str], profiles: dict[str, Profile], concepts, glossary: Glossary) -> Subject:
    """The added documents as the subject; refused when the question names something they never mention, or
    an action or programme of its own (the Solidarity Corps, eTwinning) that no title or heading of theirs
    names: a guide that mentions it in passing ('does not cover eTwinning') does not answer for it."""
    mentioned = frozenset(c for d in winners for c in profiles[d].mentions)
    named = frozenset(c for d in winners for c in profiles[d].named)
    others = [c for c in concepts if glossary.concepts[c].kind == "other"]
    refuse = any(c not in mentioned or glossary.concepts[c].elsewhere and c not in named for c in others)
    return Subject(frozenset(winners), True, mentioned, refuse=refuse)


# the question's best sentence in an added guide of the field it names must come this close to the best sentence of a
# bundled text written for that field too, for the guide to take a question naming no action from it
FIELD_MARGIN = 0.0


def by_field(
    subject: Subject,
    asked: frozenset[str],
    question: str,
    language: str,
    concepts: tuple[str, ...],
    best_sentence: dict[str, float],
    profiles: dict[str, Profile],
    glossary: Glossary,
) -> Subject:
    """The subject checked against the field of education the question names (fields.asked_fields), in any
    language and by any word of it ('folkhögskola', 'korkeakouluopiskelija', 'mbo-student'):

    - an added guide written for another field does not answer it: a question naming the guide's own subject
      (its title, in any language) in another field is a near miss, refused ('Erasmus accreditation for a
      vocational school' put to a school-accreditation guide); one naming nothing of it goes to the added guide
      written for the field asked (the one covering most of the fields asked and fewest others, then the closest
      by its sentences), and is refused when no added guide is;
    - a question naming no action that the bundled texts kept goes to the added guide of the field asked, unless a
      bundled text is written for that field in the same period (or is named by its title, or the question names a
      period) and its best sentence is closer than the guide's: an earlier programme's text on the field does not
      answer for the current guide ('folk high schools' and the 2014-2020 Strategic Partnerships in adult education).

    `best_sentence`: each document's best sentence cosine among the retrieved passages."""
    if not asked:
        return subject
    period = asked_period(question)
    # a guide whose title names no field is about its fields together (an Alliance: higher education and VET with
    # enterprises): a question is given to it for its fields only when it names them all
    fitting = {
        d: p
        for d, p in profiles.items()
        if p.added
        and p.fields & asked
        and (p.fields_in_title or p.fields <= asked)
        and not (period and p.period and p.period != period)
    }

    def pick() -> str:
        # the guide covering most of the fields asked and fewest others (a VET guide over one for higher education
        # and VET, for a question on VET learners), then the closest by its sentences
        return max(
            fitting,
            key=lambda d: (len(fitting[d].fields & asked), -len(fitting[d].fields - asked), best_sentence.get(d, -1.0)),
        )

    if subject.added:
        chosen = {d for d in subject.doc_ids if d in profiles}
        if not chosen:
            return subject
        beside = without_fields(question, language)  # a field word is no name of the guide ('folk|högskola')
        named = {d for d in chosen if names_own_subject(beside, d, profiles, glossary)}
        titled = {d for d in chosen if profiles[d].fields_in_title and profiles[d].fields & asked}
        # a guide whose title names no field (its fields read from its text) is held to them only where a guide whose
        # title names the field asked is there to answer and the question does not name the first one's subject
        # (an Alliance may have a vocational school among its partners)
        loose = {d for d in chosen if not profiles[d].fields_in_title and (d in named or profiles[d].fields & asked)}
        if titled or loose:
            keep = titled | loose
            return subject if keep == subject.doc_ids else _added_subject(keep, profiles, concepts, glossary)
        untitled = {d for d in chosen if not profiles[d].fields_in_title}
        if untitled and not any(fitting[d].fields_in_title for d in fitting):
            return subject
        if not fitting or named:
            # the guide's own subject in another field ('Erasmus accreditation for a vocational school' put to a
            # school-accreditation guide), or a field no guide is written for: a near miss
            return replace(subject, refuse=True)
        return _added_subject({pick()}, profiles, concepts, glossary)
    if subject.tied_with is not None or not fitting:
        return subject
    if any(glossary.concepts[c].kind == "action" for c in concepts):
        return subject
    chosen_id = pick()
    same_field = {d for d, p in profiles.items() if not p.added and p.fields & asked}
    if (
        same_field
        and (
            period
            or not _newer(frozenset({chosen_id}), same_field, profiles)
            or _names_title(question, same_field, set(fitting), profiles)
        )
        and best_sentence.get(chosen_id, -1.0) < max(best_sentence.get(d, -1.0) for d in same_field) - FIELD_MARGIN
    ):
        # a bundled text of the field of the same period, or one the question names: the closer sentences decide
        return subject
    return _added_subject({chosen_id}, profiles, concepts, glossary)
