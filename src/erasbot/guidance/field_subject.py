"""The subject checked against the field of education a question names (fields.asked_fields): a guide written for
another field does not answer it.

Pure; the subject is subjects.py's."""

from __future__ import annotations

from dataclasses import replace

from erasbot.guidance.fields import without_fields
from erasbot.guidance.glossary import Glossary
from erasbot.guidance.profiles import Profile, asked_period
from erasbot.guidance.subjects import Subject, added_subject, newer
from erasbot.guidance.titles import names_own_subject, names_title

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
        if p.added and p.fields & asked and (p.fields_in_title or p.fields <= asked) and not p.of_other_period(period)
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
            return subject if keep == subject.doc_ids else added_subject(keep, concepts, profiles, glossary, question)
        untitled = {d for d in chosen if not profiles[d].fields_in_title}
        if untitled and not any(fitting[d].fields_in_title for d in fitting):
            return subject
        if not fitting or named:
            # the guide's own subject in another field ('Erasmus accreditation for a vocational school' put to a
            # school-accreditation guide), or a field no guide is written for: a near miss
            return replace(subject, refuse=True)
        return added_subject({pick()}, concepts, profiles, glossary, question)
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
            or not newer(frozenset({chosen_id}), same_field, profiles)
            or names_title(question, same_field, set(fitting), profiles)
        )
        and best_sentence.get(chosen_id, -1.0) < max(best_sentence.get(d, -1.0) for d in same_field) - FIELD_MARGIN
    ):
        # a bundled text of the field of the same period, or one the question names: the closer sentences decide
        return subject
    return added_subject({chosen_id}, concepts, profiles, glossary, question)
