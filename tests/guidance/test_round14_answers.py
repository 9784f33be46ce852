"""Kinds of failure of round 14: a sum asked per month is no duration asked (its month is the rate, the sum the
figure); a Finnish compound ends with the word a question's meaning stands for ('projektinhallinta', management); a
count or a sum asked of an action whose text gives none is refused, not answered with what the action is; 'what's
the budget per project?' asks a sum; a request to go on in another language asks nothing of the texts; 'what's the
deal with X?' asks about X; 'can a university from outside Europe take part?' is answered by the claim on partner
countries."""

from __future__ import annotations

from dataclasses import replace

from guides_in_memory import GuideInMemory

from erasbot.forms import without_language_request
from erasbot.guidance.added_places import naming_asked
from erasbot.guidance.added_routing import OWN_WORDS_MAX, own_words
from erasbot.guidance.added_selection import answers_for_questions
from erasbot.guidance.added_words import in_document_language, read_in
from erasbot.guidance.corpus import DocumentInfo
from erasbot.guidance.glossary import load_glossary
from erasbot.guidance.lexical import tokens
from erasbot.guidance.question_asks import asks_a_figure
from erasbot.guidance.retrieval import Hit, analyse
from erasbot.guidance.units import without_rates

GLOSSARY = load_glossary()

FINNISH = DocumentInfo(
    "oph-page",
    "Nuorten osallistumishankkeet (KA154-YOU)",
    "fi",
    "user document",
    (),
    "",
    "2021-2027",
)
PAGE = GuideInMemory(
    FINNISH,
    [
        (
            "3. Toiminnot ja hankkeen kesto",
            (
                "Hankkeen kesto on 3–24 kuukautta. Kesto lasketaan avustussopimukseen merkitystä alkamispäivästä "
                "päättymispäivään.\n"
                "• Ominaisuus: Kesto; Kansallinen hanke: Hanke 3–24 kuukautta; Kansainvälinen hanke: Hanke 3–24 "
                "kuukautta"
            ),
        ),
        (
            "Esimerkki: Nuorten vaikuttamisfoorumi",
            "Hankkeen budjetti muodostuu seuraavasti:\n• projektinhallinta 14 kuukautta × 500 euroa = 7 000 euroa",
        ),
        (
            "5. Avustus ja kululuokat",
            (
                "• Kululuokka: Projektinhallinta; Rahoitusperuste: Yksikkökustannus kuukautta kohti; Määrä: 500 euroa "
                "kuukaudessa\n"
                "• Kululuokka: Valmennus; Rahoitusperuste: Yksikkökustannus valmentajan työpäivää kohti; Määrä: 241 "
                "euroa päivässä"
            ),
        ),
    ],
)


def test_a_sum_asked_per_month_is_answered_by_the_sum_per_month_not_by_a_number_of_months():
    for question, language in (
        ("How much is the grant per month in a youth participation project (KA154)?", "en"),
        ("Kuinka paljon avustusta saa kuukaudessa nuorten osallistumishankkeessa?", "fi"),
    ):
        answer = PAGE.ask(question, language)
        assert not answer.abstained, question
        assert "500 euroa kuukaudessa" in answer.text, question
        assert "3–24 kuukautta" not in answer.text, question
    assert "month" not in without_rates("how much for project management per month?")
    assert without_rates("hur länge pågår projektet?") == "hur länge pågår projektet?"


def test_a_finnish_compound_ends_with_the_word_a_meaning_stands_for():
    question = "Hur mycket får man för projektledning?"
    vocabulary = {t: 1.0 for t in tokens("Projektinhallinta ja valmennus maksetaan kuukausittain.", "fi")}
    words = in_document_language(read_in(question, "sv", "fi"), question, "sv", "fi", vocabulary)
    assert set(tokens("projektinhallinta", "fi")) <= words
    # a Swedish guide's 'vägledning' (guidance) is no 'ledning' (management)
    vocabulary = {t: 1.0 for t in tokens("Vägledning för sökande finns på webben.", "sv")}
    words = in_document_language(
        read_in("How is the project management paid?", "en", "sv"), "x", "en", "sv", vocabulary
    )
    assert not set(tokens("vägledning", "sv")) & words


def test_a_count_or_a_sum_the_actions_text_does_not_give_is_refused(engine):
    for question in (
        "Hoeveel partners zijn daarvoor nodig? (Partnerschappen voor innovatie (allianties))",
        "How many partners does an Alliance for Innovation need at minimum?",
        "what's the budget per project? (Partnerships for Innovation (Alliances))",
    ):
        answer = engine.ask(question)
        assert answer.abstained, question
        assert "Programme Guide" in answer.text, question
    # the same wording of an action whose text gives the figure is answered with it
    answer = engine.ask("what's the budget per project? (Knowledge Alliances)")
    assert not answer.abstained and "700 000" in answer.text


def test_whats_the_budget_asks_a_sum_but_what_the_grant_is_for_does_not():
    def asked(question: str) -> str | None:
        return asks_a_figure(analyse(question, "en", GLOSSARY, ("sv", "nl")), GLOSSARY)

    assert asked("what's the budget per project?") == "amount"
    assert asked("Vad är bidraget?") == "amount"
    assert asked("What is the grant for?") is None
    assert asked("What is the grant used for?") is None


