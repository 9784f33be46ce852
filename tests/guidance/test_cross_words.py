"""The table of meanings that puts a question's words into an added guide's language (cross_words.json): every
beginning counts for one meaning, says nothing of the words every question uses, and a question put in one
language meets the words a guide in another writes."""

from __future__ import annotations

import json

import pytest

from erasbot.guidance.cross_words import CROSS_WORDS_FILE, clashes, load_cross_words


def _table() -> list[dict[str, list[str]]]:
    data = json.loads(CROSS_WORDS_FILE.read_text(encoding="utf-8"))
    return data["words"] + data["names"]


def test_the_table_has_no_clash():
    assert clashes(_table()) == []


def test_a_clash_is_named_with_its_language_and_entries():
    table = [
        {"en": ["final"], "sv": ["slutbetal"]},
        {"en": ["balance"], "sv": ["slutbetal", "ar"]},  # 'ar' is too short, and meets 'är'
        {"en": ["Grant"], "nl": ["het "]},  # not folded; meets the stopword 'het'
    ]
    found = clashes(table)
    assert "sv 'slutbetal' is listed under entries 1 and 2" in found
    assert "sv 'ar' (entry 2) is too short a beginning: make it a whole word" in found
    assert "sv entry 2 meets the stopword 'är'" in found
    assert "en 'Grant' (entry 3) is not folded: 'grant'" in found
    assert "nl entry 3 meets the stopword 'het'" in found


def _in(question: str, asked_in: str, guide: str) -> set[str]:
    return {w for words in load_cross_words().in_language(question, asked_in, guide) for w in words}


@pytest.mark.parametrize(
    ("question", "asked_in", "guide", "meant"),
    [
        # a Swedish question put to a Dutch guide, each meaning in the words the guide writes
        ("Hur stor är förskottsbetalningen?", "sv", "nl", {"voorfinanciering"}),
        ("Kan en privatperson vara partner?", "sv", "nl", {"natuurlijke persoon"}),
        ("Hur många poäng krävs för att nå tröskeln?", "sv", "nl", {"punten", "drempel"}),
        ("På vilken plattform publiceras resultaten?", "sv", "nl", {"platform", "resultaten"}),
        ("Vilket avdrag görs om slutrapporten är svag?", "sv", "nl", {"korting", "eindrapport"}),
        ("Kuinka suuri vähennys tehdään loppuraportin perusteella?", "fi", "en", {"reduction", "final", "report"}),
        ("Welke gunningscriteria gelden?", "nl", "en", {"award criteri", "criteria"}),
        ("Vad räknas som exceptionella kostnader?", "sv", "en", {"exceptional", "cost"}),
        ("Mikä on yksikkökustannus osallistujaa kohden?", "fi", "en", {"unit cost", "per participant"}),
        ("Wie mag een gelieerde entiteit zijn?", "nl", "sv", {"anknuten enhet"}),
        ("Hur sprids resultaten via plattformen?", "sv", "en", {"dissemination", "platform", "result"}),
        ("Where must the applicant be established?", "en", "nl", {"aanvrager", "gevestigd"}),
    ],
)
def test_a_question_meets_the_words_of_a_guide_in_another_language(question, asked_in, guide, meant):
    assert meant <= _in(question, asked_in, guide)


@pytest.mark.parametrize(
    ("question", "asked_in", "guide", "not_meant"),
    [
        # a beginning found inside a longer word that is no compound of it
        ("Mikä organisaatio voi hakea?", "fi", "en", "foundation"),  # 'säätiö' is no part of 'organisaatio'
        ("Saako oppimateriaalia ostaa?", "fi", "en", "meal"),  # nor 'ateria' of 'materiaali'
        ("Vilken erfarenhet krävs?", "sv", "en", "entity"),  # nor 'enhet' of 'erfarenhet'
        ("Is er een mogelijkheid om te verlengen?", "nl", "en", "gender"),  # nor 'gelijkheid' of 'mogelijkheid'
        ("Onko ammatillista koulutusta?", "fi", "en", "list"),  # nor 'lista' of 'ammatillista'
        ("Wie betaalt de reis, behalve de deelnemers?", "nl", "en", "half"),  # 'behalve' is no 'halve'
        ("Vilka kontroller görs?", "sv", "en", "task"),  # 'roller' inside 'kontroller'
        ("What does the agency check?", "en", "sv", "alder"),  # 'agency' is no age
    ],
)
def test_a_beginning_inside_an_unrelated_word_means_nothing(question, asked_in, guide, not_meant):
    read = _in(question, asked_in, guide)
    assert read  # the question's other words are read ...
    assert not_meant not in read  # ... not this one
