"""Amounts and durations in the words around a pasted list, as people write them (issue 11)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from erasbot.errors import ErasbotError
from erasbot.rules.amounts import grant, number
from erasbot.rules.prose import project_facts, split_list


@pytest.mark.parametrize(
    "prose, amount",
    [
        ("EUR 700.000,00", 700_000),
        ("EUR 700 000", 700_000),
        ("EUR 700\u00a0000", 700_000),
        ("EUR 700,000.00", 700_000),
        ("700000 euro", 700_000),
        ("€ 850.000", 850_000),
        ("EUR 0,7 milj.", 700_000),
        ("1 miljoen euro", 1_000_000),
        ("het budget is 1 miljoen", 1_000_000),
        ("€1M", 1_000_000),
        ("1,5 miljoonaa euroa", 1_500_000),
        ("EUR 1.5 million", 1_500_000),
        ("bidrag 900 tusen euro", 900_000),
        ("EUR 950k", 950_000),
        ("We ask for EUR 1,000,000, for three years.", 1_000_000),
        ("no amount here", None),
    ],
)
def test_amounts_in_the_ways_people_write_them(prose: str, amount: int | None) -> None:
    assert grant(prose) == amount


def test_european_decimals_are_not_read_as_a_hundred_times_more() -> None:
    """'EUR 700.000,00' was read as EUR 70,000,000 and the grant rule failed."""
    assert project_facts("Knowledge Alliance, 24 months, EUR 700.000,00") == (24, 700_000)


@pytest.mark.parametrize(
    "prose, months",
    [
        ("24 months", 24),
        ("24 kk", 24),
        ("24 mån", 24),
        ("24 maanden", 24),
        ("a 24-month project", 24),
        ("2 år", 24),
        ("drie jaar", 36),
        ("tre år", 36),
        ("kaksi vuotta", 24),
        ("kahden vuoden hanke", 24),
        ("two years", 24),
        ("1,5 years", 18),
        ("36 months (3 years)", 36),
        ("", None),
    ],
)
def test_durations_in_the_ways_people_write_them(prose: str, months: int | None) -> None:
    assert project_facts(prose)[0] == months


@pytest.mark.parametrize(
    "prose, words",
    [
        ("EUR 1.5.3 million", '"1.5.3"'),
        ("EUR 7000.0000", '"7000.0000"'),
        ("EUR 700.000 or EUR 1.000.000", "more than one way"),
        ("24-36 months", '"24-36 months"'),
        ("24 months or 36 months", "more than one way"),
        ("2,3 years", "whole months"),
    ],
)
def test_ambiguous_values_are_refused_naming_the_text(prose: str, words: str) -> None:
    with pytest.raises(ErasbotError) as error:
        project_facts(prose)
    assert words in str(error.value)


@pytest.mark.parametrize(
    "prose",
    ["EUR 10^26", "EUR 100000000000000000000000000", "1e26 euro", "EUR 250 million", "130 months", "10^26 months"],
)
def test_absurd_values_are_refused_not_a_traceback(prose: str) -> None:
    with pytest.raises(ErasbotError, match="not a plausible"):
        project_facts(prose)


@pytest.mark.parametrize("lang, words", [("sv", "Beloppet"), ("fi", "Summan"), ("nl", "Het bedrag")])
def test_refusals_are_in_the_users_language(lang: str, words: str) -> None:
    with pytest.raises(ErasbotError, match=words):
        project_facts("EUR 1.5.3", lang)


@pytest.mark.parametrize(
    "text, value",
    [("700.000", 700_000), ("700,000", 700_000), ("1.234.567", 1_234_567), ("1.234,5", 1234.5), ("0,7", 0.7)],
)
def test_digit_groups_and_decimal_marks(text: str, value: float) -> None:
    assert float(number(text)) == value


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_prose_gives_facts_or_a_clear_refusal(prose: str) -> None:
    try:
        duration, amount = project_facts(prose)
    except ErasbotError as error:
        assert str(error) and not any(ord(c) < 32 for c in str(error))
    else:
        assert duration is None or 0 <= duration <= 120
        assert amount is None or 0 <= amount <= 100_000_000


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=100_000_000))
def test_every_way_of_grouping_an_amount_reads_the_same(amount: int) -> None:
    plain = str(amount)
    groups = f"{amount:,}"
    for written in (plain, groups, groups.replace(",", "."), groups.replace(",", " "), groups + ".00"):
        assert grant(f"EUR {written}") == amount, written
    assert grant(f"EUR {groups.replace(',', '.')},00") == amount


def test_the_list_keeps_its_line_numbers_when_prose_is_split_off() -> None:
    prose, listed = split_list("Check this, 24 kk, EUR 700.000,00:\nKTH, SE, HEI\nAalto, FI, HEI")
    assert project_facts(prose) == (24, 700_000)
    assert listed.split("\n") == ["", "KTH, SE, HEI", "Aalto, FI, HEI"]
