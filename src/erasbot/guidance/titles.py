"""A document's title named by a question: its words in another language or spelling (cognates: 'intensiivi-
ohjelmassa', 'ackrediterade' for 'intensive', 'accreditation'), inside a compound ('Erasmusaccreditatie'), a
section heading all of whose words a question uses, and the title a question's embedding is closest to.

Pure; the profiles are profiles.py's."""

from __future__ import annotations

import os
import re

from erasbot.guidance.glossary import Glossary
from erasbot.guidance.lexical import tokens
from erasbot.guidance.profiles import COGNATE_MIN, WORD, Profile
from erasbot.language import detect_language
from erasbot.text import fold

# the question's embedding against the added documents' titles (multilingual e5 scores run about 0.70-0.90):
TITLE_CLOSE = 0.79  # no closer than this, the title is not what the question is about
TITLE_APART = 0.02  # the closest title must lead the next added one by this much
COGNATE_SHARE = 0.7  # and at least this share of the title word
SECTION_WORDS_MIN = 2  # content words a section heading has for a question using them all to be about its guide
COGNATE_STEM_MIN = 7  # letters a title word's stem keeps (spelt alike) to name it inside another word
COMPOUND_HEAD_MIN = 2  # letters before the title word's stem inside a word ("ge|accrediteerde", "erasmus|accreditatie")
TITLE_SUFFIXES = ("ations", "ation", "ions", "ion", "ments", "ment", "ing", "ed", "es", "s")


def names_no_title(question: str, language: str, doc_id: str, profiles: dict[str, Profile], glossary: Glossary) -> bool:
    """Does the question name nothing of this added guide's title: none of its words, in no language (no cognate),
    and no concept its title names? Then only the embedding of the titles chose the guide (closest_title)."""
    profile = profiles[doc_id]
    words = set(tokens(question, language)) | set(tokens(question, detect_language(question)))
    if words & profile.title_words or set(glossary.find(question)) & profile.title_named:
        return False
    forms = [w for w in WORD.findall(fold(question)) if len(w) >= COGNATE_MIN]
    return not any(cognate(w, f) for w in forms for f in profile.title_forms)


def names_own_subject(question: str, doc_id: str, profiles: dict[str, Profile], glossary: Glossary) -> bool:
    """Does the question name what this added guide's title is about: a concept its title names that is no mere
    topic ('accreditation', not 'organisations'), or a word of its title in any language ('akkreditoinnin')?"""
    profile = profiles[doc_id]
    if {c for c in glossary.find(question) if glossary.concepts[c].kind != "topic"} & profile.title_named:
        return True
    forms = [w for w in WORD.findall(fold(question)) if len(w) >= COGNATE_MIN]
    return any(cognate(w, f) for w in forms for f in profile.title_forms)


def cognate(word: str, form: str) -> bool:
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


def distinct_forms(doc_ids, others, profiles: dict[str, Profile]) -> set[str]:
    """The title words of these documents that no title of the others shares (or has a cognate of)."""
    theirs = {f for d in others for f in profiles[d].title_forms}
    return {
        f for d in doc_ids for f in profiles[d].title_forms if not any(cognate(f, o) or cognate(o, f) for o in theirs)
    }


def names_title(question: str, doc_ids, others, profiles: dict[str, Profile]) -> bool:
    """Does the question name these documents by a word of their titles that the others' titles lack?"""
    words = [w for w in WORD.findall(fold(question)) if len(w) >= COGNATE_MIN]
    return any(cognate(w, f) for w in words for f in distinct_forms(doc_ids, others, profiles))


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
        return " " if len(word) >= COGNATE_MIN and any(cognate(word, f) for f in forms) else match.group(0)

    return " ".join(WORD.sub(blank, text).split())


def cognate_title(question: str, profiles: dict[str, Profile], period: str | None) -> str | None:
    """The one added document a question names by a word of its title that no other added title has, as
    written in the asker's language (a cognate), if exactly one is named so."""
    added = {d: p for d, p in profiles.items() if p.added and not p.of_other_period(period)}
    named = {d for d in added if names_title(question, {d}, set(added) - {d}, profiles)}
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
        and not p.of_other_period(period)
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
            if doc_id in profiles and profiles[doc_id].added and not profiles[doc_id].of_other_period(period)
        ),
        reverse=True,
    )
    if not ranked or ranked[0][0] < TITLE_CLOSE:
        return None
    if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < TITLE_APART:
        return None
    return ranked[0][1]
