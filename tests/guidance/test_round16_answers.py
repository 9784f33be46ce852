"""Kinds of failure of round 16 (an added staff briefing on a 2021-2027 action, with a section on 2014-2020): an
action code only the added guide names ('KA201') makes the question the guide's, and years within a programme period
('2015-2020') ask of that period; a yes/no check of a programme the guide mentions in passing ('Was that under Jean
Monnet?') beside the question asked is answered, not refused; a page count and the ECHE the guide never names are
not answered by its other sentences."""

from __future__ import annotations

from guides_in_memory import KNOWLEDGE_ALLIANCES, CorpusInMemory

from erasbot.forms import asks_yes_no
from erasbot.guidance.added_answer import asked_in_guide
from erasbot.guidance.corpus import Chunk, DocumentInfo
from erasbot.guidance.glossary import load_glossary
from erasbot.guidance.profiles import coded_documents, programme_of
from erasbot.guidance.retrieval import Hit, analyse
from erasbot.guidance.selection import with_list

GLOSSARY = load_glossary()
KA = KNOWLEDGE_ALLIANCES
BRIEFING = DocumentInfo(
    "teacher-academies-briefing", "ERASMUS+ TEACHER ACADEMIES", "en", "user document", (), "", "2021-2027"
)
PASSAGES = [
    (
        KA,
        "Kunskapsallianser",
        "Projekten pågår i två till tre år. EU-bidraget är högst 700 000 euro för tvååriga projekt.",
    ),
    (
        BRIEFING,
        "ERASMUS+ TEACHER ACADEMIES – 4. Duration and funding",
        (
            "Teacher Academies last 36 months. The maximum EU grant is EUR 1,500,000 per project. The application "
            "consists of Part A, the administrative forms, and Part B, the technical description, written in the "
            "template."
        ),
    ),
    (
        BRIEFING,
        "ERASMUS+ TEACHER ACADEMIES – 8. Then and now: teacher education cooperation in 2014-2020",
        (
            "In the programme period 2014-2020 cooperation between teacher education providers and schools was "
            "funded through Strategic Partnerships in school education (KA201). Jean Monnet was not the route for "
            "this kind of cooperation. Between 2015 and 2020 the Faculty took part in seven KA201 partnerships and "
            "coordinated two of them."
        ),
    ),
]
CORPUS = CorpusInMemory(PASSAGES)
PROFILES = CORPUS.profiles
ask = CORPUS.ask


def test_an_action_code_only_an_added_guide_names_makes_the_question_the_guides():
    question = "Kuinka monessa KA201-kumppanuudessa tiedekunta oli mukana 2015-2020 ja montako se koordinoi?"
    assert programme_of("2015-2020") == "2014-2020" and programme_of("2021-2027") == "2021-2027"
    assert coded_documents(question, PROFILES, "2015-2020") == {BRIEFING.id}
    answer = ask(question, "fi")
    assert not answer.abstained and "seven KA201 partnerships" in answer.text
    assert {c.doc_id for c in answer.citations} == {BRIEFING.id}
    # a code no document names is no guide's: the near miss stays refused
    assert coded_documents("How long does a KA229 project last?", PROFILES, None) == frozenset()


def test_a_yes_no_check_of_a_programme_mentioned_in_passing_is_answered_beside_the_question():
    assert asks_yes_no("Was that under Jean Monnet?")
    assert asks_yes_no("Ar Schweiz ett programland?") and asks_yes_no("Maste vi ha ett foretag med?")  # no marks typed
    answer = ask(
        "Before the current programme, how did the EU fund cooperation between teacher training colleges and schools? "
        "Was that under Jean Monnet?",
        "en",
    )
    assert not answer.abstained and {c.doc_id for c in answer.citations} == {BRIEFING.id}
    # a question about that programme itself is not the guide's to answer
    assert ask("How long does a Jean Monnet Module last?", "en").abstained


