"""An age asked of an added guide ('Hur gammal måste en elev vara minst?', 'how old', 'kuinka vanha', 'hoe oud') that
no sentence gives is not answered with the activity's durations; 'the old programme' asks no age."""

from __future__ import annotations

import pytest

from erasbot.guidance.corpus import DocumentInfo
from erasbot.guidance.units import asked_units, figure_units
from tests.guidance.guides_in_memory import GuideInMemory

INFO = DocumentInfo(
    "faq", "Erasmus+ school mobility (KA121-SCH) FAQ, call 2026", "en", "user document", (), "", "2021-2027"
)
DURATIONS = (
    "Activities",
    "Long-term learning mobility of pupils lasts from 30 to 365 days. Short-term learning mobility of pupils lasts "
    "from 10 to 29 days.",
)


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Hur gammal måste en elev vara minst för att få åka på långvarig KA121-SCH-mobilitet i tre månader?", "sv"),
        ("How old must a pupil be for long-term KA121-SCH mobility?", "en"),
        ("Kuinka vanha oppilaan pitää olla pitkäkestoisessa KA121-SCH-liikkuvuudessa?", "fi"),
    ],
)
def test_an_age_no_sentence_gives_is_not_answered_by_durations(question, lang) -> None:
    assert GuideInMemory(INFO, [DURATIONS]).ask(question, lang).abstained


def test_an_age_a_sentence_gives_is_answered() -> None:
    guide = GuideInMemory(INFO, [DURATIONS, ("Who can go", "Pupils must be at least 14 years old on departure.")])
    answer = guide.ask("How old must a pupil be for long-term KA121-SCH mobility?", "en")
    assert not answer.abstained and "14 years old" in answer.text


@pytest.mark.parametrize(
    ("question", "age"),
    [
        ("Hoe oud moeten leerlingen zijn?", True),
        ("Mikä on ikäraja?", True),
        ("Onko 15-vuotias liian nuori?", True),
        ("Was it the same in the old programme?", False),
        ("Hoe lang duurde het in het oude programma?", False),
        ("Hur var det i det gamla programmet?", False),
    ],
)
def test_an_age_is_asked_by_its_words_not_by_the_old_programme(question, age) -> None:
    assert ("age" in asked_units(question)) is age


def test_a_finnish_age_is_an_age_given() -> None:
    assert "age" in figure_units("Osallistujien on oltava vähintään 13-vuotiaita.")
