"""Which sentence of an added guide answers, by what its figure is said of (issue 14): a project's duration
is not an activity's, a yes/no question giving a number of pupils (in its context) is answered by the limit
on participants and says no when the number is over it, a "which ...?" question by the whole list, and a
yes/no question on who may apply says no when the quoted rule plainly refuses it."""

from __future__ import annotations

import pytest

from erasbot.guidance.added_answer import added_answer
from erasbot.guidance.added_selection import added_sentences
from erasbot.guidance.corpus import Chunk, DocumentInfo, split_sentences
from erasbot.guidance.glossary import load_glossary
from erasbot.guidance.retrieval import Hit, analyse
from erasbot.guidance.said_of import (
    ACTIVITY,
    PROJECT,
    asked_holder,
    counts_people,
    over_limit,
    refuses,
    sentence_holder,
)
from erasbot.guidance.selection import with_list
from erasbot.guidance.snapshot import concept_text, corpus_stats

GLOSSARY = load_glossary()
GUIDE = DocumentInfo("ka122", "Schoolmobiliteit – handleiding", "nl", "user document", (), "", "2021-2027")
PASSAGES = [
    (
        "Duur",
        (
            "De school kiest de projectduur in de aanvraag; de projectduur kan later worden verlengd tot maximaal "
            "24 maanden. Een mobiliteitsproject duurt tussen 6 en 18 maanden. Een verblijf in het buitenland duurt "
            "per deelnemer 2 tot 30 dagen."
        ),
    ),
    (
        "Deelnemers",
        (
            "Scholen die meer leerlingen willen laten deelnemen, kunnen de activiteiten spreiden over meerdere "
            "rondes. Een project kan maximaal 30 deelnemers omvatten."
        ),
    ),
    (
        "Budget",
        (
            "Het budget bestaat uit eenheidsbijdragen per deelnemer. De volgende kostencategorieën worden vergoed:\n"
            "• organisatorische ondersteuning per deelnemer\n• reiskosten op basis van de afstand\n"
            "• taalondersteuning voor langdurige activiteiten"
        ),
    ),
]
CHUNKS = tuple(
    Chunk(f"ka122#{n}", GUIDE.id, n, heading, text, "nl", (), GUIDE.period, GUIDE.title)
    for n, (heading, text) in enumerate(PASSAGES)
)
STATS = corpus_stats(tuple(tuple(GLOSSARY.find(concept_text(c))) for c in CHUNKS), GLOSSARY)


def ranked(question: str, lang: str, closest: str = "", close: str = "") -> list[str]:
    """The guide's sentences best first, with the cosine favouring `closest` (as an embedding that reads the
    subject of the guide, not what is asked, may), then `close`, then the rest alike."""

    def cosine(sentence: str) -> float:
        return 0.9 if closest and closest in sentence else 0.85 if close and close in sentence else 0.5

    query = analyse(question, lang, GLOSSARY, ("nl",))
    similarity = {f"{c.chunk_id}/{k}": cosine(s) for c in CHUNKS for k, s in enumerate(split_sentences(c.text))}
    hits = [Hit(c, 1.0, 0.5, 0.5) for c in CHUNKS]
    return [s for _, _, s, _ in added_sentences(query, hits, GLOSSARY, STATS.concept_weights, similarity)]


@pytest.mark.parametrize(
    "question, holder",
    [
        ("How long can a short-term school mobility project last?", PROJECT),
        ("Hur länge kan ett projekt pågå?", PROJECT),
        ("Kuinka kauan lyhytkestoinen koulujen liikkuvuushanke voi kestää?", PROJECT),
        ("Hoe lang mag een verblijf in het buitenland duren?", ACTIVITY),
        ("How many days can a job shadowing visit last?", ACTIVITY),
        ("Hur många dagar får en gruppmobilitet för elever vara?", ACTIVITY),
        ("How long does it take?", None),
        ("Hur lång tid tar det innan programkontoret meddelar beslut om ett partnerskap?", None),
    ],
)
def test_what_a_duration_is_asked_of(question, holder):
    assert asked_holder(question) == holder


def test_a_sentence_speaks_of_its_subject_not_of_a_word_further_on():
    assert sentence_holder("Een kortlopend project duurt tussen 6 en 18 maanden.") == PROJECT
    assert sentence_holder("• Activiteit: Groepsmobiliteit van leerlingen; Duur: 2 tot 30 dagen") == ACTIVITY
    assert sentence_holder("De school kiest de projectduur in de aanvraag.") not in (PROJECT, ACTIVITY)


