"""A plain-text document as a word processor saves it is read as a document, not as lines.

Word's and LibreOffice's "save as plain text" keep each paragraph on one long line, a table as a line per row with
tabs between the cells, headings as short lines (numbered, in capitals or underlined), bullets as '•' and 'o', and
bring the printed version's table of contents, running header, page numbers and page breaks along.
"""

from __future__ import annotations

from erasbot.guidance.corpus import DocumentInfo, chunk_document, clean_text, split_sentences
from erasbot.guidance.documents import Library
from erasbot.guidance.reading import parse_document, render
from erasbot.settings import load_settings

HEADER = "Utbildningsvetenskapliga fakulteten - intern information - sprids inte vidare"
EXPORT = (
    "Samarbetsprojekt för lärarutbildning 2026\n"
    "Version 1.2 – uppdaterad 3 mars 2026 – Forskningsservice\n"
    "\n"
    "Innehåll\n"
    "1. Syfte ........................ 2\n"
    "2. Vem kan söka .................. 3\n"
    "2.1 Associerade partner .......... 3\n"
    "\n"
    f"{HEADER}\n"
    "\n"
    "1. SYFTE\n"
    "\n"
    "Projekten stärker lärarutbildningens europeiska dimension och pågår i 36 månader[1]. "
    "Varje projekt ska ha en tydlig plan för hur resultaten sprids till skolor i alla partnerländer.\n"
    "\n"
    "2. Vem kan söka\n"
    "\n"
    "Följande organisationer kan vara fullvärdiga partner i ett konsortium som söker bidrag:\n"
    "•\tlärarutbildningar vid universitet och högskolor;\n"
    "•\tskolor och förskolor;\n"
    "o\tgrundskolor\n"
    "o\tgymnasieskolor\n"
    "•\tnationella och regionala myndigheter.\n"
    "\f"
    "Sida 2 av 5\n"
    f"{HEADER}\n"
    "2.1 Associerade partner\n"
    "Associerade partner får inget bidrag från EU men kan bidra med expertis, lokaler eller kontakter till "
    "projektet.\n"
    "Ett konsortium ska ha minst tre fullvärdiga partner från minst två programländer.\n"
    "Kriterium\tPoäng\tTröskel\n"
    "Relevans\t30\t15\n"
    "Kvalitet i genomförandet\t30\t\n"
    "Effekter och spridning\t40\t20\n"
    "\n"
    "Kontaktuppgifter\n"
    "---------------\n"
    "Samordnare\tAnna Lind, Forskningsservice\n"
    "E-post\tanna.lind@example.se\n"
    "\n"
    "Vad händer om vi missar den interna fristen?\n"
    "Ansökan skickas inte vidare till EACEA.\n"
    "\n"
    f"{HEADER}\n"
    "\n"
    "______________\n"
    "[1] Projekten kan förlängas med högst sex månader.\n"
)


def _read(text: str = EXPORT):
    return parse_document(text.encode("utf-8"), ".txt", "export.txt")


def test_the_printed_versions_furniture_is_dropped():
    text = render(_read())
    for furniture in ("........", "Sida 2 av 5", "sprids inte vidare", "Innehåll", "\f"):
        assert furniture not in text
    assert _read().title == "Samarbetsprojekt för lärarutbildning 2026"


def test_numbered_capital_and_underlined_lines_are_headings_and_a_subsection_carries_its_section():
    headings = [b.text for b in _read().blocks if b.kind == "heading"]
    assert headings[1:] == [
        "1. SYFTE",
        "2. Vem kan söka",
        "2.1 Associerade partner",
        "Kontaktuppgifter",
        "Vad händer om vi missar den interna fristen?",
    ]
    assert "# 2. Vem kan söka – 2.1 Associerade partner" in render(_read())


def test_a_tab_separated_table_reads_each_row_under_its_column_headings():
    rows = [b for b in _read().blocks if b.kind == "table_row"]
    text = render(_read())
    assert "• Kriterium: Relevans; Poäng: 30; Tröskel: 15" in text
    assert "• Kriterium: Kvalitet i genomförandet; Poäng: 30" in text  # the empty cell says nothing
    assert "Kriterium | Poäng | Tröskel" not in text  # the heading row is not a row of its own
    # a table of labels and values has no heading row: each row says its label
    assert [r.text for r in rows[-2:]] == ["Samordnare | Anna Lind, Forskningsservice", "E-post | anna.lind@example.se"]


