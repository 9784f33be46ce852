"""Kinds of failure of round 28 (a mail thread saved as Markdown, a fact corrected in a later mail): the figure a
later mail takes back ('Correctie: ... schreef ik dat een reis minimaal 10 dagen moet duren. Dat is onjuist') is no
answer, neither where the older mail still says it nor in the sentence reporting it; the corrected figure is; a bare
sign-off ('Groetjes, Youssef') is never an answer; the row of a table by distance that the case falls in is shown when
its bands write thousands with dots ('3.000 – 3.999 km') or the case is a bound not reached ('alle 100 km')."""

from __future__ import annotations

import pytest
from guides_in_memory import KNOWLEDGE_ALLIANCES, CorpusInMemory

from erasbot.guidance.added_asks import asked_quantities
from erasbot.guidance.added_corrections import is_sign_off, retracted_figures, says_retracted
from erasbot.guidance.corpus import DocumentInfo
from erasbot.guidance.selection import with_list

THREAD = DocumentInfo(
    "jeugdwerk-mailwisseling",
    "Correctie reisduur DiscoverEU Inclusion Action",
    "nl",
    "user document",
    (),
    "",
    "2021-2027",
)
CORRECTION = (
    "Correctie: in mijn mail van 4 februari schreef ik dat een reis minimaal 10 dagen moet duren. Dat is onjuist; ik "
    "had per ongeluk de tekst van een oud concept gebruikt. Voor de call 2026 geldt een minimale reisduur van 7 "
    "dagen, reisdagen inbegrepen."
)
PASSAGES = [
    (KNOWLEDGE_ALLIANCES, "Kunskapsallianser", "Projekten pågår i två till tre år."),
    (THREAD, "Correctie reisduur DiscoverEU Inclusion Action", CORRECTION),
    (
        THREAD,
        "Correctie reisduur DiscoverEU Inclusion Action – Vragen DiscoverEU Inclusion Action 2026 – Reisduur",
        "Een reis duurt minimaal 10 dagen en maximaal 21 dagen. De reizen vinden plaats tussen 1 juli 2026 en 30 "
        "september 2027.",
    ),
    (
        THREAD,
        "Correctie reisduur DiscoverEU Inclusion Action – Vragen DiscoverEU Inclusion Action 2026",
        "Is er extra geld voor rolstoeltaxi's en toegankelijke kamers? Groetjes, Youssef",
    ),
    (
        THREAD,
        "Correctie reisduur DiscoverEU Inclusion Action – Vervolgvragen – 4. Inclusieondersteuning",
        "Voor deelnemers met een beperking kun je de werkelijke kosten aanvragen; die worden 100% vergoed.",
    ),
]
PASSAGES.append(
    (
        THREAD,
        "Correctie reisduur DiscoverEU Inclusion Action – Vragen DiscoverEU Inclusion Action 2026 – Hoe vraag je aan?",
        "Een aanvraag wordt ingediend door een organisatie die in Nederland is gevestigd.\n"
        "• 1. Zorg dat je organisatie een OID heeft.\n"
        "• 2. Open het webformulier KA155-YOU op het Erasmus+ en ESC-platform.\n"
        "• 3. Upload de verklaring op erewoord als pdf.",
    )
)
CORPUS = CorpusInMemory(PASSAGES, languages=("sv", "nl"))


def test_the_figures_a_correction_takes_back_are_read_from_the_sentence_reporting_them():
    assert retracted_figures([CORRECTION]) == {("minimaal", "10", "dagen")}
    assert says_retracted("Een reis duurt minimaal 10 dagen en maximaal 21 dagen.", {("minimaal", "10", "dagen")})
    assert not says_retracted("Een reis duurt minimaal 7 dagen en maximaal 21 dagen.", {("minimaal", "10", "dagen")})
    # no figure is taken back where nothing is called wrong
    assert retracted_figures(["In mijn mail van 4 februari schreef ik dat een reis minimaal 10 dagen duurt."]) == set()


def test_the_corrected_figure_answers_not_the_one_taken_back():
    for question, lang in [
        ("Hoe lang moet een DiscoverEU Inclusion reis minimaal duren? Ik las ergens 10 dagen, klopt dat?", "nl"),
        ("What is the minimum number of days a DiscoverEU Inclusion trip has to last?", "en"),
    ]:
        answer = CORPUS.ask(question, lang)
        assert not answer.abstained
        assert "7" in answer.text and "minimaal 10 dagen" not in answer.text


