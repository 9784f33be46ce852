"""Reading a PDF printed in two columns (a national agency's factsheet set as a newsletter, LibreOffice's export:
evals/user_documents/blind21-virtuella-utbyten-faktablad.pdf).

Read by height alone, the two columns' lines at one height became one line of two 'cells', so every passage was
the left column's sentence and the right column's sentence cut into each other. Read column by column, a
sentence runs on from the foot of one column to the top of the next, a full-width table between two sections of
columns keeps its rows, a paragraph printed in bold is a paragraph, and a box of questions and answers keeps its
questions apart.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from erasbot.guidance.reading import read_document
from erasbot.guidance.reading.pdf_columns import flows
from erasbot.guidance.reading.pdf_fragments import Fragment

FACTSHEET = Path(__file__).resolve().parents[2] / "evals" / "user_documents" / "blind21-virtuella-utbyten-faktablad.pdf"


@pytest.fixture(scope="module")
def factsheet():
    return read_document(FACTSHEET)


def _texts(document, kind: str) -> list[str]:
    return [b.text for b in document.blocks if b.kind == kind]


def test_no_block_runs_one_columns_words_into_the_others(factsheet) -> None:
    # at one height: the left column's 'unga människor och studenter i Europa och i utvalda part-' and, in the right
    # column, a sentence about the regions
    # (the title block's line 'SPIU FAKTABLAD | Nr 4/2025 | 20 november 2025' prints its bars)
    cut = [b.text for b in factsheet.blocks if " | " in b.text and b.kind != "table_row"]
    assert cut == ["SPIU FAKTABLAD | Nr 4/2025 | 20 november 2025"]
    assert any(
        "låter unga människor och studenter i Europa och i utvalda partnerregioner mötas, diskutera och samarbeta"
        in text
        for text in _texts(factsheet, "paragraph")
    )


def test_a_sentence_goes_on_from_the_foot_of_the_left_column_to_the_top_of_the_right(factsheet) -> None:
    assert any(
        "Den andra gruppen är berättigade tredjeländer som inte är associerade till programmet, i fyra partnerregioner:"
        in text
        for text in _texts(factsheet, "paragraph")
    )


def test_the_full_width_table_between_two_sections_of_columns_keeps_its_rows(factsheet) -> None:
    rows = _texts(factsheet, "table_row")
    assert "Nivå 3 | 2 000 | 50 | 400 000 euro" in rows
    assert "Kvalitet i utformning och genomförande | 30" in rows
    texts = [b.text for b in factsheet.blocks]
    # read after the columns above it: the participants' section ends before the table's caption
    caption = next(i for i, t in enumerate(texts) if t.startswith("Tabell 1."))
    assert any(t.startswith("Hur mycket tid?") for t in texts[:caption])


def test_a_lead_paragraph_printed_in_bold_is_one_paragraph_not_a_heading(factsheet) -> None:
    lead = next(t for t in _texts(factsheet, "paragraph") if t.startswith("Vill ni låta studenter"))
    assert lead.endswith("hur ni söker och hur vi på SPIU kan hjälpa till.")
    assert not [h for h in _texts(factsheet, "heading") if h.startswith("Vill ni")]


def test_a_question_in_bold_after_an_answer_starts_a_paragraph_of_its_own(factsheet) -> None:
    assert "Får deltagarna något intyg?" in _texts(factsheet, "paragraph")


def _fragment(text: str, x: float, y: float, width: float) -> Fragment:
    return Fragment(text, x, y, 10.0, False, width)


def test_a_page_drawn_column_by_column_splits_where_the_next_column_starts_at_the_top() -> None:
    left = [_fragment(f"left line {n}", 50, 700 - 14 * n, 235) for n in range(10)]
    right = [_fragment(f"right line {n}", 305, 700 - 14 * n, 235) for n in range(10)]
    assert flows(left + right, 595) == [left, right]


def test_a_tables_tall_cell_of_short_lines_is_no_column() -> None:
    # a table drawn cell by cell (as LibreOffice does): a cell of ten short lines, then the next cell of the row
    cell = [_fragment(f"item {n}", 50, 700 - 14 * n, 40) for n in range(10)]
    beside = [_fragment("EUR 21 000", 305, 700, 50)]
    assert flows(cell + beside, 595) == [cell + beside]


def test_a_page_in_one_column_is_one_flow_even_with_its_footer_drawn_first() -> None:
    footer = [_fragment("Sida 1 av 4", 400, 40, 60)]
    body = [_fragment(f"line {n}", 50, 780 - 14 * n, 480) for n in range(30)]
    assert flows(footer + body, 595) == [footer + body]


def test_a_pull_quote_in_large_type_is_a_paragraph_and_heads_nothing(factsheet) -> None:
    quote = "”Vi hade 240 deltagare i första omgången, och nästan hälften av dem hade aldrig tidigare pratat med"
    assert any(t.startswith(quote) for t in _texts(factsheet, "paragraph"))
    assert not [h for h in _texts(factsheet, "heading") if "240 deltagare" in h or h.startswith("omgången")]
    # the participants' paragraph under it stays in its own section
    participants = next(b for b in factsheet.blocks if b.text.startswith("Hur mycket tid?"))
    assert "240" not in (participants.section or "")
