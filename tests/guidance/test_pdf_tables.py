"""A PDF table whose cells wrap over several printed lines reads as its rows: each cell's lines joined,
each row whole with its column headings, so a question about a country printed on a wrapped line of a
country-group cell finds its group and its amount.

The PDFs were made by LibreOffice from the Markdown sources beside them (tests/fixtures/README.md): a
Dutch one whose table text is spaced at 125 % (its lines stand further apart than 1.3 font sizes), and
an English one with Word's default cell padding (no padding above and below, so rows stand as close
as the lines of a cell). Both have a bold header row, a header cell printed over two lines, country
lists wrapped over up to six lines in the first column and notes wrapped in the last.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from erasbot.guidance.corpus import DocumentInfo, chunk_document, clean_text, split_sentences
from erasbot.guidance.documents import read_text
from erasbot.guidance.engine import Engine
from erasbot.guidance.reading import Block, parse_document, read_document
from erasbot.guidance.reading.pdf import Line, _Builder, _Typography
from erasbot.guidance.selection import with_list
from erasbot.settings import REPO_ROOT, load_settings

FIXTURES = Path(__file__).parents[1] / "fixtures"
DUTCH = FIXTURES / "dagvergoedingen-landengroepen.pdf"  # table text at 125 % line height, cells padded
ENGLISH = FIXTURES / "daily-allowances-country-groups.pdf"  # Word-like cells: rows as close as lines
PDFS = [DUTCH, ENGLISH]


def _sentences(pdf: Path) -> list[str]:
    document = read_document(pdf)
    info = DocumentInfo("doc", document.title, "", "user document", (), "", "2021-2027")
    return [s for c in chunk_document(info, clean_text(read_text(pdf))) for s in split_sentences(c.text)]


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_a_pdf_with_wrapped_table_cells_reads_as_its_source_does(pdf):
    assert read_text(pdf) == read_text(pdf.with_suffix(".md"))


@pytest.mark.parametrize(
    ("pdf", "row"),
    [
        (
            DUTCH,
            (
                "Landengroep: Groep 2: België, Cyprus, Duitsland, Frankrijk, Griekenland, Italië, Malta, Nederland, "
                "Oostenrijk, Portugal, Spanje; Deelnemers per dag: € 130; Begeleiders per dag: € 165"
            ),
        ),
        (
            ENGLISH,
            (
                "Country group: Group 3: Bulgaria, Croatia, Czechia, Estonia, Hungary, Latvia, Lithuania, North "
                "Macedonia, Poland, Romania, Serbia, Slovakia, Slovenia, Türkiye; Learners per day: EUR 88; "
                "Accompanying persons per day: EUR 140"
            ),
        ),
        (
            DUTCH,  # the last column wrapped over three lines, the second column's heading over two
            (
                "Afstand: 100 tot 499 km; Bedrag per deelnemer: € 180; Toelichting: Bij groen reizen (trein, bus, "
                "carpool) geldt € 210 en krijgt de deelnemer tot vier extra reisdagen."
            ),
        ),
        (
            ENGLISH,
            (
                "Distance: 100 to 499 km; Amount per participant: EUR 211; Notes: For green travel (train, bus, car "
                "sharing) the amount is EUR 285 and up to four extra travel days are paid."
            ),
        ),
    ],
)
def test_a_row_with_wrapped_cells_is_one_sentence_with_its_column_headings(pdf, row):
    sentences = _sentences(pdf)
    assert any(row in s for s in sentences)


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_no_wrapped_line_of_a_cell_stands_alone_and_the_text_after_the_table_is_not_in_it(pdf):
    blocks = read_document(pdf).blocks
    rows = [b for b in blocks if b.kind == "table_row"]
    assert len(rows) == 6  # three country groups, three distances
    for country in ("Zweden", "Spanje", "Turkije", "Sweden", "Spain", "Türkiye"):
        assert not any(b.kind == "paragraph" and country in b.text for b in blocks)
    after = ("De bedragen zijn vaste bedragen per dag.", "The amounts are unit costs per day.")
    assert any(b.kind == "paragraph" and b.text.startswith(after) for b in blocks)
    assert not any(any(a in r.text for a in after) for r in rows)


@pytest.fixture(scope="module")
def tables_engine(tmp_path_factory):
    data = tmp_path_factory.mktemp("tables-data")
    # the bundled model: which passage a country's question finds is the point, so no stand-in embedder
    built = Engine(load_settings({"ERASBOT_DATA_DIR": str(data), "ERASBOT_CORPUS_DIR": str(REPO_ROOT / "corpus")}))
    built.library.add_user_document(DUTCH, "nl", (), "2021-2027")
    built.library.add_user_document(ENGLISH, "en", (), "2021-2027")
    built.ingest()
    return built


@pytest.mark.parametrize(
    ("question", "language", "amount", "other_amounts"),
    [
        # each country is printed on a wrapped line of its group's cell, not beside the amounts
        ("Wat is het dagbedrag voor deelnemers in Oostenrijk?", "nl", "€ 130", ("€ 142", "€ 118")),
        ("Hoeveel krijgt een deelnemer per dag in Slowakije?", "nl", "€ 118", ("€ 142", "€ 130")),
        ("What is the daily amount for learners in Luxembourg?", "en", "EUR 121", ("EUR 104", "EUR 88")),
        ("How much does a learner get per day in Slovenia?", "en", "EUR 88", ("EUR 121", "EUR 104")),
    ],
)
def test_a_question_about_a_country_on_a_wrapped_line_gets_its_groups_amount(
    tables_engine, question, language, amount, other_amounts
):
    answer = tables_engine.ask(question, language=language)
    assert not answer.abstained
    assert amount in answer.text
    assert not any(other in answer.text for other in other_amounts)


def test_html_and_markdown_table_cells_of_several_lines_are_one_row():
    html = (
        "<table><tr><th>Landengroep</th><th>Deelnemers per dag</th></tr>"
        "<tr><td><p>Groep 2: België, Cyprus,</p><p>Duitsland, Frankrijk</p></td><td>€ 130<br>per dag</td></tr>"
        "</table>"
    )
    rows = [b for b in parse_document(html.encode(), ".html").blocks if b.kind == "table_row"]
    assert [b.cells for b in rows] == [("Groep 2: België, Cyprus, Duitsland, Frankrijk", "€ 130 per dag")]
    markdown = "| Landengroep | Deelnemers per dag |\n|---|---|\n| Groep 2: België, Cyprus,<br>Duitsland | € 130 |\n"
    rows = [b for b in parse_document(markdown.encode(), ".md").blocks if b.kind == "table_row"]
    assert [b.header for b in rows] == [("Landengroep", "Deelnemers per dag")]
    assert rows[0].cells[0] == "Groep 2: België, Cyprus, Duitsland"


def _read_lines(lines: list[Line]) -> list[Block]:
    builder = _Builder(_Typography(body_size=12.0, spacing=14.4, full_width=90), set())
    for line in lines:
        builder.add(line, None)
    builder.close()
    return builder.blocks


def _line(y: float, *cells: tuple[float, str], size: float = 11.0, bold: bool = False) -> Line:
    return Line(0, y, cells[0][0], size, bold, list(cells))


def test_rows_as_close_as_a_cells_lines_are_told_apart_by_filling_their_columns():
    # no border, no padding: every line 12.6 points under the one before
    blocks = _read_lines(
        [
            _line(700.0, (72, "Group 1: Denmark, Finland,"), (230, "EUR 121"), (330, "EUR 180")),
            _line(687.4, (72, "Iceland, Norway")),
            _line(674.8, (72, "Group 2: Austria, Belgium,"), (230, "EUR 104"), (330, "EUR 160")),
            _line(662.2, (72, "Germany, Spain")),
            _line(649.6, (72, "The amounts are unit costs per day, paid for each day of the activity."), size=12.0),
        ]
    )
    assert [b.cells for b in blocks if b.kind == "table_row"] == [
        ("Group 1: Denmark, Finland, Iceland, Norway", "EUR 121", "EUR 180"),
        ("Group 2: Austria, Belgium, Germany, Spain", "EUR 104", "EUR 160"),
    ]
    assert blocks[-1].kind == "paragraph" and blocks[-1].text.startswith("The amounts")


def test_a_line_in_the_first_columns_place_too_wide_for_it_is_the_text_after_the_table():
    blocks = _read_lines(
        [
            _line(700.0, (72, "Group 1: Denmark, Finland,"), (230, "EUR 121")),
            _line(687.4, (72, "Iceland, Norway")),
            # same size, same left edge, as close: but it runs across the second column
            _line(674.8, (72, "Participants with fewer opportunities receive inclusion support on top of this.")),
        ]
    )
    assert [b.kind for b in blocks] == ["table_row", "paragraph"]
    assert blocks[0].cells == ("Group 1: Denmark, Finland, Iceland, Norway", "EUR 121")


def test_a_row_broken_by_a_page_break_goes_on_and_a_list_item_at_the_top_of_the_next_page_stays_one():
    first = _line(80.0, (72, "100 to 499 km"), (230, "EUR 211"), (330, "For green travel the amount is"))
    going_on = Line(1, 760.0, 330, 11.0, False, [(330, "EUR 285.")])
    item = Line(1, 740.0, 105, 11.0, False, [(105, "• Travel days count for individual support.")])
    blocks = _read_lines([first, going_on, item])
    assert blocks[0].cells == ("100 to 499 km", "EUR 211", "For green travel the amount is EUR 285.")
    assert blocks[1].kind == "list_item" and blocks[1].text.startswith("• Travel days")


TABLE_PASSAGE = (
    "De bedragen per dag:\n"
    "• Landengroep: Groep 1: Denemarken, Finland; Deelnemers per dag: € 142\n"
    "• Landengroep: Groep 2: België, Oostenrijk; Deelnemers per dag: € 130\n"
    "• Landengroep: Groep 3: Polen, Slowakije; Deelnemers per dag: € 118"
)


def test_a_quoted_row_stands_alone_when_the_question_names_its_key_and_else_comes_with_its_table():
    row = "• Landengroep: Groep 2: België, Oostenrijk; Deelnemers per dag: € 130"
    alone = with_list(row, TABLE_PASSAGE, asked="Wat krijgt een deelnemer per dag in Oostenrijk?")
    assert alone == "Landengroep: Groep 2: België, Oostenrijk; Deelnemers per dag: € 130"
    whole = with_list(row, TABLE_PASSAGE, asked="Wat is het bedrag per dag voor deelnemers?")
    assert all(amount in whole for amount in ("€ 142", "€ 130", "€ 118"))
    # the sentence before a table still brings its rows
    assert "€ 118" in with_list("De bedragen per dag:", TABLE_PASSAGE, asked="Wat is het bedrag per dag?")


def test_rows_under_a_first_cell_merged_over_them_each_read_whole_with_it():
    # cell padding: rows stand 20 points apart, a cell's lines 12.6
    blocks = _read_lines(
        [
            _line(700.0, (72, "Group 1: Denmark,"), (230, "up to the 14th day"), (330, "EUR 79")),
            _line(687.4, (72, "Finland, Sweden")),
            _line(667.4, (230, "from the 15th to the 30th day"), (330, "EUR 56")),
            _line(647.4, (72, "Group 2: Austria"), (230, "up to the 14th day"), (330, "EUR 70")),
            _line(634.8, (230, "of activity")),
        ]
    )
    assert [b.cells for b in blocks if b.kind == "table_row"] == [
        ("Group 1: Denmark, Finland, Sweden", "up to the 14th day", "EUR 79"),
        ("Group 1: Denmark, Finland, Sweden", "from the 15th to the 30th day", "EUR 56"),
        ("Group 2: Austria", "up to the 14th day of activity", "EUR 70"),
    ]


def test_the_header_printed_again_on_the_next_page_is_not_a_row():
    header = _line(700.0, (72, "Distance"), (230, "Amount per"), (330, "Notes"), bold=True)
    header_more = _line(687.4, (230, "participant"), bold=True)
    first = _line(667.4, (72, "10 to 99 km"), (230, "EUR 28"), (330, "Green travel: EUR 56"))
    again = Line(1, 760.0, 72, 11.0, True, [(72, "Distance"), (230, "Amount per"), (330, "Notes")])
    again_more = Line(1, 747.4, 230, 11.0, True, [(230, "participant")])
    second = Line(1, 727.4, 72, 11.0, False, [(72, "100 to 499 km"), (230, "EUR 211"), (330, "Green travel: EUR 285")])
    blocks = _read_lines([header, header_more, first, again, again_more, second])
    rows = [b for b in blocks if b.kind == "table_row"]
    assert [b.cells for b in rows] == [
        ("10 to 99 km", "EUR 28", "Green travel: EUR 56"),
        ("100 to 499 km", "EUR 211", "Green travel: EUR 285"),
    ]
    assert rows[1].header == ("Distance", "Amount per participant", "Notes")


def test_padded_rows_of_one_line_are_rows_even_where_a_cell_is_empty():
    # every row one line, 17 points apart in 9-point type: further apart than the lines of one cell can stand
    blocks = _read_lines(
        [
            _line(700.0, (72, "2 000 to 2 999 km", ), (230, "EUR 580"), (330, "EUR 535"), size=9.0),
            _line(683.0, (72, "3 000 to 3 999 km"), (230, "EUR 611"), (330, "EUR 785"), size=9.0),
            _line(666.0, (72, "4 000 to 7 999 km"), (230, "EUR 1 188"), size=9.0),
            _line(649.0, (72, "8 000 km or more"), (230, "EUR 1 735"), size=9.0),
        ]
    )
    assert [b.cells for b in blocks if b.kind == "table_row"] == [
        ("2 000 to 2 999 km", "EUR 580", "EUR 535"),
        ("3 000 to 3 999 km", "EUR 611", "EUR 785"),
        ("4 000 to 7 999 km", "EUR 1 188", ""),
        ("8 000 km or more", "EUR 1 735", ""),
    ]
