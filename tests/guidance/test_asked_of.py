"""Answers that answer what was asked (issue 10): an amount asked of something other than what the claim's
amount is said of (a fee for applying, one person's grant, a salary) is not answered with a project's grant;
a yes/no on a cost item whose case the text refuses leads "no", and "yes, on the condition" only when the case
is the condition; 'what is the aim?' gets the main aim, not a claim adding to it ('are also meant to')."""

from __future__ import annotations

import pytest

from erasbot.guidance.amount_of import FEE, PERSON, SALARY, amount_asked_of, asked_of_other
from erasbot.guidance.conditions import case_text, refuses_in_case, says_of_case
from erasbot.guidance.facts import load_facts
from erasbot.guidance.glossary import load_glossary

GLOSSARY = load_glossary()
GRANT = "The EU grant is at most EUR 700 000 for a two-year project and EUR 1 million for a three-year project."
LEVELS = next(f for f in load_facts() if f.id == "sp-result-levels")


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("Paljonko hakemuksen jättäminen maksaa osaamisallianssissa?", FEE),
        ("Hur mycket kostar det att skicka in en ansökan om en kunskapsallians?", FEE),
        ("How much are the salaries of the staff working in a Knowledge Alliance?", SALARY),
        ("Hoeveel beurs krijgen mijn mbo-studenten voor hun stage in Spanje?", PERSON),
        ("Paljonko opiskelija saa apurahaa vaihtojaksolle?", PERSON),
        ("How much EU funding can a Knowledge Alliance receive?", None),
        ("Hoeveel subsidie krijgt een kennisalliantie van drie jaar maximaal?", None),
        # the context mentions placements; the sentence that asks, a project's grant
        ("We already arrange placements with the university. How much EU grant can a three-year project get?", None),
    ],
)
def test_what_an_amount_is_asked_of(question, holder):
    assert amount_asked_of(question) == holder


def test_a_fee_or_a_persons_grant_is_not_answered_by_a_projects_grant():
    assert asked_of_other("How much does it cost to apply for a knowledge alliance?", [GRANT], True)
    assert asked_of_other("How much grant does each student get for the exchange?", [GRANT], True)
    assert not asked_of_other("How much grant does a three-year project get?", [GRANT], True)


def test_a_count_of_people_is_no_persons_amount():
    # 'hoeveel studenten' asks a count: only a claim giving an amount is checked against a person
    assert not asked_of_other("Hoeveel studenten mogen op uitwisseling?", ["Minst tre programländer."], False)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Can we get salary costs if we only do a collection of good practice?", "en"),
        ("Kan vi få bidrag för lönekostnader om vårt partnerskap bara sammanställer god praxis?", "sv"),
        ("Voimmeko saada tukea palkkakuluihin, jos kumppanuushankkeemme tekee vain hyvien käytäntöjen kokoelman?", "fi"),
    ],
)
def test_the_case_the_text_refuses_is_read_as_refused(question, language):
    statement = LEVELS.statement[language]
    assert refuses_in_case(statement, {"salary-costs"}, question, language, GLOSSARY)


def test_the_condition_the_text_sets_is_not_read_as_refused():
    question = "Can we get salary costs in a strategic partnership if we plan advanced results?"
    assert not refuses_in_case(LEVELS.statement["en"], {"salary-costs"}, question, "en", GLOSSARY)


def test_a_question_without_a_case_puts_none():
    assert case_text("Can we get salary costs in a strategic partnership?") == ""
    assert not says_of_case(LEVELS.statement["en"], "Can we get salary costs?", "en", GLOSSARY)


def test_the_case_may_be_put_before_the_question():
    question = "Our partnership will only compile good practice. Can we still get salary costs?"
    assert "compile good practice" in case_text(question)


