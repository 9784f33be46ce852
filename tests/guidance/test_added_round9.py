"""Kinds of failure on guides nobody curated (round 9): a question in another language meets the guide's words by
their beginnings ('kriteriet' and 'criterium'); points are a unit; a question asking how much time answers with a
time, not a sum; the money of a whole call is no project's grant; a list of examples of who may apply is the rule,
not a worked example; a table row's headings do not make every row the answer to a yes/no question."""

from __future__ import annotations

from erasbot.guidance.added_marks import asks_budget, is_example, states_call_budget
from erasbot.guidance.added_rows import row_values
from erasbot.guidance.amount_of import grant_kinds
from erasbot.guidance.corpus import DocumentInfo
from erasbot.guidance.glossary import load_glossary
from erasbot.guidance.lexical import tokens
from erasbot.guidance.units import units_named
from tests.guidance.guides_in_memory import GuideInMemory

GLOSSARY = load_glossary()

DUTCH = DocumentInfo(
    "mbo-guide",
    "Samenwerkingspartnerschappen in het mbo (KA220-VET) – Handleiding voor aanvragers, oproep 2026",
    "nl",
    "user document",
    (),
    "",
    "2021-2027",
)
SWEDISH = DocumentInfo(
    "uhr-page",
    "Samarbetspartnerskap inom vuxenutbildning (KA220-ADU) – ansökningsomgång 2026",
    "sv",
    "user document",
    (),
    "",
    "2021-2027",
)
CRITERIA = (
    "Elke ontvankelijke aanvraag wordt beoordeeld door twee onafhankelijke externe deskundigen.\n"
    "Een aanvraag komt alleen in aanmerking voor subsidie als zij in totaal ten minste 60 punten haalt én op elk "
    "criterium ten minste de helft van het maximale aantal punten.\n"
    "Tabel 8. Gunningscriteria en drempels\n"
    "• Criterium: Relevantie van het project; Maximaal: 25 punten; Ten minste: 12,5 punten\n"
    "• Criterium: Kwaliteit van de opzet en uitvoering van het project; Maximaal: 30 punten; Ten minste: 15 punten\n"
    "• Criterium: Kwaliteit van het partnerschap en de samenwerkingsafspraken; Maximaal: 20 punten; Ten minste: 10 "
    "punten\n"
    "• Criterium: Impact; Maximaal: 25 punten; Ten minste: 12,5 punten"
)
REDUCTION = (
    "Het NA beoordeelt het eindrapport op een schaal van 100 punten. Bij een score van 50 punten of meer volgt geen "
    "korting wegens kwaliteit.\n"
    "Tabel 10. Korting bij onvoldoende uitvoering\n"
    "• Score eindrapport: 50 tot 100 punten; Korting op het vaste bedrag: geen korting\n"
    "• Score eindrapport: 40 tot 49 punten; Korting op het vaste bedrag: 25%\n"
    "• Score eindrapport: 25 tot 39 punten; Korting op het vaste bedrag: 50%"
)
REPORTS = (
    "Tabel 9. Rapporten\n"
    "• Rapport: Voortgangsrapport; Wanneer: halverwege de looptijd, op de datum in de overeenkomst\n"
    "• Rapport: Eindrapport; Wanneer: uiterlijk 60 dagen na de einddatum van het project"
)
DUTCH_GUIDE = GuideInMemory(
    DUTCH,
    [
        (
            "3. Looptijd",
            "De looptijd ligt tussen 12 en 36 maanden en de startdatum tussen 1 september en 31 december 2026.",
        ),
        ("8. Beoordeling – 8.2 Gunningscriteria", CRITERIA),
        ("9. Uitvoering – 9.3 Beoordeling van het eindrapport", REDUCTION),
        ("9. Uitvoering – 9.2 Rapportage", REPORTS),
    ],
)
SWEDISH_GUIDE = GuideInMemory(
    SWEDISH,
    [
        (
            "Tidsplan 2026",
            (
                "För ansökningsomgång 2026 har Sverige preliminärt omkring 3,2 miljoner euro för samarbetspartnerskap "
                "inom vuxenutbildning."
            ),
        ),
        (
            "Bidrag och klumpsummor",
            "Ni väljer i ansökan ett av tre belopp: 120 000 euro, 250 000 euro eller 400 000 euro.",
        ),
        (
            "Vem kan söka och vem kan delta? – Partnerorganisationer",
            (
                "Vem kan ha vilken roll i ett samarbetspartnerskap?\n"
                "• Organisation etablerad i: Sverige eller annat EU-medlemsland; Får vara sökande (koordinator): Ja; "
                "Får vara partner: Ja\n"
                "• Organisation etablerad i: Privatperson; Får vara sökande (koordinator): Nej; Får vara partner: Nej"
            ),
        ),
        (
            "Vem kan söka och vem kan delta? – Sökande organisation",
            (
                "Exempel på organisationer som kan söka:\n"
                "• folkhögskolor och studieförbund\n"
                "• kommuner och regioner\n"
                "• bibliotek och museer"
            ),
        ),
    ],
)


