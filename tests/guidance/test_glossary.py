"""The multilingual glossary recognises actions and topics in the four askers' languages."""

import pytest

from erasbot.guidance.glossary import load_glossary
from erasbot.text import fold


@pytest.mark.parametrize(
    "question, action",
    [
        ("Hur många partner behövs i en kunskapsallians?", "knowledge-alliance"),
        ("How many partners does a Knowledge Alliance need?", "knowledge-alliance"),
        ("Montako kumppania osaamisallianssiin tarvitaan?", "knowledge-alliance"),
        ("Hoeveel partners heeft een kennisalliantie nodig?", "knowledge-alliance"),
        ("Vilka branscher kan branschspecifika kunskapsallianser gälla?", "sector-skills-alliance"),
        ("Kuinka kauan alakohtainen osaamisallianssi kestää?", "sector-skills-alliance"),
        ("Hur länge pågår ett strategiskt partnerskap inom vuxenutbildning?", "strategic-partnership-adult"),
        ("Waar dien ik een aanvraag in voor Partnerschappen voor innovatie?", "partnership-for-innovation"),
    ],
)
def test_the_action_a_question_is_about_is_recognised(question, action):
    assert load_glossary().actions(question) == [action]


def test_a_longer_name_wins_over_the_shorter_name_inside_it():
    found = load_glossary().find("branschspecifika kunskapsallianser och strategiska partnerskap")
    assert "sector-skills-alliance" in found and "knowledge-alliance" not in found
    assert "organisations" not in found  # 'partnerskap' names the action, not partners


def test_missing_diacritics_are_forgiven_for_long_words_but_short_words_match_as_written():
    glossary = load_glossary()
    assert "higher-education" in glossary.find("hur manga hogskolor kravs")
    assert "duration" not in glossary.find("Det är en fråga")  # 'är' is not 'år'
    assert "duration" in glossary.find("Hur många år?")


def test_question_kinds_and_focus():
    glossary = load_glossary()
    assert glossary.question_kinds("How long does a knowledge alliance last?") >= {"duration"}
    assert "duration" not in glossary.question_kinds("Who won last year?")
    assert glossary.focus("Vilka branscher kan en allians gälla?") == "sectors"


def test_an_unknown_key_in_the_glossary_file_fails_at_load_naming_the_field(tmp_path) -> None:
    import json

    from erasbot.errors import ErasbotError
    from erasbot.guidance.glossary import GLOSSARY_FILE

    data = json.loads(GLOSSARY_FILE.read_text(encoding="utf-8"))
    data["concepts"][0]["trems"] = data["concepts"][0].pop("terms")
    broken = tmp_path / "glossary.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ErasbotError) as raised:
        load_glossary.__wrapped__(broken)
    assert "glossary.json" in str(raised.value) and "concepts.0.trems" in str(raised.value)


def test_a_topic_given_for_an_action_that_is_no_action_fails_at_load_naming_the_concept(tmp_path) -> None:
    import json

    from erasbot.errors import ErasbotError
    from erasbot.guidance.glossary import GLOSSARY_FILE

    data = json.loads(GLOSSARY_FILE.read_text(encoding="utf-8"))
    ecosystems = next(c for c in data["concepts"] if c["id"] == "ecosystems")
    ecosystems["only_in"] = "partnerships-for-innovaton"
    broken = tmp_path / "glossary.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ErasbotError) as raised:
        load_glossary.__wrapped__(broken)
    assert "ecosystems" in str(raised.value) and "partnerships-for-innovaton" in str(raised.value)


@pytest.mark.parametrize(
    "text",
    [
        "Projektbidraget och enimmäisavustus: avustusta haetaan, bidrag ges",  # infix terms inside compounds
        "kunskapsallianser, kunskapsallianserna och branschspecifika kunskapsallianser",  # repeats, a longer name
        "Voiko hakija olla mukana? Hur länge pågår projektet, hoe lang duurt het",  # gapped terms, question words
        "HÖGSKOLOR hogskolor högskolorna – partnerskap-partnerskapet",  # case, no diacritics, hyphens
        "",
    ],
)
def test_reading_only_where_a_term_can_start_finds_what_a_full_scan_finds(text):
    """The matcher tries its regex only where a term's first word occurs; a scan of every place agrees."""
    glossary = load_glossary()
    matchers = [*glossary._patterns.values(), *glossary._question_words.values()]
    lowered, folded = text.lower(), fold(text)
    compared = 0
    for matcher in matchers:
        for group in (matcher.plain, matcher.infix, matcher.gapped):
            for pattern, subject in zip(group, (lowered, folded)):
                if pattern is not None:
                    assert pattern.spans(subject) == [m.span() for m in pattern.regex.finditer(subject)]
                    assert pattern.search(subject) == (pattern.regex.search(subject) is not None)
                    compared += 1
    assert compared > 50


