"""Reading a handbook LibreOffice exported with twelve footnotes, a contents page and a glossary printed with hanging
indents (a Flemish agency's guide to Capacity Building in the field of Youth: evals/user_documents/blind31-
capaciteitsopbouw-jeugd-handleiding.pdf).

Footnotes were read where the page's foot put them: inside the list the page broke, and under the heading of the
section printed last on the page, so the exception to a rule stood in another section than the rule (the cap on
equipment under 'eligible activities', the tie-break under 'payments'). A note going on at the next page's foot became
a paragraph of its own, a line of text ending on the glossary's name ('(PIC, zie de' / 'Begrippenlijst).') became a
heading every later section was put under, and the glossary's entries ran together. Now a note the page's foot puts
between the items of a list is read after the whole list (moving notes into the section referring to them was measured
and cost more answers on the other added guides than it won), a note goes on over the page break, a heading of the
outline is a line with its brackets closed, and a line back at a hanging indent's first place starts a paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest

from erasbot.guidance.reading import read_document

HANDBOOK = (
    Path(__file__).resolve().parents[2] / "evals" / "user_documents" / "blind31-capaciteitsopbouw-jeugd-handleiding.pdf"
)


@pytest.fixture(scope="module")
def handbook():
    return read_document(HANDBOOK)


def _block(document, start: str):
    return next(b for b in document.blocks if b.text.startswith(start))


def test_no_footnote_stands_between_the_items_of_a_list(handbook) -> None:
    texts = [b.text for b in handbook.blocks]
    regions = [i for i, t in enumerate(texts) if t.startswith("• regio ")]
    conditions = [
        i
        for i, t in enumerate(texts)
        if t[:3] in {"1. ", "2. ", "3. ", "4. "} and "organisatie" in t or t.startswith("3. alle partnerlanden")
    ]
    assert regions == list(range(regions[0], regions[0] + 6))  # the six regions in one list
    assert conditions == list(range(conditions[0], conditions[0] + 4))  # the consortium's four conditions
    # the notes are read all the same, each a paragraph of its own
    assert any(t.startswith("Uitzondering: een project mag partnerlanden uit regio 10") for t in texts)
    assert any(t.startswith("Deze benaming laat de standpunten over de status van Kosovo") for t in texts)


def test_a_footnote_going_on_at_the_next_pages_foot_is_one_paragraph(handbook) -> None:
    note = _block(handbook, "Per activiteit mogen maximaal twee reisdagen")
    assert "regio 9, 10 of 11 zijn maximaal vier reisdagen toegestaan" in note.text
    assert not any(b.text.startswith("of 11 zijn") for b in handbook.blocks)
    assert not any(b.kind == "table_row" and "deelnemersbijdrage" in b.text for b in handbook.blocks)


def test_a_line_of_text_ending_on_a_headings_words_is_no_heading(handbook) -> None:
    headings = [b.text for b in handbook.blocks if b.kind == "heading"]
    assert not any(h.startswith("Begrippenlijst)") for h in headings)
    assert _block(handbook, "Programmalanden zijn de 27 lidstaten").section == "2.2 Programmalanden en partnerlanden"
    assert "(PIC, zie de Begrippenlijst)." in _block(handbook, "Informele groepen van jongeren").text


def test_the_glossarys_entries_printed_with_hanging_indents_are_paragraphs_of_their_own(handbook) -> None:
    entries = [b.text for b in handbook.blocks if b.section == "Begrippenlijst" and b.kind == "paragraph"]
    assert len(entries) == 9
    assert entries[4].startswith("Jongerenwerker – beroepskracht of vrijwilliger")
    assert entries[4].endswith("ten minste zes maanden actief is in een jeugdorganisatie.")