def test_a_number_of_people_in_the_question():
    assert counts_people("Wij hebben ongeveer 40 leerlingen. Kunnen ze allemaal mee?")
    assert counts_people("We have about 45 pupils in year 8; can all of them take part?")
    assert not counts_people("Can we take part for 12 months?")


@pytest.mark.parametrize(
    "question, lang",
    [
        ("Hur länge kan ett projekt pågå?", "sv"),
        ("Hoe lang mag een project duren?", "nl"),
        ("How long can a project last?", "en"),
    ],
)
def test_a_projects_duration_is_answered_by_the_project_not_by_a_stay(question, lang):
    best = ranked(question, lang, closest="verblijf", close="mobiliteitsproject")[0]
    assert "6 en 18 maanden" in best


def test_a_stays_duration_is_answered_by_the_stay_not_by_the_project():
    best = ranked("Hoe lang mag een verblijf in het buitenland duren?", "nl", closest="mobiliteitsproject", close="verblijf")[0]
    assert "2 tot 30 dagen" in best


def test_a_yes_no_question_giving_a_number_of_pupils_leads_with_the_limit():
    question = (
        "Wij zijn een middelbare school met ongeveer 40 leerlingen in de derde klas. "
        "Kunnen we ze allemaal in één project meenemen?"
    )
    assert "maximaal 30 deelnemers" in ranked(question, "nl", closest="meer leerlingen", close="maximaal")[0]


def test_which_costs_gets_the_list_not_the_budget_opening():
    best = ranked("Which costs are covered?", "en", closest="Het budget bestaat", close="kostencategorie")[0]
    assert best.startswith("De volgende kostencategorieën")
    assert "taalondersteuning" in with_list(best, CHUNKS[2].text)


TITLE = "Kortlopende projecten voor mobiliteit in het schoolonderwijs – handleiding voor aanvragers"


@pytest.mark.parametrize(
    "sentence, question, refused",
    [
        (
            "Een consortium kan geen aanvraag indienen voor een kortlopend project.",
            "Can three schools together apply for a short-term project as a consortium?",
            True,
        ),
        (
            "Scholen die al een Erasmus-accreditatie hebben, kunnen geen kortlopend project aanvragen.",
            "Our school already holds an Erasmus accreditation. May we still apply for a short-term project?",
            True,
        ),
        # the refusal is of someone else than the asker: no "no"
        (
            "Scholen die al een Erasmus-accreditatie hebben, kunnen geen kortlopend project aanvragen.",
            "Kan een nieuwe school een Erasmus kortlopend project aanvragen?",
            False,
        ),
        # a condition is no plain refusal
        (
            "Organisations from third countries cannot take part unless they bring added value.",
            "Can organisations from third countries take part?",
            False,
        ),
    ],
)
def test_a_plain_refusal_of_what_is_asked_is_a_no(sentence, question, refused):
    assert refuses(sentence, question, TITLE) is refused


def test_a_number_of_pupils_over_the_maximum_is_a_no():
    limit = "Een kortlopend project kan maximaal 30 deelnemers omvatten."
    assert over_limit("Wij hebben 40 leerlingen. Kunnen ze allemaal mee?", limit) == (40, 30)
    assert over_limit("We have 25 pupils. Can they all take part?", limit) is None
    assert over_limit("We have 40 pupils. Can they all take part?", "Een project duurt maximaal 30 dagen.") is None


def answer_text(question: str, lang: str) -> str:
    query = analyse(question, lang, GLOSSARY, ("nl",))
    hits = [Hit(c, 1.0, 0.5, 0.5) for c in CHUNKS]
    return added_answer(query, hits, hits, {GUIDE.id: GUIDE}, GLOSSARY, STATS.concept_weights, {}).text


def test_a_yes_no_answer_says_no_first_when_the_count_is_over_the_limit():
    text = answer_text("Wij zijn een school met 40 leerlingen. Kunnen ze allemaal in één project mee?", "nl")
    first, *rest = text.split("\n")
    assert "40" in first and "30" in first
    assert any("maximaal 30 deelnemers" in line for line in rest)
