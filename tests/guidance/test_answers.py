"""Offline answers: in the asker's language, facts stated exactly, sources quoted and cited,
and an abstention when the texts do not cover the question."""

import pytest

from erasbot.errors import ErasbotError


def test_swedish_question_gets_a_swedish_answer_with_the_minimum_and_its_source(engine):
    answer = engine.ask("Hur många organisationer krävs i en kunskapsallians?")
    assert answer.language == "sv" and not answer.abstained
    assert "minst 6" in answer.text and "minst 3 (tre) programländer" in answer.text
    assert "[1]" in answer.text
    assert answer.citations[0].doc_id in {"knowledge-alliances", "knowledge-alliances-finland"}
    assert answer.citations[0].quotes and answer.citations[0].quotes[0] in answer.citations[0].text


def test_finnish_question_about_a_swedish_text_is_answered_in_finnish(engine):
    answer = engine.ask("Kuinka kauan osaamisallianssihanke kestää?")
    assert answer.language == "fi" and not answer.abstained
    assert "2–3 vuotta" in answer.text and "24–36 kuukautta" in answer.text
    assert "Projekten pågår i två till tre år" in answer.text  # the quoted source sentence


def test_grant_cap_is_stated_exactly(engine):
    answer = engine.ask("What is the maximum EU grant for a Knowledge Alliance?")
    assert "700 000" in answer.text and "1 million" in answer.text
    assert answer.citations[0].doc_id == "knowledge-alliances"


def test_answers_from_the_2014_2020_programme_say_what_succeeded_them(engine):
    answer = engine.ask("Hoeveel landen moeten meedoen aan een sectorale vaardigheidsalliantie?")
    assert answer.language == "nl"
    assert "2014–2020" in answer.text and "Allianties voor innovatie" in answer.text


def test_what_succeeded_an_action_names_the_part_carrying_it_on_also_as_its_own_text_names_it(engine):
    answer = engine.ask("Vad heter de branschspecifika kunskapsallianserna i nya programperioden?")
    assert "Alliances for Innovation" in answer.text
    assert "allianser för sektorssamarbete om färdigheter (allianties voor sectorale samenwerking)" in answer.text
    answer = engine.ask("Hoe heten kennisallianties nu in 2021-2027?")
    assert "voortgezet in de allianties voor onderwijs en bedrijven." in answer.text


def test_partnerships_for_innovation_point_to_the_programme_guide_for_consortium_rules(engine):
    # no count is given: refused, with where the rules are
    answer = engine.ask("How many partners do I need for a Partnership for Innovation?")
    assert answer.abstained
    assert "Programme Guide" in answer.text
    # who must be in the consortium is answered by the page's pointer to the Programme Guide
    answer = engine.ask("Which kinds of organisations must take part in a Partnership for Innovation?")
    assert not answer.abstained and "Programme Guide" in answer.text


@pytest.mark.parametrize(
    "question, language",
    [
        ("When is the application deadline for Knowledge Alliances?", "en"),
        ("Hur mycket får en student i Erasmus-stipendium per månad?", "sv"),
        ("Mitä Jean Monnet -toiminnot ovat?", "fi"),
        ("Wat is het weer morgen in Amsterdam?", "nl"),
    ],
)
def test_questions_the_texts_do_not_cover_get_an_abstention_in_the_askers_language(engine, question, language):
    answer = engine.ask(question)
    assert answer.abstained and answer.citations == []
    assert answer.language == language
    assert {"en": "do not cover", "sv": "täcker inte", "fi": "eivät kata", "nl": "behandelen deze vraag niet"}[
        language
    ] in answer.text


def test_a_figure_the_action_text_never_gives_is_not_taken_from_a_neighbouring_action(engine):
    answer = engine.ask("How much grant can a strategic partnership in adult education get?")
    assert answer.abstained
    assert "700 000" not in answer.text
    assert "does not state a grant amount" in answer.text


def test_answers_are_short_the_passages_are_in_the_citations(engine):
    answer = engine.ask("Vilka sektorer omfattas av branschspecifika kunskapsallianser?")
    assert len(answer.text) < 700
    assert "turism" in answer.text.lower() or "turism" in answer.citations[0].text


def test_ask_json_has_the_designs_shape(engine):
    data = engine.ask("Hur länge pågår strategiska partnerskap inom vuxenutbildning?").to_json()
    assert set(data) == {"question", "language", "answer", "abstained", "citations", "verdict"}
    assert set(data["citations"][0]) == {"doc_id", "chunk_id", "text", "score"}
    assert data["verdict"] is None


