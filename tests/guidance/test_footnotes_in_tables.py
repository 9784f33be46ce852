"""A footnote referred to from a table's column heading ('Engångsbelopp (EUR)¹'): read right after the table, under
its heading, and the reference's mark gone from the heading each row carries (round 27: a Word document made in
LibreOffice, whose notes on the table's headings were read at the end of the document, under its last heading)."""

from __future__ import annotations

from pathlib import Path

from erasbot.guidance.reading.docx import read_docx
from erasbot.guidance.reading.footnotes import MARK, with_footnotes
from erasbot.guidance.reading.model import Block

ROOT = Path(__file__).resolve().parents[2]
PLAN = ROOT / "evals" / "user_documents" / "blind27-idrottsevenemang-projektplan.docx"


def _row(first: str, amount: str) -> Block:
    header = ("Kategori", "Engångsbelopp (EUR)" + MARK.format("fn3"))
    return Block("table_row", f"{first} | {amount}", section="Kategorier", cells=(first, amount), header=header)


def test_a_note_on_a_column_heading_follows_the_tables_last_row_and_leaves_no_mark():
    blocks = [
        Block("heading", "Kategorier", section="Kategorier", level=2),
        _row("A", "120 000 euro"),
        _row("B", "200 000 euro"),
        Block("paragraph", "I kategori D ska evenemanget äga rum i minst tre värdländer.", section="Kategorier"),
        Block("heading", "Öppna frågor", section="Öppna frågor", level=1),
    ]
    notes = {"fn3": "Beloppet avser engångsbelopp per evenemang, inte per deltagande land."}
    out = with_footnotes(blocks, notes)
    assert [b.kind for b in out] == ["heading", "table_row", "table_row", "paragraph", "paragraph", "heading"]
    assert out[3] == Block("paragraph", notes["fn3"], section="Kategorier")
    assert all(b.header == ("Kategori", "Engångsbelopp (EUR)") for b in out if b.kind == "table_row")


def test_the_round_27_plans_notes_on_table_headings_stand_under_the_table_they_explain():
    blocks = read_docx(PLAN.read_bytes()).blocks
    texts = [b.text for b in blocks]
    last_row = max(i for i, b in enumerate(blocks) if b.kind == "table_row" and b.text.startswith("D |"))
    after = texts[last_row + 1 : last_row + 3]
    assert (
        "Med deltagare avses registrerade aktiva idrottare, ledare och volontärer. Publik och åskådare räknas inte."
        in after
    )
    assert "Beloppet avser engångsbelopp per evenemang, inte per deltagande land." in after
    assert blocks[last_row + 1].section == "Evenemangskategorier och engångsbelopp"
    assert not any("\u27e6" in h for b in blocks for h in b.header)
