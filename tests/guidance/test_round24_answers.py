"""Questions of round 24 on the bundled texts: a greatest length asked ('Finns det ingen maxlängd ...?', 'maximum
length', 'enimmäiskesto', 'maximale looptijd') asks a duration, not the greatest sum 'max' alone asks, and a length
the texts on an action do not give is refused whole, not answered by a rule on another thing."""

from __future__ import annotations

import pytest

from erasbot.guidance.glossary import load_glossary
from tests.chat.chatting import chat

GLOSSARY = load_glossary()


@pytest.mark.parametrize(
    "question",
    [
        "Finns det ingen maxlängd för branschspecifika kunskapsallianser?",
        "Is there no maximum length?",
        "Onko enimmäiskestoa?",
        "Is er geen maximale looptijd?",
        "Vad är maxlängden för ett projekt?",
    ],
)
def test_a_greatest_length_asks_a_duration_not_a_sum(question) -> None:
    kinds = GLOSSARY.question_kinds(question)
    assert "duration" in kinds and "amount" not in kinds
    assert "duration" in GLOSSARY.find(question)


def test_the_greatest_sum_is_still_a_sum() -> None:
    assert "amount" in GLOSSARY.question_kinds("What is the maximum grant?")


def test_a_length_the_texts_on_an_action_do_not_give_is_refused_whole(engine) -> None:
    reply = chat(
        engine,
        "Finns det ingen maxlängd för branschspecifika kunskapsallianser? Hur många år får ett sånt projekt hålla på?",
        lang="sv",
    )[0]
    assert reply.abstained
    assert "paraply" not in reply.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("Hoeveel beoogde effecten worden er genoemd bij de Allianties voor onderwijs en bedrijven?", "Zes in totaal:"),
        ("How many expected impacts are listed for the Alliances for Innovation?", "Six in all:"),
        ("Hur många förväntade effekter räknas upp för allianserna för utbildning och företag?", "Sex totalt:"),
    ],
)
def test_a_list_quoted_item_by_item_is_counted_when_how_many_is_asked(engine, question, lead) -> None:
    """The expected impacts are stated in one sentence ('are A, B, ... and F') and quoted point by point: the count
    is the quoted points', not refused as a figure the text does not give."""
    reply = chat(engine, question)[0]
    assert not reply.abstained
    assert reply.text.startswith(lead)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Onko tulosten levitys pakollista aikuiskoulutuksen strategisissa kumppanuuksissa?", "jokaiseen"),
        ("Is dissemination of results mandatory in strategic partnerships for adult education?", "every"),
        ("Är spridning av resultat obligatoriskt i strategiska partnerskap inom vuxenutbildning?", "varje"),
    ],
)
def test_what_is_part_of_every_project_answers_whether_it_is_mandatory(engine, question, said) -> None:
    """Dissemination 'is part of every action and so of every partnership project': required of each, so it answers
    'is dissemination mandatory?' over the claim that concrete results are required."""
    first = chat(engine, question)[0].text.split("\n")[0]
    assert first.startswith(("Levittäminen", "Dissemination", "Spridning")) and said in first


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what's the actual difference in focus between KA and SSA? both sound like 'alliances with companies'", "VET"),
        ("Vad är skillnaden i fokus mellan kunskapsallianser och branschspecifika kunskapsallianser?", "yrkes"),
    ],
)
def test_the_focus_of_two_actions_compared_is_their_aims(engine, question, said) -> None:
    """'the difference in focus': what each action aims at (the sector alliances' vocational education and training),
    not a sentence that happens to say 'focus'."""
    text = chat(engine, question)[0].text
    assert said in text
