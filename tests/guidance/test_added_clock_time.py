"""A time of day asked of an added guide ('what time is that in Kyiv?', 'hur dags?', 'mihin aikaan?', 'hoe laat?') is
answered by the sentence giving a clock time there, not by a dated line that merely has hours in it."""

from __future__ import annotations

import pytest

from erasbot.guidance.units import asked_units, figure_units
from tests.guidance.guides_in_memory import CB_VET_GUIDE, GuideInMemory

GUIDE = GuideInMemory(
    CB_VET_GUIDE,
    [
        (
            "8. Ondersteuning – 8.1 Infosessies",
            "Wij organiseren de volgende sessies:\n"
            "• donderdag 22 januari 2026, van 13.30 tot 16.30 uur: infonamiddag in Brussel met getuigenissen van coördinatoren;\n"
            "• woensdag 11 februari 2026, van 9.30 tot 12.30 uur: online schrijfatelier over de begroting.",
        ),
        (
            "7. Indienen – 7.1 Uiterste indieningsdatum",
            "Aanvragen moeten ten laatste op donderdag 26 februari 2026 om 17.00 uur (Brusselse tijd) worden "
            "ingediend.\n\n17.00 uur Brusselse tijd komt overeen met 16.00 uur in Lissabon en 18.00 uur in Chisinau "
            "en Kyiv. Het portaal aanvaardt geen aanvragen na dat tijdstip.",
        ),
    ],
)


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("The CB VET deadline is 17:00 Brussels time. Our Ukrainian partner asked what time that is in Kyiv?", "en"),
        ("CB VET: deadline är 17.00 i Bryssel. Hur dags är det i Kyiv?", "sv"),
        ("CB VET -haun määräaika on klo 17 Brysselin aikaa. Mihin aikaan se on Kyivissa?", "fi"),
        ("De CB VET-deadline is 17.00 uur Brusselse tijd. Hoe laat is dat in Kyiv?", "nl"),
    ],
)
def test_a_time_of_day_asked_is_answered_by_the_clock_time_given(question, lang) -> None:
    answer = GUIDE.ask(question, lang)
    assert not answer.abstained
    quotes = [line for line in answer.text.split("\n") if line.startswith(">")]
    assert "18.00 uur in Chisinau en Kyiv" in quotes[0]


@pytest.mark.parametrize(
    ("question", "units"),
    [
        ("what time is that in Kyiv?", {"hour"}),
        ("hur dags stänger portalen?", {"hour"}),  # 'dags' asks no days
        ("Hur många dagar före deadline, och hur dags?", {"hour", "day", "date"}),
        ("Moneltako haku päättyy?", {"hour"}),
        ("Om hoe laat sluit de oproep?", {"hour"}),
        ("What time frame applies to the project?", set()),
    ],
)
def test_a_time_of_day_is_asked_in_hours(question, units) -> None:
    assert asked_units(question) == units


@pytest.mark.parametrize(
    ("sentence", "hour"),
    [
        ("18.00 uur in Chisinau en Kyiv", True),
        ("The portal closes at 5 pm CET.", True),
        ("Haku päättyy klo 16 Suomen aikaa.", True),
        ("17:00:00 (Brussels time)", True),
        ("The fee is 12.50 euro per participant.", False),
        ("Version 1.2 of the guide, 1.500 euro.", False),
    ],
)
def test_a_clock_time_given_is_a_figure_in_hours(sentence, hour) -> None:
    assert ("hour" in figure_units(sentence)) is hour