def test_a_request_to_go_on_in_another_language_asks_nothing_of_the_texts(engine):
    question = "Okej, kan vi ta det på svenska nu: vilka aktiviteter kan projekten innehålla? (Kunskapsallianser)"
    answer = engine.ask(question)
    assert not answer.abstained
    assert "multidisciplinära läroplaner" in answer.text
    assert without_language_request("In English please: what are the aims?") == "what are the aims?"
    # the language of the application is asked of the texts, which do not say it
    assert without_language_request("Kan vi skriva ansökan på engelska?") == "Kan vi skriva ansökan på engelska?"


def test_whats_the_deal_with_a_thing_asks_about_the_thing(engine):
    answer = engine.ask(
        "I texten om kunskapsallianser nämns ett forum mellan universitet och näringslivet. Vad är grejen med det, "
        "ska man budgetera för något där?"
    )
    assert not answer.abstained
    assert "forumet mellan universitet och näringslivet" in answer.text


def test_a_university_from_outside_europe_is_answered_by_the_claim_on_partner_countries(engine):
    for question in (
        "Mag een universiteit van buiten Europa meedoen? (Kennisallianties)",
        "Can a university from outside Europe join? (Knowledge Alliances)",
    ):
        lead = engine.ask(question).text.split("\n")[0].lower()
        assert "partner" in lead and ("meerwaarde" in lead or "added value" in lead), question


SPORT = GuideInMemory(
    DocumentInfo(
        "sport-page",
        "Partnerschappen in de sport (KA210-SPO en KA220-SPO) – oproep 2026",
        "nl",
        "user document",
        (),
        "",
        "2021-2027",
    ),
    [
        (
            "Zo wordt uw aanvraag beoordeeld",
            (
                "U kunt in totaal 100 punten halen.\n"
                "• Criterium: Relevantie; Maximaal aantal punten – KA210-SPO: 30; Maximaal aantal punten – KA220-SPO: "
                "25; Waar let de expert op?: Is de Europese meerwaarde zichtbaar?\n"
                "• Criterium: Impact; Maximaal aantal punten – KA210-SPO: 20; Maximaal aantal punten – KA220-SPO: 25; "
                "Waar let de expert op?: Hoe worden de resultaten verspreid?"
            ),
        ),
    ],
)


def test_a_table_row_ending_with_its_cells_question_is_a_row_not_a_question_of_the_guide():
    (chunk,) = SPORT.chunks
    hit = Hit(chunk, 1.0, 0.5, 0.5)
    rows = [line for line in chunk.text.split("\n") if line.startswith("• ")]
    kept = [sentence for _, _, sentence, _ in answers_for_questions([(1.0, hit, rows[0], 0.5)])]
    assert kept == [rows[0]]  # not replaced by the row after it, as a question of the guide's FAQ would be
    faq = "Mag een profclub meedoen?\nJa, als partner."
    asked = Hit(replace(chunk, text=faq), 1.0, 0.5, 0.5)
    assert [s for _, _, s, _ in answers_for_questions([(1.0, asked, "Mag een profclub meedoen?", 0.5)])] == [
        "Ja, als partner."
    ]


def test_a_thing_of_its_own_asked_brings_in_the_passage_whose_heading_names_it():
    page = GuideInMemory(
        FINNISH,
        [
            ("5. Avustus ja kululuokat", "Projektinhallinta kattaa suunnittelun ja viestinnän kulut."),
            ("Eläkevakuutus", "Mutual Insurance Mechanism -järjestelmä ei koske tätä toimea."),
            ("Saako nuorille maksaa palkkiota osallistumisesta?", "Ei saa. Osallistujille ei makseta palkkioita."),
        ],
    )
    hits = [Hit(c, 1.0, 0.5, 0.5) for c in page.chunks]
    query = analyse("Can we pay the young people a fee for taking part?", "en", GLOSSARY, ("fi",))
    assert "fees" in query.concepts
    brought = naming_asked(query, list(enumerate(hits))[1:], [(0, hits[0])], GLOSSARY)
    assert [hit.chunk.heading for _, hit in brought] == ["Saako nuorille maksaa palkkiota osallistumisesta?"]
    # a question naming no such thing brings in nothing
    plain = analyse("How long may the project last?", "en", GLOSSARY, ("fi",))
    assert naming_asked(plain, list(enumerate(hits))[1:], [(0, hits[0])], GLOSSARY) == []


def test_everyday_speech_about_the_askers_is_no_situation_told_at_length():
    question = (
        "Meilla on pieni seura ja tama olis eka hakemus. Mitä tarkottaa 'uusi tulokas' (newcomer) tassa ohjelmassa "
        "ja saako siitä jotain etua?"
    )
    words = own_words(question, "fi", GLOSSARY)
    assert {"tulokas", "newcomer"} <= words
    assert not words & {t for w in ("meilla", "olis", "tama", "saako") for t in tokens(w, "fi")}
    assert len(words) <= OWN_WORDS_MAX  # what it asks, not a situation told at length
