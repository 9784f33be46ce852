"""Turns of round 32: a partner list checked in the chat says, for every rule it fails, the guidance sentence the
rule comes from as a citation [n] (the verdict's figures are the texts', not the chat's own)."""

from __future__ import annotations

from erasbot.chat.assistant import Assistant
from erasbot.evaluation.questions import figures_not_cited

SSA_LIST = "Is this consortium ok for a Sector Skills Alliance?\nUni Lund, Sweden, university\nNokia, Finland, company"


def test_each_failed_rule_of_a_checked_list_cites_the_sentence_it_comes_from(engine) -> None:
    reply = Assistant(engine).reply(SSA_LIST)
    assert reply.kind == "check"
    failed = [rule for rule in reply.checks["sector-skills-alliance"].rules if rule.status == "fail"]
    assert len(failed) >= 2
    for rule in failed:
        cited = [c for c in reply.citations if c.doc_id == rule.source.doc_id and rule.source.quote.strip(" •") in c.text]
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
