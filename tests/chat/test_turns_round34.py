"""Turns of round 34: 'why not?' after a verdict says it again with each rule's guidance sentence quoted; a partner
added after a pasted list ('and if we add a Spanish start-up?') is checked with the list; a consortium told country by
country after colons is checked, and 'varför?' after that verdict is no refusal to say why; a question passed on by
someone ('An applicant wants to know if ...') or opened by the asker's own job ('I coordinate projects at ...') is not
a question about who coordinates; a partner going bankrupt is asked of nothing the texts cover, so no verdict is given
on 'one of the partners'."""

from __future__ import annotations

from erasbot.chat.assistant import Assistant
from tests.chat.chatting import chat

LISTED = (
    "Hi, we're planning a knowledge alliance on battery recycling. Line-up so far:\n"
    "- Uni Helsinki (FI), university, coordinator\n"
    "- Aalto University (FI), university\n"
    "- Nokia Oyj (FI), company\n"
    "- TU Delft (NL), university\n"
    "- Philips (NL), company\n"
    "Does this qualify?"
)
HEADED = (
    "Vi är ett yrkesutbildningscentrum i Jönköping och planerar en SSA inom turism. I Sverige: vi själva, Visit Småland "
    "(branschorganisation) och Skolverket. I Spanien: en yrkesskola, en branschorganisation för turism och den regionala "
    "utbildningsmyndigheten i Andalusien. I Italien: ett yrkesinstitut, en branschorganisation för hotell och regionens "
    "utbildningsmyndighet i Toscana. Vi är samordnare. Håller det?"
)


def test_why_not_after_a_verdict_quotes_the_sentences_of_the_rules_failed(engine) -> None:
    verdict, why = chat(engine, LISTED, "why not?")
    assert verdict.kind == why.kind == "check"
    assert why.checks["knowledge-alliance"].verdict == "not_eligible"
    assert "> “" in why.text and "> “" not in verdict.text
    assert "minst sex oberoende" in why.text  # the rule's own sentence, in the text's language
    assert not why.abstained


def test_a_partner_added_after_a_pasted_list_is_checked_with_it(engine) -> None:
    *_, added = chat(engine, LISTED, "ok and if we add a Spanish battery start-up as a full partner, are we fine then?")
    assert added.kind == "check"
    result = added.checks["knowledge-alliance"]
    assert len(result.partners) == 6 and result.partners[-1].country == "ES"
    failed = {r.id for r in result.rules if r.status == "fail"}
    assert not failed  # six organisations from three countries now: only what the list does not say is left


def test_a_consortium_told_country_by_country_is_checked_and_why_repeats_the_verdict(engine) -> None:
    verdict, why = chat(engine, HEADED, "varför?")
    assert verdict.text.startswith("Ja:") and "9 organisationer" in verdict.text
    assert not why.abstained and why.text.startswith("Ja:")
    assert "säger inte varför" not in why.text


def test_a_question_passed_on_by_an_applicant_is_not_about_the_coordinator(engine) -> None:
    (reply,) = chat(
        engine,
        "I'm an adviser at a national agency. An applicant wants to know if a Knowledge Alliance can be about any "
        "field - say agriculture - or whether it's restricted to certain sectors?",
    )
    assert "any field" in reply.text
    assert "led by one organisation" not in reply.text


def test_the_askers_own_job_does_not_make_a_follow_up_about_the_coordinator(engine) -> None:
    _, same = chat(
        engine,
        "I coordinate projects at an adult education centre in Leiden. For a KA2 strategic partnership in adult ed, "
        "can organisations from outside Europe join?",
        "And for a knowledge alliance, same rule?",
    )
    assert "added value" in same.text
    assert "led by one organisation" not in same.text


def test_a_partner_going_bankrupt_gets_no_verdict_on_one_of_the_partners(engine) -> None:
    reply = Assistant(engine).reply(
        "Om en av partnerna i vårt strategiska partnerskap inom vuxenutbildning går i konkurs halvvägs genom projektet "
        "- hur gör vi för att byta in en ny organisation, och måste det godkännas av någon?"
    )
    assert reply.abstained
    assert not reply.text.startswith("Nej")
