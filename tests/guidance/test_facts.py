"""Structured facts quote their documents verbatim and are stated in all four languages."""

from erasbot.guidance.corpus import clean_text
from erasbot.guidance.facts import load_facts
from erasbot.guidance.glossary import load_glossary
from erasbot.settings import REPO_ROOT


def test_every_fact_quote_appears_verbatim_in_its_document():
    for fact in load_facts():
        raw = (REPO_ROOT / "corpus" / "documents" / f"{fact.doc_id}.txt").read_text(encoding="utf-8")
        text = clean_text(raw)
        for quote in fact.quotes:
            assert quote in text, f"{fact.id}: {quote!r}"


def test_every_fact_is_stated_in_english_swedish_finnish_and_dutch_with_known_facets():
    concepts = load_glossary().concepts
    for fact in load_facts():
        assert set(fact.statement) == {"en", "sv", "fi", "nl"}, fact.id
        assert all(concepts[f].kind == "topic" for f in fact.facets), fact.id


def test_grant_caps_are_stated_exactly_as_the_source_gives_them():
    grant = next(f for f in load_facts() if f.id == "ka-grant")
    assert "700 000 euro" in grant.quotes[0] and "1 miljon euro" in grant.quotes[0]
    assert "700 000" in grant.statement["en"] and "1 million" in grant.statement["en"]


def _cited_text(quote: str, doc_id: str) -> str:
    """The quote as an answer shows it: with the list it introduces."""
    from erasbot.guidance.selection import with_list

    raw = (REPO_ROOT / "corpus" / "documents" / f"{doc_id}.txt").read_text(encoding="utf-8")
    lines = [line for line in clean_text(raw).replace("\u00a0", " ").split("\n") if line.strip()]
    return with_list(quote, "\n".join(lines))


def test_every_figure_in_a_statement_is_in_its_own_quotes_or_a_plain_conversion_of_one():
    from erasbot.guidance.facts import figures, stated_or_converted

    for fact in load_facts():
        allowed = stated_or_converted(" ".join(_cited_text(q, fact.doc_id) for q in fact.quotes))
        for lang, statement in fact.statement.items():
            assert figures(statement) <= allowed, f"{fact.id}/{lang}: {sorted(figures(statement) - allowed)}"


def test_the_finnish_agencys_page_is_not_lent_the_extension_it_does_not_state():
    from erasbot.guidance.facts import figures

    finnish = next(f for f in load_facts() if f.id == "kaf-duration")
    assert all(6 not in figures(s) and "förlängning" not in s for s in finnish.statement.values())
    assert "2 or 3 years" in finnish.statement["en"]


def test_figures_are_read_in_digits_and_words_and_conversions_are_declared():
    from erasbot.guidance.facts import figures, stated_or_converted

    assert figures("minst sex organisationer från 3 programländer") == {6, 3}
    assert figures("EUR 700 000 and 1 miljon") == {700000, 1}
    assert {24, 36, 1_000_000} <= stated_or_converted("pågår i 2 eller 3 år; 1 miljon euro")
    assert 24 not in stated_or_converted("2 organisationer")  # months only from years


def test_a_misspelt_field_in_the_facts_file_fails_at_load_with_its_place(tmp_path):
    import json

    import pytest

    from erasbot.errors import ErasbotError

    path = tmp_path / "facts.json"
    fact = {"id": "x", "doc_id": "d", "action": "a", "facets": [], "quotes": ["q"], "statment": {}}
    path.write_text(json.dumps({"facts": [fact]}), encoding="utf-8")
    with pytest.raises(ErasbotError, match="fact 1 \\(x\\)"):
        load_facts.__wrapped__(path)


def test_a_claim_quoting_a_list_inside_a_sentence_is_a_list():
    facts = {f.id: f for f in load_facts()}
    assert facts["sp-results"].is_list  # '... till exempel studiematerial, webbmaterial, lärarhandböcker, ...'
    assert not facts["ka-grant"].is_list
