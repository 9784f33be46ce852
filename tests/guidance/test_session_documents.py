"""A user's own document in one chat session: read and embedded in memory, it answers that session's
questions and is cited as the user's own; it changes nothing for the corpus, the index or other sessions."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import WordLengthEmbedder

from erasbot.evaluation.questions import load_questions
from erasbot.guidance.glossary import load_glossary
from erasbot.guidance.session_documents import (
    OverlayIndex,
    OwnDocumentError,
    SessionDocuments,
    is_own,
    read_own_document,
)
from erasbot.limits import MAX_OWN_BYTES, MAX_OWN_CHARS, MAX_OWN_DOCUMENTS
from erasbot.settings import REPO_ROOT

CALL = """# Nationell utlysning: kunskapsallianser i Norrbotten 2027

Den nationella utlysningen för kunskapsallianser i Norrbotten öppnar den 3 mars 2027.

## Sista ansökningsdag

Sista ansökningsdag för Norrbottens utlysning är den 14 april 2027 klockan 12.

## Budget

Utlysningen har en total budget på 450 000 euro för hela länet.
""".encode()
CALL_QUESTION = "När är sista ansökningsdag för utlysningen i Norrbotten?"
OTHER = """Kustens sommarskola 2027

Sista ansökningsdag till Kustens sommarskola på Gotland är den 9 maj 2027.
""".encode()


@pytest.fixture(scope="module")
def call(engine) -> SessionDocuments:
    return SessionDocuments().add(read_own_document("norrbotten-call.md", CALL, engine.embedder, engine.glossary))


def test_the_attached_document_answers_its_question_and_is_cited_as_the_users_own(engine, call):
    answer = engine.ask(CALL_QUESTION, attached=call)
    assert not answer.abstained
    assert "14 april 2027" in answer.text
    assert "ditt eget dokument" in answer.text  # the lead names the source in the asker's language
    cited = answer.citations[0]
    assert cited.doc_id == "own:norrbotten-call" and is_own(cited.doc_id)
    assert cited.publisher == "ditt eget dokument"
    assert cited.title == "Nationell utlysning: kunskapsallianser i Norrbotten 2027"


def test_without_the_document_the_same_question_is_not_answered_from_it(engine):
    answer = engine.ask(CALL_QUESTION)
    assert "14 april 2027" not in answer.text
    assert not any(is_own(c.doc_id) for c in answer.citations)


def test_the_publisher_is_said_in_the_askers_language(engine, call):
    answer = engine.ask("När är sista ansökningsdag för utlysningen i Norrbotten?", language="en", attached=call)
    assert answer.citations and answer.citations[0].publisher == "your own document"


def test_questions_of_the_evaluation_set_are_answered_exactly_as_without_the_document(engine, call):
    items = load_questions(REPO_ROOT / "evals" / "questions_holdout.jsonl")
    for item in items[::3]:
        alone, attached = engine.ask(item.question), engine.ask(item.question, attached=call)
        assert (attached.text, attached.abstained) == (alone.text, alone.abstained), item.id
        assert [c.chunk_id for c in attached.citations] == [c.chunk_id for c in alone.citations], item.id


def test_search_finds_the_documents_passages_and_a_filter_can_keep_to_them(engine, call):
    hits = engine.search(CALL_QUESTION, attached=call)
    assert hits[0].chunk.doc_id == "own:norrbotten-call"
    only = engine.search("budget", doc_ids={"own:norrbotten-call"}, attached=call)
    assert only and {h.chunk.doc_id for h in only} == {"own:norrbotten-call"}
    assert not any(is_own(h.chunk.doc_id) for h in engine.search(CALL_QUESTION))


WORD_DOCUMENT = REPO_ROOT / "tests" / "fixtures" / "subsidiewijzer-kleinschalige-partnerschappen-nl.docx"


def test_an_uploaded_word_document_answers_from_its_text_not_its_furniture(engine):
    # as the chat page's uploader hands it over: the file's name and its bytes
    document = read_own_document(
        "Subsidiewijzer KA210.docx", WORD_DOCUMENT.read_bytes(), engine.embedder, engine.glossary
    )
    assert document.info.id == "own:subsidiewijzer-ka210" and document.info.language == "nl"
    assert document.info.title == "Subsidiewijzer kleinschalige partnerschappen 2026"
    text = "\n".join(c.text for c in document.chunks)
    assert "Dien de aanvraag in vóór 1 oktober 2026 om 12.00 uur (Brusselse tijd)." in text
    assert "Pagina" not in text and "4 maart 2026" not in text and "TOC" not in text
    attached = SessionDocuments().add(document)
    answer = engine.ask("Wanneer moet de aanvraag voor een kleinschalig partnerschap binnen zijn?", attached=attached)
    assert answer.citations and answer.citations[0].doc_id == "own:subsidiewijzer-ka210"
    assert "1 oktober 2026" in answer.text


def test_two_sessions_see_only_their_own_documents_and_the_corpus_is_unchanged(engine, call, session_settings):
    chunks, stored, documents = len(engine.snapshot.chunks), engine.index.count(), set(engine.documents)
    other = SessionDocuments().add(read_own_document("kusten.txt", OTHER, engine.embedder, engine.glossary))
    mine = engine.ask(CALL_QUESTION, attached=call)
    theirs = engine.ask(CALL_QUESTION, attached=other)
    assert mine.citations[0].doc_id == "own:norrbotten-call"
    assert "own:norrbotten-call" not in {c.doc_id for c in theirs.citations}
    assert "14 april 2027" not in theirs.text
    # nothing was written for anyone else: the shared snapshot, the index and the manifests are as they were
    assert (len(engine.snapshot.chunks), engine.index.count(), set(engine.documents)) == (chunks, stored, documents)
    manifest = session_settings.user_documents_dir / "manifest.json"
    assert not manifest.exists() or "norrbotten" not in manifest.read_text(encoding="utf-8")


def test_the_assistant_hands_the_sessions_documents_to_the_answer(engine, call):
    from erasbot.chat.assistant import Assistant

    assistant = Assistant(engine)
    assert assistant.reply(CALL_QUESTION, attached=call).citations[0].doc_id == "own:norrbotten-call"
    assert not any(is_own(c.doc_id) for c in assistant.reply(CALL_QUESTION).citations)


# -- reading an attachment (a fake embedder: the point is the checks) --------------------------------------


@pytest.fixture(scope="module")
def glossary():
    return load_glossary()


def test_a_document_is_chunked_embedded_and_given_an_id_no_corpus_document_can_have(glossary):
    embedder = WordLengthEmbedder()
    document = read_own_document("Norrbotten Call.md", CALL, embedder, glossary)
    assert document.info.id == "own:norrbotten-call" and document.info.language == "sv"
    assert document.chunks and all(c.doc_id == document.info.id for c in document.chunks)
    assert document.chunk_vectors.shape == (len(document.chunks), 16)
    assert np.allclose(np.linalg.norm(document.chunk_vectors, axis=1), 1.0)
    assert embedder.embedded == len(document.chunks) + len(document.sentence_vectors)
    again = read_own_document("norrbotten-call.txt", OTHER, embedder, glossary, taken=[document.info.id])
    assert again.info.id == "own:norrbotten-call-2"


@pytest.mark.parametrize(
    "name, data, key",
    [
        ("notes.rtf", b"text", "own_wrong_kind"),
        ("huge.txt", b"a " * (MAX_OWN_BYTES // 2 + 1), "own_too_large"),
        ("long.txt", ("ord " * (MAX_OWN_CHARS // 4 + 10)).encode(), "own_too_long"),
        ("empty.md", b"   \n\n", "own_no_text"),
        ("binary.txt", bytes(range(256)) * 20, "own_no_text"),
        ("broken.pdf", b"%PDF-1.7 not really", "own_unreadable"),
        ("renamed.docx", b"{\\rtf1 a Word document saved as RTF}", "own_unreadable"),
    ],
)
def test_an_unusable_file_is_refused_with_a_phrase_naming_it(glossary, name, data, key):
    with pytest.raises(OwnDocumentError) as refused:
        read_own_document(name, data, WordLengthEmbedder(), glossary)
    assert refused.value.key == key
    assert name in str(refused.value)


def test_the_same_file_twice_is_attached_once_and_there_is_a_limit(glossary):
    embedder = WordLengthEmbedder()
    docs = SessionDocuments().add(read_own_document("a.md", CALL, embedder, glossary))
    assert len(docs.add(read_own_document("b.md", CALL, embedder, glossary))) == 1
    for n in range(MAX_OWN_DOCUMENTS - 1):
        docs = docs.add(read_own_document(f"d{n}.txt", OTHER + str(n).encode(), embedder, glossary, taken=docs.ids))
    with pytest.raises(OwnDocumentError) as refused:
        docs.add(read_own_document("one-more.txt", OTHER + b"more", embedder, glossary))
    assert refused.value.key == "own_too_many"
    assert docs.remove(docs.ids[0]).ids == docs.ids[1:]


# -- the index view ----------------------------------------------------------------------------------------


class FakeIndex:
    """A shared index with two stored passages; records the filters it was asked with."""

    def __init__(self) -> None:
        self.stored = {"ka#0": np.array([1.0, 0.0]), "ka#1": np.array([0.0, 1.0])}
        self.asked: list = []

    def query(self, vector, k, where=None):
        self.asked.append(where)
        return sorted(((i, float(v @ vector)) for i, v in self.stored.items()), key=lambda x: -x[1])[:k]

    def vectors(self, ids=None):
        return {i: v for i, v in self.stored.items() if ids is None or i in ids}


def test_the_index_view_ranks_the_sessions_vectors_among_the_shared_ones():
    shared = FakeIndex()
    view = OverlayIndex(shared, {"own:x#0": np.array([0.8, 0.6])}, {"own:x#0": "own:x"})
    assert [i for i, _ in view.query(np.array([1.0, 0.0]), k=2)] == ["ka#0", "own:x#0"]
    assert view.vectors(["own:x#0", "ka#1"]).keys() == {"own:x#0", "ka#1"}


def test_a_document_filter_is_split_between_the_shared_index_and_the_session():
    shared = FakeIndex()
    view = OverlayIndex(shared, {"own:x#0": np.array([0.8, 0.6])}, {"own:x#0": "own:x"})
    assert view.query(np.array([1.0, 0.0]), k=5, where={"doc_id": {"$in": ["own:x"]}}) == [("own:x#0", 0.8)]
    assert shared.asked == []  # only the session's document was allowed: the shared index is not asked
    found = view.query(np.array([1.0, 0.0]), k=5, where={"doc_id": {"$in": ["ka"]}})
    assert "own:x#0" not in dict(found) and shared.asked == [{"doc_id": {"$in": ["ka"]}}]


def test_with_a_language_model_the_search_tool_finds_the_document_and_its_citation_is_kept(engine, call):
    from conftest import ScriptedModel
    from langchain_core.messages import AIMessage

    from erasbot.chat.agent import Agent
    from erasbot.chat.assistant import Assistant

    search = AIMessage(
        content="", tool_calls=[{"name": "search_guidance", "args": {"query": CALL_QUESTION}, "id": "1"}]
    )
    model = ScriptedModel(messages=iter([search, "Sista ansökningsdag är den 14 april 2027 [1]."]))
    model.seen = []
    reply = Assistant(engine, Agent(engine, model, "fake:scripted")).reply(CALL_QUESTION, attached=call)
    assert model.seen[1][-1].content.startswith("[1] Nationell utlysning")  # what the model was shown
    assert "ditt eget dokument" in model.seen[1][-1].content
    assert not reply.flags and [c.doc_id for c in reply.citations] == ["own:norrbotten-call"]


@pytest.mark.parametrize(
    "question, figure",
    [
        ("Hur stor är budgeten för utlysningen i Norrbotten?", "450 000"),
        ("Vilken budget har Norrbottens utlysning?", "450 000"),  # no glossary concept in it
        ("När öppnar utlysningen i Norrbotten?", "3 mars 2027"),
    ],
)
def test_questions_about_the_attached_documents_subject_are_answered_from_it(engine, call, question, figure):
    answer = engine.ask(question, attached=call)
    assert not answer.abstained and figure in answer.text
    assert any(is_own(c.doc_id) for c in answer.citations)