def test_a_question_meets_the_guide_words_its_table_gives_as_beginnings():
    # 'kriteriet' and 'relevans' meet 'Criterium' and 'Relevantie'; 'poäng' asks for points
    answer = DUTCH_GUIDE.ask("Hur många poäng kan en ansökan som mest få för kriteriet relevans?", "sv")
    assert not answer.abstained
    assert "Relevantie van het project; Maximaal: 25 punten" in answer.text


def test_how_much_time_after_the_end_asks_a_time_not_the_start_dates():
    question = (
        "We are a Dutch VET college coordinating a 24-month cooperation partnership that ends on 31 August. Our "
        "partners ask how much time we have after the end date to submit the final report. What is the deadline?"
    )
    answer = DUTCH_GUIDE.ask(question, "en")
    assert "uiterlijk 60 dagen na de einddatum" in answer.text
    lead = answer.text.split("\n")[1]  # the first quote, under the line naming the guide
    assert "60 dagen" in lead and "startdatum" not in lead


def test_how_much_money_a_project_gets_is_no_call_budget():
    answer = SWEDISH_GUIDE.ask(
        "Hur mycket pengar kan man få för ett samarbetspartnerskap i ansökningsomgången 2026?", "sv"
    )
    assert "400 000 euro" in answer.text
    assert "3,2 miljoner" not in answer.text


def test_a_yes_no_on_a_kind_of_organisation_is_answered_by_the_list_naming_it():
    answer = SWEDISH_GUIDE.ask("Kan en folkhögskola vara sökande organisation, eller bara partner?", "sv")
    assert "folkhögskolor och studieförbund" in answer.text
    assert "Privatperson" not in answer.text


def test_units_and_kinds_read_from_a_question():
    assert "points" in units_named("Hur många poäng för relevans?")
    assert "points" in units_named("Kuinka monta pistettä?")
    assert "euro" in units_named("How much money can we get?")
    assert "organisations" not in units_named("the deadline for cooperation partnerships")  # no 'partners'
    assert "organisations" in units_named("how many partners")
    kinds = GLOSSARY.question_kinds("How much time do we have after the end date?")
    assert "duration" in kinds and "amount" not in kinds
    assert "amount" in GLOSSARY.question_kinds("How much is the grant?")


def test_stopwords_typed_without_diacritics_are_stopwords_but_a_year_is_a_word():
    assert tokens("hur manga partner behovs for det", "sv") == tokens("hur många partner behövs för det", "sv")
    assert "ar" in tokens("hur många år", "sv")


def test_a_lump_sum_is_named_inflected():
    # 'Paljonko kertakorvauksesta vähennetään ...?' is answered by a table on 'het vaste bedrag'
    assert "lump sum" in grant_kinds("Korting op het vaste bedrag: 25%")
    assert "lump sum" in grant_kinds("a lump-sum grant")


def test_a_call_budget_is_told_from_a_projects_grant():
    assert states_call_budget("För ansökningsomgång 2026 har Sverige preliminärt omkring 3,2 miljoner euro.")
    assert not states_call_budget("Ni väljer ett av tre belopp: 120 000 euro, 250 000 euro eller 400 000 euro.")
    assert not states_call_budget("A Knowledge Alliance gets at most EUR 1 million for three years.")
    assert asks_budget("How big is the total budget for Sweden?")
    assert not asks_budget("How much money can we get?")


def test_a_list_of_examples_of_who_may_apply_is_no_worked_example():
    assert not is_example("Exempel på organisationer som kan söka:")
    assert is_example("Example: a project with three partners asks for EUR 250 000.")
    assert is_example("Each partner gets EUR 20 000.", "Annex 1. Example of a budget")


