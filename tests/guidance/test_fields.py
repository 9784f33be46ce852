"""The field of education a question names, in any language and by its own words, and the field a guide is
written for; a guide of another field does not answer (field_subject.by_field)."""

from __future__ import annotations

import json

import pytest

from erasbot.errors import ErasbotError
from erasbot.guidance.fields import asked_fields, document_fields, load_field_words, without_fields


@pytest.mark.parametrize(
    ("question", "language", "fields"),
    [
        ("Kan nyutexaminerade yrkeselever åka med?", "sv", {"vocational"}),
        ("Kuinka pitkä ryhmäliikkuvuus voi olla ammatillisessa koulutuksessa?", "fi", {"vocational"}),
        ("Hoeveel krijgt een mbo-student per maand?", "nl", {"vocational"}),
        ("Hur stort bidrag kan en folkhögskola få?", "sv", {"adult"}),  # not 'högskola': higher education
        ("A project between folk high schools in Sweden", "en", {"adult"}),
        ("Paljonko korkeakouluopiskelija saa päivässä?", "fi", {"higher"}),
        ("How long may pupils of a primary school stay abroad?", "en", {"school"}),
        ("Kuinka monta oppilasta ryhmässä voi olla?", "fi", {"school"}),
        ("How do vocational school teachers take part?", "en", {"vocational"}),  # not school as well
        ("Mitä ammatillisen oppilaitoksen pitää tehdä?", "fi", {"vocational"}),  # 'oppilaitos' is no pupil
        ("A short summer school abroad for university students", "en", {"higher"}),
        ("Paljonko rahaa nuorisovaihtoon voi saada?", "fi", {"youth"}),
        ("Vet du hur lång tid koulutus tar?", "sv", set()),  # 'vet' (knows) and 'koulutus' (training): no field
    ],
)
def test_a_question_names_its_field_by_its_own_words_in_any_language(question, language, fields):
    assert asked_fields(question, language) == fields


def test_the_field_words_are_taken_out_of_what_else_a_question_names():
    assert "hogskol" not in without_fields("Hur stort bidrag kan en folkhögskola få?", "sv")
    assert "bidrag" in without_fields("Hur stort bidrag kan en folkhögskola få?", "sv")


def test_a_guide_is_written_for_the_field_its_title_names_else_the_fields_its_text_names_most():
    assert document_fields("Samarbetspartnerskap inom vuxenutbildning", "Skolor kan också delta.", "sv") == {"adult"}
    text = (
        "Higher education institutions and vocational education and training providers work together. "
        "Each higher education institution holds a charter; vocational providers train learners. "
        "A school may be an associated partner."
    )
    assert document_fields("Alliances for Innovation – Implementation guide", text, "en") == {"higher", "vocational"}
    assert document_fields("Implementation guide", "Nothing of any field.", "en") == frozenset()


def test_a_field_table_without_fields_is_refused_with_its_name(tmp_path):
    path = tmp_path / "field_words.json"
    path.write_text(json.dumps({"about": "no fields"}), encoding="utf-8")
    load_field_words.cache_clear()
    try:
        with pytest.raises(ErasbotError, match="field_words.json"):
            load_field_words(path)
    finally:
        load_field_words.cache_clear()


def _profiles():
    from erasbot.guidance.corpus import Chunk, DocumentInfo
    from erasbot.guidance.glossary import load_glossary
    from erasbot.guidance.profiles import build_profiles
    from erasbot.guidance.snapshot import concept_text

    glossary = load_glossary()
    alliance = DocumentInfo(
        "alliance", "Alliances for Innovation – Implementation guide", "en", "user document", (), "", "2021-2027"
    )
    vet = DocumentInfo(
        "vet", "Kortlopende mobiliteit in het mbo – handleiding", "nl", "user document", (), "", "2021-2027"
    )
    school = DocumentInfo(
        "school", "Erasmus accreditation in school education – Guide", "en", "user document", (), "", "2021-2027"
    )
    passages = [
        (
            alliance,
            "Partners",
            "Higher education institutions and vocational education and training providers take part.",
        ),
        (
            alliance,
            "Partners",
            "Each higher education institution holds a charter; vocational providers train learners.",
        ),
        (vet, "Duur", "Een stage in het buitenland duurt 10 tot 89 dagen."),
        (school, "Grant", "Individual support for pupils is 49 euro per day."),
    ]
    chunks = tuple(
        Chunk(f"{d.id}#{n}", d.id, n, h, text, d.language, d.actions, d.period, d.title)
        for n, (d, h, text) in enumerate(passages)
    )
    concepts = tuple(tuple(glossary.find(concept_text(c))) for c in chunks)
    documents = {"alliance": alliance, "vet": vet, "school": school}
    return build_profiles(documents, chunks, concepts, glossary), glossary


def test_a_question_on_vet_learners_goes_to_the_vet_guide_not_the_guide_naming_vet_among_other_fields():
    from erasbot.guidance.field_subject import by_field
    from erasbot.guidance.subjects import Subject

    profiles, glossary = _profiles()
    assert profiles["alliance"].fields == {"higher", "vocational"} and not profiles["alliance"].fields_in_title
    assert profiles["vet"].fields == {"vocational"} and profiles["vet"].fields_in_title
    question = "Hur länge får nyutexaminerade yrkeselever vara utomlands?"
    bundled = Subject(frozenset({"bundled"}), False, frozenset())
    best = {"alliance": 0.84, "vet": 0.82}
    chosen = by_field(bundled, asked_fields(question, "sv"), question, "sv", (), best, profiles, glossary)
    assert chosen.added and chosen.doc_ids == {"vet"}


def test_a_guide_whose_title_names_no_field_keeps_a_question_naming_its_subject_and_another_field():
    from erasbot.guidance.field_subject import by_field
    from erasbot.guidance.subjects import Subject

    profiles, glossary = _profiles()
    question = "Can a secondary school be a full partner in an Alliance for Innovation?"
    alliance = Subject(frozenset({"alliance"}), True, frozenset())
    kept = by_field(alliance, asked_fields(question, "en"), question, "en", (), {}, profiles, glossary)
    assert kept.doc_ids == {"alliance"} and not kept.refuse


def test_a_question_naming_one_field_of_a_guide_written_for_several_together_is_not_given_to_it():
    from erasbot.guidance.field_subject import by_field
    from erasbot.guidance.subjects import Subject

    profiles, glossary = _profiles()
    del profiles["vet"]  # no guide written for VET alone
    question = "Hoeveel krijgt een mbo-student per maand voor een stage in Duitsland?"
    school = Subject(frozenset({"school"}), True, frozenset())
    refused = by_field(school, asked_fields(question, "nl"), question, "nl", (), {"alliance": 0.85}, profiles, glossary)
    assert refused.refuse  # not the Alliances guide, whose fields are higher education and VET together
    both = "Hoeveel bedrijven moeten meedoen als hogescholen en mbo-instellingen samenwerken?"
    chosen = by_field(school, asked_fields(both, "nl"), both, "nl", (), {}, profiles, glossary)
    assert chosen.doc_ids == {"alliance"} and not chosen.refuse