def test_a_bare_sign_off_is_no_answer():
    assert is_sign_off("Groetjes, Youssef") and is_sign_off("Met vriendelijke groet, Marloes")
    assert not is_sign_off("Met vriendelijke groet, Hanneke Verbeek, Nationaal Agentschap, T 030 – 230 71 44")
    answer = CORPUS.ask("Can we claim extra money for accessible taxis, and is that a flat rate or real costs?", "en")
    assert "Groetjes" not in answer.text and "werkelijke kosten" in answer.text


TABLE = "\n".join(
    [
        "Het reisbudget hangt af van de afstand:",
        "• Afstandsband: 10 – 99 km; Standaard: € 40; Groen: € 65",
        "• Afstandsband: 100 – 499 km; Standaard: € 190; Groen: € 240",
        "• Afstandsband: 3.000 – 3.999 km; Standaard: € 560; Groen: € 650",
        "• Afstandsband: 4.000 km of meer; Standaard: € 1.050; Groen: n.v.t.",
    ]
)


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("Hoeveel krijgen we als de verste bestemming tussen 3000 en 3999 km ligt?", "3.000 – 3.999 km"),
        ("Jos kohde on alle 100 km, mikä on vihreän matkan tuki?", "10 – 99 km"),
        ("What if it is more than 4000 km?", "4.000 km of meer"),
    ],
)
def test_the_row_of_a_band_holding_the_case_is_shown_with_dots_in_thousands_and_bounds_not_reached(question, row):
    shown = with_list("• Afstandsband: 10 – 99 km; Standaard: € 40; Groen: € 65", TABLE, asked=question)
    assert row in shown and len(shown.split("\n")) == 1
    assert (3999, "km") in asked_quantities("tussen 3000 en 3999 km") and asked_quantities("alle 100 km") == {
        (99, "km")
    }


def test_a_sum_per_day_of_travel_is_a_daily_rate():
    from erasbot.guidance.scope import gives_rate
    from erasbot.guidance.units import figure_rates

    for sentence in ("Individuele steun: € 70 per persoon per reisdag.", "Dagpenning: 60 euro per resdag."):
        assert figure_rates(sentence) == {"day"} and gives_rate([sentence], "day")


def test_a_youth_worker_is_named_in_dutch_as_jongerenwerker_too():
    from erasbot.guidance.glossary import load_glossary

    assert "youth" in load_glossary().find("Ik ben jongerenwerker in Tiel-West.")


def test_a_sentence_over_a_list_of_questions_is_no_answer():
    from erasbot.guidance.added_selection import asks_listed_questions

    mail = "Beste,\nIk heb nog een paar vervolgvragen:\n• 1. Hoe hoog is het reisbudget?\n• 2. Mag Jayden mee?\nGroet"
    assert asks_listed_questions("Ik heb nog een paar vervolgvragen:", mail)
    answers = "Dit zijn de kandidaten:\n• Sanne (maart 2008)\n• Jayden (november 2007)?"
    assert not asks_listed_questions("Dit zijn de kandidaten:", answers)


def test_born_and_an_information_session_meet_the_guides_words_across_languages():
    from erasbot.guidance.cross_words import load_cross_words

    words = load_cross_words()
    born = {w for group in words.in_language("syntyneet nuoret", "fi", "nl") for w in group}
    session = {w for group in words.in_language("infotilaisuutta", "fi", "nl") for w in group}
    assert "geboren" in born and "informatiesessie" in session


def test_a_unit_word_in_a_name_asks_no_figure_in_that_unit():
    from erasbot.guidance.units import asked_units

    question = "Wat is het bedrag voor categorie D (evenement tijdens de Europese Week van de Sport)?"
    assert "week" not in asked_units(question)
    # ('Europese' names no euro either; a sum asked in euro still asks it)
    assert asked_units("Hoeveel euro krijgt categorie D (Europese Week van de Sport)?") == {"euro"}
    assert asked_units("How many weeks does the event last?") == {"week"}


