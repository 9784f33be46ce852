"""Kinds of failure of round 10, in how a question is read: a longer action name typed with a slip around a shorter
one names the longer action; a topic's word inside a mistyped name is part of the name; a duration the question
states of its case is not what it asks; 'which of the two has more' compares; a code names its field; a country
adjective on the project is not the organisation asked about; 'which countries' is answered by the countries' names;
a compound's part follows a first part of its own; a Finnish word is no part of a Swedish compound; a meaning's particle ('in' of 'skicka in') is no word of it."""

from __future__ import annotations

from erasbot.forms import asks_comparison, infer_form
from erasbot.guidance.added_places import asked_country, asks_which_countries, counts_countries, lists_countries
from erasbot.guidance.added_words import in_document_language
from erasbot.guidance.cross_words import load_cross_words
from erasbot.guidance.fields import asked_fields
from erasbot.guidance.glossary import load_glossary
from erasbot.guidance.units import asks_share, units_named

GLOSSARY = load_glossary()


def test_a_longer_name_typed_with_a_slip_names_its_action_not_the_shorter_one_inside_it():
    assert GLOSSARY.actions("vilka branscher kan en branchspecifik kunskapsallians jobba inom?") == [
        "sector-skills-alliance"
    ]
    assert GLOSSARY.actions("Hur länge pågår en kunskapsallians?") == ["knowledge-alliance"]


def test_a_topic_word_inside_a_mistyped_action_name_is_part_of_the_name():
    question = "Mikä on alakohtainen osaamisallianssi (sector skils alliance)?"
    assert "sectors" not in GLOSSARY.find(question)
    assert "sector" not in GLOSSARY.without_actions(question).lower()
    assert "sectors" in GLOSSARY.find("Which sectors can a sector skills alliance cover?")


def test_a_duration_the_question_states_of_its_case_is_not_what_it_asks():
    question = "hur mkt kan man max få i eu-bidrag för en kunskapsallians som pågår 2 år?"
    assert "amount" in GLOSSARY.question_kinds(question)
    assert "duration" not in GLOSSARY.question_kinds(question)
    assert "duration" not in GLOSSARY.find(GLOSSARY.asked_text(question))
    assert "duration" in GLOSSARY.question_kinds("Hur länge pågår en kunskapsallians?")


def test_which_of_two_has_more_is_a_comparison():
    for question in (
        "Kumpi vaatii enemmän organisaatioita: osaamisallianssi vai aikuiskoulutuksen strateginen kumppanuus?",
        "Which lasts longer, a Knowledge Alliance or a Sector Skills Alliance?",
        "Vilken får mer pengar, en kunskapsallians eller en branschspecifik kunskapsallians?",
    ):
        assert asks_comparison(question) and infer_form(question) == "comparison", question
    assert not asks_comparison("Can we have more partners or associated partners?")
    assert "count" in GLOSSARY.question_kinds("Which needs more partners, a Knowledge Alliance or an SSA?")


def test_an_action_code_names_its_field():
    assert asked_fields("Can a university take part in a KA220-ADU partnership?", "en") == {"higher", "adult"}
    assert asked_fields("milla kielella ka220 adu hakemus kirjoitetaan", "fi") == {"adult"}
    assert asked_fields("In KA220 you need three partners", "en") == frozenset()


def test_a_country_adjective_on_the_project_is_not_the_organisation_asked_about():
    assert asked_country("Mag een universiteit meedoen aan een Zweeds samenwerkingspartnerschap (KA220-ADU)?") is None
    assert asked_country("Can a university take part in a Swedish KA220-ADU partnership?") is None
    assert asked_country("Kan ett norskt företag vara koordinator för ett strategiskt partnerskap?") == "NO"
    assert asked_country("Mag een Zweedse school meedoen aan het project?") == "SE"


def test_which_countries_is_answered_by_their_names_not_by_how_many_a_consortium_needs():
    assert asks_which_countries(
        "Welke met het programma geassocieerde derde landen mogen volwaardige partners leveren?"
    )
    assert not asks_which_countries("How many countries must the partners come from?")
    named = "the third countries associated to the Programme: Iceland, Liechtenstein, Norway and Türkiye."
    assert lists_countries(named) and not counts_countries(named)
    count = "Minimum number of countries: 3 EU Member States or third countries associated to the Programme"
    assert counts_countries(count) and not lists_countries(count)
    assert counts_countries("at least three full partners from at least three different EU Member States")


def test_a_compound_part_needs_a_first_part():
    cross = load_cross_words()
    ages = {i for i, words in enumerate(cross.words) if "age" in words.get("en", ())}
    assert not cross.meanings("Milloin hanke voi aikaisintaan alkaa?", "fi") & ages
    reports = {i for i, words in enumerate(cross.words) if words.get("en") == ("report",)}
    assert cross.meanings("Milloin loppuraportti pitää jättää?", "fi") & reports  # a final report is a report


def test_a_finnish_question_adds_no_finnish_words_to_a_swedish_guide_and_a_particle_is_no_word():
    # the Swedish guide's words; the Finnish question's own words are none of them
    rarity = {"start": 1.0, "tidig": 1.5, "lamn": 1.2, "in": 0.2, "lagesrapport": 2.0, "kommentar": 1.0}
    question = "Milloin hanke voi aikaisintaan alkaa, ja mihin mennessä sen on alettava?"
    read = {"hank", "alk", "men", "sen", "mih", "alettav"}
    own = in_document_language(read, question, "fi", "sv", rarity)
    assert "start" in own and not own & read
    dutch = in_document_language(set(), "Wanneer moet het verslag worden ingediend?", "nl", "sv", rarity)
    assert "lamn" in dutch and "in" not in dutch  # 'ingediend' is 'lämna in' (submit), not 'in'


def test_a_number_of_grants_and_a_share_of_the_costs_are_figures_asked():
    assert "grants" in units_named("how many grants does EACEA expect to fund under lot 2?")
    assert "grants" not in units_named("What is the maximum grant for lot 2?")
    assert asks_share("Paljonko alihankinta saa enintaan olla hankkeen arvioiduista kustannuksista?")
    assert asks_share("How much of the costs can be subcontracted?")
    assert not asks_share("How much is the grant?")
