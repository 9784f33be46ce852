"""An HTML e-mail saved as a file (a newsletter from the mail client or its 'view in browser' page) is read as a
document although its whole layout is tables: tables holding headings, paragraphs or other tables, or one column, are
read as the text they hold; a table whose rows start with a bullet cell is a list; a box drawn as a table keeps its
bold title as a heading and its bold labels with what they label; data tables stay rows, a bold first row heading
their columns; a question in bold over its answer heads it; the e-mail's own furniture (its preheader padding, 'view
in your browser', a button's link, 'unsubscribe') is no text of the guide."""

from __future__ import annotations

from erasbot.guidance.reading import parse_document, render

LAYOUT = 'role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"'
MAIL = f"""<!DOCTYPE html><html><head><title>Newsletter #7 &ndash; the call is open</title></head><body>
<div style="display:none;">Apply by 5 March 2027.&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;</div>
<table {LAYOUT}><tr><td>
 <table {LAYOUT} width="600"><tr><td style="font-size:12px">Having trouble reading this e-mail?
   <a href="#">View this e-mail in your browser</a></td></tr>
 <tr><td>
  <h1>Youth partnerships: the 2027 call</h1>
  <h3>Which activities can you run?</h3>
  <p>A project can combine the following activities:</p>
  <table {LAYOUT}>
   <tr><td width="18">&bull;</td><td>Joint training for youth workers from 3 to 10 days.</td></tr>
   <tr><td width="18">&bull;</td><td>Youth activities for young people aged 13 to 30.</td></tr>
  </table>
  <!--[if mso]><table><tr><td><![endif]-->
  <table {LAYOUT}><tr><td>
   <table {LAYOUT}>
    <tr><td colspan="2" style="font-weight:bold;">Key figures</td></tr>
    <tr><td>National budget 2027</td><td>&euro;3,150,000</td></tr>
    <tr><td>Success rate in 2026</td><td>31%</td></tr>
   </table></td>
   <td><table {LAYOUT}>
    <tr><td style="font-weight:bold;">Key dates</td></tr>
    <tr><td><strong>16 July 2027</strong><br />Round 1 results sent to applicants</td></tr>
    <tr><td><strong>1 October 2027</strong><br />Round 2 deadline</td></tr>
   </table></td></tr></table>
  <table {LAYOUT}><tr><td><a href="#">Read the call</a></td></tr></table>
  <h3>How applications are scored</h3>
  <table {LAYOUT} cellpadding="6">
   <tr><td style="font-weight:bold;">Award criterion</td><td style="font-weight:bold;">Maximum</td></tr>
   <tr><td>Relevance</td><td>25 points</td></tr>
   <tr><td>Impact</td><td>25 points</td></tr>
  </table>
  <h2>You asked, we answered</h2>
  <p><strong>&ldquo;Can an informal group apply?&rdquo;</strong></p>
  <p>Only as a partner in a small-scale partnership.</p>
 </td></tr>
 <tr><td style="font-size:11px">You are receiving this e-mail because you subscribed. <a href="#">Unsubscribe</a></td></tr>
 </table>
</td></tr></table></body></html>"""


def _read():
    return parse_document(MAIL.encode(), ".html")


def test_the_layout_tables_of_an_e_mail_are_read_as_its_text() -> None:
    read = _read()
    headings = [b.text for b in read.blocks if b.kind == "heading"]
    assert read.title == "Youth partnerships: the 2027 call"
    assert headings[:3] == ["Youth partnerships: the 2027 call", "Which activities can you run?", "Key figures"]
    assert "How applications are scored" in headings
    paragraphs = [b.text for b in read.blocks if b.kind == "paragraph"]
    assert "A project can combine the following activities:" in paragraphs
    assert not any(len(b.text) > 300 for b in read.blocks)  # no cell holding the whole e-mail as one block


def test_a_list_drawn_with_bullet_cells_is_a_list() -> None:
    items = [b.text for b in _read().blocks if b.kind == "list_item"]
    assert "Joint training for youth workers from 3 to 10 days." in items
    assert "Youth activities for young people aged 13 to 30." in items


def test_a_box_keeps_its_title_and_its_labels_with_what_they_label() -> None:
    blocks = _read().blocks
    rows = [b for b in blocks if b.kind == "table_row"]
    assert any(b.cells[:2] == ("National budget 2027", "€3,150,000") for b in rows)
    dated = [b for b in blocks if b.text == "16 July 2027 – Round 1 results sent to applicants"]
    assert dated and dated[0].kind == "list_item" and dated[0].section == "Key dates"


def test_a_bold_first_row_heads_the_columns_of_a_data_table() -> None:
    text = render(_read())
    assert "Award criterion: Relevance; Maximum: 25 points" in text
    assert "Award criterion | Maximum" not in text


def test_a_question_in_bold_heads_its_answer() -> None:
    answer = next(b for b in _read().blocks if b.text == "Only as a partner in a small-scale partnership.")
    assert answer.section == "“Can an informal group apply?”"


def test_the_mails_own_furniture_is_left_out() -> None:
    text = render(_read())
    for furniture in ("View this e-mail", "Having trouble", "Unsubscribe", "You are receiving", "Read the call"):
        assert furniture not in text
    assert "\u200c" not in text
    assert "Apply by 5 March 2027." in text  # the preheader's own words stay