@pytest.mark.parametrize(
    "question",
    [
        "Hur många deltagare får ett kortvarigt projekt ha?",
        "Which costs are covered in a short-term project?",
        "Mitkä kustannukset korvataan lyhytkestoisessa hankkeessa?",
        "Kuinka kauan lyhytkestoinen koulujen liikkuvuushanke voi kestää?",
        "Hoe lang mag een kortlopend project duren?",
    ],
)
def test_a_short_term_project_is_recognised_in_every_language_as_an_action_of_its_own(question):
    glossary = load_glossary()
    assert "short-term-projects" in glossary.find(question)
    assert glossary.concepts["short-term-projects"].elsewhere  # a guide mentioning it in passing does not answer


@pytest.mark.parametrize(
    "question",
    [
        "Vad är telefonnumret till byråns helpdesk?",  # the definite form drops an m: 'telefonnumret'
        "Mikä on kansallisen toimiston puhelinnumeron?",
        "What's the phone number of the agency?",
    ],
)
def test_a_phone_number_asked_in_any_form_is_the_contacts_concept(question):
    assert "contacts" in load_glossary().find(question)


def test_a_help_desk_named_alone_is_no_contact_detail():
    # a guide giving its help desk's opening hours gives no phone number: 'helpdesk' is not the contacts concept
    assert "contacts" not in load_glossary().find("When is the help desk open?")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Mikä on suurin mahdollinen avustus euroina?", "amount"),
        ("Is there a cap on the grant?", "amount"),
        ("Hur många projektmöten får man?", "count"),
    ],
)
def test_largest_grants_and_caps_are_asked_amounts(question, kind):
    assert kind in load_glossary().question_kinds(question)


@pytest.mark.parametrize(
    "text",
    [
        "Can a Teacher Academy charge participants for the joint modules? No, they are free of charge.",
        "Voiko hanke periä osallistujilta maksua?",
        "Kurserna är avgiftsfria.",
    ],
)
def test_a_guide_saying_what_is_free_of_charge_speaks_of_fees(text):
    assert "fees" in load_glossary().find(text)


@pytest.mark.parametrize(
    "question",
    [
        "Hoeveel mag een kennisalliantie van twee jaar maximaal ontvangen?",
        "How much can a knowledge alliance receive at most?",
        "Hur mycket kan en kunskapsallians få som mest?",
    ],
)
def test_words_that_ask_for_the_grant_find_it_but_are_not_searched_for_in_the_texts(question):
    """'maximaal ontvangen' asks for the grant; searching the texts for 'ontvangen' would draw any sentence with it."""
    glossary = load_glossary()
    assert "grant" in glossary.find(question)
    searched = {term for term, _ in glossary.expansion(["grant"], ("sv", "fi", "nl", "en"))}
    assert not searched & {"maximaal ontvangen", "receive at most", "få som mest"}
    assert "subsidie" in searched


@pytest.mark.parametrize(
    "question",
    [
        "Jos aikataulu venyy, voiko hanketta pidentaa ja kuinka paljon?",
        "Voiko osaamisallianssia pidentää? Paljonko?",
        "Can a knowledge alliance be extended, and by how much?",
        "Kan het project verlengd worden en met hoeveel?",
    ],
)
def test_how_much_asked_of_an_extension_asks_how_long_not_a_sum(question):
    glossary = load_glossary()
    assert glossary.question_kinds(question) - {"wh"} == {"duration"}
    assert "grant" not in glossary.find(question)


def test_how_much_beside_a_word_of_money_still_asks_a_sum_of_an_extended_project():
    glossary = load_glossary()
    question = "If we extend the project, how much money do we get?"
    assert "amount" in glossary.question_kinds(question) and "grant" in glossary.find(question)



def test_a_visa_is_named_as_a_visa_not_by_the_swedish_verb_to_show():
    glossary = load_glossary()
    assert "visas" in glossary.find("Do our partners need a visa to come to the meeting?")
    assert "visas" in glossary.find("Behöver deltagarna visum?")
    assert "visas" not in glossary.find("Något evenemang där man ska visa upp resultaten?")
