"""Reading slide decks exported to PDF (tests/fixtures/make_slides_pdf.py: 16:9 pages of frames in Writer).

A deck's page is boxes side by side, not lines of one text: a bullet in large type is an item (its sub-bullets say
what they are under), several bullets printed on one line are items of their own, a callout or a second column is
read after the box beside it, a table keeps its rows, a timeline pairs each date with its event, the slide title
heads the slide, and the footer with the slide number is no text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from erasbot.guidance.corpus import split_sentences
from erasbot.guidance.reading import read_document, render
from erasbot.guidance.reading.model import LIST_MARKER, row_text
from erasbot.guidance.reading.slides import slide_pages

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
DECKS = {
    "en": "slides-youth-exchanges-en.pdf",
    "fi": "slides-ammatillinen-liikkuvuus-fi.pdf",
    "nl": "slides-samenwerkingspartnerschappen-nl.pdf",
    "sv": "slides-vuxenutbildning-sv.pdf",
}


@pytest.fixture(scope="module")
def decks():
    return {lang: read_document(FIXTURES / name) for lang, name in DECKS.items()}


def _items(document) -> list[str]:
    return [LIST_MARKER.sub("", b.text, count=1) for b in document.blocks if b.kind == "list_item"]


def _texts(document, kind: str) -> list[str]:
    return [b.text for b in document.blocks if b.kind == kind]


SUB_BULLETS = {  # a sub-bullet read after its bullet: a sentence that says what it is about
    "en": "Group leaders: At least one per national group",
    "fi": "Työelämäorganisaatiot: Yksi hakemus kierrosta kohden",
    "nl": "Organisaties uit programmalanden: Minimaal 3 organisaties",
    "sv": "Vuxna studerande: Grupper med minst 2 deltagare",
}


@pytest.mark.parametrize("lang", list(DECKS))
def test_a_bullet_in_large_type_is_an_item_and_its_sub_bullets_read_with_it(decks, lang):
    document = decks[lang]
    headings = _texts(document, "heading")
    assert not [h for h in headings if LIST_MARKER.match(h + " ")], headings
    assert SUB_BULLETS[lang] in _items(document)
    # one bullet line is one sentence of the passage, whole
    assert f"• {SUB_BULLETS[lang]}" in split_sentences(render(document))


def test_a_bullet_without_sub_bullets_is_an_item_of_its_own(decks):
    assert "Activities last 5 to 21 days" in _items(decks["en"])
    assert "Looptijd 12 tot 36 maanden" in _items(decks["nl"])
    # a bullet with sub-bullets is said in each of them, not again alone
    assert "Group leaders" not in _items(decks["en"])


def test_bullets_printed_on_one_line_are_items_of_their_own(decks):
    items = _items(decks["fi"])
    for item in ("Luonnoksen voi tallentaa", "Vastaukset enintään 5 000 merkkiä", "Budjetti lasketaan automaattisesti"):
        assert item in items, items


CALLOUTS = {
    "en": "Note! Young people with fewer opportunities may bring an accompanying person.",
    "fi": "Huom! Hakija voi saada enintään kolme lyhytkestoista hanketta viiden vuoden aikana.",
    "nl": "Let op! Een organisatie mag per ronde maximaal twee aanvragen als coördinator indienen.",
    "sv": "Obs! Vuxna studerande deltar alltid i grupp tillsammans med en ledsagare.",
}


@pytest.mark.parametrize("lang", list(DECKS))
def test_a_callout_beside_bullets_is_read_whole_after_them(decks, lang):
    document = decks[lang]
    assert CALLOUTS[lang] in _texts(document, "paragraph")
    word = CALLOUTS[lang].split()[0]
    assert not [item for item in _items(document) if word in item]


def test_two_columns_are_read_one_after_the_other_each_bullet_with_its_column(decks):
    en = decks["en"]
    assert [b.text for b in en.blocks if b.section == "Youth Exchanges" and b.kind == "list_item"] == [
        "• Youth Exchanges: Groups from two or more countries",
        "• Youth Exchanges: 5 to 21 days",
        "• Youth Exchanges: Led by youth workers",
    ]
    assert [b.text for b in en.blocks if b.section == "Participation Activities" and b.kind == "list_item"] == [
        "• Participation Activities: National or transnational",
        "• Participation Activities: 3 to 24 months",
        "• Participation Activities: Led by young people",
    ]
    nl = _items(decks["nl"])
    assert "Samenwerking (KA220): 120 000 tot 400 000 euro" in nl
    assert "Kleinschalig (KA210): 30 000 of 60 000 euro" in nl


TABLES = {  # a table's first row, and a bullet of the box beside the table
    "en": (
        "Distance band: 10–99 km; Standard travel: 23 euro; Green travel: 41 euro",
        "Tickets and receipts: Keep them for the final report",
    ),
    "fi": ("Maaryhmä: Ryhmä 1; Päivät 1–14: 135 euroa; Päivät 15–60: 95 euroa", "Matkapäivät: Enintään 2 päivää"),
    "sv": ("Landgrupp: Grupp 1; Dag 1–14: 129 euro; Dag 15–60: 90 euro", "Resdagar: Grön resa: upp till 6 dagar"),
}


@pytest.mark.parametrize("lang", list(TABLES))
def test_a_table_keeps_its_rows_and_the_box_beside_it_its_bullets(decks, lang):
    document = decks[lang]
    first_row, beside = TABLES[lang]
    rows = [b for b in document.blocks if b.kind == "table_row"]
    assert row_text(rows[0]) == first_row
    assert {len(b.cells) for b in rows} == {3}
    assert beside in _items(document)
    word = beside.split(":")[0]
    assert not [row_text(b) for b in rows if word in row_text(b)]


def test_slide_titles_head_their_slides_and_a_divider_heads_the_slides_after_it(decks):
    en = decks["en"]
    levels = {b.text: b.level for b in en.blocks if b.kind == "heading"}
    for title in ("Who can take part?", "Travel support per participant", "KA152 or KA154?", "Timeline of round 1"):
        assert title in levels
    assert levels["Erasmus+ Youth Exchanges (KA152)"] < levels["Funding"] < levels["Travel support per participant"]
    assert "# Funding – Travel support per participant" in render(en).splitlines()
    # the cover's other lines are text, not headings over the slides after it
    assert "Information session · call 2026" in _texts(en, "paragraph")


def test_slides_titled_alike_in_a_short_deck_keep_their_titles(decks):
    sv = decks["sv"]
    assert {"Vem kan delta? (1)", "Vem kan delta? (2)"} <= set(_texts(sv, "heading"))
    assert "Kan en volontär delta? Ja, om hen arbetar regelbundet i organisationen" in _items(sv)


def test_the_deck_title_is_the_metadata_title_else_the_cover_title(decks):
    assert decks["en"].title == "Erasmus+ Youth Exchanges – information session on the 2026 call"
    assert decks["fi"].title == "Ammatillisen koulutuksen lyhytkestoiset hankkeet (KA122-VET)"


FOOTERS = {
    "en": ("National Youth Mobility Office", "Slide"),
    "fi": ("Liikkuvuuskeskus ·", "Kalvo"),
    "nl": ("Nationaal Agentschap Mobiliteit", "Dia"),
    "sv": ("Mobilitetskontoret", "Bild"),  # a deck of four slides
}


@pytest.mark.parametrize("lang", list(DECKS))
def test_the_footer_with_the_slide_number_is_no_text(decks, lang):
    agency, slide = FOOTERS[lang]
    text = render(decks[lang])
    assert agency not in text
    assert not [line for line in text.splitlines() if line.rstrip("0123456789 ").endswith(slide)]


TIMELINES = {
    "en": [
        "27 January 2026: Application form opens",
        "5 March 2026 12:00 noon (Brussels time): Deadline for applications",
        "Late June 2026: Award decision",
        "1 September 2026: Earliest project start",
        "Two months after the end: Final report due",
    ],
    "fi": [
        "14.1.2026: Hakulomake avautuu",
        "19.2.2026 klo 13.00 (Suomen aikaa): Hakuaika päättyy",
        "Toukokuu 2026: Päätökset",
        "1.6.2026: Aikaisin alkamispäivä",
    ],
    "nl": [  # each date on one line: the date boxes' rows stand level, as a table's would
        "3 maart 2026: Formulier open",
        "25 maart 2026: Deadline",
        "juli 2026: Besluit",
        "1 september 2026: Vroegste start",
    ],
}


@pytest.mark.parametrize("lang", list(TIMELINES))
def test_a_timeline_pairs_each_date_with_its_event(decks, lang):
    items = _items(decks[lang])
    start = items.index(TIMELINES[lang][0])
    assert items[start : start + len(TIMELINES[lang])] == TIMELINES[lang]


def test_a_note_under_the_timeline_is_read_after_it(decks):
    paragraphs = _texts(decks["en"], "paragraph")
    assert paragraphs[-1] == "Projects last between 3 and 24 months"


def test_only_a_deck_of_landscape_pages_and_short_lines_is_read_as_slides():
    wide, tall = (793.7, 446.5), (595.3, 841.9)
    short = ["• Group leaders", "– Aged 18 or older"] * 5
    assert slide_pages([wide] * 4, [short] * 4) == frozenset(range(4))
    assert slide_pages([tall] * 4, [short] * 4) == frozenset()  # a portrait document with short lines
    long = ["A landscape report prints lines of a hundred characters or more, as a page of prose does, justified."]
    assert slide_pages([wide] * 4, [long] * 4) == frozenset()
    assert slide_pages([tall] * 3 + [wide], [short] * 4) == frozenset()  # a landscape page in a report