def test_one_line_paragraphs_stay_paragraphs_and_a_list_keeps_its_nested_items():
    blocks = _read().blocks
    paragraphs = [b.text for b in blocks if b.kind == "paragraph" and b.section == "2.1 Associerade partner"]
    assert paragraphs == [
        (
            "Associerade partner får inget bidrag från EU men kan bidra med expertis, lokaler eller kontakter till "
            "projektet."
        ),
        "Ett konsortium ska ha minst tre fullvärdiga partner från minst två programländer.",
    ]
    items = [b.text for b in blocks if b.kind == "list_item"]
    assert len(items) == 5 and "grundskolor" in items[2] and items[-1].endswith("myndigheter.")
    assert "• skolor och förskolor;\n• grundskolor\n• gymnasieskolor" in render(_read())


def test_a_footnote_stands_beside_the_sentence_that_refers_to_it():
    blocks = [b.text for b in _read().blocks]
    cited = next(i for i, text in enumerate(blocks) if "36 månader" in text)
    assert "[1]" not in blocks[cited]
    assert blocks[cited + 1] == "Projekten kan förlängas med högst sex månader."


def test_a_hard_wrapped_text_joins_its_lines_into_paragraphs():
    wrapped = (
        "Kallelse till informationsmöte\n\n"
        "Välkommen till ett möte om Erasmus+ för alla lärare som\n"
        "funderar på att söka ett samarbetsprojekt under våren.\n"
        "Mötet hålls i sal 3 och tar ungefär en timme.\n\n"
        "Anmäl dig senast den 4 april till internationella\n"
        "kontoret.\n"
    )
    paragraphs = [b.text for b in _read(wrapped).blocks if b.kind == "paragraph"]
    assert paragraphs == [
        "Välkommen till ett möte om Erasmus+ för alla lärare som funderar på att söka ett samarbetsprojekt under våren.",
        "Mötet hålls i sal 3 och tar ungefär en timme.",  # after a sentence's end a line may start a paragraph
        "Anmäl dig senast den 4 april till internationella kontoret.",
    ]


def test_an_added_plain_text_is_chunked_as_read_and_the_bundled_corpus_as_written(tmp_path, monkeypatch):
    monkeypatch.setenv("ERASBOT_DATA_DIR", str(tmp_path / "data"))
    library = Library(load_settings())
    path = tmp_path / "lararutbildning.txt"
    path.write_text(EXPORT, encoding="utf-8")
    info = DocumentInfo("lararutbildning", "Samarbetsprojekt", "sv", "user document", (), "", "2021-2027")
    chunks = chunk_document(info, clean_text(library.read_text(path)))
    headed = {c.heading for c in chunks}
    assert "2. Vem kan söka – 2.1 Associerade partner" in headed and "1. SYFTE" in headed
    sentences = [s for c in chunks for s in split_sentences(c.text)]
    assert "• Kriterium: Effekter och spridning; Poäng: 40; Tröskel: 20" in sentences
    assert not any("sprids inte vidare" in s or "Sida 2" in s for s in sentences)
    bundled, path = next((i, p) for i, p in library.manifest_entries() if p.suffix == ".txt")
    assert library.read_text(path) == path.read_text(encoding="utf-8"), bundled.id


def test_a_heading_row_may_name_years_but_a_row_of_figures_heads_nothing():
    compared = "Then and now\n\nFeature\t2014-2020\t2021-2027\nDuration\t12 to 36 months\t36 months\n"
    assert "• Feature: Duration; 2014-2020: 12 to 36 months; 2021-2027: 36 months" in render(_read(compared))
    figures = "Points\n\nRelevance\t30\t15\nImpact\t40\t20\n"
    assert "• Relevance | 30 | 15\n• Impact | 40 | 20" in render(_read(figures))


def test_bare_numbers_are_page_numbers_only_when_they_count_the_pages():
    paged = "Rapport\n\nFörsta sidans text.\n\n1\n\nAndra sidans text.\n\n2\n"
    assert [b.text for b in _read(paged).blocks][1:] == ["Första sidans text.", "Andra sidans text."]
    single = "Kustens sommarskola 2027\n\nSista ansökningsdag är den 9 maj 2027.\n0\n"
    assert "0" in [b.text for b in _read(single).blocks]  # one number alone is the text's own
