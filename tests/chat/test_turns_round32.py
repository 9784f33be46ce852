"""Turns of round 32: a partner list checked in the chat says, for every rule it fails, the guidance sentence the
rule comes from as a citation [n] (the verdict's figures are the texts', not the chat's own); a request for another
language with the reason for it ('min chef läser inte finska') asks the last answer again; a name for the asker's
project is no question on the texts; a forwarded question is read without its preface, its quotation marks and its
sign-off ('t. Mikko'); a question naming the 2021-2027 programme after a chat on a 2014-2020 action asks of what
succeeded it; 'must we keep to one of those themes?' is answered by the free choice of theme; whether an organisation
from a country may submit the application is the applicant's rule; 'wat willen ze bereiken?' asks the aims."""

from __future__ import annotations

import pytest

from erasbot.chat.assistant import Assistant
from erasbot.chat.mail_wrapping import unwrapped
from erasbot.evaluation.questions import figures_not_cited
from tests.chat.chatting import chat

SSA_LIST = "Is this consortium ok for a Sector Skills Alliance?\nUni Lund, Sweden, university\nNokia, Finland, company"


def test_each_failed_rule_of_a_checked_list_cites_the_sentence_it_comes_from(engine) -> None:
    reply = Assistant(engine).reply(SSA_LIST)
    assert reply.kind == "check"
    failed = [rule for rule in reply.checks["sector-skills-alliance"].rules if rule.status == "fail"]
    assert len(failed) >= 2
    for rule in failed:
        cited = [
            c for c in reply.citations if c.doc_id == rule.source.doc_id and rule.source.quote.strip(" •") in c.text
        ]
        assert cited, rule.id
        line = next(line for line in reply.text.splitlines() if line.startswith("- " + rule.message[:40]))
        assert f"[{cited[0].n}]" in line
    record = {"answer": reply.text, "question": SSA_LIST, "citations": [c.to_json() for c in reply.citations]}
    assert figures_not_cited(record) == []


def test_a_missing_category_is_named_with_its_article() -> None:
    from erasbot.rules import check_text

    result = check_text("Uni Lund, Sweden, university\nNokia, Finland, company", "sector-skills-alliance", lang="en")
    fixes = " ".join(rule.fix or "" for rule in result.rules).lower()
    assert "add an education/training provider from finland" in fixes
    assert "add a body with sector-specific expertise from sweden" in fixes


def test_a_language_asked_with_its_reason_repeats_the_last_answer_in_it(engine) -> None:
    *_, again = chat(
        engine,
        "Voiko alakohtaisen osaamisallianssin tehdä matkailualalle?",
        "entä montako organisaatiota jokaisesta maasta tarvitaan?",
        "kan du säga det på svenska? min chef i Vasa läser inte finska",
    )
    assert not again.abstained and again.language == "sv"
    assert "minst 3 organisationer från varje land" in again.text


@pytest.mark.parametrize(
    "question",
    [
        "Kun je een pakkende Nederlandse projectnaam voor ons verzinnen, iets met water?",
        "Can you suggest an acronym for our knowledge alliance?",
        "Keksitkö hankkeellemme nimen?",
        "Kan du hitta på ett projektnamn åt oss?",
    ],
)
def test_a_name_for_the_askers_project_is_no_question_on_the_texts(engine, question) -> None:
    *_, reply = chat(engine, "Via welk portaal dien je een alliantie voor innovatie in?", question)
    assert reply.abstained


def test_a_forwarded_question_is_read_without_its_preface_quotes_and_sign_off(engine) -> None:
    forwarded = (
        'Hei, välitän kollegani kysymyksen:\n"Suunnittelemme osaamisallianssia: Oulun yliopisto, Tampereen yliopisto, '
        "kaksi suomalaista yritystä, ruotsalainen tutkimuslaitos ja virolainen yhdistys. Täyttyykö "
        'vähimmäiskokoonpano?"\nt. Mikko'
    )
    assert unwrapped(forwarded).startswith("Suunnittelemme osaamisallianssia")
    assert unwrapped(forwarded).endswith("vähimmäiskokoonpano?")
    (reply,) = chat(engine, forwarded)
    assert reply.text.startswith("Kyllä:") and "Löytyi 6" in reply.text  # Tampereen yliopisto is Finnish; 'Hei' no one
    assert "Hei" not in reply.text


def test_a_sign_off_under_a_question_is_cut_but_a_question_alone_is_kept() -> None:
    assert unwrapped("Hoe lang duurt een kennisalliantie?\nMet vriendelijke groet,\nJoost") == (
        "Hoe lang duurt een kennisalliantie?"
    )
    assert unwrapped("Vad är taket?\n/Karin") == "Vad är taket?"
    assert unwrapped("How long?") == "How long?"


def test_the_2021_2027_programme_named_after_a_2014_2020_action_asks_of_its_successor(engine) -> None:
    *_, reply = chat(
        engine,
        "How many organisations does a sector skills alliance need in each country?",
        "In the 2021-2027 programme, which type of alliance tackles skills gaps in specific sectors?",
    )
    assert not reply.abstained
    assert "Alliances for Sectoral Cooperation on Skills" in reply.text


def test_must_we_keep_to_the_themes_is_answered_by_the_free_choice(engine) -> None:
    *_, reply = chat(
        engine,
        "Vilka teman har varit vanliga i vuxenutbildningsprojekt inom KA2?",
        "Måste vi hålla oss till något av de där temana?",
    )
    assert reply.text.startswith("Temat kan väljas fritt")


def test_an_organisation_from_a_country_submitting_the_application_is_the_applicants_rule(engine) -> None:
    (reply,) = chat(
        engine, "Kan een organisatie uit Marokko de aanvraag indienen voor een sectorale vaardighedenalliantie?"
    )
    assert reply.text.startswith("Nee:") and "programmaland" in reply.text
    # a step of the procedure asked before the application is submitted is no question of who may submit it
    (step,) = chat(
        engine, "Måste svenska partner i en kunskapsallians registrera sig hos UHR innan konsortiet lämnar in ansökan?"
    )
    assert not step.text.startswith("Ja:")


def test_what_an_action_wants_to_achieve_is_its_aims(engine) -> None:
    (reply,) = chat(
        engine, "Hoi, ik werk bij een mbo in Tilburg. Wat willen sectorale vaardighedenallianties eigenlijk bereiken?"
    )
    assert "tekorten aan vaardigheden" in reply.text
