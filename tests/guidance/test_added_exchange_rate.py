"""A rate of exchange asked of an added guide ('Vilken växelkurs ska vi använda när vi räknar om budgeten till euro?')
asks a rule, not a sum: the sentence naming the rate (the Commission's accounting rate, InforEuro) is quoted, not the
grant's euro figures that 'euro' and 'budget' in the question would otherwise call up."""

from __future__ import annotations

import pytest

from erasbot.guidance.added_asks import asked_in_units, asks_exchange_rate
from tests.guidance.guides_in_memory import CB_VET_GUIDE, GuideInMemory

GUIDE = GuideInMemory(
    CB_VET_GUIDE,
    [
        (
            "5. Financiering – 5.1 Het forfaitaire bedrag",
            "CB VET werkt met een forfaitair bedrag. De EU-subsidie per project bedraagt minimaal 100.000 euro en "
            "maximaal 400.000 euro. Kosten die u in een andere munt raamt, rekent u om naar euro. Het maximale bedrag "
            "hangt af van de gekozen projectduur.\n\nGebruik daarvoor de maandelijkse boekhoudkoers van de Europese "
            "Commissie (InforEuro) van de maand waarin de oproep werd gepubliceerd.",
        ),
        ("4. Activiteiten", "De partners ontwikkelen samen opleidingsprogramma's voor de partnerlanden."),
    ],
)


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        (
            "Vår partner i Kenya räknar allt i shilling. Vilken växelkurs ska vi använda när vi räknar om budgeten "
            "till euro i CB VET?",
            "sv",
        ),
        ("Mitä vaihtokurssia käytämme, kun muunnamme CB VET -budjetin euroiksi?", "fi"),
        ("Welke wisselkoers moeten we gebruiken voor de begroting van ons CB VET-project?", "nl"),
    ],
)
def test_an_exchange_rate_asked_is_answered_by_the_rate_named(question, lang) -> None:
    answer = GUIDE.ask(question, lang)
    assert not answer.abstained
    assert "InforEuro" in answer.text
    assert "400.000 euro" not in answer.text


@pytest.mark.parametrize(
    ("question", "rate"),
    [
        ("Vilken växelkurs ska vi använda när vi räknar om budgeten till euro?", True),
        ("Which exchange rate converts our costs into euros?", True),
        ("Welke boekhoudkoers geldt er?", True),
        ("How much is the grant in euros?", False),
    ],
)
def test_an_exchange_rate_asked_asks_no_sum_in_euro(question, rate) -> None:
    assert asks_exchange_rate(question) is rate
    assert ("euro" not in asked_in_units(question)) is rate
