"""The corpus: documents unchanged, page furniture cleaned on load, stable section-aware chunks."""

import hashlib
import json

from erasbot.guidance.corpus import chunk_document, clean_text, split_sentences
from erasbot.guidance.documents import Library
from erasbot.settings import REPO_ROOT, load_settings

DESIGN_IDS = {
    "sector-skills-alliances": ("sv", "2014-2020"),
    "knowledge-alliances": ("sv", "2014-2020"),
    "knowledge-alliances-finland": ("sv", "2014-2020"),
    "strategic-partnerships-adult-education": ("sv", "2014-2020"),
    "partnerships-for-innovation": ("nl", "2021-2027"),
}


def manifest():
    return json.loads((REPO_ROOT / "corpus" / "manifest.json").read_text(encoding="utf-8"))["documents"]


def test_manifest_lists_the_five_documents_with_the_designs_ids_languages_and_periods():
    docs = {d["id"]: (d["language"], d["period"]) for d in manifest()}
    assert docs == DESIGN_IDS
    for d in manifest():
        assert d["title"] and d["publisher"] and d["actions"]


def test_documents_are_stored_unchanged():
    for d in manifest():
        data = (REPO_ROOT / "corpus" / d["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == d["sha256"], d["id"]


def test_page_furniture_is_cleaned_when_loading_not_in_the_files():
    raw = (REPO_ROOT / "corpus/documents/sector-skills-alliances.txt").read_text(encoding="utf-8")
    assert "Dela denna sida" in raw
    assert "Dela denna sida" not in clean_text(raw)
    raw = (REPO_ROOT / "corpus/documents/strategic-partnerships-adult-education.txt").read_text(encoding="utf-8")
    cleaned = clean_text(raw)
    assert "Foto: Satu Haavisto" not in cleaned and "E+_aikuiskoulutus_KA2" not in cleaned
    assert "Partnerguppen måste bestå av minst 3 organisationer från 3 programländer." in cleaned
    assert "Skip to main content" not in clean_text("Skip to main content\n\nKunskapsallianser")


def test_chunks_carry_stable_ids_headings_and_document_facts():
    chunks = Library(load_settings()).chunks()
    again = Library(load_settings()).chunks()
    assert [c.chunk_id for c in chunks] == [c.chunk_id for c in again]
    for chunk in chunks:
        doc_id, n = chunk.chunk_id.split("#")
        assert doc_id == chunk.doc_id and int(n) == chunk.n
        assert chunk.heading and chunk.language in {"sv", "nl"} and chunk.period and chunk.actions
    headings = {c.heading for c in chunks if c.doc_id == "knowledge-alliances"}
    assert {"Hur går det till?", "Vad mer behöver jag veta?"} <= headings


def test_a_list_stays_with_the_sentence_that_introduces_it():
    from erasbot.guidance.corpus import DocumentInfo

    info = DocumentInfo("d", "Titel", "sv", "p", ("a",), "A", "2014-2020")
    text = "Titel\n\nHur går det till?\n\nDu behöver\n\n • en sak\n • en annan sak\n\nSlut."
    chunks = chunk_document(info, clean_text(text), target_chars=30)
    assert any("Du behöver" in c.text and "en annan sak" in c.text for c in chunks)
    assert all(c.heading == "Hur går det till?" for c in chunks)


def test_sentences_split_prose_and_keep_bullets_apart():
    assert split_sentences("Ett. Två tre.\n• punkt") == ["Ett.", "Två tre.", "• punkt"]


def test_an_abbreviation_before_a_number_or_a_name_does_not_end_a_sentence():
    from erasbot.guidance.corpus import split_sentences

    assert split_sentences("Mötet börjar kl. 10 i Stockholm. Ta med papper.") == [
        "Mötet börjar kl. 10 i Stockholm.",
        "Ta med papper.",
    ]
    assert split_sentences("Det gäller t.ex. Sverige och Finland. Mer info osv. Nästa.") == [
        "Det gäller t.ex. Sverige och Finland.",
        "Mer info osv.",
        "Nästa.",
    ]
