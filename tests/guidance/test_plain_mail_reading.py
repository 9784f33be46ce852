"""A plain-text e-mail or memo is read as a document: its hard-wrapped paragraphs whole, its header, quotes,
signature and disclaimer for what they are, its tables drawn in characters as tables.

Mail clients break every paragraph into lines of about 72 characters and break long words with a hyphen; lists
hang their wrapped lines under the item; tables are drawn with '+---+' borders, '|' bars or columns of spaces over
a line of dashes.
"""

from __future__ import annotations

import pytest

from erasbot.guidance.reading import parse_document, render


def _lines(*lines: str) -> str:
    return "\n".join(lines)


def _read(text: str):
    return parse_document(text.encode("utf-8"), ".txt", "mail.txt")


def _texts(text: str, kind: str = "paragraph") -> list[str]:
    return [b.text for b in _read(text).blocks if b.kind == kind]


def test_a_hard_wrapped_text_with_long_url_and_table_lines_joins_each_paragraph_and_keeps_its_headings():
    memo = _lines(
        "Blended intensive programmes at Northfield",
        "",
        "The university hosts two blended intensive programmes in the spring",
        "term. Each brings together at least 15 participants from partner",
        "universities in",
        "Tartu, Ghent and Porto, and its physical part runs from",
        "12 to 16 May 2026 on the main campus. The programme page is at",
        "https://www.northfield.example.edu/international/blended-intensive-programmes/spring-2026/overview",
        "and lists the courses.",
        "",
        "Participants from the partner universities apply through their own",
        "international office.",
        "",
        "1. Who can take part",
        "",
        "Students at any level may take part, and so may staff who teach it.",
        "Doctoral candidates count as students; postdocs count as staff.",
        "",
        "PRACTICAL MATTERS",
        "",
        "Programme          Dates            Host department                                                 Places",
        "-----------------  ---------------  --------------------------------------------------------------  ------",
        "Coastal ecology    4-8 May 2026     Department of Marine Sciences and Coastal Management, Faculty   12",
        "",
        "Travel grants",
        "",
        "A travel grant of EUR 275 covers a journey of 500 to 1999 km; green",
        "travel adds EUR 50.",
        "",
        "Contact",
        "-------",
        "",
        "Write to the international office with the name of the programme in",
        "the subject line.",
    )
    paragraphs = _texts(memo)
    assert paragraphs[0] == (
        "The university hosts two blended intensive programmes in the spring term. Each brings together at least 15 "
        "participants from partner universities in Tartu, Ghent and Porto, and its physical part runs from 12 to 16 "
        "May 2026 on the main campus. The programme page is at "
        "https://www.northfield.example.edu/international/blended-intensive-programmes/spring-2026/overview and "
        "lists the courses."
    )
    assert "Participants from the partner universities apply through their own international office." in paragraphs
    assert (
        "Students at any level may take part, and so may staff who teach it. Doctoral candidates count as "
        "students; postdocs count as staff." in paragraphs
    )
    assert "• Programme: Coastal ecology; Dates: 4-8 May 2026; Host department: Department of Marine" in render(
        _read(memo)
    )
    assert "A travel grant of EUR 275 covers a journey of 500 to 1999 km; green travel adds EUR 50." in paragraphs
    headings = _texts(memo, "heading")
    assert headings == [
        "Blended intensive programmes at Northfield",
        "1. Who can take part",
        "PRACTICAL MATTERS",
        "Travel grants",
        "Contact",
    ]


def test_a_word_broken_with_a_hyphen_at_a_line_end_is_one_word_and_a_real_hyphen_stays():
    memo = _lines(
        "Samenwerkingspartnerschappen in het mbo",
        "",
        "De aanvraag wordt ingediend door de coördinerende instelling namens alle",
        "partner-",
        "organisaties. Elke partner tekent vooraf een mandaat waarin de samenwerkings-",
        "afspraken staan. Instellingen uit EU-",
        "Lidstaten en uit derde landen hebben dezelfde rechten, ook in EU-",
        "projecten. Een Erasmus+-",
        "project van 24 maanden kan eenmaal worden verlengd zolang de periode 2021-",
        "2027 loopt. Een KA2-",
        "project volgt dezelfde regels.",
    )
    (paragraph,) = _texts(memo)
    for word in ("alle partnerorganisaties.", "de samenwerkingsafspraken staan", "uit EU-Lidstaten en"):
        assert word in paragraph
    for kept in ("in EU-projecten.", "Een Erasmus+-project van", "de periode 2021-2027 loopt", "Een KA2-project"):
        assert kept in paragraph
    assert "- " not in paragraph


