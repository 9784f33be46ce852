"""A mail thread saved as Markdown (newest mail first, the earlier ones quoted '> ' and '> > ') is read as mails: the
headers, quote marks and closing disclaimer go, each earlier mail stands under its own subject, and what the quoted
mails hold (lists, pipe tables, lines in bold as headings) is read as the Markdown it is."""

from __future__ import annotations

from erasbot.guidance.reading import parse_document

THREAD = "\n".join(
    [
        "Van: Marloes de Haan <m.dehaan@example.nl>",
        "Verzonden: maandag 16 februari 2026 09:47",
        "Aan: Youssef <y@example.nl>",
        "Onderwerp: Re: Correctie reisduur",
        "",
        "Hoi Youssef,",
        "",
        "Let op de **correctie**: de minimale reisduur is 7 dagen.",
        "",
        "Groet,  ",
        "Marloes",
        "",
        "> Van: Hanneke Verbeek <h.verbeek@example.nl>",
        "> Verzonden: donderdag 12 februari 2026 11:20",
        "> Aan: Marloes de Haan <m.dehaan@example.nl>",
        "> Onderwerp: RE: Vervolgvragen reisbudget",
        ">",
        "> Beste Marloes,",
        ">",
        "> **1. Reisbudget**",
        "> Het reisbudget is een vast bedrag per persoon voor de hele reis.",
        ">",
        "> | Afstandsband | Standaard | Groen |",
        "> |---|---|---|",
        "> | 10 – 99 km | € 40 | € 65 |",
        "> | 100 – 499 km | € 190 | € 240 |",
        ">",
        "> > Van: Marloes de Haan <m.dehaan@example.nl>",
        "> > Verzonden: dinsdag 10 februari 2026 14:02",
        "> > Aan: Hanneke Verbeek <h.verbeek@example.nl>",
        "> > Onderwerp: Vervolgvragen reisbudget",
        "> >",
        "> > Welke bedragen gelden er?",
        "> >",
        "> > - een [rolstoeltaxi](https://example.nl/taxi)",
        "> > - toegankelijke kamers",
    ]
)


def test_a_mail_thread_in_markdown_is_read_as_mails_with_their_lists_and_tables():
    read = parse_document(THREAD.encode("utf-8"), ".md", "thread.md")
    assert read.title == "Correctie reisduur"
    kinds = [(b.kind, b.text) for b in read.blocks]
    texts = " ".join(text for _, text in kinds)
    assert "Van:" not in texts and "Onderwerp" not in texts and ">" not in texts and "**" not in texts
    assert ("heading", "Vervolgvragen reisbudget") in kinds  # each earlier mail under its subject
    assert ("heading", "1. Reisbudget") in kinds  # a line in bold heads what follows it
    assert ("paragraph", "Het reisbudget is een vast bedrag per persoon voor de hele reis.") in kinds
    rows = [text for kind, text in kinds if kind == "table_row"]
    assert len(rows) == 2 and "€ 65" in rows[0] and "€ 240" in rows[1]
    assert ("list_item", "een rolstoeltaxi") in kinds and ("list_item", "toegankelijke kamers") in kinds


def test_markdown_that_is_no_mail_keeps_its_quotes_and_title():
    read = parse_document(
        b"# Handleiding\n\n> Let op: de deadline is 1 maart.\n\n**Leeftijd**\nTussen 18 en 30.\n", ".md"
    )
    assert read.title == "Handleiding"
    texts = [b.text for b in read.blocks]
    assert any("Let op: de deadline is 1 maart." in t for t in texts)
    assert not any(b.kind == "heading" and b.text == "Leeftijd" for b in read.blocks)  # bold lines only in mails
