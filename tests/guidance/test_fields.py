"""The field of education a question names, in any language and by its own words, and the field a guide is
written for; a guide of another field does not answer (subjects.by_field)."""

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
