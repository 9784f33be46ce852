"""Questions of round 21 on the bundled texts: a later part that only goes on with a question the texts do not
answer ('... two years or three?', 'is it in March as usual?', 'by what hour?') is not answered with something
else; which action took an action's place is asked in new words ('what happened to ...', 'is there still ...');
a deadline or a time of day asked in other words, a partner dropping out and a sum per partner are things the
texts do not say; a phrase of a text quoted in the question is answered by the sentence that holds it."""

from __future__ import annotations

import pytest

from erasbot.guidance.quoted_phrase import quoted_phrases
from tests.chat.chatting import chat


def ask(engine, question: str, lang: str | None = None):
    """The reply a question gets asked on its own, as the chat, `erasbot ask` and the evaluation ask it."""
    return chat(engine, question, lang=lang)[0]


@pytest.mark.parametrize(
    "question",
    [
        "Hur lange pagar ett projekt i en branschspecifik kunskapsallians? tva ar eller tre?",
        "Vilket datum är sista ansökningsdag för strategiska partnerskap inom vuxenutbildning? Är det i mars som vanligt?",
        "Mikä on osaamisallianssien hakemusten jättöpäivä vuonna 2020? Mihin kellonaikaan mennessä pitää lähettää?",
    ],
)
def test_a_part_going_on_with_a_question_the_texts_do_not_answer_is_not_answered_either(engine, question) -> None:
    assert ask(engine, question).abstained


def test_a_later_part_asking_a_topic_of_its_own_is_still_answered_after_a_refused_first(engine) -> None:
    answer = ask(engine, "Vilket datum är sista ansökningsdag för kunskapsallianser? Och hur länge pågår de?")
    assert not answer.abstained
    assert "två till tre år" in answer.text


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Quick one: in 2021-2027, is there still a Knowledge Alliance call I can apply to?", "en"),
        ("Mitä osaamisallianssille tapahtui ohjelmakaudella 2021-2027? Millä nimellä sitä nyt haetaan?", "fi"),
        ("Vad hände med de branschspecifika kunskapsallianserna efter 2020?", "sv"),
        ("Wat is er met de kennisallianties gebeurd na 2020?", "nl"),
    ],
)
def test_what_became_of_an_action_is_answered_by_what_took_its_place(engine, question, lang) -> None:
    answer = ask(engine, question, lang)
    assert not answer.abstained
    lead = answer.text.split("\n")[0]
    assert "2021–2027" in lead
    assert any(name in lead for name in ("Alliances for Innovation", "Allianties voor innovatie"))


@pytest.mark.parametrize(
    "question",
    [
        "By what time of day must the knowledge alliance application be sent?",
        "Hoe laat moet de aanvraag voor een partnerschap voor innovatie binnen zijn?",
        "Mikä on osaamisallianssin hakemuksen määräpäivä?",
        "What happens if one of our partners drops out halfway through a Sector Skills Alliance project?",
        "Vad händer om en partner hoppar av mitt i projektet, i ett strategiskt partnerskap inom vuxenutbildning?",
        "Is er een minimum- of maximumbedrag per partner voor strategische partnerschappen in de volwasseneneducatie?",
    ],
)
def test_what_the_texts_do_not_say_is_refused(engine, question) -> None:
    assert ask(engine, question).abstained


def test_whether_a_consortium_still_qualifies_after_a_partner_drops_out_is_answered_by_its_composition(engine) -> None:
    reply = ask(
        engine,
        "Om en partner hoppar av vårt strategiska partnerskap inom vuxenutbildning och vi bara har kvar organisationer"
        " från två länder, uppfyller vi då fortfarande kraven?",
        "sv",
    )
    assert not reply.abstained
    assert "3 programländer" in reply.text


def test_a_later_part_asking_of_organisations_of_its_own_is_answered_after_a_refused_first(engine) -> None:
    reply = ask(
        engine,
        "We're a university in Leiden preparing a knowledge alliance application with a partner university from a"
        " partner country outside the programme countries. What must our university have in place before we apply - do"
        " we need some kind of charter or accreditation, and does that partner-country university need it too?",
        "en",
    )
    assert "ECHE" in reply.text


def test_a_time_horizon_is_no_time_of_day(engine) -> None:
    answer = ask(engine, "What time horizon should the sectoral cooperation alliances work on?", "en")
    assert not answer.abstained


def test_a_quoted_phrase_of_a_text_is_answered_by_the_sentence_holding_it(engine) -> None:
    answer = ask(
        engine,
        "Suomen kansallisen toimiston knowledge alliance -sivulla lukee että partnerimaiden organisaatiot voivat"
        ' olla mukana "om de tillför projektet mervärde". Mitä tuo tarkoittaa käytännössä?',
        "fi",
    )
    assert "om de tillför projektet mervärde" in answer.text
    assert "lisäarvo" in answer.text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "phrases"),
    [
        ('What does "om de tillför projektet mervärde" mean?', ["om de tillfor projektet mervarde"]),
        ("Vad betyder ”ett tydligt mervärde”?", ["ett tydligt mervarde"]),
        ('Is a "lump sum" paid?', []),  # a term, not a phrase of the texts
        ("It's the partners' own choice", []),
    ],
)
def test_quoted_phrases_are_of_three_words_at_least(question, phrases) -> None:
    assert quoted_phrases(question) == phrases


def test_a_figure_asked_of_a_pronoun_is_asked_of_the_thing_the_context_named(engine) -> None:
    reply = ask(
        engine,
        "Aikuiskoulutuksen kumppanuushankkeissa voi ilmeisesti olla myös pitkäkestoista henkilöstön liikkuvuutta."
        " Kuinka pitkä sen pitää olla?",
        "fi",
    )
    assert "yli 2 kuukautta" in reply.text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "lang", "lead"),
    [
        (
            "Jos kaikki meidän kumppanit ovat Suomesta, kelpaako se aikuiskoulutuksen strategiseen kumppanuuteen?",
            "fi",
            "Ei:",
        ),
        ("If all our partners are from Sweden, can we do a knowledge alliance?", "en", "No:"),
        ("Kan vi göra en branschspecifik kunskapsallians med bara svenska partner?", "sv", "Nej:"),
    ],
)
def test_a_consortium_of_one_country_is_one_programme_country_too_few(engine, question, lang, lead) -> None:
    reply = ask(engine, question, lang)
    assert reply.text.startswith(lead)
    assert "3" in reply.text.split("\n")[0]


def test_a_condition_before_the_question_leaves_it_a_yes_no_question() -> None:
    from erasbot.forms import asks_yes_no

    assert asks_yes_no("If we only have two companies, is that enough for a knowledge alliance?")
    assert asks_yes_no("Jos kaikki kumppanit ovat Suomesta, kelpaako se?")
    assert not asks_yes_no("If we only have two companies, what else do we need?")


def test_a_consortium_of_one_country_is_said_by_the_country_with_no_figure_the_texts_do_not_give(engine) -> None:
    from erasbot.figures import unsupported_figures

    reply = ask(engine, "If all our partners are from Sweden, can we do a knowledge alliance?", "en")
    assert "one country (Sweden) is too few" in reply.text
    quoted = " ".join(q for c in reply.citations for q in c.quotes)
    assert unsupported_figures(reply.text.split("\n")[0], quoted + " If all our partners are from Sweden") == []
