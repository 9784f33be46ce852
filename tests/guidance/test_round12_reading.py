"""Kinds of failure of round 12, in how a question and a guide are read: 'whats' opens a second part, a sentence of
context after the question is none; 'esim.', 'bv.', 'e.g.' end no sentence; an action named over two glossary spans is
carried whole to a later part; 'Kan en folkhögskola söka ...?' asks who may take part; a Finnish question naming the
actions in English is Finnish; the words users ask with (each participating country, what the work delivers, a time
horizon, how companies benefit, big or small projects, a ceiling); a period only the context names is not asked of
'now'; an upper bound, a substitute's pay; and a Swedish guide's PDF read whole: a heading over two lines, a long cell
reaching the next column, a table going on over a page break."""

from __future__ import annotations

from pathlib import Path

import pytest

from erasbot.chat.parts import parts_of
from erasbot.forms import asking_part, question_parts
from erasbot.guidance.added_asks import other_action, own_actions_text
from erasbot.guidance.amount_of import grant_kinds, names_grant_asked
from erasbot.guidance.aspects import load_aspect_cues
from erasbot.guidance.glossary import load_glossary
from erasbot.guidance.profiles import asked_period
from erasbot.guidance.reading import read_document, render
from erasbot.guidance.scope import asks_maximum_count, states_maximum_count
from erasbot.language import question_language

GLOSSARY = load_glossary()
CUES = load_aspect_cues()
GUIDE = Path(__file__).parents[2] / "evals" / "user_documents" / "blind12-ackreditering-vuxenutbildning-ka120.pdf"


def test_whats_opens_a_second_part_and_a_told_sentence_after_the_question_is_none():
    assert question_parts(
        "Who can take part in the adult education strategic partnerships (KA2), and whats the minimum consortium?"
    ) == ["Who can take part in the adult education strategic partnerships (KA2)?", "whats the minimum consortium?"]
    question = (
        "Hoeveel leden mag een mobiliteitsconsortium maximaal hebben? Wij willen met 14 afdelingen samen aanvragen."
    )
    assert question_parts(question) == [question]


def test_an_abbreviation_ends_no_sentence_of_a_question():
    for question, asking in (
        ("Voiko kumppanuushankkeeseen ottaa mukaan järjestön esim. Kanadasta?", "Voiko"),
        ("Mag de aanvrager uit een partnerland komen, bv. Marokko?", "Mag"),
        ("Do they have to budget for anything, e.g. presenting their results?", "Do"),
    ):
        assert asking_part(question).startswith(asking), question
    assert asking_part("Vi är en skola. Får vi söka?") == "Får vi söka?"


def test_an_action_named_over_two_spans_is_carried_whole_to_the_later_part():
    parts = parts_of(
        "Who can take part in the adult education strategic partnerships, and what is the minimum consortium?",
        GLOSSARY,
        "en",
    )
    assert parts[1].text == "what is the minimum consortium (adult education strategic partnerships)?"


def test_can_someone_apply_asks_who_may_take_part():
    for question, lang in (
        ("kan en folkhögskola söka ett strategiskt partnerskap inom vuxenutbildning?", "sv"),
        ("Can a small company apply for a knowledge alliance?", "en"),
        ("Voiko kansanopisto hakea kumppanuushanketta?", "fi"),
        ("Kan een volkshogeschool een strategisch partnerschap aanvragen?", "nl"),
    ):
        assert CUES.asked(question, lang)[:1] == ("who-can-take-part",), question
    assert CUES.asked("Where do we submit the application?", "en")[:1] == ("application",)


def test_a_finnish_question_naming_the_actions_in_english_is_finnish():
    question = "Mikä ero on knowledge alliancen ja sector skills alliancen välillä?"
    assert question_language(question, GLOSSARY.without_actions(question)) == "fi"
    assert question_language("What is a KA?", GLOSSARY.without_actions("What is a KA?")) == "en"


def test_which_suits_better_after_a_comparison_gets_each_sides_points():
    parts = parts_of(
        "Mika ero on knowledge alliancen ja sector skills alliancen valilla? kumpi sopii paremmin oppilaitokselle?",
        GLOSSARY,
        "fi",
    )
    assert {p.action for p in parts} == {"knowledge-alliance", "sector-skills-alliance"}
    assert all(p.optional for p in parts) and len(parts) == 8


@pytest.mark.parametrize(
    ("question", "concept"),
    [
        ("tarvitaanko jokaisesta osallistujamaasta kolme organisaatiota?", "per-country"),
        ("wat moet het werk uiteindelijk opleveren?", "results"),
        ("what time horizon should the sectoral cooperation ones work on?", "time-horizon"),
        ("entä yritykset, miten ne hyötyvät?", "goals"),
        ("ovatko ne isoja vai pieniä hankkeita?", "kinds"),
        ("finns det något tak?", "grant"),
    ],
)
def test_the_words_users_ask_with_name_the_topic(question, concept):
    assert concept in GLOSSARY.find(question)


