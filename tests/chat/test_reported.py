"""A question passed on by who asked it, or opened by the asker's own job, is read without them."""

from __future__ import annotations

import pytest

from erasbot.chat.reported import without_reporter


@pytest.mark.parametrize(
    ("message", "read"),
    [
        ("An applicant wants to know if a company can apply?", "a company can apply?"),
        ("Ok. En kund undrar om man kan söka själv?", "Ok. man kan söka själv?"),
        ("Een aanvrager vraagt of een bedrijf kan coördineren?", "een bedrijf kan coördineren?"),
        ("Asiakas kysyy, voiko yritys koordinoida?", "voiko yritys koordinoida?"),
        ("I coordinate projects at a school in Leiden. Can we apply?", "I work at a school in Leiden. Can we apply?"),
        ("Jag är projektsamordnare på Komvux i Lund. Får vi söka?", "jag jobbar på Komvux i Lund. Får vi söka?"),
    ],
)
def test_who_passed_the_question_on_is_no_part_of_it(message: str, read: str) -> None:
    assert without_reporter(message) == read


@pytest.mark.parametrize(
    "message",
    [
        "A Norwegian company wants to know if it can coordinate?",  # the company is the subject asked about
        "Can I coordinate the project myself?",
        "We coordinate the project: is that allowed for a university from Chile?",
    ],
)
def test_a_subject_of_the_guidance_is_kept(message: str) -> None:
    assert without_reporter(message) == message
