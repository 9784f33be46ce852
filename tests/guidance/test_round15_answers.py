"""Kinds of failure of round 15: an added guide of 2021-2027 with a section on 2014-2020 answers for that period; a
table row is singled out by its record's name in another number ('network', 'Networks'); 'how much of the hours'
asks a share, not hours; a count of students is not answered by hours; 'Is that a problem?' and 'that exception'
ask about what the context told; 'Paljonko ...?' asks no yes or no; an umbrella organisation's exception answers how
many organisations its country needs; 'who submits the application' asks for the applicant."""

from __future__ import annotations

from guides_in_memory import KNOWLEDGE_ALLIANCES, CorpusInMemory

from erasbot.forms import asks_yes_no, infer_form
from erasbot.guidance.added_asks import asked_in_units
from erasbot.guidance.corpus import Chunk, DocumentInfo
from erasbot.guidance.glossary import load_glossary
from erasbot.guidance.profiles import build_profiles
from erasbot.guidance.retrieval import Hit, analyse
from erasbot.guidance.selection import with_list
from erasbot.guidance.snapshot import concept_text
from erasbot.guidance.units import unit_missing

GLOSSARY = load_glossary()

KA = KNOWLEDGE_ALLIANCES
HANDBOOK = DocumentInfo(
    "jean-monnet-handbok",
    "Handbok: Jean Monnet-åtgärderna i Erasmus+ (call 2026)",
    "sv",
    "user document",
    (),
    "",
    "2021-2027",
)
OLD_FORMATS = (
    "Det fanns sex format:\n"
    "• Format 2014-2020: Modules; Längd: 3 år; Max bidrag (euro): 30 000\n"
    "• Format 2014-2020: Networks; Längd: 3 år; Max bidrag (euro): 300 000; Partner: minst tre partner från tre länder\n"
    "• Format 2014-2020: Projects; Längd: 12-24 månader; Max bidrag (euro): 60 000"
)
PASSAGES = [
    (
        KA,
        "Kunskapsallianser",
        "Projekten pågår i två till tre år. EU-bidraget är högst 700 000 euro för tvååriga projekt.",
    ),
    (
        HANDBOOK,
        "Handbok: Jean Monnet-åtgärderna i Erasmus+ (call 2026) – Jean Monnet Policy Debate",
        "Ett Policy Debate-nätverk i högre utbildning ska bestå av minst fem partner från minst fem olika länder.",
    ),
    (
        HANDBOOK,
        "Handbok: Jean Monnet-åtgärderna i Erasmus+ (call 2026) – Jean Monnet 2014-2020 och vad som har ändrats",
        OLD_FORMATS,
    ),
]
CORPUS = CorpusInMemory(PASSAGES)
PROFILES = CORPUS.profiles
CHUNKS = CORPUS.chunks
ask = CORPUS.ask
CONCEPTS = tuple(tuple(GLOSSARY.find(concept_text(c))) for c in CHUNKS)


def test_a_guide_with_a_section_on_the_earlier_period_answers_a_question_on_that_period():
    assert PROFILES["jean-monnet-handbok"].heading_periods == {"2014-2020"}
    assert not PROFILES["jean-monnet-handbok"].of_other_period("2014-2020")
    answer = ask("Wat was het maximumbedrag voor Jean Monnet Projects in 2014-2020 en hoe lang liepen die?", "nl")
    assert not answer.abstained
    assert "60 000" in answer.text and {c.doc_id for c in answer.citations} == {"jean-monnet-handbok"}
    # a guide naming the earlier period nowhere in its headings is still of its own period only
    plain = build_profiles({HANDBOOK.id: HANDBOOK}, CHUNKS[1:2], CONCEPTS[1:2], GLOSSARY)[HANDBOOK.id]
    assert plain.of_other_period("2014-2020") and not plain.of_other_period("2021-2027")


def test_a_table_row_is_singled_out_by_its_records_name_in_another_number():
    row = "• Format 2014-2020: Networks; Längd: 3 år; Max bidrag (euro): 300 000; Partner: minst tre partner från tre länder"
    shown = with_list(row, OLD_FORMATS, asked="How many partners did a Jean Monnet network need in 2014-2020?")
    assert shown.startswith("Format 2014-2020: Networks") and "Modules" not in shown
    # a word every row's name shares singles out none: the whole table
    whole = with_list(row, OLD_FORMATS, asked="What were the formats in 2014-2020?")
    assert "Modules" in whole and "Projects" in whole


def test_how_much_of_the_hours_asks_a_share_and_a_count_of_students_is_not_answered_by_hours():
    assert asked_in_units("får doktorander undervisa i en modul, och hur mycket av timmarna?") == set()
    assert asked_in_units("Hur många timmar måste en modul ha?") == {"hour"}
    assert asked_in_units("Montako opiskelijaa moduulilla pitää vähintään olla?") == {"students"}
    hours = "Modulen ska omfatta minst 40 undervisningstimmar per läsår."
    assert unit_missing({"students"}, [hours]) == "students"
    assert unit_missing({"students"}, ["Kursen ska ha minst 15 studenter."]) is None


