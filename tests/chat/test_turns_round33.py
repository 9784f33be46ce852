"""Turns of round 33: a list the checker finds eligible says which rules it meets, each with the sentence it comes
from; a request to sum up the last answer ('Tiivistä tuo edellinen vastaus yhteen lauseeseen') asks the last question
again; a follow-up about a country named by its people ('Kan schweizarna ändå vara kvar ...?') is answered for that
country, not for the one the turn before named; a consortium told in a sentence with the askers among it ('vi
själva') is checked whole, and a partner dropping out after it is checked against the rest."""

from __future__ import annotations

from erasbot.chat.assistant import Assistant
from erasbot.chat.doubts import restates
from tests.chat.chatting import chat

ELIGIBLE = (
    "Här är vår tänkta partnergrupp, projektet ska pågå 24 månader. Håller den?\n"
    "name\tcountry\ttype\n"
    "Studieförbundet Kompass Malmö\tSweden\tadult education association (coordinator)\n"
    "Helsingin aikuisopisto\tFinland\tadult education centre\n"
    "Oslo voksenopplæringssenter\tNorway\tadult education provider\n"
)


def test_an_eligible_list_says_the_rules_it_meets_with_their_sentences(engine) -> None:
    reply = Assistant(engine).reply("Strategiska partnerskap inom vuxenutbildning: " + ELIGIBLE, language="sv")
    assert reply.kind == "check"
    assert reply.checks["strategic-partnership-adult"].verdict == "eligible"
    met = [line for line in reply.text.splitlines() if line.startswith("- ✔ ")]
    assert any("minst tre organisationer" in line for line in met)
    marked = [line for line in met if line.rstrip().endswith("]")]
    assert marked and reply.citations
    assert all(f"[{c.n}]" in reply.text for c in reply.citations)


def test_a_failing_list_says_only_what_it_fails() -> None:
    from erasbot.chat.assistant import said_rules
    from erasbot.rules import check_text

    result = check_text("Uni Lund, Sweden, university\nNokia, Finland, company", "sector-skills-alliance", lang="en")
    assert {rule.status for rule in said_rules(result, 1)} == {"fail"}


def test_a_request_to_sum_up_the_last_answer_asks_it_again(engine) -> None:
    _, again = chat(
        engine,
        "Montako organisaatiota aikuiskoulutuksen strategiseen kumppanuuteen tarvitaan vähintään?",
        "Tiivistä tuo edellinen vastaus yhteen lauseeseen, niin laitan sen esihenkilölleni sähköpostiin.",
    )
    assert not again.abstained
    assert "3" in again.text and again.language == "fi"
    for message in ("summarise that in one sentence please", "kan du sammanfatta det?", "vat dat even samen"):
        assert restates(message)
    assert not restates("How long does a Knowledge Alliance last?")


def test_a_country_named_by_its_people_in_a_follow_up_is_the_one_asked(engine) -> None:
    *_, last = chat(
        engine,
        "Vi planerar ett strategiskt partnerskap inom vuxenutbildning med Sverige, Finland och Norge.",
        "Och om den norska partnern byts ut mot en schweizisk, t.ex. en folkhögskola i Basel?",
        "Kan schweizarna ändå vara kvar om vi lägger till en estnisk partner?",
    )
    assert "Schweiz" in last.text and "Norge är ett programland" not in last.text
    assert "mervärde" in last.text


def test_a_consortium_with_the_askers_in_it_is_checked_whole_and_after_a_partner_leaves(engine) -> None:
    first, dropped = chat(
        engine,
        "Vi är en högskola i Jönköping och har ett konsortium för en kunskapsallians: vi själva, Tampereen yliopisto, "
        "en tysk biltillverkare, ett svenskt mjukvaruföretag, en dansk kommun och en estnisk branschförening. "
        "Uppfyller vi kraven?",
        "Om den danska kommunen hoppar av då?",
    )
    assert first.text.startswith("Ja") and "6 hittades" in first.text
    assert dropped.text.startswith("Nej") and "5 hittades" in dropped.text


def test_whether_one_thing_is_in_a_list_just_given_asks_the_list_again(engine) -> None:
    _, asked = chat(
        engine,
        "Moi! Olemme ammattiopisto Kuopiossa. Mitkä alat kelpaa alakohtaiseen osaamisallianssiin?",
        "onko merenkulkuala mukana?",
    )
    assert not asked.abstained
    assert "matkailu" in asked.text and "terveydenhuolto" in asked.text