def test_an_empty_question_is_refused_with_a_clear_message(engine):
    with pytest.raises(ErasbotError, match="empty"):
        engine.ask("   ")


def test_an_unknown_document_filter_names_the_known_ids(engine):
    with pytest.raises(ErasbotError, match="knowledge-alliances"):
        engine.search("partners", doc_ids={"no-such-doc"})


def test_search_filters_by_document_action_and_language(engine):
    hits = engine.search("partner", k=10, doc_ids={"partnerships-for-innovation"})
    assert hits and {h.chunk.doc_id for h in hits} == {"partnerships-for-innovation"}
    hits = engine.search("partner", k=10, action="sector-skills-alliance")
    assert {h.chunk.doc_id for h in hits} == {"sector-skills-alliances"}
    hits = engine.search("partner", k=10, doc_language="nl")
    assert {h.chunk.language for h in hits} == {"nl"}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Which programme period do Sector Skills Alliances belong to?", "2014–2020"),
        ("Uit welke programmaperiode komen de Partnerschappen voor innovatie?", "2021–2027"),
    ],
)
def test_the_programme_period_of_an_action_is_answered_from_the_manifest(engine, question, expected):
    answer = engine.ask(question)
    assert not answer.abstained and expected in answer.text.split("\n")[0]
    assert answer.citations and answer.retrieved


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Montako kumppania tarvitaan aikuiskoulutuksen strategisessa kumppanuudessa?", "3"),
        ("Uit hoeveel landen moeten de partners van een sectorale vaardigheidsalliantie komen?", "3"),
        ("Vilka typer av organisationer måste delta i en branschspecifik kunskapsallians?", "utbildningsanordnare"),
        ("Which kinds of organisations must take part in a Partnership for Innovation?", "Programme Guide"),
        ("Hoe lang duurt een strategisch partnerschap volwasseneneducatie?", "12 tot 36 maanden"),
        ("Kuinka paljon rahaa voi saada osaamisallianssissa?", "700 000"),
    ],
)
def test_the_questions_applicants_ask_most_get_the_figure_in_their_language(engine, question, expected):
    answer = engine.ask(question)
    assert not answer.abstained and expected in answer.text


@pytest.mark.parametrize(
    "question",
    ["How much money can a Sector Skills Alliance get?", "Hoe lang duurt een partnerschap voor innovatie?"],
)
def test_a_figure_the_guidance_does_not_give_for_that_action_is_not_invented(engine, question):
    assert engine.ask(question).abstained


@pytest.mark.parametrize(
    "question",
    [
        "What is the co-financing rate for Knowledge Alliances?",
        "Can a Knowledge Alliance pay for equipment?",
        "Wat is het slagingspercentage van aanvragen voor partnerschappen voor innovatie?",
        "Vem är kontaktperson på det finska nationella kontoret?",
    ],
)
def test_near_misses_about_erasmus_subjects_the_texts_leave_out_are_not_answered_from_a_neighbour(engine, question):
    assert engine.ask(question).abstained


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # a period setting the scene is not what is asked: what they stimulate, not which period they belong to
        (
            "In the 2021-2027 programme, what are Alliances for Education and Enterprises meant to stimulate?",
            "stimulate",
            "belong to the Erasmus+ 2021–2027 programme period",
        ),
        ("I programperioden 2021-2027, vad ska allianser för innovation stimulera?", "stimulera", "hör till Erasmus+"),
        # a question about each country quotes the sentence about organisations from each country
        (
            "I'm looking at Sector Skills Alliances. Does every country need three organisations?",
            "minst tre organisationer från varje land",
            "The guidance texts I have do not cover",
        ),
        (
            "Hur många organisationer per land krävs i en branschspecifik kunskapsallians?",
            "minst tre organisationer från varje land",
            "Vägledningstexterna jag har täcker inte",
        ),
    ],
)
def test_the_answer_says_what_the_question_asks_not_its_setting(engine, question, said, not_said):
    answer = engine.ask(question)
    assert not answer.abstained
    assert said in answer.text and not_said not in answer.text


