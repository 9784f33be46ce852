"""Questions of round 30 over a Finnish agency's page on the Erasmus Charter for Higher Education: a name the page
spells out once ('Erasmus-toimintaperiaatelausuma (Erasmus Policy Statement, EPS)') is named by its abbreviation and
its term in the sentences after it; 'how much' asked in points asks no sum; a month named ('huhtikuussa') picks the date
in it; fees written as the last part of a compound ('kirjastomaksuja') are fees; a thing the asker tells after the
asking sentence (a declaration they sign, 'vakuutus', also the word for insurance) is their case, not what they ask."""

from __future__ import annotations

import pytest
from guides_in_memory import GLOSSARY, GuideInMemory

from erasbot.guidance.added_dates import asked_month, gives_month
from erasbot.guidance.added_glosses import defines_named, glosses
from erasbot.guidance.corpus import DocumentInfo
from erasbot.guidance.lexical import tokens

PAGE = DocumentInfo(
    "eche-sivu",
    "Erasmus-peruskirja korkeakouluille (ECHE) – haku 2027",
    "fi",
    "user document",
    (),
    "",
    "2021-2027",
)
TITLE = PAGE.title
DEFINED = "Laadi Erasmus-toimintaperiaatelausuma (Erasmus Policy Statement, EPS) ja liitä se hakemukseen."
PUBLISHED = (
    "Peruskirjan saanut korkeakoulu julkaisee Erasmus-toimintaperiaatelausumansa (EPS) ja peruskirjan tekstin "
    "verkkosivuillaan kuukauden kuluessa myöntöpäätöksestä."
)


def test_an_abbreviation_and_a_term_stand_for_the_name_spelled_out_once():
    glossed = glosses([DEFINED, "EPS:n on oltava johdon hyväksymä.", PUBLISHED], "fi")
    assert {"erasmus", "policy", "statement"} <= glossed["eps"]
    assert {"policy", "statement", "eps"} <= glossed["toimintaperiaatelausum"]
    assert "erasmus" not in glossed  # the words of a name stand for nothing themselves
    lear = glosses(["LEAR (Legal Entity Appointed Representative) ylläpitää organisaation tietoja."], "fi")
    assert {"legal", "entity"} <= lear["lear"]
    # brackets holding no name spelled out are no gloss
    assert glosses(["Teksti on enintään 5 000 merkin (välilyönteineen) mittainen."], "fi") == {}


def test_the_sentence_spelling_out_the_asked_name_is_told_apart():
    asked = set(tokens("Erasmus Policy Statement website", "fi"))
    assert defines_named(DEFINED, "fi", asked)
    assert not defines_named(PUBLISHED, "fi", asked)


def test_a_question_naming_the_spelled_out_name_meets_the_sentence_using_the_abbreviation():
    guide = GuideInMemory(PAGE, [(f"{TITLE} – Näin haet", DEFINED), (f"{TITLE} – Velvoitteet", PUBLISHED)])
    answer = guide.ask("Moet het Erasmus Policy Statement op onze website komen, en binnen welke termijn?", "nl")
    assert not answer.abstained
    assert "kuukauden kuluessa" in answer.text


def test_how_many_points_asks_no_sum():
    guide = GuideInMemory(
        PAGE,
        [
            (f"{TITLE} – Mikä peruskirja on?", "Peruskirja ei itsessään tuo korkeakoululle rahoitusta."),
            (
                f"{TITLE} – Myöntämisperusteet ja pisteytys",
                "Enimmäispistemäärä on 100 pistettä. Peruskirja myönnetään hakemukselle, joka saa yhteensä vähintään "
                "70 pistettä.",
            ),
        ],
    )
    answer = guide.ask("Paljonko pisteitä pitää saada yhteensä että peruskirja myönnetään?", "fi")
    assert not answer.abstained
    assert "70 pistettä" in answer.text


@pytest.mark.parametrize(
    "question, month",
    [
        ("Mikä on ECHE-haun DL tarkalleen huhtikuussa?", 4),
        ("Is the deadline in April?", 4),
        ("Sluit de oproep in maart?", 3),
        ("Meidän korkeakoulu hakee", None),  # 'meidän' is no 'mei'
        ("May we apply twice?", None),  # the English verb
    ],
)
def test_the_month_a_question_names(question, month):
    assert asked_month(question) == month


def test_a_date_is_in_a_month_by_number_or_name():
    assert gives_month("Päivämäärä: 15.4.2027; klo 12.00", 4)
    assert gives_month("closes on 15 April 2027", 4)
    assert not gives_month("Päivämäärä: 25.2.2027", 4)


def test_the_deadline_asked_in_a_month_is_the_date_in_that_month():
    guide = GuideInMemory(
        PAGE,
        [
            (
                f"{TITLE} – Hakuaika ja aikataulu",
                "Vaihe: ECHE-infowebinaari; Päivämäärä: 25.2.2027; Kellonaika: klo 13.00–15.00 Suomen aikaa",
            ),
            (
                f"{TITLE} – Hakuaika ja aikataulu",
                "Vaihe: Hakemusten määräaika; Päivämäärä: 15.4.2027; Kellonaika: klo 12.00 Brysselin aikaa (klo 13.00 "
                "Suomen aikaa)",
            ),
        ],
    )
    answer = guide.ask("Mikä on ECHE-haun DL tarkalleen huhtikuussa? Tarvitsen kellonajan Suomen aikaa.", "fi")
    assert "15.4.2027" in answer.text.split("\n")[1]


def test_deadline_words_in_their_cases_and_dl():
    for question in ("Tarviin kellonajan Suomen aikaa", "Mikä on haun DL?", "Milloin on määräajan loppu?"):
        assert "deadline" in GLOSSARY.find(question), question


def test_fees_as_the_last_part_of_a_compound_are_fees():
    assert GLOSSARY.occurs("fees", "ei peritä lukukausi-, ilmoittautumis-, tentti- tai kirjastomaksuja")
    guide = GuideInMemory(
        PAGE,
        [
            (f"{TITLE} – Mitä hakijalta ei vaadita?", "Omarahoitusosuutta tai hakemusmaksua ei ole."),
            (
                f"{TITLE} – Peruskirjan haltijan velvoitteet",
                "Saapuvilta vaihto-opiskelijoilta ei peritä lukukausi-, ilmoittautumis-, tentti- tai kirjastomaksuja.",
            ),
        ],
    )
    answer = guide.ask("Saako saapuvilta vaihto-opiskelijoilta periä kirjastomaksuja, jos meillä on peruskirja?", "fi")
    assert "kirjastomaksuja" in answer.text


def test_a_thing_told_after_the_asking_sentence_is_the_askers_case():
    guide = GuideInMemory(
        PAGE,
        [
            (f"{TITLE} – Mikä peruskirja on?", "Peruskirja ei itsessään tuo korkeakoululle rahoitusta."),
            (f"{TITLE} – Näin haet", "Liitä rehtorin allekirjoittama vakuutus (declaration of honour) hakemukseen."),
            (
                f"{TITLE} – Hakuaika ja aikataulu",
                "Vaihe: Hakemusten määräaika; Päivämäärä: 15.4.2027; Kellonaika: klo 12.00 Brysselin aikaa",
            ),
        ],
    )
    answer = guide.ask(
        "Mikä on ECHE-haun määräaika? Meidän rehtori allekirjottaa sen vakuutuksen vasta ihan viime päivänä.", "fi"
    )
    assert "15.4.2027" in answer.text