@pytest.mark.parametrize(
    "question",
    [
        "How much does it cost to submit an application for a knowledge alliance?",
        "Paljonko hakemuksen jättäminen maksaa osaamisallianssissa?",
        "How much are the salaries of the staff working in a Knowledge Alliance?",
        "Hur mycket lön får projektledaren i en kunskapsallians?",  # answered by a sentence, not a claim
    ],
)
def test_an_amount_asked_of_another_thing_is_abstained_on(engine, question):
    assert engine.ask(question).abstained


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Can we get salary costs if we only do a collection of good practice?", "No"),
        ("Kan vi få bidrag för lönekostnader om vårt partnerskap bara sammanställer god praxis?", "Nej"),
        ("Voimmeko saada tukea palkkakuluihin, jos kumppanuushankkeemme tekee vain hyvien käytäntöjen kokoelman?", "Ei"),
    ],
)
def test_a_yes_no_in_the_refused_case_leads_no(engine, question, lead):
    answer = engine.ask(question)
    assert answer.text.startswith(lead + ":")
    assert "lönekostnader" in answer.text  # the refusing sentence, quoted


@pytest.mark.parametrize(
    "question",
    [
        "Kunnen we subsidie voor verspreidingsevenementen krijgen als ons partnerschap alleen kleinschalige "
        "resultaten oplevert?",
        # 'project' is what every case and claim speaks of: it does not make the case the condition
        "Can we apply for dissemination events if our project only compiles good practice?",
    ],
)
def test_a_yes_no_in_another_case_than_the_condition_gets_no_yes(engine, question):
    answer = engine.ask(question)
    assert not answer.abstained and not answer.text.startswith(("Ja", "Yes"))
    assert "avancerade resultat" in answer.text  # the condition, quoted


def test_a_yes_no_in_the_condition_leads_yes(engine):
    answer = engine.ask("Can we get salary costs in a strategic partnership if we plan advanced results?")
    assert answer.text.startswith("Yes, on the condition")


@pytest.mark.parametrize(
    "question",
    ["What are the goals of the Partnerships for Innovation?", "Wat is het doel van de partnerschappen voor innovatie?"],
)
def test_the_aim_is_the_main_aim_not_one_added_to_it(engine, question):
    answer = engine.ask(question)
    first = answer.text.split("\n")[0]
    assert "innovatievermogen van Europa te vergroten" in answer.text or "innovation capacity" in first
    assert "also meant" not in first and "ook bedoeld" not in first


def test_a_claim_adding_to_another_is_marked_so():
    facts = {f.id: f for f in load_facts()}
    assert facts["pfi-skills"].adds_to_another and not facts["pfi-goal"].adds_to_another
    assert facts["ka-contributions"].helps_toward and facts["ssa-priorities"].helps_toward
    assert not facts["ka-goal"].helps_toward and not facts["ssa-goal"].helps_toward


@pytest.mark.parametrize(
    "question, lang, aim",
    [
        ("Mitä tietoallianssit tavoittelevat?", "fi", "vahvistaa Euroopan innovaatiokykyä"),
        ("Mikä on alakohtaisten osaamisallianssien tavoite?", "fi", "korjaavat osaamisvajeita"),
        ("What's the point of a knowledge alliance?", "en", "capacity for innovation"),
        ("Vad är poängen med branschspecifika kunskapsallianser?", "sv", "kompetensbrister"),
    ],
)
def test_the_aim_asked_in_any_language_is_the_aim_not_what_the_action_can_help_with(engine, question, lang, aim):
    """Finnish 'mitä ... tavoittelevat?' and 'what's the point of ...?' ask the aim; a claim on what the action
    can help to bring about ('voivat auttaa', 'tulee ennen kaikkea nostaa') does not say it."""
    answer = engine.ask(question, language=lang)
    assert not answer.abstained
    assert aim in answer.text.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "Can an associated partner in a sector skills alliance come from outside Europe?",
        "Mag een geassocieerde partner in een kennisalliantie van buiten Europa komen?",
        "Are associated partners from non-European countries allowed in a knowledge alliance?",
    ],
)
def test_a_yes_no_on_where_partners_may_come_from_leads_with_the_sentence_saying_it(engine, question):
    first = engine.ask(question).text.split("\n")[0]
    assert first.startswith(("Both kinds of partner can come from", "Beide soorten partners kunnen uit"))


