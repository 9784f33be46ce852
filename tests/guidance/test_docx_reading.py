"""Word documents (.docx) are read as Word shows them: the title, headings at their levels, lists and tables whole,
footnotes beside what cites them; not the page headers and footers, the table of contents, fields' instructions,
deleted text or comments.

Three documents are written by hand as Word writes them (tests/fixtures/make_docx.py: Dutch, Finnish and Swedish
Word's style names), one by LibreOffice from a flat ODF text (youth-exchanges-group-leaders-en.fodt).
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from erasbot.errors import ErasbotError
from erasbot.guidance.reading import READERS, parse_document, read_document, render
from erasbot.guidance.reading.docx_package import MAX_UNPACKED, W
from erasbot.guidance.reading.docx_styles import ListPlace, Numbering
from erasbot.guidance.reading.model import Block, ReadDocument, row_text

FIXTURES = Path(__file__).parents[1] / "fixtures"
DUTCH = FIXTURES / "subsidiewijzer-kleinschalige-partnerschappen-nl.docx"  # Kop1/Kop2, a TOC field, tracked changes
FINNISH = FIXTURES / "opas-ammatillinen-liikkuvuus-fi.docx"  # Otsikko1, a TOC content control, an endnote
SWEDISH = FIXTURES / "vagledning-mobilitet-vuxenutbildning-sv.docx"  # headings by outline level, no core title
LIBREOFFICE = FIXTURES / "youth-exchanges-group-leaders-en.docx"  # LibreOffice 7.4 "MS Word 2007 XML"
ALL = [DUTCH, FINNISH, SWEDISH, LIBREOFFICE]


@pytest.fixture(scope="module")
def read() -> dict[Path, ReadDocument]:
    return {path: read_document(path) for path in ALL}


def _texts(document: ReadDocument, kind: str) -> list[str]:
    return [b.text for b in document.blocks if b.kind == kind]


def _headings(document: ReadDocument) -> list[tuple[int, str]]:
    return [(b.level, b.text) for b in document.blocks if b.kind == "heading"]


def _after(document: ReadDocument, start: str) -> Block:
    """The block right after the one starting with `start`."""
    index = next(i for i, b in enumerate(document.blocks) if b.text.startswith(start))
    return document.blocks[index + 1]


def test_docx_is_a_format_users_can_add():
    assert READERS[".docx"] == "docx"


# -- the title ---------------------------------------------------------------------------------------------------


def test_the_title_is_the_core_properties_title_when_the_author_set_one(read):
    assert read[DUTCH].title == "Subsidiewijzer kleinschalige partnerschappen 2026"
    assert read[LIBREOFFICE].title == "Youth exchanges (KA152-YOU): notes for group leaders"


def test_a_templates_title_gives_way_to_the_title_styled_paragraph(read):
    # the core properties say 'Asiakirja1' (Finnish Word's 'Document1'); the paragraph in the style Otsikko says it
    assert read[FINNISH].title == "Opas: ammatillisen koulutuksen lyhytkestoiset liikkuvuushankkeet (KA122-VET)"


def test_without_a_title_the_first_heading_is_the_title(read):
    assert read[SWEDISH].title == "Vuxenutbildning: strategiska mobilitetsprojekt"


# -- headings ----------------------------------------------------------------------------------------------------


def test_headings_in_dutch_words_styles_keep_their_levels_and_their_text_without_the_shown_number(read):
    # Kop1 and Kop2 are numbered through the style ('2.1' on screen): the text is the heading as written
    assert _headings(read[DUTCH]) == [
        (1, "Subsidiewijzer kleinschalige partnerschappen"),
        (1, "Wie kan aanvragen?"),
        (2, "Welke organisaties?"),
        (1, "Hoe vraagt u aan?"),
        (1, "Budget"),
    ]


def test_headings_by_outline_level_based_on_chain_and_the_paragraphs_own_level(read):
    assert _headings(read[SWEDISH]) == [
        (1, "Vuxenutbildning: strategiska mobilitetsprojekt"),  # 'Rubrik1', a style styles.xml does not define
        (1, "Vilka kostnader ersätts?"),  # a custom style with outline level 0
        (2, "Kan vi söka igen?"),  # a custom style based on Rubrik2
        (2, "Kontakt"),  # a Normal paragraph with its own outline level 1
    ]


def test_libreoffice_headings_and_finnish_headings_are_read(read):
    assert _headings(read[LIBREOFFICE])[1:] == [(1, "Before the exchange"), (2, "Preparation steps"), (1, "Grants")]
    assert (1, "Kuka voi hakea?") in _headings(read[FINNISH])


def test_a_subsection_carries_its_section_in_the_rendered_text(read):
    assert "# Wie kan aanvragen? – Welke organisaties?" in render(read[DUTCH])


# -- lists -------------------------------------------------------------------------------------------------------


def test_numbered_list_items_are_whole_with_their_number(read):
    assert _texts(read[DUTCH], "list_item")[4:7] == [
        "1. Registreer uw organisatie in het Organisation Registration System en noteer het OID.",
        "2. Vul het aanvraagformulier in via de Erasmus+ aanvraagomgeving.",
        "3. Dien de aanvraag in vóór 1 oktober 2026 om 12.00 uur (Brusselse tijd).",
    ]


def test_a_list_by_its_paragraph_style_is_numbered(read):
    # Numeroluettelo ('List Number') carries the w:numPr; the paragraphs have none of their own
    assert "3. Lähetä hakemus viimeistään 19. helmikuuta 2026 klo 12.00 (Brysselin aikaa)." in _texts(
        read[FINNISH], "list_item"
    )


def test_numbering_counts_on_over_lists_of_one_definition_and_starts_again_where_a_list_says_so():
    ns = f'xmlns:w="{W}"'
    lvl = '<w:lvl w:ilvl="{0}"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl>'
    numbering = Numbering(
        ET.fromstring(
            f'<w:numbering {ns}><w:abstractNum w:abstractNumId="0">{lvl.format(0)}{lvl.format(1)}</w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>'  # 'continue numbering'
            '<w:num w:numId="3"><w:abstractNumId w:val="0"/>'  # 'restart at 1'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>'
        )
    )
    places = [("1", 0), ("1", 1), ("1", 1), ("1", 0), ("1", 1), ("2", 0), ("3", 0), ("3", 0), ("9", 0)]
    said = [numbering.number(ListPlace(num_id, level)) for num_id, level in places]
    assert said == ["1.", "1.", "2.", "2.", "1.", "3.", "1.", "2.", ""]


def test_a_sub_item_is_read_with_the_item_it_is_under(read):
    items = _texts(read[DUTCH], "list_item")
    assert items[:4] == [
        "scholen en instellingen voor beroepsonderwijs",
        "organisaties voor volwasseneneducatie",
        "jeugdorganisaties en sportclubs, zoals: lokale sportverenigingen",
        "jeugdorganisaties en sportclubs, zoals: jongerencentra in een gemeente",
    ]
    assert "2. Collect the documents: a signed consent form for each participant under 18" in _texts(
        read[LIBREOFFICE], "list_item"
    )


def test_lines_typed_as_a_list_are_list_items_after_their_lead_in(read):
    # 'Voeg bij de aanvraag toe:<w:br/>- een begroting ...<w:br/>- een planning ...'
    assert _after(read[DUTCH], "Voeg bij de aanvraag toe:") == Block(
        "list_item", "- een begroting per activiteit", section="Hoe vraagt u aan?"
    )
    assert "• een planning van de activiteiten" in render(read[DUTCH])


# -- tables ------------------------------------------------------------------------------------------------------


def test_a_table_row_is_read_with_its_header_and_a_cell_merged_over_rows_stands_in_each(read):
    rows = [row_text(b) for b in read[DUTCH].blocks if b.kind == "table_row"]
    assert rows == [
        "Forfaitair bedrag: 30 000 euro; Looptijd: 6 tot 24 maanden; Geschikt voor: nieuwkomers en kleine organisaties",
        "Forfaitair bedrag: 60 000 euro; Looptijd: 6 tot 24 maanden; Geschikt voor: organisaties met enige ervaring",
    ]


def test_a_row_of_one_cell_across_the_table_is_a_paragraph_under_it(read):
    paragraph = _after(read[DUTCH], "60 000 euro")
    assert paragraph.kind == "paragraph"
    assert paragraph.text == "Het bedrag wordt in twee termijnen betaald: 80 % voorschot en 20 % saldo."


def test_two_header_rows_with_merged_cells_head_each_column(read):
    first = next(b for b in read[FINNISH].blocks if b.kind == "table_row")
    assert first.header == ("Toiminto", "Kesto – vähintään", "Kesto – enintään")
    assert row_text(first) == (
        "Toiminto: Opiskelijoiden lyhytkestoinen liikkuvuus; Kesto – vähintään: 10 päivää; Kesto – enintään: 89 päivää"
    )


def test_a_bold_first_row_or_a_first_row_its_table_style_sets_apart_is_the_header(read):
    assert "Maaryhmä: Ryhmä 1 (esim. Tanska, Ruotsi); Päiväraha: 90 euroa" in render(read[FINNISH])  # bold only
    assert "• Avstånd: 10–99 km; Resebidrag: 23 euro" in render(read[SWEDISH])  # Grid Table 4 with firstRow on
    assert "Cost category: Green travel top-up; Amount: EUR 50; Paid for: each participant travelling green" in (
        render(read[LIBREOFFICE])
    )


def test_a_table_inside_a_cell_is_read_as_that_cells_text(read):
    row = [b for b in read[FINNISH].blocks if b.kind == "table_row"][-1]
    assert row.cells == ("Ryhmä 2 (esim. Saksa, Ranska)", "1.–14. päivä, 80 euroa; 15.–60. päivä, 56 euroa")


def test_a_table_of_one_cell_is_the_text_it_frames_not_a_table_row(read):
    assert _after(read[DUTCH], "Let op!") == Block(
        "paragraph",
        "Een organisatie mag per ronde maximaal één aanvraag als coördinator indienen.",
        section="Hoe vraagt u aan?",
    )
    assert not any("Let op" in b.text for b in read[DUTCH].blocks if b.kind == "table_row")


# -- text runs ---------------------------------------------------------------------------------------------------


def test_a_soft_hyphen_leaves_the_word_whole_and_a_non_breaking_hyphen_is_a_hyphen(read):
    text = render(read[DUTCH])
    assert "De subsidieaanvraag wordt binnen vijf maanden beoordeeld." in text
    assert "\u00ad" not in text
    assert "bijvoorbeeld KA210-SCH voor schoolonderwijs" in text


def test_links_smart_tags_and_tabs_read_as_their_text(read):
    assert "via de Erasmus+ aanvraagomgeving." in render(read[DUTCH])  # w:hyperlink
    assert "noteer het OID." in render(read[DUTCH])  # w:smartTag
    assert "Yhteyshenkilö: Liisa Virtanen, Opetushallitus" in render(read[FINNISH])  # w:tab


def test_a_symbol_fonts_bullet_and_hidden_text_are_not_read(read):
    assert _after(read[SWEDISH], "Vilka kostnader").text == "Organisatoriskt stöd ges med 100 euro per deltagare."
    assert "Interne notitie" not in render(read[DUTCH])


def test_a_fields_shown_result_is_read_never_its_instruction(read):
    text = render(read[DUTCH]) + render(read[SWEDISH])
    assert "Meer informatie staat in de Erasmus+ programmagids." in text  # HYPERLINK "https://..."
    assert "Frågor besvaras under Kontakt på sidan 2." in text  # PAGEREF _Toc1 \\h
    for instruction in ("HYPERLINK", "PAGEREF", "TOC", '\\o "1-3"', "_Toc", "MERGEFORMAT"):
        assert instruction not in text


def test_a_tracked_deletion_is_gone_and_a_tracked_insertion_is_read(read):
    text = render(read[DUTCH])
    assert "vóór 1 oktober 2026 om 12.00 uur" in text
    assert "4 maart 2026" not in text


# -- furniture ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_page_headers_footers_page_numbers_and_comments_are_not_read(read, path):
    text = render(read[path])
    for furniture in (
        "Nationaal Agentschap Erasmus+ · Subsidiewijzer",
        "Pagina",
        "Erasmus+ Youth · Notes for group leaders",
        "Page 1",
        "of 2",
        "Controleren met het Nationaal Agentschap",
        "\u27e6",  # a footnote's mark left behind
    ):
        assert furniture not in text


@pytest.mark.parametrize(
    "path, heading",
    [(DUTCH, "Inhoud"), (FINNISH, "Sisällys"), (SWEDISH, "")],
    ids=["field-and-toc-styles", "content-control", "field-alone"],
)
def test_a_table_of_contents_is_not_read(read, path, heading):
    document = read[path]
    assert not heading or heading not in render(document)
    # each heading once, as the heading: no contents line ('Budget<tab>4') repeats it
    texts = [b.text for b in document.blocks]
    for _, text in _headings(document):
        assert sum(t.startswith(text) for t in texts) == 1, text
    assert not any(t.endswith((" 2", " 3", " 4")) for t in texts)


# -- notes and text boxes ----------------------------------------------------------------------------------------


def test_a_footnote_is_read_right_after_the_paragraph_that_cites_it(read):
    cited = _after(read[DUTCH], "Wie kan aanvragen?")
    assert cited.text.startswith("Een kleinschalig partnerschap bestaat uit minimaal twee organisaties")
    assert "programmalanden. De subsidieaanvraag" in cited.text  # no stray '1' where the reference stood
    note = _after(read[DUTCH], "Een kleinschalig partnerschap")
    assert note == Block(
        "paragraph",
        "Programmalanden zijn de EU-lidstaten en IJsland, Liechtenstein, Noorwegen, Noord-Macedonië, Servië en Turkije.",
        section="Wie kan aanvragen?",
    )
    assert _after(read[LIBREOFFICE], "Each national group").text.startswith("A group of one or two participants")


def test_an_endnote_is_read_right_after_the_paragraph_that_cites_it(read):
    assert _after(read[FINNISH], "Hakijana voi olla").text == (
        "Akkreditoidut organisaatiot hakevat rahoitusta KA121-VET-hankkeina."
    )


def test_a_text_box_is_read_once_where_it_is_anchored(read):
    text = render(read[DUTCH])
    assert text.count("Zoek partners op tijd via het European School Education Platform.") == 1
    assert _after(read[DUTCH], "De beoordeling gebeurt").text == "Tip"
    # a box written for old readers only (VML, no mc:AlternateContent)
    assert render(read[FINNISH]).count("Huomio: hankkeen voi aloittaa aikaisintaan 1. kesäkuuta 2026.") == 1


# -- files that are no Word documents ----------------------------------------------------------------------------


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


# a paragraph inside 20 000 links: well-formed XML, but no document Word writes
_NESTED = (
    f'<w:document xmlns:w="{W}"><w:body><w:p>{"<w:hyperlink>" * 20_000}<w:r><w:t>x</w:t></w:r>'
    f"{'</w:hyperlink>' * 20_000}</w:p></w:body></w:document>"
)


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"Dit is gewone tekst, geen Word-document.", "not a zip archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "an old Word .doc or a password-protected file"),
        (_zip({"content.xml": b"<office:document/>", "mimetype": b"application/vnd.oasis"}), "no word/document.xml"),
        (_zip({"word/document.xml": b"<w:document><w:body>"}), "word/document.xml is not well-formed XML"),
        (
            _zip({"word/document.xml": b'<!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>'}),
            "declares a DTD",
        ),
        (
            _zip({"word/document.xml": _NESTED.encode()}),
            "nested too deeply",
        ),
    ],
    ids=["text", "old-doc", "odt", "broken-xml", "dtd", "nested"],
)
def test_a_file_that_is_no_word_document_is_refused_naming_the_file_and_what_is_wrong(data, reason):
    with pytest.raises(ErasbotError, match="^aanvraag.docx: ") as refused:
        parse_document(data, ".docx", "aanvraag.docx")
    assert reason in str(refused.value)


def test_a_zip_that_would_unpack_to_more_than_50_mb_is_refused_before_it_is_unpacked(tmp_path):
    bomb = _zip({"word/document.xml": b"<w:document/>", "word/media/fill.bin": bytes(MAX_UNPACKED + 1)})
    assert len(bomb) < 200_000  # small as a file
    path = tmp_path / "opvulling.docx"
    path.write_bytes(bomb)
    with pytest.raises(ErasbotError, match=rf"^{path}: .*more than the 50 MB"):
        read_document(path)
