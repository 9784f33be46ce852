"""A question's language is told from its own words: a term glossed in brackets in another language ('a Swedish
vocational college (yrkeshögskola)', "'uusi tulokas' (newcomer)") does not make it a question in that language,
nor does a phrase of the guidance quoted in it ("Ohjeessa lukee 'Långvarig personalmobilitet (över 2 månader)'.
Mitä tuo tarkoittaa?")."""

from __future__ import annotations

import pytest

from erasbot.guidance.glossary import load_glossary
from erasbot.language import question_language

GLOSSARY = load_glossary()


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        (
            "My client is a Swedish vocational college (yrkeshögskola). Which fits them better, a knowledge alliance "
            "or a sector skills alliance?",
            "en",
        ),
        ("Meilla on pieni seura ja tama olis eka hakemus. Mitä tarkottaa 'uusi tulokas' (newcomer) tassa?", "fi"),
        ("Vi är en yrkeshögskola (vocational college). Kan vi söka en branschspecifik kunskapsallians?", "sv"),
        ("Hur länge pågår ett strategiskt partnerskap (KA2)?", "sv"),
    ],
)
def test_a_term_glossed_in_brackets_does_not_decide_the_language(question, lang) -> None:
    # as the chat and `erasbot ask` tell it: from the words left when the actions' names are blanked out
    assert question_language(question, GLOSSARY.without_actions(question)) == lang


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        (
            "Ohjeessa lukee 'Långvarig personalmobilitet (över 2 månader)'. Mitä tuo käytännössä tarkoittaa, ja voiko "
            "sitä sisällyttää aikuiskoulutuksen kumppanuushankkeeseen?",
            "fi",
        ),
        ("Wat betekent “minst sex oberoende organisationer från minst tre programländer” precies voor ons?", "nl"),
        ("It says 'vähintään kolmesta ohjelmamaasta' on the Finnish page - does Norway count?", "en"),
        ("We'd like to know if it's the coordinator's job to submit the proposal.", "en"),
    ],
)
def test_a_phrase_quoted_from_the_guidance_does_not_decide_the_language(question, lang) -> None:
    assert question_language(question, GLOSSARY.without_actions(question)) == lang


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("wie coordinator KA", "nl"),  # 'coordinator' is Dutch as much as English: the question word decides
        ("och hur lange?", "sv"),
        ("En een kennisalliantie?", "nl"),
        ("Entä University-Business Forum?", "fi"),
        ("KA budget max", "en"),  # words of three languages: none of them more than English
        ("KA ECHE", "en"),  # acronyms only
        ("SSA?", "en"),
        ("max bidrag SSA", "sv"),
        ("looptijd SSA", "nl"),
        ("SSA kesto?", "fi"),
    ],
)
def test_a_search_box_query_is_read_in_the_language_its_words_are_sure_of(question, lang) -> None:
    assert question_language(question, GLOSSARY.without_actions(question)) == lang
