"""A question about something the texts never speak of is refused, however close its nearest claim is."""

import json

import pytest

from erasbot.errors import ErasbotError
from erasbot.guidance.scope import asked_thing, load_fields, other_field


@pytest.mark.parametrize(
    "question",
    [
        "Wat is het uurtarief voor personeelskosten in een sectorale vaardighedenalliantie?",
        "Wat zijn de openingstijden van het Nationaal Agentschap Erasmus+ in Den Haag?",
        "What is the hourly rate for staff in a Knowledge Alliance?",
        "Wat is de looptijd van een strategisch partnerschap in het hoger onderwijs?",
        "What is the minimum number of partners for a strategic partnership in school education?",
        "Can I get Erasmus+ funding to do a PhD in the United States?",
        "Kuinka monta kumppania koulujen strategiseen kumppanuuteen tarvitaan?",  # schools, in Finnish
        "How many partners does a Capacity Building in Higher Education project need?",  # an action not covered
        "Vem kan söka bidrag för kapacitetsuppbyggnad inom högre utbildning?",
        "Is there an application fee for a Knowledge Alliance?",  # a fee is no grant
        "Moeten we inschrijfgeld betalen voor een kennisalliantie?",
        "When does the 2026 round for Alliances for Innovation close?",  # the texts give no dates
        "När stänger nästa ansökningsomgång för kunskapsallianser?",
    ],
)
def test_near_misses_are_refused(engine, question):
    answer = engine.ask(question)
    assert answer.abstained and answer.citations == []


@pytest.mark.parametrize(
    "question",
    [
        "Vad är maxbeloppet i EU-bidrag för ett treårigt kunskapsalliansprojekt?",  # known through its head 'belopp'
        "What is the minimum number of organisations for a Knowledge Alliance?",  # 'number' says how much
        "Wat is de looptijd van een strategisch partnerschap in de volwasseneneducatie?",
        "Kan en högskola delta i ett strategiskt partnerskap inom vuxenutbildning?",
        "Which aim of Strategic Partnerships is called Capacity Building?",  # the text's own word, not the action
        "Voivatko koulujen opettajat osallistua aikuiskoulutuksen strategiseen kumppanuuteen?",  # adult field named
        "Mikä on tietoallianssin projektin kesto vuosina?",  # 'vuosina' says in what unit, not what is asked
    ],
)
def test_covered_questions_on_the_same_subjects_are_answered(engine, question):
    assert not engine.ask(question).abstained


def test_the_thing_asked_is_the_head_of_what_is_the_x_in_each_language():
    assert asked_thing("Wat zijn de openingstijden van het agentschap?", "nl") == "openingstijden"
    assert asked_thing("What is the hourly rate for staff?", "en") == "rate"
    assert asked_thing("Vad är maxbeloppet i EU-bidrag?", "sv") == "maxbeloppet"
    assert asked_thing("Mikä on Opetushallituksen puhelinnumero?", "fi") == "puhelinnumero"
    assert asked_thing("How long does a Knowledge Alliance last?", "en") is None
    # the phrase is the subject of a verb: nothing is asked for by name, so nothing unknown is refused
    assert asked_thing("What is a knowledge alliance supposed to achieve?", "en") is None
    assert asked_thing("Wat is een kennisalliantie bedoeld om te bereiken?", "nl") is None


def test_a_field_other_than_the_actions_own_is_named_only_when_its_own_is_not():
    actions = ["strategic-partnership-adult"]
    assert other_field("Hoe lang duurt een strategisch partnerschap in het hoger onderwijs?", "nl", actions) == "higher"
    assert other_field("Hoe lang duurt een strategisch partnerschap in de volwasseneneducatie?", "nl", actions) is None
    assert other_field("How long does a Knowledge Alliance in higher education last?", "en", ["knowledge-alliance"]) is None


@pytest.mark.parametrize(
    ("question", "lang", "field"),
    [
        ("Vem kan ansöka om strategiska partnerskap inom skolområdet?", "sv", "school"),
        ("Strategiset kumppanuudet nuorisoalalla: kuinka monta maata?", "fi", "youth"),
        ("Hoeveel partners heeft een strategisch partnerschap op het gebied van sport?", "nl", "sport"),
    ],
)
def test_the_youth_and_sport_fields_and_school_as_an_area_are_fields_the_adult_texts_do_not_cover(
    question, lang, field
):
    assert other_field(question, lang, ["strategic-partnership-adult"]) == field


def test_an_organisation_or_a_sector_worked_with_is_not_a_field_asked():
    assert other_field("Can a youth organisation take part in a knowledge alliance?", "en", ["knowledge-alliance"]) is None
    # the adult-education text allows cross-sectoral projects with the youth sector
    question = "Are cross-sectoral projects possible in an adult ed strategic partnership, e.g. with the youth sector?"
    assert other_field(question, "en", ["strategic-partnership-adult"]) is None


def test_a_scope_table_naming_an_unknown_field_fails_at_load_with_its_name(tmp_path):
    path = tmp_path / "scope.json"
    path.write_text(json.dumps({"fields": {"adult": {"en": ["adult"]}}, "action_fields": {"x": ["sport"]}}))
    with pytest.raises(ErasbotError, match="sport"):
        load_fields.__wrapped__(path)


