"""Thumbs-down answers become evaluation items in a set, and the next run includes them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from erasbot.errors import ErasbotError
from erasbot.evaluation.feedback import Feedback, FeedbackStore, add_to_set
from erasbot.evaluation.questions import load_questions


def _vote(rating: int, question: str, answer: str = "Minst tre organisationer. [1]") -> Feedback:
    return Feedback(
        rating=rating,
        question=question,
        language="sv",
        answer=answer,
        abstained=False,
        cited_docs=["strategic-partnerships-adult-education"],
        reason="fel siffra" if rating < 0 else "",
    )


def test_thumbs_down_answers_are_added_to_a_new_set_that_loads_as_a_question_set(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "f.sqlite3")
    store.add(_vote(1, "Hur länge pågår en kunskapsallians?"))
    store.add(_vote(-1, "Hur många partner behövs i ett strategiskt partnerskap?"))
    target = tmp_path / "evals" / "feedback.jsonl"
    added = add_to_set(store.disliked_items(), target)
    assert added.added == ["feedback-2"] and added.already_there == []
    [item] = load_questions(target)
    assert item.id == "feedback-2" and item.question.startswith("Hur många partner")
    stored = json.loads(target.read_text(encoding="utf-8"))
    assert stored["feedback"] == {"rating": -1, "reason": "fel siffra", "answer": "Minst tre organisationer. [1]"}


def test_adding_again_skips_the_items_already_in_the_set_and_keeps_the_rest(tmp_path: Path) -> None:
    target = tmp_path / "questions.jsonl"
    target.write_text(json.dumps({"id": "q001", "question": "Hur länge?"}), encoding="utf-8")  # no final newline
    store = FeedbackStore(tmp_path / "f.sqlite3")
    store.add(_vote(-1, "Första frågan?"))
    add_to_set(store.disliked_items(), target)
    store.add(_vote(-1, "Andra frågan?"))
    added = add_to_set(store.disliked_items(), target)
    assert added.added == ["feedback-2"] and added.already_there == ["feedback-1"]
    assert [i.id for i in load_questions(target)] == ["q001", "feedback-1", "feedback-2"]


def test_a_broken_target_set_is_reported_not_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "questions.jsonl"
    target.write_text("not json\n", encoding="utf-8")
    with pytest.raises(ErasbotError, match=rf"{target}:1: not valid JSON"):
        add_to_set([{"id": "feedback-1", "question": "x"}], target)
    assert target.read_text(encoding="utf-8") == "not json\n"
