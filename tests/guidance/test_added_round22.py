"""Round 22's added Word draft: its tracked changes read as accepted (inserted text counts, deleted text and margin
comments do not), and a Finnish rule that something 'is not processed' is no statement of what the guide leaves out
('Määräajan jälkeen lähetettyjä hakemuksia ei käsitellä' made every question on sending things in refused)."""

from __future__ import annotations

from pathlib import Path

import pytest

from erasbot.guidance.reading import read_document, render
from erasbot.guidance.scope import says_out_of_scope

DRAFT = (
    Path(__file__).resolve().parents[2]
    / "evals"
    / "user_documents"
    / "blind22-koulujen-yhteistyokumppanuudet-ka220.docx"
)


@pytest.fixture(scope="module")
def draft() -> str:
    return render(read_document(DRAFT))


def test_a_draft_reads_with_its_changes_accepted(draft) -> None:
    assert "22.1.2026" in draft and "15.1.2026" not in draft  # the internal deadline moved
    assert "60 pistettä" in draft and "55 pistettä" not in draft  # the threshold raised
    assert "14 päivän kuluessa" in draft  # a paragraph inserted under a heading
    assert "Erasmus-päivä" not in draft  # a sentence deleted


def test_margin_comments_are_not_the_documents_text(draft) -> None:
    assert "65 pisteen" not in draft and "EDUFI" not in draft and "19.1." not in draft


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("Määräajan jälkeen lähetettyjä hakemuksia ei käsitellä.", False),
        ("Matkat eivät kuulu vähimmäismäärään.", False),
        ("Tässä ohjeessa ei käsitellä liikkuvuushankkeita.", True),
        ("Ammattikorkeakoulut eivät kuulu tämän ohjeen piiriin.", True),
    ],
)
def test_a_finnish_rule_is_no_statement_of_the_guides_scope(sentence, scope) -> None:
    assert says_out_of_scope(sentence) is scope
