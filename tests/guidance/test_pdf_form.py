"""A printed form made with LibreOffice (an agency's self-check with fill-in blanks, tick boxes, notes in small print
under each question, a table whose cells wrap, footnotes): read as its questions, notes, choices and tables. Blanks
and their labels go, a tick box leaves its choice's words as a list item, a table's wrapped cell stays one cell, and
the footnotes (printed in the same small type as the notes, which are most of the form's text) are read as
paragraphs, not as a table."""

from __future__ import annotations

from pathlib import Path

from erasbot.guidance.reading import read_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FORM = FIXTURES / "adult-partnership-self-check.pdf"
EYT = Path(__file__).resolve().parents[2] / "evals" / "user_documents" / "blind29-european-youth-together-selfcheck.pdf"


def _blocks(path: Path):
    return read_document(path).blocks


def test_blanks_and_tick_boxes_are_read_away():
    blocks = _blocks(FORM)
    assert not [b.text for b in blocks if "___" in b.text or "☐" in b.text]
    assert not [b for b in blocks if b.text.startswith("Name of the applicant organisation")]


def test_a_tick_box_leaves_its_choice_as_a_list_item_under_its_question():
    blocks = _blocks(FORM)
    items = [b for b in blocks if b.kind == "list_item"]
    visits = next(b for b in items if b.text == "short learning visits for staff of the partner organisations")
    assert visits.section.startswith("B.2 Which activities do you plan?")


def test_a_note_stays_under_its_question_not_under_a_field_line():
    blocks = _blocks(FORM)
    note = next(b for b in blocks if b.text.startswith("Note: Newcomer organisations are welcome"))
    assert note.section.startswith("B.1 Does the partnership include")


def test_a_wrapped_table_cell_stays_one_cell():
    rows = [b for b in _blocks(FORM) if b.kind == "table_row" and b.section.startswith("Table 1")]
    assert len(rows) == 2
    assert "Timetable of the activities planned with the learners" in rows[0].cells[2]
    assert rows[1].cells[3] == "At least one activity abroad with learners"


def test_footnotes_in_the_forms_small_type_are_paragraphs_without_their_numbers():
    blocks = _blocks(FORM)
    note = next(b for b in blocks if "21 calendar days" in b.text)
    assert note.kind == "paragraph"
    assert note.text.startswith("Requests for a review")
    assert not [b for b in blocks if "Page 1 of 1" in b.text]


def test_footnotes_numbered_over_pages_are_not_rows_of_the_table_they_follow():
    blocks = _blocks(EYT)
    criteria = [b for b in blocks if b.kind == "table_row" and b.section.startswith("Table 3")]
    assert [b.cells[0] for b in criteria][-1] == "Total"
    assert not [b for b in criteria if "40%" in b.text]
    ceiling = next(b for b in blocks if "may receive more than 40% of the lump sum" in b.text)
    assert ceiling.kind == "paragraph" and ceiling.text.startswith("No single organisation")