def test_a_ceiling_asks_an_amount():
    assert "amount" in GLOSSARY.question_kinds("finns det nagot tak?")
    assert "amount" not in GLOSSARY.question_kinds("Vad är ett kattojärjestö?")


def test_a_period_only_the_context_names_is_not_asked_of_now():
    question = "We ran KA104 projects in the 2014-2020 programme. Is that the same as having the accreditation now?"
    assert asked_period(question) is None
    assert asked_period("We ran KA104 projects in 2014-2020. How long did they last?") == "2014-2020"
    assert asked_period("How long does a knowledge alliance last in 2014-2020?") == "2014-2020"


def test_a_minimum_or_a_maximum_of_points_is_no_maximum_count_in_any_language():
    assert asks_maximum_count("Hoeveel leden mag een consortium maximaal hebben?", "nl")
    assert asks_maximum_count("Is there a maximum number of partners in a Teacher Academy consortium?", "en")
    for sentence in (
        "Ett projekt får omfatta högst 30 deltagare.",
        "Hankkeessa voi olla enintään 30 osallistujaa.",
        "Een consortium telt maximaal tien organisaties.",
        "There is no upper limit on the number of partners.",
        "Each organisation may submit only one application per call.",
    ):
        assert states_maximum_count(sentence), sentence
    for sentence in (
        "Ett mobilitetskonsortium ska bestå av minst tre organisationer, koordinatorn inräknad.",
        "Criterion: Quality of the partnership; Maximum points: 20; Threshold: 10",
        "Kriterium: relevans; Högsta poäng: 30; Lägsta poäng: 15",
        "Enimmäispisteet: 30",
        "The EU grant is at most EUR 400 000 per project.",
        "Projects last at most 36 months.",
        "Het vaste bedrag voor projectmanagement mag niet meer dan 20% zijn.",
    ):
        assert not states_maximum_count(sentence), sentence


def test_a_substitutes_pay_is_a_kind_of_money_of_its_own():
    question = "Kan vi få Erasmusbidrag för vikariekostnaderna medan lärarna är borta?"
    assert grant_kinds(question) == {"substitute"}
    assert not names_grant_asked(question, ["Organisatoriskt stöd uppgår till 100 euro per deltagare."])


@pytest.fixture(scope="module")
def guide_text():
    return render(read_document(GUIDE))


def test_a_heading_over_two_lines_keeps_its_outline_level(guide_text):
    headings = [line for line in guide_text.splitlines() if line.startswith("#")]
    section = "10. Kortvariga projekt (KA122-ADU) för organisationer utan ackreditering"
    assert any(h.lstrip("# ") == section for h in headings)
    assert not any("9.4 Om Erasmusplanen inte följs – 10." in h for h in headings)


def test_a_long_cell_reaching_the_next_column_and_a_row_after_a_page_break_stay_cells(guide_text):
    assert "Tidigaste start för första ackrediterade projektet; Datum: 1 juni 2027" in guide_text
    assert "projektet1 juni" not in guide_text
    assert "Ungern; Personal per dag: 145 euro; Vuxenstuderande per dag: 75 euro" in guide_text
    assert "Bulgarien, 145 euro" not in guide_text


def test_a_guides_own_actions_are_its_titles_its_sections_and_a_sentence_said_of_one():
    title = "Ansökningsguide 2026: Erasmusackreditering för vuxenutbildning (KA120-ADU) och ackrediterade …"
    section = "10. Kortvariga projekt (KA122-ADU) för organisationer utan ackreditering – 10.1 Villkor"
    assert not other_action("Finns det en andra omgång för KA122-ADU?", own_actions_text(title, section, "Ingen."))
    said_of = "I KA121-ADU lämnar organisationen en delrapport senast nio månader efter projektstart."
    assert not other_action("När lämnas delrapporten i KA121?", own_actions_text(title, "9. Rapportering", said_of))
    # a section or a row setting another action beside the guide's names it as the other side, not as its own
    title = "Samenwerkingspartnerschappen in het mbo (KA220-VET) – Handleiding voor aanvragers"
    section = (
        "2. Wat is een samenwerkingspartnerschap? – 2.3 Het verschil met kleinschalige partnerschappen (KA210-VET)"
    )
    row = "Subsidie; Samenwerkingspartnerschap (KA220-VET): € 250.000; Kleinschalig partnerschap (KA210-VET): lager"
    assert other_action("Hoeveel subsidie krijgt een KA210-VET-partnerschap?", own_actions_text(title, section, row))


def test_a_merger_and_the_length_of_a_form_are_things_no_text_gives():
    assert "mergers" in GLOSSARY.find("Kaksi organisaatiota yhdistyy ensi vuonna. Siirtyykö akkreditointi?")
    assert "mergers" in GLOSSARY.find("Vad händer med ackrediteringen om två organisationer slås samman?")
    assert "mergers" not in GLOSSARY.find("Voiko yhdistys osallistua?")  # 'yhdistys': an association
    assert "form-length" in GLOSSARY.find("Is there a character limit for the Erasmus plan?")
    assert "form-length" in GLOSSARY.find("Hoe groot mag het aantal pagina's van de aanvraag zijn?")
