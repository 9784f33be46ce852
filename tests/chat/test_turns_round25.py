"""Turns of round 25: what the last figure counts asked of it ('is that per year or in total?'), a maximum asked
with a clause after it ('what's the max they can get?'), a Finnish question on a new action asked with 'keitä' after
'entä', and the answer's language asked before the question ('Could you answer that in English: ...')."""

from __future__ import annotations

import pytest

from tests.chat.chatting import chat


@pytest.mark.parametrize(
    ("asked", "lang"),
    [
        ("is that per year or in total?", "en"),
        ("är det per år eller totalt?", "sv"),
        ("onko se vuodessa vai yhteensä?", "fi"),
        ("is dat per jaar of in totaal?", "nl"),
    ],
)
def test_what_the_last_figure_counts_is_asked_of_its_sentence(engine, asked, lang) -> None:
    grant, basis = chat(engine, "What is the maximum grant for a knowledge alliance?", asked, lang=lang)
    assert not grant.abstained and "700 000" in grant.text
    assert not basis.abstained
    assert "700 000" in basis.text and "1 miljon" in basis.text  # 'för tvååriga projekt', 'för treåriga projekt'


@pytest.mark.parametrize(
    "question",
    [
        "And the money, what's the max they can get in a knowledge alliance?",
        "Hur mycket pengar får en kunskapsallians, vad är max vi kan få?",
    ],
)
def test_a_maximum_asked_with_a_clause_after_it_is_the_grant(engine, question) -> None:
    (reply,) = chat(engine, question)
    assert not reply.abstained
    assert "700 000" in reply.text


def test_a_finnish_question_on_a_new_action_after_enta_is_its_own(engine) -> None:
    *_, reply = chat(
        engine,
        "Hei! Keitä osaamisallianssiin voi osallistua?",
        "entä koordinaattori? mitä sen pitää tehdä?",
        "Okei, entä aikuiskoulutuksen strategiset kumppanuushankkeet (KA2), keitä niihin voi osallistua?",
        lang="fi",
    )
    assert not reply.abstained
    assert "vuxenutbildning" in reply.text
    assert "koordinaattori" not in reply.text.split("\n")[0]


def test_the_answer_s_language_asked_before_the_question_is_no_part_of_it(engine) -> None:
    assistant_turns = chat(
        engine,
        "Hej, vilken verksamhet kan ett strategiskt partnerskap inom vuxenutbildning innehålla?",
        "Could you answer that in English: how long does long-term staff mobility have to be?",
    )
    reply = assistant_turns[-1]
    assert not reply.abstained
    assert "2 months" in reply.text


def test_the_longest_asked_with_a_clause_after_it_is_a_duration(engine) -> None:
    *_, reply = chat(
        engine,
        "How many partners does a knowledge alliance need?",
        "Back to the alliance: what's the longest it can run if we get an extension?",
    )
    assert not reply.abstained
    assert "6 months" in reply.text


@pytest.mark.parametrize(
    ("asked", "lang", "said"),
    [
        ("what about Norway?", "en", "Norway is a programme country"),
        ("och Island?", "sv", "Island är ett programland"),
    ],
)
def test_a_country_alone_after_who_may_take_part_asks_whether_its_organisations_may(engine, asked, lang, said) -> None:
    first = {
        "en": "Who can take part in a sector skills alliance?",
        "sv": "Vem kan delta i en branschspecifik kunskapsallians?",
    }
    _, reply = chat(engine, first[lang], asked, lang=lang)
    assert not reply.abstained
    assert said in reply.text.split("\n")[0]


def test_a_country_put_before_its_status_question_is_asked_of(engine) -> None:
    *_, reply = chat(
        engine,
        "Hej, hur många programländer måste vara med i en branschspecifik kunskapsallians?",
        "så de associerade partnerna får inget bidrag alls?",
        "och Island, räknas det som programland?",
        lang="sv",
    )
    assert reply.text.startswith("Ja: Island är ett programland")


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        (
            "we ran a KA2 strategic partnership in adult education back in 2018. what is that action called in the "
            "2021-2027 programme?",
            True,
        ),
        ("Vad heter strategiska partnerskap inom vuxenutbildning nu?", True),
        ("What are knowledge alliances called in 2021-2027?", False),  # their text names the Alliances for Innovation
        ("Which period do strategic partnerships in adult education belong to?", False),
    ],
)
def test_a_successor_asked_of_an_action_whose_text_names_none_is_refused(engine, question, refused) -> None:
    (reply,) = chat(engine, question)
    assert reply.abstained is refused
    if not refused:
        assert "2014–2020" in reply.text


def test_a_partner_pulling_out_is_a_thing_the_texts_do_not_cover(engine) -> None:
    (reply,) = chat(
        engine, "Mitä tapahtuu jos yksi kumppani vetäytyy kesken KA2-hankkeen? Pitääkö jo saatu apuraha palauttaa?"
    )
    assert reply.abstained


def test_quality_work_asked_in_dutch_meets_the_swedish_quality_assurance(engine) -> None:
    (reply,) = chat(engine, "Moeten we in een kennisalliantie iets met kwaliteitszorg doen?", lang="nl")
    assert not reply.abstained
    assert "Kvalitetssäkring" in reply.text
