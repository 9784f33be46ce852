"""Reading a brochure that LibreOffice laid out in two columns, justified, with soft hyphens in long Finnish words,
text boxes beside the columns and bold questions as headings (a Finnish agency's leaflet on adult-education mobility:
evals/user_documents/blind25-aikuiskoulutuksen-liikkuvuus-esite.pdf).

A narrow justified column stretches its few gaps far: pypdf prints such a gap as two spaces, and the pieces of a word
split at its soft hyphens ('Lyhyt' 'kes' 'toi' 'nen') start further right by that stretch, so they were read as a
table's cells; pieces that start where another line's piece does were cells too. The last page's left column (short
questions and answers) was not told from the right one, so its lines ran into the contacts beside it. A bold question
wrapped over two lines lost its second line ('Sveitsiin?') to the text, the metadata title was the file's working
name, and a table's two headings in small type, or a right-aligned dash, ran into the cell before."""

from __future__ import annotations

from pathlib import Path

import pytest

from erasbot.guidance.reading import read_document
from erasbot.guidance.reading.pdf import _FILE_NAME_TITLE

BROCHURE = (
    Path(__file__).resolve().parents[2] / "evals" / "user_documents" / "blind25-aikuiskoulutuksen-liikkuvuus-esite.pdf"
)


@pytest.fixture(scope="module")
def brochure():
    return read_document(BROCHURE)


def _texts(document, kind: str) -> list[str]:
    return [b.text for b in document.blocks if b.kind == kind]


@pytest.mark.parametrize(
    "words",
    [
        "yhteistyön avulla. Lyhytkestoinen liikkuvuushanke (KA122-ADU) on tarkoitettu",
        "joiden perustaidot – luku-, numero- tai digitaidot – ovat heikot",
        "Kaikkien liikkuvuusjaksojen on päätyttävä ennen hankkeen viimeistä päivää",
        "Saattajista ei makseta organisaatiotukea.",
        "yhteensä vähintään 60 pistettä sadasta ja kustakin kriteeristä vähintään puolet",
        "Yksi osallistuja voi saada kurssimaksutukea yhteensä enintään 800 euroa koko hankkeen aikana.",
    ],
)
def test_a_word_printed_in_pieces_on_a_justified_line_is_one_word(brochure, words) -> None:
    assert any(words in text for text in _texts(brochure, "paragraph"))
    assert not any(max(words.split(), key=len) in row for row in _texts(brochure, "table_row"))


def test_only_the_tables_rows_are_table_rows(brochure) -> None:
    rows = _texts(brochure, "table_row")
    assert len(rows) == 21  # 7 distance bands, 3 country groups, 11 budget lines
    assert all("€" in row or row.startswith("Yhteensä") for row in rows)


def test_the_columns_of_the_last_page_are_read_one_after_the_other(brochure) -> None:
    paragraphs = _texts(brochure, "paragraph")
    answer = next(p for p in paragraphs if p.startswith("Ei. KA122-ADU-hankkeiden jaksot"))
    assert answer.endswith("Yhdistynyt kuningaskunta ja Sveitsi eivät kuulu niihin.")
    contacts = [item for item in _texts(brochure, "list_item") if "@okkv.fi" in item]
    assert len(contacts) == 4 and not any("Voi" in item for item in contacts)


def test_a_bold_question_wrapped_over_two_lines_is_one_heading(brochure) -> None:
    headings = _texts(brochure, "heading")
    assert "Voiko jakso suuntautua Isoon-Britanniaan tai Sveitsiin?" in headings
    assert "Voivatko kaksi kansalaisopistoa hakea yhdessä?" in headings
    sections = {b.section for b in brochure.blocks if "eivät kuulu niihin" in b.text}
    assert sections == {"Voiko jakso suuntautua Isoon-Britanniaan tai Sveitsiin?"}


def test_the_title_is_the_cover_s_not_the_file_s_working_name(brochure) -> None:
    assert brochure.title == "Aikuiskoulutuksen liikkuvuushankkeet (KA122-ADU)"


@pytest.mark.parametrize(
    ("title", "working_name"),
    [
        ("esite_KA122_v4_FINAL", True),
        ("gids-v2-definitief", True),
        ("Call 2026 draft", True),
        ("Erasmus+ Teacher Academies – Guide for applicants", False),
        ("Oproepgids CB VET", False),
        ("KA171 – informationswebbinarium", False),
    ],
)
def test_a_metadata_title_that_is_a_working_name_is_not_taken(title, working_name) -> None:
    assert bool(_FILE_NAME_TITLE.match(title)) is working_name


def test_table_headings_in_small_type_and_a_right_aligned_dash_are_cells_of_their_own(brochure) -> None:
    rows = [b for b in brochure.blocks if b.kind == "table_row"]
    group = next(b for b in rows if b.cells[0] == "Maaryhmä 3")
    assert group.cells[2:] == ("115 €", "79 €")
    assert group.header[2:] == ("Henkilöstö ja saattajat", "Aikuisopiskelijat")
    far = next(b for b in rows if b.cells[0] == "4 000–7 999 km")
    assert far.cells[1:] == ("1 188 €", "–")