def test_the_largest_number_allowed_is_refused_when_the_texts_give_only_a_minimum(engine):
    assert engine.ask("Hoeveel cursisten mogen maximaal meedoen aan een strategisch partnerschap in de volwasseneneducatie?").abstained
    assert engine.ask("How many organisations can a Knowledge Alliance have at most?").abstained
    assert not engine.ask("How many organisations does a Knowledge Alliance need at least?").abstained
    assert not engine.ask("What is the maximum EU grant for a two-year Knowledge Alliance?").abstained  # a sum, stated


def test_a_question_about_the_current_programme_naming_no_action_is_answered_from_the_latest_period(engine):
    answer = engine.ask("Which action in the current programme lets universities and companies develop curricula together?")
    assert {c.doc_id for c in answer.citations} == {"partnerships-for-innovation"}


def test_the_current_programme_is_the_period_in_force_not_a_future_one():
    from erasbot.guidance.scope import current_period

    periods = {"2014-2020", "2021-2027", "2028-2034"}
    assert current_period(periods, 2026) == "2021-2027"
    assert current_period(periods, 2029) == "2028-2034"
    assert current_period({"2014-2020", "2028-2034"}, 2026) == "2014-2020"  # the latest that has begun
    assert current_period({"2028-2034"}, 2026) == "2028-2034"
    assert current_period({"", "unknown"}, 2026) == ""


@pytest.mark.parametrize(
    "question, unit",
    [
        ("How much does each learner get per day in a knowledge alliance?", "day"),
        ("Hur mycket bidrag får en deltagare i månaden?", "month"),
        ("Paljonko tukea maksetaan osallistujaa kohden?", "participant"),
        ("Wat is het uurtarief van een trainer?", "hour"),
        ("Hoeveel subsidie is er per week?", "week"),
    ],
)
def test_an_amount_asked_at_a_rate_is_read_in_each_language(question, unit):
    from erasbot.guidance.scope import asked_rate

    assert asked_rate(question) == unit


def test_an_amount_a_month_or_a_participant_is_refused_when_the_texts_give_only_totals(engine):
    from erasbot.guidance.scope import asked_rate

    assert engine.ask("How much does a knowledge alliance pay each participant per month?").abstained
    assert engine.ask("Paljonko osaamisallianssi maksaa osallistujaa kohden?").abstained
    assert asked_rate("What is the maximum EU grant for a two-year Knowledge Alliance?") is None
    assert not engine.ask("Hoeveel subsidie krijgt een kennisalliantie van drie jaar maximaal?").abstained


def test_a_question_naming_no_action_about_a_field_no_action_serves_is_refused(engine):
    assert engine.ask("Kan en grundskola delta i utbyten mellan skolor?").abstained
    assert engine.ask("Can pupils in school education take part in exchanges between schools?").abstained
    assert not engine.ask("Kan en yrkesskola vara med i ett partnerskap för innovation?").abstained


def test_in_a_comparison_a_field_named_for_the_other_side_is_not_asked_of_this_one():
    from erasbot.guidance.scope import other_field

    question = "Mitä eroa on tietoallianssin ja aikuiskoulutuksen strategisen kumppanuuden vähimmäiskokoonpanossa?"
    assert other_field(question, "fi", ["knowledge-alliance"]) == "adult"
    named = ["knowledge-alliance", "strategic-partnership-adult"]
    assert other_field(question, "fi", ["knowledge-alliance"], named_too=named) is None


def test_the_current_programme_is_searched_in_the_texts_of_the_period_in_force(tmp_path, monkeypatch):
    from conftest import WordLengthEmbedder

    from erasbot.evaluation.bench.scale import build_scaled_corpus
    from erasbot.guidance.engine import Engine
    from erasbot.settings import REPO_ROOT, load_settings

    build_scaled_corpus(REPO_ROOT / "corpus", tmp_path / "corpus", 3)  # two more editions of each, for 2028-2034
    monkeypatch.setenv("ERASBOT_CORPUS_DIR", str(tmp_path / "corpus"))
    engine = Engine(load_settings(), embedder=WordLengthEmbedder())
    engine.ingest()
    periods = {d: info.period for d, info in engine.snapshot.documents.items()}
    assert "2028-2034" in periods.values()
    question = "Vilken åtgärd i det nuvarande programmet passar för högskolor och företag, och vart skickar vi ansökan?"
    answer = engine.ask(question)
    assert not answer.abstained
    assert {periods[c.doc_id] for c in answer.citations} == {"2021-2027"}
    assert all(periods[h.chunk.doc_id] == "2021-2027" for h in answer.retrieved)


def test_how_to_apply_is_refused_for_an_action_whose_texts_never_say_it_and_answered_where_they_do(engine):
    refused = engine.ask("Hur ansöker man om strategiskt partnerskap inom vuxenutbildning?")
    assert refused.abstained and "anger inte hur eller var man ansöker" in refused.text
    answered = engine.ask("Where do I submit my application for a knowledge alliance?")
    assert not answered.abstained and "call for proposals" in answered.text
