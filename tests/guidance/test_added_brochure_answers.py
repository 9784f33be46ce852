"""Round 25's brochure added (a Finnish agency's two-column leaflet on adult-education mobility) and asked in four
languages: points asked in Dutch meet the Finnish 'pistettä' (an inflected form of the glossary's 'pisteet'); last
year's funded projects are statistics the brochure gives ('41 hanketta ... rahoitettiin'); a travel budget described
after the asker's situation ('Onze docenten reizen ... 3400 km. Hoeveel reisbudget ...?') is the guide's to answer,
the bundled texts covering no travel support; a yes/no question on whether escorts count towards the maximum asks
no figure; what the coordinator says is the quotation, not the line naming her; 'how many times' is answered by the
sentence counting times."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import engine_with_document

from erasbot.guidance.added_answer import whether_only
from erasbot.guidance.glossary import load_glossary
from erasbot.guidance.units import figure_units

REPO_ROOT = Path(__file__).resolve().parents[2]
BROCHURE = REPO_ROOT / "evals" / "user_documents" / "blind25-aikuiskoulutuksen-liikkuvuus-esite.pdf"


@pytest.fixture(scope="module")
def brochure_engine(tmp_path_factory):
    return engine_with_document(tmp_path_factory, BROCHURE, "fi")


@pytest.mark.parametrize(
    ("question", "lang", "said"),
    [
        (
            "Hoeveel punten moet een aanvraag minimaal halen en op welke criteria wordt er gescoord?",
            "nl",
            "60 pistettä",
        ),
        ("Missä kohtaa esitettä kerrotaan, miten hakemukset pisteytetään?", "fi", "Näin hakemukset arvioidaan"),
        (
            "Hur stor chans har man egentligen att få pengar? Hur många KA122-ADU-projekt beviljades i Finland förra "
            "året?",
            "sv",
            "41 hanketta",
        ),
        (
            "Onze docenten reizen van Jyväskylä naar Lissabon, dat is zo'n 3400 km. Hoeveel reisbudget krijgen we per "
            "persoon, en hoeveel als ze met de trein gaan?",
            "nl",
            "580 €",
        ),
        (
            "Tellen begeleiders mee voor het maximum aantal deelnemers? En krijgen we voor hen ook organisatorische "
            "steun?",
            "nl",
            "Saattajista ei makseta organisaatiotukea",
        ),
        (
            "Wat zegt de coördinator van de volkshogeschool in de brochure over waarom hun tweede aanvraag wel werd "
            "goedgekeurd?",
            "nl",
            "oppimistavoitteet",
        ),
        (
            "how many times can we get a KA122 adult ed grant? we had one in 2024 and 2025, can we aply again in 2026 ?",
            "en",
            "kolme kertaa",
        ),
        # a country asked as where staff are sent: the question naming it ('Isoon-Britanniaan tai Sveitsiin?')
        (
            "Kan vi skicka personal på jobbskuggning till England eller Schweiz inom ett KA122-ADU projekt?",
            "sv",
            "Sveitsi eivät kuulu niihin",
        ),
    ],
)
def test_the_brochure_answers_what_it_says(brochure_engine, question, lang, said) -> None:
    answer = brochure_engine.ask(question, language=lang)
    assert not answer.abstained
    assert said in answer.text
    assert any(c.doc_id.startswith("blind25") for c in answer.citations)


@pytest.mark.parametrize(
    ("question", "whether"),
    [
        ("Tellen begeleiders mee voor het maximum aantal deelnemers?", True),
        ("Do accompanying persons count towards the maximum number of participants?", True),
        ("Is there a maximum number of participants?", False),  # a limit whose existence is asked: its figure
        ("Onko osallistujamäärälle ylärajaa?", False),
        ("How many participants may a project have at most?", False),
    ],
)
def test_a_yes_no_question_asks_a_figure_only_of_a_limit_it_asks_about(question, whether) -> None:
    assert whether_only(question) is whether


@pytest.mark.parametrize(
    ("sentence", "times"),
    [
        ("Se voi saada rahoituksen enintään kolme kertaa viiden peräkkäisen hakukierroksen aikana.", True),
        ("An organisation may receive it at most 3 times.", True),
        ("Hankkeelle haetaan rahoitusta ensimmäistä kertaa vuonna 2026.", False),
    ],
)
def test_occasions_are_a_figure_only_when_counted(sentence, times) -> None:
    assert ("times" in figure_units(sentence)) is times


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        (
            "Voiko ennen ryhmämatkaa tehdä valmistelevan vierailun kohdeorganisaatioon ja paljonko siihen saa tukea "
            "KA122-ADU:ssa?",
            "fi",
        ),
        ("Får vuxenstuderande i ett KA122-ADU-projekt tillgång till OLS språkkurser online innan resan?", "sv"),
        (
            "Can we invite an adult-education expert from Ireland to come and teach at our centre for a week under "
            "KA122-ADU, and how long can such an invited expert stay?",
            "en",
        ),
    ],
)
def test_a_thing_of_its_own_the_brochure_never_names_is_refused(brochure_engine, question, lang) -> None:
    assert brochure_engine.ask(question, language=lang).abstained


@pytest.mark.parametrize(
    ("question", "statistics"),
    [
        ("Hur många projekt räknar EACEA med att bevilja i CB VET-utlysningen 2026?", True),
        ("Hoeveel Vlaamse organisaties kregen vorig jaar een CB VET-project goedgekeurd?", True),
        ("Hoeveel allianties gaan ze naar verwachting financieren?", True),
        ("Hur många KA122-ADU-projekt beviljades i Finland förra året?", True),
        ("Hur många månader förlängning kan beviljas?", False),  # a rule, not a count of what was funded
        ("Hoeveel partners moeten we hebben?", False),
    ],
)
def test_how_many_were_or_will_be_funded_asks_statistics(question, statistics) -> None:
    assert ("statistics" in load_glossary().find(question)) is statistics


@pytest.mark.parametrize(
    "sentence",
    [
        "Expected number of grants: 4",
        "Beräknat antal projekt som beviljas: 12",
        "Verwacht aantal gefinancierde projecten: 8",
    ],
)
def test_a_guide_stating_how_many_grants_it_expects_speaks_of_statistics(sentence) -> None:
    assert "statistics" in load_glossary().find(sentence)
