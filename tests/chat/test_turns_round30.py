"""Turns of round 30: a question on the chat's action naming none, written mostly in everyday words around the
glossary's own asking word ('får vi bestämma ämnet helt på egen hand?': 'ämnet' asks for the theme, 'helt på egen
hand' is no subject of its own), is read on the chat's action, not abstained on as off the texts; so is a question on
the asker's own people ('onze cursisten'), and 'meewerken' asks who may take part; 'Palataan asiaan, nyt suomeksi:'
is a preface; the countries told before 'räknas de länderna dit?' each get their status, and another country after
them is asked the same; a checked list's failing rules are named in the chat's own text; organisations named among
those described by count are counted ('Aalto-yliopisto (koordinaattori), Tallinnan teknillinen yliopisto, kaksi
virolaista yritystä ...'), and 'täyttyykö ... vähimmäiskokoonpano?' asks the rules' verdict; names ('Aallon ja
TalTechin') and 'Sista frågan:' are no words off the texts."""

from __future__ import annotations

import pytest

from erasbot.chat.answer_language import language_asked
from erasbot.chat.country_status import answer_country_status
from erasbot.rules.described_partners import described_partners
from tests.chat.chatting import chat


@pytest.mark.parametrize(
    "message",
    ["far vi bestamma amnet helt pa egen hand?", "Får vi bestämma ämnet helt på egen hand?"],
)
def test_a_theme_asked_in_everyday_words_is_a_question_on_the_chats_action(engine, message):
    _, reply = chat(engine, "What kinds of activities can a KA2 adult partnership include?", message)
    assert not reply.abstained
    assert "väljas fritt" in reply.text


def test_now_in_another_language_after_a_return_is_a_preface():
    assert language_asked("Palataan asiaan, nyt suomeksi: kuinka kauan tallainen hanke kestaa?") == (
        "fi",
        "kuinka kauan tallainen hanke kestaa?",
    )
    assert language_asked("Now in English: how long does it last?") == ("en", "how long does it last?")
    assert language_asked("En nu in het Nederlands: hoe lang?") == ("nl", "hoe lang?")


def test_a_return_in_another_language_is_answered_for_the_chats_action(engine):
    *_, reply = chat(
        engine,
        "For a knowledge alliance, could one of the partners be a firm from Canada?",
        "btw what's the weather usually like in Brussels in late November?",
        "Palataan asiaan, nyt suomeksi: kuinka kauan tallainen hanke kestaa?",
    )
    assert not reply.abstained
    assert reply.language == "fi"
    assert "2–3 vuotta" in reply.text


@pytest.mark.parametrize(
    "question, statuses",
    [
        (
            "I texten om kunskapsallianser står det 'från minst tre programländer'. Vi har parter på Island och i "
            "Turkiet – räknas de länderna dit?",
            ["Ja:", "Island är ett programland", "Turkiet är ett programland"],
        ),
        (
            "We have partners in Norway and Canada. Do they count as programme countries?",
            ["Norway is a programme country", "Canada is not a programme country"],
        ),
    ],
)
def test_the_countries_told_before_a_question_pointing_back_at_them_each_get_their_status(question, statuses):
    answer = answer_country_status(question, "2014-2020", "sv" if "Island" in question else "en")
    assert answer is not None
    for status in statuses:
        assert status in answer


def test_another_country_after_several_is_asked_the_same(engine):
    _, reply = chat(
        engine,
        "Vi har parter på Island och i Turkiet – räknas de som programländer i en kunskapsallians?",
        "Och ett universitet i Schweiz då?",
    )
    assert "Schweiz är inte ett programland" in reply.text
    assert "partnerland" in reply.text


def test_a_checked_list_names_the_rules_it_fails_in_the_chats_text(engine):
    _, reply = chat(
        engine,
        "Vi funderar på en branschspecifik kunskapsallians för besöksnäringen.",
        "Kolla gärna om det här konsortiet håller:\n"
        "Yrkeshögskolan Väst; Sverige; utbildningsanordnare; koordinator\n"
        "Besöksnäringens Branschråd; Sverige; branschorganisation\n"
        "Myndigheten för yrkeshögskolan; Sverige; tillsynsmyndighet\n"
        "Escola de Hotelaria do Porto; Portugal; utbildningsanordnare\n"
        "Associação de Hotelaria; Portugal; branschorganisation\n"
        "Hotel Adriatic d.o.o.; Kroatien; företag",
    )
    assert reply.kind == "check"
    assert "Inte stödberättigat" in reply.text
    assert "ett tillsynsorgan på utbildningsområdet" in reply.text  # the failing rule, not only the verdict
    assert "lägg till följande från Kroatien: utbildningsanordnare" in reply.text  # and what would fix it
    assert "Hotel Adriatic" not in reply.text  # the paster's own names stay in the table


def test_the_askers_own_learners_asked_of_are_a_question_on_the_chats_action(engine):
    *_, reply = chat(
        engine,
        "Wij zijn een volksuniversiteit in Groningen. Mag ons partnerschap volwassenenonderwijs ook jongerenwerk "
        "erbij betrekken?",
        "Mogen onze cursisten ook actief meewerken, of is het alleen voor medewerkers?",
    )
    assert not reply.abstained
    assert "cursisten" in reply.text and "personeel" in reply.text


def test_organisations_named_among_those_described_are_counted_too():
    partners = described_partners(
        "Konsortiomme: Aalto-yliopisto (koordinaattori), Tallinnan teknillinen yliopisto, kaksi virolaista yritystä ja "
        "latvialainen tutkimuslaitos. Täyttyykö osaamisallianssin vähimmäiskokoonpano?",
        "fi",
    )
    assert len(partners) == 5  # none left out: a count of three would be a wrong verdict's reason
    aalto, tallinn = partners[:2]
    assert aalto.role == "coordinator" and aalto.country is None  # its country is not told
    assert tallinn.country == "EE"  # read from its city, in Finnish


def test_a_described_consortium_asked_whether_it_meets_the_minimum_gets_the_rules_verdict(engine):
    (reply,) = chat(
        engine,
        "Konsortiomme: Aalto-yliopisto (koordinaattori), Tallinnan teknillinen yliopisto, kaksi virolaista yritystä ja "
        "latvialainen tutkimuslaitos. Täyttyykö osaamisallianssin vähimmäiskokoonpano?",
    )
    assert reply.text.startswith("Ei:")
    assert "5 organisaatiota" in reply.text and "vähintään 6" in reply.text


def test_names_of_the_askers_organisations_are_no_words_off_the_texts(engine):
    *_, reply = chat(
        engine,
        "Mikä on osaamisallianssin vähimmäiskokoonpano?",
        "Pitääkö Aallon ja TalTechin olla Erasmus-peruskirjan haltijoita?",
    )
    assert not reply.abstained
    assert "Erasmus-peruskirja" in reply.text
    *_, reply = chat(engine, "Mikä on osaamisallianssin vähimmäiskokoonpano?", "What does Movetia charge?")
    assert reply.abstained  # a name alone is nothing the texts know
    # places are no such names, and 'paljonko' alone asks of no topic of the texts
    *_, reply = chat(
        engine, "Mikä on osaamisallianssin vähimmäiskokoonpano?", "Paljonko yksi euro on tänään Ruotsin kruunuina?"
    )
    assert reply.abstained


def test_last_question_opening_a_message_is_no_subject_of_its_own(engine):
    *_, reply = chat(engine, "Mikä on osaamisallianssin vähimmäiskokoonpano?", "Sista fragan: hur och nar soker man?")
    assert not reply.abstained
    assert "ansökningsomgång" in reply.text
