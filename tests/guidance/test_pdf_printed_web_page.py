"""Reading a web page an office printed to PDF with the browser (a Swedish agency's page on Capacity Building in Higher
Education: evals/user_documents/blind26-kapacitetsuppbyggnad-hogre-utbildning.pdf, Chromium's "Save as PDF").

The page's lines stand 1.56 font sizes apart, and so do the lines of a wrapped table cell, a little unevenly (17.3 and
18.0 points at 11.2 points): a cell's second line ('omvandling', 'påbörja validering', '(Brysseltid)') was read as a
row of its own, with the first cell of the row above copied into it. A table whose rows are numbered ('1. Västra
Balkan') was read as a numbered list whose items ran the row's cells together. The metadata title is the page's
<title>, with the site's name after a bar."""

from __future__ import annotations

from pathlib import Path

import pytest

from erasbot.guidance.reading import read_document

PAGE = (
    Path(__file__).resolve().parents[2]
    / "evals"
    / "user_documents"
    / "blind26-kapacitetsuppbyggnad-hogre-utbildning.pdf"
)


@pytest.fixture(scope="module")
def page():
    return read_document(PAGE)


def _texts(document, kind: str) -> list[str]:
    return [b.text for b in document.blocks if b.kind == kind]


def test_the_title_is_the_page_s_heading_without_the_site_s_name(page) -> None:
    assert page.title == "Kapacitetsuppbyggnad inom högre utbildning (CBHE) – utlysning 2026"


@pytest.mark.parametrize(
    "row",
    [
        "Spår 2 – Partnerskap för omvandling | 400 000 – 800 000 euro | 24 eller 36 månader | 6",
        "senast 15 december 2025 | Rekommenderat sista datum för att registrera PIC och påbörja validering",
        "torsdag 12 februari 2026, kl. 17.00 (Brysseltid) | Sista ansökningsdag",
        "Efter att bidragsavtalet har undertecknats | – | Förfinansiering på 40 % av bidraget, inom 30 dagar",
    ],
)
def test_a_cell_wrapped_over_lines_stays_in_its_row(page, row) -> None:
    assert row in _texts(page, "table_row")


def test_no_row_is_a_cell_s_second_line_alone(page) -> None:
    rows = _texts(page, "table_row")
    assert not [r for r in rows if r.startswith(("omvandling", "(Brysseltid)", "undertecknats"))]
    assert not [r for r in rows if r.endswith("| påbörja validering")]


def test_a_table_whose_rows_are_numbered_is_read_cell_by_cell(page) -> None:
    rows = _texts(page, "table_row")
    assert any(
        r.startswith("1. Västra Balkan | Albanien, Bosnien och Hercegovina, Kosovo, Montenegro | Nej | Ja")
        for r in rows
    )
    assert any(r.startswith("9. Afrika söder om Sahara | Etiopien, Ghana, Kenya, Rwanda, Tanzania |") for r in rows)
    assert not [t for t in _texts(page, "list_item") if t.startswith("1. Västra Balkan")]


def test_the_browser_s_header_and_footer_are_not_text(page) -> None:
    assert not [b.text for b in page.blocks if "file:///" in b.text or "PM" in b.text.split()]
