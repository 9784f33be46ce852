"""A count asked of an added guide is answered only by a sentence stating a count of things: a question on how many
partners, degrees or projects is not answered by a sentence giving years, sums or a share, and one on how many hours,
months, points, pages or per cent is no count of things at all (round 17's memo)."""

from __future__ import annotations

import pytest

from erasbot.guidance.scope import counts_things, states_count


@pytest.mark.parametrize(
    ("question", "things"),
    [
        ("Is there a maximum number of partners in a consortium?", True),
        ("Finns det krav på ett minsta antal gemensamma examina som alliansen måste starta under de fyra åren?", True),
        ("Hoeveel partners zijn minimaal nodig?", True),
        ("How many hours a week do I have to teach?", False),
        ("Hur många månader kan en student som mest få stöd?", False),
        ("hoeveel pagina's mag deel B maximaal zijn", False),
        ("Kuinka monta pistettä hakemus tarvitsee vähintään?", False),
        ("Hur många procent av bidraget betalas ut som förskott?", False),
        ("Kuinka monta ECTS-opintopistettä opiskelija saa?", False),
    ],
)
def test_what_a_question_counts_follows_the_words_asking_how_many(question, things) -> None:
    assert counts_things(question) is things


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Een alliantie bestaat uit ten minste drie hogeronderwijsinstellingen uit drie landen.", True),
        ("Inmiddels zijn er 65 allianties met samen ruim 570 instellingen.", True),
        ("minst tre", True),
        ("Na vier jaar verwacht de Commissie in elk geval de volgende resultaten.", False),
        ("Het wordt berekend als EUR 400.000 per volwaardige partner per jaar.", False),
        ("De deadline is 1 september 2026.", False),
        ("Projects last 24 months.", False),
        ("The EU grant covers ten hoogste 80% of the costs.", False),
    ],
)
def test_a_count_is_a_figure_of_things_not_a_year_a_sum_a_date_or_a_length_of_time(sentence, count) -> None:
    assert states_count(sentence) is count


def test_no_maximum_bounds_a_count_and_a_figure_of_another_country_answers_nothing() -> None:
    from erasbot.guidance.added_figures import gives_asked, other_country

    assert gives_asked("Er is geen maximum aantal partners, maar houd het klein.", {"count"})
    assert not gives_asked("Na vier jaar verwacht de Commissie een gezamenlijke strategie.", {"count"})
    dutch = ["> “Het Nederlandse nationaal agentschap heeft in 2026 in totaal € 2.100.000 beschikbaar.” [1]"]
    assert other_country("Hur stor budget har det svenska nationella kontoret 2026?", dutch)
    assert not other_country("Hoeveel budget heeft het Nederlandse agentschap?", dutch)
    assert not other_country("Hur stor budget finns det 2026?", dutch)  # no country asked