def test_a_list_item_wrapped_onto_an_indented_line_is_one_item():
    guide = _lines(
        "Nuorisovaihdot 2026",
        "",
        (
            "Tämä ohje kokoaa yhteen ne säännöt, jotka koskevat nuorisovaihtoja vuoden 2026 hakukierroksella, ja "
            "kertoo, miten hakemus jätetään ja milloin päätökset tehdään."
        ),
        "",
        "Hakijana voi toimia:",
        "- nuorisoalan järjestö, kunta tai nuorten ryhmä, joka on rekisteröitynyt",
        "  Opetushallituksen järjestelmään ja jolla on OID-tunnus;",
        "- kansallinen viranomainen, kuten",
        "  3.2 kohdassa luetellut aluehallintovirastot.",
        "1) Hakemus jätetään sähköisesti viimeistään",
        "   15. helmikuuta 2026 kello 12.00 Brysselin aikaa.",
    )
    items = _texts(guide, "list_item")
    assert items == [
        (
            "- nuorisoalan järjestö, kunta tai nuorten ryhmä, joka on rekisteröitynyt Opetushallituksen "
            "järjestelmään ja jolla on OID-tunnus;"
        ),
        "- kansallinen viranomainen, kuten 3.2 kohdassa luetellut aluehallintovirastot.",
        "1) Hakemus jätetään sähköisesti viimeistään 15. helmikuuta 2026 kello 12.00 Brysselin aikaa.",
    ]
    assert _texts(guide, "heading") == ["Nuorisovaihdot 2026"]


