"""A place asked of an added guide ('where do we submit the application?', 'var lämnar vi in ansökan?', 'mihin
hakemus lähetetään?', 'waar dienen we de aanvraag in?') is answered by the sentence naming the platform, portal or
address, not by one that only shares the verb ('must be submitted by 19 February') or the question word ('..., where
you record participants')."""

from __future__ import annotations

import pytest

from erasbot.guidance.added_asks import asks_where
from erasbot.guidance.corpus import DocumentInfo
from tests.guidance.guides_in_memory import GuideInMemory

GUIDE = GuideInMemory(
    DocumentInfo(
        "faq", "Erasmus+ school mobility (KA122-SCH) FAQ, call 2026", "en", "user document", (), "", "2021-2027"
    ),
    [
        (
            "Deadlines and applying",
            (
                "KA122-SCH applications must be submitted by Thursday 19 February 2026 at 12:00 Brussels time. "
                "KA122-SCH applications are submitted online on the Erasmus+ and European Solidarity Corps platform."
            ),
        ),
    ],
)


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Where do we submit our KA122-SCH application?", "en"),
        ("Var lämnar vi in ansökan för KA122-SCH?", "sv"),
    ],
)
def test_a_place_asked_is_answered_by_the_sentence_naming_it(question, lang) -> None:
    answer = GUIDE.ask(question, lang)
    assert not answer.abstained
    first = next(line for line in answer.text.split("\n") if line.startswith(">"))
    assert "European Solidarity Corps platform" in first


@pytest.mark.parametrize(
    ("question", "where"),
    [
        ("where do we submit the application and what ID number does the school need?", True),
        ("Vart skickar vi slutrapporten?", True),
        ("Missä hakemus täytetään?", True),
        ("Waar moeten we ons registreren?", True),
        ("Waar of niet waar: het project duurt twee jaar?", False),
        ("Var tredje månad ska vi rapportera?", False),
        ("When is the deadline?", False),
    ],
)
def test_a_place_is_asked_by_its_question_word(question, where) -> None:
    assert asks_where(question) is where
