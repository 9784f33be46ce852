"""The rule tables: every rule cited verbatim from the corpus, worded in four languages, strict on load."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest
from pydantic import ValidationError

from erasbot.datafiles import load_model
from erasbot.errors import ErasbotError
from erasbot.rules import ACTIONS, ActionInfo
from erasbot.rules.kinds import KINDS
from erasbot.rules.models import LANGS
from erasbot.rules.vocabulary import vocabulary

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "documents"
DESIGN_RULES = {
    "knowledge-alliance": [
        "min-organisations",
        "min-programme-countries",
        "min-higher-education",
        "min-enterprises",
        "single-coordinator",
        "eche",
        "duration",
        "max-grant",
        "partner-country-added-value",
    ],
    "sector-skills-alliance": [
        "min-programme-countries",
        "categories-per-country",
        "coordinator-programme-country",
        "single-coordinator",
        "sector",
        "one-alliance-at-a-time",
    ],
    "strategic-partnership-adult": [
        "min-organisations",
        "min-programme-countries",
        "single-coordinator",
        "duration",
        "partner-country-added-value",
    ],
    "partnership-for-innovation": ["composition-not-in-guidance"],
}


def _document(doc_id: str) -> str:
    return (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")


def _sources():
    for action in ACTIONS.values():
        if action.counting_source:
            yield pytest.param(action.counting_source, id=f"{action.id}/counting")
        if action.partner_countries_source:
            yield pytest.param(action.partner_countries_source, id=f"{action.id}/partner-countries")
        for rule in action.rules:
            for n, source in enumerate([rule.source, *rule.more_sources]):
                yield pytest.param(source, id=f"{action.id}/{rule.id}/{n}")


def _fields(template) -> set[str]:
    forms = template.values() if isinstance(template, dict) else [template]
    return {field for form in forms for _, field, _, _ in string.Formatter().parse(form) if field}


def test_every_action_has_the_design_rule_ids_in_order() -> None:
    assert {a: [r.id for r in info.rules] for a, info in ACTIONS.items()} == DESIGN_RULES


@pytest.mark.parametrize("source", list(_sources()))
def test_every_quote_appears_verbatim_in_its_document(source) -> None:
    assert source.quote in _document(source.doc_id)


def test_every_sector_quote_appears_verbatim() -> None:
    text = _document("sector-skills-alliances")
    assert all(quote in text for quote in vocabulary().sector_quotes.values())


def test_action_documents_exist_and_periods_match_the_design() -> None:
    for action in ACTIONS.values():
        assert all((CORPUS / f"{doc}.txt").is_file() for doc in action.doc_ids)
        assert all(rule.source.doc_id in action.doc_ids for rule in action.rules)
    assert {a: i.period for a, i in ACTIONS.items()} == {
        "knowledge-alliance": "2014-2020",
        "sector-skills-alliance": "2014-2020",
        "strategic-partnership-adult": "2014-2020",
        "partnership-for-innovation": "2021-2027",
    }


def test_every_rule_is_worded_in_four_languages_with_the_same_fields() -> None:
    for action in ACTIONS.values():
        assert set(action.title) == set(LANGS)
        for rule in action.rules:
            assert rule.kind in KINDS and rule.reading
            assert set(rule.requirement) == set(LANGS)
            for name, texts in {**rule.fixes, **rule.notes}.items():
                assert set(texts) == set(LANGS), (rule.id, name)
                assert len({frozenset(_fields(texts[lang])) for lang in LANGS}) == 1, (rule.id, name)


def test_a_typo_in_a_rule_table_fails_at_load(tmp_path: Path) -> None:
    data = json.loads(
        Path(__file__)
        .resolve()
        .parents[2]
        .joinpath("src/erasbot/rules/data/knowledge-alliance.json")
        .read_text(encoding="utf-8")
    )
    data["rules"][0]["quot"] = "typo"
    with pytest.raises(ValidationError):
        ActionInfo.model_validate(data)
    del data["rules"][0]["quot"], data["rules"][0]["source"]
    with pytest.raises(ValidationError):
        ActionInfo.model_validate(data)


def test_every_kind_of_rule_is_used_by_some_table() -> None:
    used = {rule.kind for action in ACTIONS.values() for rule in action.rules}
    assert used == set(KINDS)


def test_quotes_are_single_sentences_or_bullet_lines() -> None:
    for action in ACTIONS.values():
        for rule in action.rules:
            assert "\n" not in rule.source.quote and not re.search(r"\s{2,}", rule.source.quote.strip())


def test_a_misspelt_rule_parameter_fails_at_load_naming_the_rule(tmp_path: Path) -> None:
    data = json.loads(
        Path(__file__)
        .resolve()
        .parents[2]
        .joinpath("src/erasbot/rules/data/knowledge-alliance.json")
        .read_text(encoding="utf-8")
    )
    duration = next(rule for rule in data["rules"] if rule["kind"] == "duration")
    duration["params"] = {"min": 24, "mxa": 36}
    path = tmp_path / "knowledge-alliance.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ErasbotError) as raised:
        load_model(ActionInfo, path)
    message = str(raised.value)
    assert "knowledge-alliance.json" in message and "'duration'" in message
    assert "mxa" in message and "max" in message