def test_paljonko_and_montako_ask_a_figure_not_yes_or_no():
    assert not asks_yes_no("Paljonko Opetushallitus antaa lisärahaa suomalaisille osallistujille?")
    assert infer_form("Montako partneria tarvitaan?") == "figure"
    assert asks_yes_no("Voiko yritys osallistua?")


def test_is_that_a_problem_asks_about_the_case_the_context_told(engine):
    answer = engine.ask(
        "Our partner uni is in Ukraine, which is a partner country, and it doesn't have the ECHE. Is that a problem "
        "for our university-business alliance under the 2014-2020 programme?"
    )
    assert "partner countries need not" in answer.text.split("\n")[0]
    swedish = engine.ask("Vår partner i Ukraina har inte Erasmusstadgan. Är det ett problem för vår kunskapsallians?")
    assert "krävs inte för lärosäten från partnerländer" in swedish.text.split("\n")[0]


def test_that_exception_asks_about_the_exception_the_context_quoted(engine):
    answer = engine.ask(
        'I texten om branschspecifika kunskapsallianser står det "Enda undantaget är om en paraplyorganisation ingår '
        'i konsortiet". Vad innebär det undantaget konkret för hur många organisationer man behöver från det landet?'
    )
    assert "inga fler organisationer" in answer.text.split("\n")[0]
    # the count asked of the alliance itself is still its composition
    plain = engine.ask("Hur många organisationer behövs från varje land i en branschspecifik kunskapsallians?")
    assert "minst 3 organisationer från varje land" in plain.text.split("\n")[0]


def test_who_submits_the_application_asks_for_the_applicant_and_how_asks_for_the_procedure(engine):
    for question in (
        "Wie moet bij een SSA de aanvraag indienen?",
        "Vem ska skicka in ansökan för en branschspecifik kunskapsallians?",
    ):
        assert "programmaland" in (lead := engine.ask(question).text.split("\n")[0]) or "programland" in lead
    how = engine.ask("Hoe moet je de aanvraag voor een SSA indienen?").text.split("\n")[0]
    assert "jaarlijkse oproep" in how
    # who MAY submit asks which organisations can apply, and where: the procedure's claim
    may = engine.ask("Wie mag een aanvraag indienen voor de Partnerschappen voor innovatie, en waar?")
    assert "EACEA" in may.text.split("\n")[0]


def test_words_users_write_for_a_duration_the_two_kinds_and_the_forum(engine):
    four_years = engine.ask("Stammer det att ett kunskapsallians-projekt kan halla pa i fyra ar?")
    assert "två till tre år" in four_years.text.split("\n")[0]
    kinds = engine.ask("Mitka ovat innovaatiokumppanuuksien (Erasmus+ 2021-2027) kaksi toimintamuotoa?")
    assert "koulutuksen ja yritysten allianssit" in kinds.text.split("\n")[0]
    forum = engine.ask("Finns det nagot forum som kunskapsallianser ska vara med pa?")
    assert "forumet mellan universitet och näringslivet" in forum.text.split("\n")[0]


def test_a_question_in_finnish_or_english_meets_the_swedish_words_for_online_teaching_and_the_lead_person():
    from erasbot.guidance.cross_words import load_cross_words

    words = load_cross_words()
    online = words.in_language("Saako moduulin opetuksen pitää kokonaan etänä verkossa?", "fi", "sv")
    assert any("digitalt" in meaning for meaning in online)
    lead = words.in_language("Can I be the lead person on two applications?", "en", "sv")
    assert any("huvudansvarig" in meaning for meaning in lead)


def test_how_many_will_be_funded_and_the_total_budget_are_no_rule_of_an_action():
    assert "statistics" in GLOSSARY.find("Roughly how many Jean Monnet Modules will the Commission fund in 2026?")
    assert "statistics" in GLOSSARY.find("hur stor andel av ansökningarna beviljades förra året?")
    assert "programme-budget" in GLOSSARY.find("what is the total Jean Monnet budget this year?")
    assert "statistics" not in GLOSSARY.find("How much funding will a Jean Monnet Module get?")


def test_which_ones_are_asked_of_a_thing_the_text_only_counts_is_refused_saying_so(engine):
    for question, said in (
        ("Which are the 14 industrial ecosystems of the Alliances for Innovation?", "only how many"),
        ("Welke zijn die 14 ecosystemen precies?", "alleen het aantal"),
    ):
        answer = engine.ask(question)
        assert answer.abstained and said in answer.text
    # in which ecosystems they are implemented is answered: the industrial strategy's 14
    answer = engine.ask("In welke ecosystemen worden de allianties voor sectorale samenwerking uitgevoerd?")
    assert not answer.abstained and "14 industriële ecosystemen" in answer.text
    # how many there are is what the text says
    answer = engine.ask("In how many ecosystems are the sectoral alliances implemented?")
    assert not answer.abstained and "14" in answer.text
    # a list the claim gives is given
    assert "tourism" in engine.ask("Which sectors can a sector skills alliance address?").text


