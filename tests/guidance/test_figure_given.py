"""A 'how many ...?' question is answered only by an answer that gives the figure asked: Swedish 'en'/'ett' and
Dutch 'een' are articles, not the number one, unless the words around them make them a count."""

from __future__ import annotations

import pytest

from erasbot.guidance.glossary import load_glossary
from erasbot.guidance.question_asks import gives_a_figure
from erasbot.guidance.retrieval import analyse


def _query(text: str, lang: str):
    return analyse(text, lang, load_glossary(), ("sv", "nl"))


@pytest.mark.parametrize(
    ("question", "lang", "answer"),
    [
        ("Hur många möten ska en kunskapsallians hålla?", "sv", "Man kan också anordna utbyten för en grupp."),
        ("Hoeveel studenten mogen op uitwisseling?", "nl", "Er kan een uitwisseling worden georganiseerd."),
    ],
)
def test_an_article_alone_gives_no_figure(question, lang, answer):
    assert not gives_a_figure(answer, _query(question, lang), load_glossary())


@pytest.mark.parametrize(
    ("question", "lang", "answer"),
    [
        # the count asked, named right after the article
        (
            "Hur många koordinatorer får en kunskapsallians ha?",
            "sv",
            "Konsortiet leds av en organisation (sökande/samordnare).",
        ),
        # a word limiting the count before it
        ("I hur många allianser får man vara med?", "sv", "Man kan bara delta i en allians åt gången."),
        ("Aan hoeveel allianties mag je meedoen?", "nl", "Je kunt slechts aan een alliantie tegelijk deelnemen."),
        ("How many sectors?", "en", "The alliance covers one sector."),
    ],
)
def test_the_number_one_is_a_figure(question, lang, answer):
    assert gives_a_figure(answer, _query(question, lang), load_glossary())


@pytest.mark.parametrize(
    "question",
    [
        "Hur många möten ska en kunskapsallians hålla per år?",
        "Hoeveel studenten mogen op uitwisseling binnen een sectorale vaardighedenalliantie?",
    ],
)
def test_a_count_the_texts_do_not_give_is_not_answered_with_another_figure(engine, question):
    assert engine.ask(question).abstained


def test_one_alliance_at_a_time_still_answers_how_many(engine):
    answer = engine.ask("I hur många branschspecifika kunskapsallianser får man vara med samtidigt?")
    assert not answer.abstained and "åt gången" in answer.text


def test_a_count_the_text_sends_the_reader_elsewhere_for_is_refused_with_where_to_look(engine):
    # the Dutch agency's page states no composition: it sends the reader to the Programme Guide; the texts do not
    # cover the count, and the refusal says where it is given
    answer = engine.ask("Hur många partner behöver ett Partnerskap för innovation?")
    assert answer.abstained and "Programme Guide" in answer.text
    assert "Partnerskap för innovation" in answer.text


def test_a_compound_holding_the_counted_word_speaks_of_it(engine):
    # a follow-up as the chat reads it: 'sådana allianser' are the branschspecifika kunskapsallianser
    answer = engine.ask("Hur många sådana allianser får man vara med i samtidigt? (Branschspecifika kunskapsallianser)")
    assert not answer.abstained and "åt gången" in answer.text