def test_an_organisations_name_is_no_field_of_education_asked_about(engine):
    answer = engine.ask(
        "For a sector skills alliance, do we apply through the Finnish National Agency or the Swedish Council "
        "for Higher Education?"
    )
    assert not answer.abstained and "executive agency" in answer.text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is a sector skills alliance?", "tackle skills gaps"),  # what it is for, not its composition
        ("Vad är partnerskap för innovation?", "innovationsförmåga"),  # the whole action, not one of its parts
    ],
)
def test_what_an_action_is_is_answered_by_what_it_is_or_is_for(engine, question, expected):
    first = engine.ask(question).text.split("\n")[0]
    assert expected in first
    assert "at least 3" not in first and "Allianser för utbildning och företag" not in first


@pytest.mark.parametrize(
    "question, lang, said",
    [
        ("Wie moet het consortium van een sectorale vaardigheidsalliantie leiden?", "nl", "geleid door"),
        ("Who leads the consortium of a knowledge alliance?", "en", "led by one organisation"),
        ("Can an organisation be a full partner in two sector skills alliances at once?", "en", "one Sector Skills Alliance at a time"),
    ],
)
def test_what_is_asked_of_the_consortium_is_answered_not_its_composition(engine, question, lang, said):
    """'consortium' names what is led; 'a full partner in two at once' asks whether one may be in two."""
    answer = engine.ask(question, language=lang)
    assert said in answer.text.split("\n")[0]


def test_a_weak_cue_counts_after_the_aspects_other_words_ask_for():
    from erasbot.guidance.aspects import load_aspect_cues

    cues = load_aspect_cues()
    assert cues.asked("Wie moet het consortium leiden?", "nl") == ("coordinator", "composition")
    assert cues.asked("Hoe ziet het consortium eruit?", "nl") == ("composition",)
    assert cues.asked("Who can I contact to know more?", "en")[0] == "more-information"


@pytest.mark.parametrize(
    "question, lang, said",
    [
        ("Do we apply to the Finnish or the Swedish national agency for a knowledge alliance?", "en", "executive agency"),
        ("Söker vi hos den finska eller den svenska nationella byrån för en kunskapsallians?", "sv", "genomförandeorganet"),
    ],
)
def test_an_agency_named_as_where_to_apply_is_not_the_agencys_page_asked_for(engine, question, lang, said):
    """'According to the Finnish national agency' opens the claims of the Finnish agency's page: it says where they
    come from, so a question naming an agency to apply to is answered by how to apply."""
    answer = engine.ask(question, language=lang)
    assert said in answer.text.split("\n")[0]


def test_a_question_naming_the_source_still_meets_the_claims_of_that_source():
    from erasbot.guidance.selection import said

    facts = {f.id: f for f in load_facts()}
    assert said(facts["kaf-about"], "en").startswith("Knowledge Alliances are large network projects")
    assert said(facts["kaf-about"], "fi").startswith("osaamisallianssit")
    assert said(facts["kaf-about"], "en", sourced=True).startswith("According to the Finnish national agency")
    assert said(facts["ka-apply"], "en") == facts["ka-apply"].statement["en"]


@pytest.mark.parametrize(
    "question, lang, said",
    [
        ("Could a sector skills alliance be about agriculture?", "en", "tourism"),
        ("Kan en kunskapsallians handla om jordbruk?", "sv", "alla områden och branscher"),
        ("Kan een kennisalliantie over landbouw gaan?", "nl", "elke sector"),
    ],
)
def test_whether_an_action_can_be_about_a_field_is_answered_by_its_fields(engine, question, lang, said):
    """'be about', 'handla om', 'gaan over' ask which fields or themes the action may cover, not its aim."""
    answer = engine.ask(question, language=lang)
    assert said in answer.text.split("\n")[0]
