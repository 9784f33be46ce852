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
