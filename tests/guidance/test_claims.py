"""The claims table covers the bundled documents completely, in their own words and the askers' languages."""

import json

import pytest

from erasbot.errors import ErasbotError
from erasbot.guidance.corpus import clean_text, split_sentences
from erasbot.guidance.facts import claim_of, figures, load_facts, load_uninformative, quoted_by, stated_or_converted
from erasbot.settings import REPO_ROOT

DOCUMENTS = REPO_ROOT / "corpus" / "documents"


def _sentences(doc_id: str) -> list[str]:
    return split_sentences(clean_text((DOCUMENTS / f"{doc_id}.txt").read_text(encoding="utf-8")))


def _bundled() -> list[str]:
    return sorted(p.stem for p in DOCUMENTS.glob("*.txt"))


def test_every_sentence_of_every_bundled_document_is_quoted_by_a_claim_or_listed_as_not_informative():
    facts = load_facts()
    uninformative = load_uninformative()
    unclassified = [
        f"{doc_id}: {sentence!r}"
        for doc_id in _bundled()
        for sentence in _sentences(doc_id)
        if sentence not in uninformative.get(doc_id, ()) and claim_of(sentence, doc_id, facts) is None
    ]
    assert not unclassified, "quote these in a claim or list them in uninformative.json:\n" + "\n".join(unclassified)


def test_the_not_informative_list_names_only_sentences_the_documents_still_contain():
    for doc_id, sentences in load_uninformative().items():
        assert doc_id in _bundled(), doc_id
        stale = set(sentences) - set(_sentences(doc_id))
        assert not stale, f"{doc_id}: {sorted(stale)}"


def test_what_is_listed_as_not_informative_is_headings_and_contact_lines_not_rules():
    for doc_id, sentences in load_uninformative().items():
        for sentence in sentences:
            assert len(sentence) < 80 and not figures(sentence) - {2}, f"{doc_id}: {sentence!r}"


def test_a_list_is_quoted_whole_by_one_claim():
    facts = load_facts()
    sectors = next(f for f in facts if f.id == "ssa-sectors")
    assert sectors.is_list and "turism." in sectors.quotes and "handel" in sectors.quotes
    activities = next(f for f in facts if f.id == "sp-activities")
    assert "Långvarig personalmobilitet (över 2 månader)" in activities.quotes
    for doc_id in _bundled():
        for sentence in _sentences(doc_id):
            if sentence.startswith("•"):
                owners = {f.id for f in facts if f.doc_id == doc_id and quoted_by(sentence, f.quotes)}
                assert len(owners) >= 1, f"{doc_id}: {sentence!r}"


def test_every_claim_quotes_its_own_document_and_names_that_documents_action():
    manifest = json.loads((REPO_ROOT / "corpus" / "manifest.json").read_text(encoding="utf-8"))
    entries = manifest["documents"] if isinstance(manifest, dict) else manifest
    actions = {e["id"]: set(e["actions"]) if "actions" in e else {e["action"]} for e in entries}
    for fact in load_facts():
        assert fact.action in actions[fact.doc_id], fact.id
        text = clean_text((DOCUMENTS / f"{fact.doc_id}.txt").read_text(encoding="utf-8"))
        for quote in fact.quotes:
            assert quote in text, f"{fact.id}: {quote!r}"


def test_no_statement_states_a_figure_its_own_quotes_do_not_give():
    for fact in load_facts():
        allowed = stated_or_converted(" ".join(fact.quotes))
        for lang, statement in fact.statement.items():
            assert figures(statement) <= allowed, f"{fact.id}/{lang}: {sorted(figures(statement) - allowed)}"


def test_statements_are_written_in_their_own_language_not_copied_across():
    for fact in load_facts():
        texts = list(fact.statement.values())
        assert len(set(texts)) == 4, f"{fact.id}: two languages share one statement"


def test_a_claim_without_an_aspect_or_with_an_unknown_one_fails_at_load_with_its_place(tmp_path):
    path = tmp_path / "facts.json"
    claim = {
        "id": "x",
        "doc_id": "d",
        "action": "a",
        "aspect": "weather",
        "facets": [],
        "quotes": ["q"],
        "statement": {"en": "e", "sv": "s", "fi": "f", "nl": "n"},
    }
    path.write_text(json.dumps({"facts": [claim]}), encoding="utf-8")
    with pytest.raises(ErasbotError, match=r"fact 1 \(x\).*aspect"):
        load_facts.__wrapped__(path)


def test_a_claim_id_used_twice_fails_at_load(tmp_path):
    path = tmp_path / "facts.json"
    claim = {
        "id": "x",
        "doc_id": "d",
        "action": "a",
        "aspect": "about",
        "facets": [],
        "quotes": ["q"],
        "statement": {"en": "e", "sv": "s", "fi": "f", "nl": "n"},
    }
    path.write_text(json.dumps({"facts": [claim, claim]}), encoding="utf-8")
    with pytest.raises(ErasbotError, match="used twice: x"):
        load_facts.__wrapped__(path)


def test_a_sentence_split_in_two_quotes_is_covered_only_when_both_parts_are_quoted():
    sentence = "(Närmare information finns i anvisningarna.) Bara de projekt som planerar resultat kan söka."
    assert quoted_by(sentence, ["(Närmare information finns i anvisningarna.)", "Bara de projekt som planerar resultat kan söka."])
    assert not quoted_by(sentence, ["Bara de projekt som planerar resultat kan söka."])