def test_the_steps_asked_are_the_numbered_steps_from_the_first():
    from erasbot.guidance.added_asks import asks_steps

    assert asks_steps("Welke stappen moet ik doorlopen om de aanvraag in te dienen?")
    assert asks_steps("Vilka steg ska vi ta?") and not asks_steps("Hoeveel stappen verder is Berlijn?")
    answer = CORPUS.ask("Welke stappen moet ik doorlopen om een DiscoverEU Inclusion aanvraag in te dienen?", "nl")
    assert "OID" in answer.text and "KA155-YOU" in answer.text


def test_a_thing_of_its_own_the_documents_opening_names_is_what_every_passage_speaks_of():
    """'sport events' asked of a sport federation's project plan whose cover names Erasmus+ Sport: the deadline's
    passage, which does not say 'sport' again, answers."""
    from guides_in_memory import GuideInMemory

    plan = DocumentInfo(
        "projektplan", "Projektplan och ansökningsunderlag – EuroRoll 2027", "sv", "user document", (), "", "2021-2027"
    )
    guide = GuideInMemory(
        plan,
        [
            ("EuroRoll 2027", "Erasmus+ Sport: Ideella europeiska idrottsevenemang, ansökningsomgång 2026"),
            ("Ansökan – Sista ansökningsdag", "Sista dag att lämna in ansökan är torsdag den 5 mars 2026 kl. 17.00."),
            ("Budget", "Kommunen bidrar med 150 000 kronor till evenemanget."),
        ],
    )
    answer = guide.ask("Mikä on hakemuksen viimeinen jättöpäivä tässä sport events -haussa?", "fi")
    assert not answer.abstained and "5 mars 2026" in answer.text


def test_the_figure_the_best_sentence_lacks_is_found_further_on_in_its_section_on_the_same_thing():
    from erasbot.guidance.added_pairs import figure_beside
    from erasbot.guidance.corpus import Chunk
    from erasbot.guidance.retrieval import Hit
    from erasbot.guidance.selection import EVIDENCE

    texts = [
        "Alla organisationer som deltar som sökande måste ha ett PIC-nummer. Förbundet ska dessutom ha utsett en LEAR. "
        "LEAR sköter uppgifterna i portalen. Fullmakterna laddas upp i god tid.",
        "PIC-numret består av nio siffror. Förbundets PIC registrerades i samband med ett projekt.",
    ]
    hits = [
        Hit(Chunk(f"plan#{n}", "plan", n, "PIC och LEAR", text, "sv", (), "2021-2027", "Projektplan"), 1.0, 0.5, 0.5)
        for n, text in enumerate(texts)
    ]
    top = (9.0, hits[0], "Alla organisationer som deltar som sökande måste ha ett PIC-nummer.", 1.0)
    counts = EVIDENCE["count"].search
    found = figure_beside(top, hits, counts, set(), frozenset(), "Montako numeroa PIC:ssä on?")
    assert found is not None and found[2] == "PIC-numret består av nio siffror."
    # a sentence giving a count of something else the question does not name is not taken
    assert figure_beside(top, hits, counts, set(), frozenset(), "Montako numeroa tunnuksessa on?") is None


def test_a_criterions_points_asked_are_given_by_its_row_of_points():
    from erasbot.guidance.added_figures import figure_not_quoted

    question = "whats the max score for 'impact and dissemination' and the minimum you need on it?"
    row = "> “Kriterium: Effekt och spridning; Maxpoäng: 30 poäng; Tröskel: 15 poäng” [1]"
    assert not figure_not_quoted(question, question, "en", {"amount", "count"}, [row], [])
    other = "> “Kriterium: Effekt och spridning; Vad som bedöms: varaktiga effekter.” [1]"
    assert figure_not_quoted(question, question, "en", {"amount", "count"}, [other], [])


def test_a_sentence_going_on_with_their_or_deras_completes_the_one_before():
    from erasbot.guidance.added_pairs import going_on
    from erasbot.guidance.corpus import Chunk
    from erasbot.guidance.retrieval import Hit

    text = (
        "Deltagare från tredjeländer, till exempel Schweiz och Ukraina, får delta. Deras länder räknas som deltagande "
        "länder men inte som programländer."
    )
    hit = Hit(Chunk("plan#0", "plan", 0, "Krav på deltagande länder", text, "sv", (), "", "Plan"), 1.0, 0.5, 0.5)
    top = (9.0, hit, "Deltagare från tredjeländer, till exempel Schweiz och Ukraina, får delta.", 1.0)
    found = going_on(top, [hit])
    assert found is not None and found[2].startswith("Deras länder räknas")