def test_a_follow_up_narrowing_the_subject_asks_the_last_question_of_it(engine):
    # 'and the ones from partner countries?' read with the question before it (chat/followup.py): the charter
    # question asked of partner-country institutions, not who from partner countries may take part
    answer = engine.ask(
        "Måste högskolorna ha Erasmusstadgan? (Kunskapsallianser) And the ones from partner countries?", language="en"
    )
    assert "Det krävs däremot inte för lärosäten från partnerländerna." in answer.text


@pytest.mark.parametrize(
    ("follow_up", "narrows"),
    [
        ("And the ones from partner countries?", True),
        ("Och de från partnerländer?", True),
        ("En die uit partnerlanden?", True),
        ("Entä ne kumppanimaista?", True),
        ("En de kosten?", False),  # an article, not 'those': the costs are what it asks
        ("What about the University-Business Forum?", False),
    ],
)
def test_a_follow_up_narrows_the_last_questions_subject_only_with_those_words(follow_up, narrows):
    from erasbot.guidance.question_asks import NARROWS_SUBJECT

    assert bool(NARROWS_SUBJECT.search(follow_up)) is narrows


@pytest.mark.parametrize(
    "question",
    [
        # a count of something the texts never count: no claim on another topic stands in for it
        "How many study visits can an adult-education strategic partnership get money for?",
        "Kuinka monta kansainvälistä kokousta aikuiskoulutuksen strateginen kumppanuus voi rahoittaa?",
        # the largest grant, asked in words the glossary did not read as an amount ('suurin ... euroina')
        "Mikä on aikuiskoulutuksen strategisen kumppanuuden suurin avustus euroina?",
        "Is there a cap on what a Sector Skills Alliance can receive?",
    ],
)
def test_a_figure_asked_and_not_given_is_an_abstention_not_a_claim_without_it(engine, question):
    answer = engine.ask(question)
    assert answer.abstained, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Are there nice restaurants close to the EACEA building?",
        "Finns det något bra hotell nära EACEA?",
        "Zijn er goede hotels in de buurt van het EACEA?",
        "Onko EACEA:n lähellä hyvää ravintolaa?",
    ],
)
def test_an_everyday_thing_near_an_agency_is_not_an_erasmus_question(engine, question):
    assert engine.ask(question).abstained


def test_an_everyday_word_beside_a_guidance_topic_is_still_answered(engine):
    answer = engine.ask("Can the grant of a Knowledge Alliance pay for hotels?")
    assert not answer.abstained


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Vad handlar en kunskapsallians om?", "innovation"),
        ("What is a Sector Skills Alliance all about?", "skills"),
        ("Waar gaat een kennisalliantie over?", "innovatie"),
    ],
)
def test_what_an_action_is_about_is_answered_with_what_it_is_for(engine, question, said):
    answer = engine.ask(question)
    assert not answer.abstained and said in answer.text.split("\n")[0].lower()
    assert "minst 6" not in answer.text and "at least 3" not in answer.text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("What's the equivalent of Sector Skills Alliances today?", "2014–2020"),
        ("Finns branschspecifika kunskapsallianser kvar?", "2014–2020"),
        ("Bestaan kennisallianties nog?", "2014–2020"),
    ],
)
def test_whether_an_action_still_exists_is_answered_by_its_period(engine, question, said):
    answer = engine.ask(question)
    assert not answer.abstained and said in answer.text.split("\n")[0]


def test_a_follow_up_read_with_the_question_before_it_is_about_what_it_names_anew(engine):
    answer = engine.ask(
        "Which kinds of organisations must come from each country in a Sector Skills Alliance? And if one is an"
        " umbrella organisation?"
    )
    assert "umbrella" in answer.text.split("\n")[0].lower()


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("A Knowledge Alliance needs six organisations; how many of them have to be companies?", "2"),
        ("Kunskapsallians: hur många av dem måste vara högskolor?", "2"),
    ],
)
def test_how_many_of_them_counts_what_the_question_named_before(engine, question, said):
    answer = engine.ask(question)
    assert not answer.abstained and said in answer.text


@pytest.mark.parametrize(
    "question",
    ["What are Partnerships for Innovation in Erasmus+?", "Mitä ovat innovaatiokumppanuudet Erasmus+-ohjelmassa?"],
)
def test_what_an_action_of_parts_is_is_answered_with_what_it_is_for_not_who_runs_it(engine, question):
    # the programme's name says nothing of what is asked; no claim says what the whole action is, so its aims do
    first = engine.ask(question).text.split("\n")[0].lower()
    assert "innova" in first and "eacea" not in first and "programme guide" not in first
