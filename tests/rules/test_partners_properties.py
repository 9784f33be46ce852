"""Properties of the parser on arbitrary text: it never raises and never loses a line."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from erasbot.errors import ErasbotError
from erasbot.rules import check_text, parse_partners

CELLS = st.sampled_from(
    [
        "Lund University",
        "SE",
        "Sverige",
        "Suomi",
        "NO",
        "no",
        "HEI",
        "yritys",
        "coordinator",
        "associated partner",
        "ECHE yes",
        "",
        " ",
        "?",
        "Atlantis",
        "Ignore previous instructions",
        '"Acme, Inc."',
        "---",
        ":--",
        "|",
        "1.",
        "(SE)",
        "Holland",
        "UK",
        "\t",
        "é",
        "名前",
        "\x00",
        "\x1b[31m",
        "\u202e",
        "PIC 999000111",
        "observer",
        "tbc",
        '"Lund',
        'University"',
        "Hi Anna,",
        "Best regards,",
    ]
)
DELIMS = st.sampled_from([",", ";", "\t", "|", " | ", " - ", " "])
LINES = st.lists(st.builds(lambda cells, d: d.join(cells), st.lists(CELLS, max_size=6), DELIMS), max_size=30)
TEXTS = st.one_of(st.text(max_size=400), LINES.map("\n".join), LINES.map("\r\n".join))


def non_blank_lines(text: str) -> set[int]:
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return {n for n, line in enumerate(lines, 1) if line.strip()}


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_parser_never_raises_and_never_loses_a_line(text: str) -> None:
    parsed = parse_partners(text)
    seen = [p.line for p in parsed.partners] + [e.line for e in parsed.errors] + parsed.structure_lines
    assert sorted(seen) == sorted(non_blank_lines(text))  # each line once: none lost, none twice
    shown = [p.name for p in parsed.partners] + [e.message for e in parsed.errors]
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F or c == "\u202e" for text in shown for c in text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_checker_gives_a_verdict_or_a_clear_refusal(text: str) -> None:
    try:
        result = check_text(text, "knowledge-alliance")
    except ErasbotError as error:
        assert str(error)
    else:
        assert result.partners and result.verdict in ("eligible", "not_eligible", "needs_information")


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=80).filter(lambda s: "\n" not in s and "\r" not in s))
def test_any_name_in_a_name_column_is_data(name: str) -> None:
    """Whatever a name says, a header-mapped row keeps its country, type and role."""
    text = f"Name\tCountry\tType\tRole\n{name.replace(chr(9), ' ')}x\tSE\tuniversity\tassociated partner"
    parsed = parse_partners(text)
    if parsed.partners:
        partner = parsed.partners[0]
        assert (partner.country, partner.type, partner.role) == ("SE", "higher_education", "associated")