def test_a_rows_values_are_its_cells_without_the_headings():
    row = "• Organisation etablerad i: Privatperson; Får vara sökande (koordinator): Nej; Får vara partner: Nej"
    assert row_values(row) == "Privatperson; Nej; Nej"
    assert row_values("A plain sentence: no table.") == "A plain sentence: no table."


ADULT_2014 = DocumentInfo(
    "strategic-partnerships-adult-education",
    "Strategiska partnerskap inom vuxenutbildning",
    "sv",
    "EU (Erasmus+ site, Swedish)",
    ("strategic-partnership-adult",),
    "Strategic Partnerships",
    "2014-2020",
)
SKILLS_2014 = DocumentInfo(
    "sector-skills-alliances",
    "Branschspecifika kunskapsallianser",
    "sv",
    "EU (Erasmus+ site, Swedish)",
    ("sector-skills-alliance",),
    "Sector Skills Alliances",
    "2014-2020",
)


def test_a_question_naming_the_action_by_a_name_of_both_periods_goes_to_the_newer_guide_of_it():
    # the older text of another action names the topic asked in its headings ('partnerländer', 'associerade'); the
    # newer guide's title names the action asked ('samarbetspartnerskap inom vuxenutbildning'): its rules answer
    from erasbot.guidance.corpus import Chunk
    from erasbot.guidance.profiles import build_profiles
    from erasbot.guidance.snapshot import concept_text
    from erasbot.guidance.subjects import choose_subject

    passages = [
        (ADULT_2014, "Vilka kan delta?", "Partnergruppen måste bestå av minst 3 organisationer från 3 programländer."),
        (SKILLS_2014, "Partnerländer och associerade partner", "Organisationer från partnerländer får delta."),
        (SWEDISH, "Partnerorganisationer", "De tredjeländer som är associerade till programmet är Island och Norge."),
    ]
    chunks = tuple(
        Chunk(f"{d.id}#{n}", d.id, n, heading, text, d.language, d.actions, d.period, d.title)
        for n, (d, heading, text) in enumerate(passages)
    )
    documents = {d.id: d for d in (ADULT_2014, SKILLS_2014, SWEDISH)}
    profiles = build_profiles(documents, chunks, tuple(tuple(GLOSSARY.find(concept_text(c))) for c in chunks), GLOSSARY)

    weights = {"partner-countries": 3.0, "associated-partners": 3.0}  # rare topics of the corpus weigh most

    def subject(question: str, language: str):
        return choose_subject(question, language, tuple(GLOSSARY.find(question)), profiles, GLOSSARY, weights)

    newer = subject(
        "Which third countries are associated, according to the page on adult-education cooperation partnerships?", "en"
    )
    assert newer.added and newer.doc_ids == {SWEDISH.id}
    older = subject("Vilka partnerländer kunde delta i strategiska partnerskap inom vuxenutbildning 2014-2020?", "sv")
    assert not older.added


def test_a_finnish_adjective_made_of_a_noun_does_not_ask_about_the_noun():
    from erasbot.guidance.cross_words import load_cross_words

    cross = load_cross_words()
    duration = cross.meanings("hankekeston", "fi")  # the project's duration, inside a compound
    assert duration and not duration & cross.meanings("lyhytkestoisessa liikkuvuushankkeessa", "fi")  # short-term
    assert cross.meanings("raportti", "fi") <= cross.meanings("loppuraportin", "fi")  # a genitive is no adjective


def test_a_question_naming_its_action_by_words_of_both_periods_is_told_from_one_naming_the_current_action():
    from erasbot.guidance.answer_gates import asks_generically
    from erasbot.guidance.retrieval import analyse

    def generic(question: str, language: str) -> bool:
        return asks_generically(analyse(question, language, GLOSSARY, ("sv",)), GLOSSARY)

    # the earlier programme's text may answer what a guide of the current one does not say ...
    assert generic("Saako aikuiskoulutuksen kumppanuushanke rahoitusta henkilöstön palkkakuluihin?", "fi")
    # ... not a question naming the current programme's action, its code or its period
    assert not generic("Får ett samarbetspartnerskap inom vuxenutbildning söka bidrag för löner?", "sv")
    assert not generic("Can a KA220-ADU project pay salaries?", "en")
    assert not generic("Could adult-education partnerships pay salaries in 2021-2027?", "en")
