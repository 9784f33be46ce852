"""Kinds of failure of round 17 (an added memo sent as a hard-wrapped e-mail, on a 2021-2027 action, quoting an earlier
mail): 'zo'n alliantie' names nothing the question asks; a question told in a quoted mail, or its sign-off, is no answer
to the question before it, nor a heading; a rate asked ('maandbeurs') or a maximum count of things asked is answered
only by a sentence giving one (the maximum points of a criterion are no maximum number of partners); a call of another
year is answered where the passage speaks of it."""

from __future__ import annotations

from guides_in_memory import KNOWLEDGE_ALLIANCES, CorpusInMemory

from erasbot.guidance.added_words import read_in
from erasbot.guidance.corpus import DocumentInfo, sections

MEMO = DocumentInfo(
    "hogeschool-memo", "Erasmus+ Allianties, oproep 2026 (memo)", "nl", "user document", (), "", "2021-2027"
)
PASSAGES = [
    (KNOWLEDGE_ALLIANCES, "Kunskapsallianser", "Projekten pågår i två till tre år."),
    (
        MEMO,
        "Erasmus+ Allianties, oproep 2026 (memo) – 2. Topics",
        (
            "Topic 1 is alleen voor allianties die in 2022 zijn geselecteerd. Onze hogeschool zit niet in zo'n "
            "alliantie, dus dit topic is voor ons niet relevant."
        ),
    ),
    (
        MEMO,
        "Erasmus+ Allianties, oproep 2026 (memo) – 4. Minimale samenstelling",
        (
            "Een alliantie telt ten minste vier instellingen uit ten minste drie landen. Na "
            "vier jaar verwacht de Commissie een gezamenlijke strategie en een werkend bestuursmodel."
        ),
    ),
    (
        MEMO,
        "Erasmus+ Allianties, oproep 2026 (memo) – 5. Financiering",
        (
            "De subsidie wordt berekend als EUR 300.000 per volwaardige partner per jaar. Aanvragen worden beoordeeld "
            "op vier criteria; voor elk criterium geldt een maximum van 30 punten."
        ),
    ),
    (
        MEMO,
        "Erasmus+ Allianties, oproep 2026 (memo) – 9. Verschil met de pilots",
        "In de pilotoproep van 2019 werden 12 allianties geselecteerd, in die van 2020 nog eens 20.",
    ),
    (
        MEMO,
        "Erasmus+ Allianties, oproep 2026 (memo) – 12. Een vraag uit de academies",
        (
            "Kan de hogeschool in Trondheim volwaardige partner zijn, en telt Noorwegen mee voor het aantal landen? "
            "Hun rector vraagt ook of Trondheim coördinator kan worden. Groet, Sanne"
        ),
    ),
    (
        MEMO,
        "Erasmus+ Allianties, oproep 2026 (memo) – 12. Een vraag uit de academies",
        "Ons antwoord: ja. Noorwegen is een geassocieerd derde land en telt mee voor de drie landen.",
    ),
]
CORPUS = CorpusInMemory(PASSAGES, languages=("sv", "nl"))
ask = CORPUS.ask


def test_words_pointing_back_name_nothing_asked():
    assert {"zo", "n"}.isdisjoint(read_in("hoeveel instellingen moeten er in zo'n alliantie zitten?", "nl", "nl"))
    answer = ask("Hoeveel instellingen moeten er minimaal in zo'n alliantie zitten?", "nl")
    assert not answer.abstained and "ten minste vier instellingen" in answer.text


def test_a_question_told_in_a_quoted_mail_and_its_sign_off_answer_nothing():
    answer = ask("Kan een hogeschool uit Noorwegen volwaardige partner zijn en telt Noorwegen mee?", "nl")
    assert "rector vraagt" not in answer.text and "geassocieerd derde land" in answer.text
    # a mail's sign-off above the answer is no heading of the answer's passage
    headings = [s.heading for s in sections("Groet, Sanne (decaan)\n\nOns antwoord: ja.", "Memo")]
    assert headings == ["Memo"]


def test_a_rate_or_a_count_of_things_asked_is_answered_only_by_a_sentence_giving_one():
    assert ask("Hoeveel maandbeurs krijgt een student van een alliantie in de oproep 2026?", "nl").abstained
    # the maximum points of a criterion are no maximum number of partners
    assert ask("Is er een maximum aantal partners in een alliantie?", "nl").abstained
    counted = ask("Hoeveel landen moeten er minimaal in een alliantie zitten?", "nl")
    assert not counted.abstained and "ten minste drie landen" in counted.text


def test_a_call_of_another_year_is_answered_where_the_passage_speaks_of_it():
    answer = ask("Hoeveel allianties werden er in de oproepen van 2019 en 2020 geselecteerd?", "nl")
    assert not answer.abstained and "12 allianties" in answer.text
    assert ask("Hoeveel allianties worden er in de oproep 2027 geselecteerd?", "nl").abstained