def test_extra_money_for_disabled_participants_and_something_concrete_as_users_write_them(engine):
    assert engine.ask("Is there extra money for participants with disabilities in a knowledge alliance?").abstained
    told = (
        "Vi är en folkhögskola med flera deltagare med funktionsnedsättning. Finns det ett särskilt extra bidrag för "
        "deras resor i strategiska partnerskap inom vuxenutbildning?"
    )
    assert engine.ask(told).abstained  # money for travel: a unit cost the texts do not give
    assert "inclusion-support" in GLOSSARY.find("Finns det extra bidrag för deltagare med funktionsnedsättning?")
    # the theme of education for the disabled is what the text lists, not extra money
    assert "inclusion-support" not in GLOSSARY.find("Kan projektet handla om utbildning för funktionshindrade?")
    concrete = engine.ask("Måste vi ta fram något konkret i ett strategiskt partnerskap inom vuxenutbildning?")
    assert not concrete.abstained and "resultat" in concrete.text.split("\n")[0]
    small = engine.ask("Är strategiska partnerskap inom vuxenutbildning bara för stora projekt?")
    assert "mindre samarbetsprojekt" in small.text.split("\n")[0]


def test_are_the_rules_the_same_asks_for_the_rules_not_the_period(engine):
    answer = engine.ask(
        "Are the rules the same for the new 2021-2027 alliances? (Partnerships for Innovation (Alliances))"
    )
    assert "Programme Guide" in answer.text.split("\n")[0]


def test_a_sum_asked_for_one_student_asks_no_count_of_students():
    assert "students" not in asked_in_units("Paljonko yksilötukea opiskelija saa päivässä Saksassa?")
    assert "students" not in asked_in_units("Is the unit cost also paid for self-funded students?")
    assert "students" in asked_in_units("How many students must a module have?")


def test_an_earlier_period_is_answered_only_where_the_guide_speaks_of_it():
    from erasbot.guidance.added_answer import of_period_asked

    documents = {HANDBOOK.id: HANDBOOK}
    now, then = CHUNKS[1], CHUNKS[2]
    network = "Ett Policy Debate-nätverk i högre utbildning ska bestå av minst fem partner."
    assert not of_period_asked(Hit(now, 1.0, 0.5, 0.5), network, "2014-2020", documents)
    assert of_period_asked(Hit(then, 1.0, 0.5, 0.5), "Format 2014-2020: Networks; Längd: 3 år", "2014-2020", documents)
    assert of_period_asked(Hit(now, 1.0, 0.5, 0.5), network, "2021-2027", documents)
    assert of_period_asked(Hit(now, 1.0, 0.5, 0.5), network, None, documents)
    # both periods asked: the sentence of now answers its half
    answer = ask("How many partners does a Policy Debate network need, and was it the same in 2014-2020?", "en")
    assert "minst fem partner" in answer.text


def test_the_swedish_is_names_no_year():
    from erasbot.guidance.units import asked_units, figure_units

    assert asked_units("En av våra deltagare är döv. Kan kostnaden täckas?") == {"participants"}
    assert "year" in asked_units("Hur många år får projektet pågå?")
    assert "year" in figure_units("Projektet är 2 år långt.")


def test_a_statement_put_up_to_be_checked_asks_yes_or_no():
    assert asks_yes_no("Our partner needs the charter, right?")
    assert asks_yes_no("Stammer det att en kunskapsallians kan halla pa i fyra ar?")
    assert asks_yes_no("I read that a Knowledge Alliance lasts four years, is that right?")
    assert not asks_yes_no("Which one is right for us?")


def test_whether_something_is_eligible_is_asked_not_placed_outside_the_guide():
    from erasbot.guidance.added_excluded import asks_what_is_excluded

    guide = DocumentInfo(
        "yx-guide", "Youth Exchanges – Guide for applicants", "en", "user document", (), "", "2021-2027"
    )
    passages = [
        (
            "2.3 Activities that are not eligible",
            "The following activities cannot be funded: language courses; tourism.",
        ),
        (
            "1. About this guide",
            (
                "School class exchanges are not eligible (section 2.3); schools can apply under Key Action 1, which "
                "this guide does not cover."
            ),
        ),
    ]
    chunks = [
        Chunk(f"yx-guide#{n}", "yx-guide", n, heading, text, "en", (), "2021-2027", guide.title)
        for n, (heading, text) in enumerate(passages)
    ]
    hits = [Hit(c, 1.0 - n / 10, 0.5, 0.5) for n, c in enumerate(chunks)]

    def excluded(question: str) -> bool:
        return asks_what_is_excluded(analyse(question, "en", GLOSSARY, ("en",)), hits, GLOSSARY)

    assert not excluded("Is a language course abroad eligible as a youth exchange?")
    assert excluded("Can we organise a school class exchange?")