def test_a_page_count_a_charter_and_a_language_the_guide_never_names_are_not_answered_by_its_other_sentences():
    assert ask("How many pages can Part B of the Teacher Academy application be?", "en").abstained
    assert ask("Do the teacher education providers in a Teacher Academy need the ECHE?", "en").abstained
    assert ask("In welke taal moet de aanvraag voor een Teacher Academy geschreven worden?", "nl").abstained
    assert GLOSSARY.occurs(
        "application-language", "De aanvraag mag in het Nederlands of in het Engels worden geschreven."
    )
    assert GLOSSARY.occurs("application-language", "Proposals may be written in any official language of the EU.")


def test_none_at_all_is_the_count_an_umbrella_organisations_country_needs(engine):
    answer = engine.ask(
        "We hebben in onze SSA een Belgische koepelorganisatie als partner. Hoeveel andere Belgische organisaties "
        "moeten er dan nog bij?"
    )
    assert not answer.abstained and "geen andere organisaties nodig" in answer.text.split("\n")[0]


def test_what_must_be_produced_is_answered_by_what_is_required_not_by_what_a_project_may_choose(engine):
    answer = engine.ask("vad måste ett strategiskt partnerskap inom vuxenutbildning ta fram för resultat?")
    assert "konkreta resultat" in answer.text.split("\n")[0]


def test_which_action_is_meant_for_a_field_asks_what_each_is_for(engine):
    answer = engine.ask(
        "Compare knowledge alliances and sector skills alliances: which one is meant for vocational training?"
    )
    assert "vocational education and training (VET)" in answer.text
    assert "at least 3 (three) programme countries" not in answer.text


def test_where_the_rules_are_found_is_answered_by_where_the_text_sends_the_reader(engine):
    answer = engine.ask("Var hittar jag kraven för Partnerskap för innovation?")
    assert "programhandledningen (Programme Guide)" in answer.text.split("\n")[0]


def test_another_alliance_asks_one_at_a_time_and_sector_knowledge_asks_the_countrys_three_kinds(engine):
    other = engine.ask("Mag een onderwijsinspectie ook nog in een andere SSA zitten?")
    assert "maar aan één sectorale vaardigheidsalliantie tegelijk" in other.text.split("\n")[0]
    kinds = engine.ask("Kan een brancheorganisatie in een SSA meedoen als organisatie met sectorkennis?")
    assert "een organisatie met sectorspecifieke" in kinds.text


def test_who_coordinates_asked_of_an_action_whose_texts_never_say_it_is_not_answered_by_another_aspect(engine):
    unsaid = engine.ask("Vem får vara koordinator i ett strategiskt partnerskap inom vuxenutbildning?")
    assert unsaid.abstained and "vem som får samordna" in unsaid.text
    finnish = engine.ask("Kuka voi olla aikuiskoulutuksen strategisen kumppanuuden koordinaattori?")
    assert finnish.abstained and "koordinaattorina" in finnish.text
    said = engine.ask("Who can coordinate a Sector Skills Alliance?")
    assert not said.abstained and "programme country" in said.text.split("\n")[0]
    # 'Leiden' the city leads nothing: who manages the action is still answered
    managed = engine.ask(
        "Klopt het dat de Partnerschappen voor innovatie door het Nationaal Agentschap in Leiden worden beheerd?"
    )
    assert not managed.abstained and "EACEA" in managed.text


def test_a_tables_row_named_in_another_language_is_singled_out():
    table = (
        "• Role: Academic coordinator; Preparation (hours, once): 150; During the project (hours per year): 400\n"
        "• Role: Work package leader; Preparation (hours, once): 60; During the project (hours per year): 200\n"
        "• Role: Other staff member; Preparation (hours, once): 20; During the project (hours per year): 80"
    )
    chunk = Chunk("briefing#9", BRIEFING.id, 9, "9. Internal steps", table, "en", (), "2021-2027", BRIEFING.title)
    row = table.split("\n")[1]
    query = analyse("Ik word werkpakketleider. Hoeveel uur mag ik opnemen voor de aanvraag?", "nl", GLOSSARY, ("en",))
    asked = asked_in_guide(query, [(1.0, Hit(chunk, 1.0, 0.5, 0.5), row, 0)])
    assert with_list(row, table, asked=asked) == row.removeprefix("• ")
    assert "Academic coordinator" in with_list(row, table, asked=query.text)  # the Dutch words alone single out none
