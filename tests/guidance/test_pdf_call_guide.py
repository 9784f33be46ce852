"""Reading a call guide that LibreOffice exported with soft hyphens, footnotes and a table running over a page
break (a Flemish agency's guide to Capacity Building in VET: evals/user_documents/blind23-capaciteitsopbouw-
beroepsonderwijs.pdf).

A justified line prints a word with soft hyphens in pieces, and the pieces stand apart by the space the line adds
to each of its spaces: read by the pieces' starts, 'CB VET is een gecentrali' and 'seerde actie' became two cells
of a table row. A footnote's mark stands at a tab from its text, so each note was a table row too ('2 | Uitzondering:
...'), and the award-criteria table's header, printed again at the top of the next page, went into the row broken
by the page break. Read by the glyphs' own widths, a word printed in pieces is one word, a footnote is a paragraph
read after the paragraph it interrupts, and the header printed again is no row."""

from __future__ import annotations

from pathlib import Path

import pytest

from erasbot.guidance.reading import read_document

GUIDE = (
    Path(__file__).resolve().parents[2] / "evals" / "user_documents" / "blind23-capaciteitsopbouw-beroepsonderwijs.pdf"
)


@pytest.fixture(scope="module")
def guide():
    return read_document(GUIDE)


def _texts(document, kind: str) -> list[str]:
    return [b.text for b in document.blocks if b.kind == kind]


@pytest.mark.parametrize(
    "words",
    [
        "CB VET is een gecentraliseerde actie. De aanvragen worden beoordeeld",
        "vrouwen in technische en technologische richtingen",
        "Minstens 60% van het forfaitaire bedrag moet besteed worden aan activiteiten in de niet-geassocieerde",
        # the stop after a footnote's mark goes with the word before it
        "kunnen aan CB VET deelnemen. In deze gids noemen we hen samen de Europese partners.",
    ],
)
def test_a_word_printed_in_pieces_at_its_soft_hyphens_reads_whole(guide, words) -> None:
    assert any(words in b.text and b.kind != "table_row" for b in guide.blocks)


def test_footnotes_are_paragraphs_read_after_the_paragraph_they_interrupt(guide) -> None:
    paragraphs = _texts(guide, "paragraph")
    assert not any(row.startswith(("2 |", "9 |", "10 |")) for row in _texts(guide, "table_row"))
    # read without its mark: its '9' is no figure of the text
    assert any(p.startswith("Gebruik daarvoor de maandelijkse boekhoudkoers") for p in paragraphs)
    # the paragraph going on over the page break, under two footnotes, is one, and the notes follow it
    start = next(i for i, p in enumerate(paragraphs) if "ten vroegste op 1 november 2026 en ten laatste" in p)
    assert paragraphs[start].endswith("ten laatste op 1 januari 2027.")
    assert paragraphs[start + 1].startswith("Een geaffilieerde entiteit")
    assert paragraphs[start + 2].startswith("In naar behoren gemotiveerde gevallen kan EACEA de looptijd")


def test_the_header_printed_again_after_the_page_break_is_no_row(guide) -> None:
    rows = [b for b in guide.blocks if b.kind == "table_row"]
    texts = [r.text for r in rows]
    assert (
        "2b | De methodologie, de realistische planning en de maatregelen voor kwaliteitsborging en evaluatie. | 7"
        in texts
    )
    assert not any("Subcriterium" in t for t in texts)
    # the rows after a line across the table (a criterion's title) keep the table's header
    after = next(r for r in rows if r.text.startswith("3a |"))
    assert after.header == ("Nr.", "Subcriterium", "Max. punten")
    # a total's row stands under no row's first cell
    total = next(t for t in texts if "Totaal" in t)
    assert not total.startswith("4c")