HEADERS = {
    "en": ("From: Research Office <research@example.edu>", "To: faculty@example.edu", "Cc: Dean's office",
           "Sent: Tuesday, 3 February 2026 09:41", "Subject: RE: Fw: Cooperation partnerships 2026"),
    "nl": ("Van: Bureau Subsidies <subsidies@example.nl>", "Aan: opleidingsmanagers@example.nl",
           "CC: Team Onderwijs", "Verzonden: dinsdag 3 februari 2026 09:41",
           "Onderwerp: Antw: Cooperation partnerships 2026"),
    "sv": ("Från: Forskningsservice <forskning@example.se>", "Till: institutionerna@example.se",
           "Kopia: Prefekterna", "Skickat: den 3 februari 2026 09:41", "Ämne: SV: Cooperation partnerships 2026"),
    "fi": ("Lähettäjä: Tutkimuspalvelut <tutkimus@example.fi>", "Vastaanottaja: laitokset@example.fi",
           "Kopio: Dekaanit", "Lähetetty: tiistai 3. helmikuuta 2026 9.41",
           "Aihe: VS: Cooperation partnerships 2026"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(HEADERS))
def test_a_mails_subject_is_its_title_and_its_header_lines_are_no_passages(lang):
    mail = _lines(
        *HEADERS[lang],
        "",
        "Cooperation partnerships run for 12 to 36 months and need at least",
        "three organisations from three different countries.",
    )
    document = _read(mail)
    assert document.title == "Cooperation partnerships 2026"
    text = render(document)
    assert text.startswith("# Cooperation partnerships 2026\n\n")
    assert "@example" not in text and "09:41" not in text and "9.41" not in text and ":" not in text.split("\n")[0]
    assert _texts(mail) == [
        (
            "Cooperation partnerships run for 12 to 36 months and need at least three organisations from three "
            "different countries."
        )
    ]


def test_a_quoted_mail_is_read_as_text_without_its_marks():
    mail = _lines(
        "From: International Office <io@example.edu>",
        "To: Maria Lind <maria.lind@example.edu>",
        "Subject: Re: Mobility grant for Tallinn",
        "",
        "Dear Maria,",
        "",
        "Yes, that is right; I have added the week to your grant agreement.",
        "",
        "On 3 March 2026, Maria Lind wrote:",
        "> Could you confirm that the grant for the teaching week in Tallinn",
        "> is EUR 1 120, travel included? I leave on 14 April and come back",
        "> on 18 April.",
        ">",
        ">> Staff mobility for teaching lasts at least 2 days and",
        ">> at most 2 months, travel days excluded.",
    )
    paragraphs = _texts(mail)
    assert (
        "Could you confirm that the grant for the teaching week in Tallinn is EUR 1 120, travel included? I leave on "
        "14 April and come back on 18 April." in paragraphs
    )
    assert "Staff mobility for teaching lasts at least 2 days and at most 2 months, travel days excluded." in paragraphs
    assert not any(">" in p for p in paragraphs)


@pytest.mark.parametrize(
    "disclaimer",
    [
        _lines(
            "Dit bericht is uitsluitend bestemd voor de geadresseerde en kan vertrouwelijke informatie bevatten. Bent u",
            "niet de geadresseerde, verwijder het dan en informeer de afzender.",
        ),
        _lines(
            "This e-mail and any attachments are confidential and intended solely for the addressee. If you",
            "received it in error, please notify the sender and delete it.",
        ),
        _lines(
            "Detta meddelande är konfidentiellt och endast avsett för mottagaren. Om du har fått det av misstag,",
            "kontakta avsändaren och radera meddelandet.",
        ),
        _lines(
            "Tämä viesti on luottamuksellinen ja tarkoitettu vain vastaanottajalle. Jos sait viestin vahingossa,",
            "ilmoita lähettäjälle ja poista viesti.",
        ),
    ],
)
def test_the_signature_is_kept_and_the_confidentiality_disclaimer_is_dropped(disclaimer):
    mail = _lines(
        "Van: Internationaal Bureau <ib@example.nl>",
        "Onderwerp: Strategische partnerschappen",
        "",
        "De interne deadline voor de conceptaanvraag is vrijdag 6 februari",
        "2026 om 12.00 uur.",
        "",
        "Met vriendelijke groet,",
        "",
        "Sanne de Vries",
        "",
        "-- ",
        "Sanne de Vries",
        "Subsidieadviseur Europese projecten",
        "T 030 253 18 44 | s.devries@example.nl",
        "",
        disclaimer,
    )
    document = _read(mail)
    text = render(document)
    assert "Sanne de Vries; Subsidieadviseur Europese projecten; T 030 253 18 44 | s.devries@example.nl" in text
    assert "De interne deadline voor de conceptaanvraag is vrijdag 6 februari 2026 om 12.00 uur." in text
    assert not any(line[:30] in text for line in disclaimer.split("\n"))
    assert [b.text for b in document.blocks if b.kind == "heading"] == ["Strategische partnerschappen"]


def test_a_grid_table_reads_each_row_under_its_headings_and_a_row_wrapped_between_borders_is_one_row():
    memo = _lines(
        "Staff week programme",
        "",
        "The week at a glance:",
        "",
        "+-------------+----------------------------+-----------+",
        "| Day         | Activity                   | Place     |",
        "+=============+============================+===========+",
        "| Monday      | Welcome and campus tour    | Main hall |",
        "+-------------+----------------------------+-----------+",
        "| Tuesday     | Workshop on recognition of | Room B12  |",
        "|             | learning outcomes          |           |",
        "+-------------+----------------------------+-----------+",
        "Lunch is served in the staff restaurant every day.",
        "",
        "Grants per country group:",
        "",
        "+---------------+-------------+",
        "| Country group | Daily grant |",
        "+---------------+-------------+",
        "| Group 1       | EUR 180     |",
        "| Group 2       | EUR 160     |",
        "+---------------+-------------+",
    )
    text = render(_read(memo))
    assert "• Day: Monday; Activity: Welcome and campus tour; Place: Main hall" in text
    assert "• Day: Tuesday; Activity: Workshop on recognition of learning outcomes; Place: Room B12" in text
    assert "• Country group: Group 1; Daily grant: EUR 180\n• Country group: Group 2; Daily grant: EUR 160" in text
    assert "Lunch is served in the staff restaurant every day." in _texts(memo)
    assert "+--" not in text and "|  " not in text and "===" not in text


def test_a_pipe_table_reads_each_row_under_its_headings_and_stops_at_the_text_after_it():
    memo = _lines(
        "Bidrag för organisatoriskt stöd",
        "",
        "| Antal deltagare | Bidrag per deltagare |",
        "|-----------------|----------------------|",
        "| 1-100           | 350 euro             |",
        "| 101 och fler    | 200 euro             |",
        "Beloppen gäller för ansökningsomgången 2026.",
    )
    text = render(_read(memo))
    assert "• Antal deltagare: 1-100; Bidrag per deltagare: 350 euro" in text
    assert "• Antal deltagare: 101 och fler; Bidrag per deltagare: 200 euro" in text
    assert _texts(memo) == ["Beloppen gäller för ansökningsomgången 2026."]


def test_a_space_aligned_table_reads_each_row_under_its_headings_with_wrapped_cells_joined():
    memo = _lines(
        "Arviointikriteerit",
        "",
        "Hakemukset arvioidaan neljällä kriteerillä, joista jokaisella on oma",
        "kynnysarvonsa.",
        "",
        "  Kriteeri                   Pisteet  Kynnys  Mitä arvioidaan",
        "  -------------------------  -------  ------  ---------------------------",
        "  1. Hankkeen relevanssi       30       15    tavoitteet ja ohjelman",
        "                                              painopisteet",
        "  2. Hankkeen suunnittelu      20       10    työsuunnitelma ja",
        "     ja toteutus                              aikataulu",
        "",
        "Kynnysarvon alle jäävä hakemus hylätään.",
        "",
        "  Land         Bijdrage per dag",
        "  ---------------------------------",
        "  Noorwegen    EUR 180",
        "  Finland      EUR 160",
    )
    text = render(_read(memo))
    assert (
        "• Kriteeri: 1. Hankkeen relevanssi; Pisteet: 30; Kynnys: 15; Mitä arvioidaan: tavoitteet ja ohjelman "
        "painopisteet" in text
    )
    assert (
        "• Kriteeri: 2. Hankkeen suunnittelu ja toteutus; Pisteet: 20; Kynnys: 10; Mitä arvioidaan: työsuunnitelma "
        "ja aikataulu" in text
    )
    assert "• Land: Noorwegen; Bijdrage per dag: EUR 180\n• Land: Finland; Bijdrage per dag: EUR 160" in text
    assert "---" not in text
    assert _texts(memo) == [
        "Hakemukset arvioidaan neljällä kriteerillä, joista jokaisella on oma kynnysarvonsa.",
        "Kynnysarvon alle jäävä hakemus hylätään.",
    ]
