"""The fourth blind round over the bundled texts: the report runs it, and it is shaped as the task set it out."""

from __future__ import annotations

import json

from erasbot.evaluation.conversations import load_conversations
from erasbot.evaluation.questions import load_questions
from erasbot.evaluation.report import BLIND_CONVERSATIONS, BLIND_QUESTIONS
from erasbot.settings import REPO_ROOT

EVALS = REPO_ROOT / "evals"
BUNDLED = {d["id"] for d in json.loads((REPO_ROOT / "corpus" / "manifest.json").read_text("utf-8"))["documents"]}


def test_the_report_runs_the_fourth_blind_questions_and_conversations():
    assert "questions_blind4.jsonl" in BLIND_QUESTIONS.values()
    assert "conversations_blind4.jsonl" in BLIND_CONVERSATIONS.values()


def test_the_fourth_blind_questions_ask_in_four_languages_with_near_misses_over_the_bundled_texts():
    items = load_questions(EVALS / "questions_blind4.jsonl")
    assert len(items) == 40 and [i.id for i in items][:2] == ["e001", "e002"]
    assert {lang: sum(i.lang == lang for i in items) for lang in ("sv", "fi", "nl", "en")} == dict.fromkeys(
        ("sv", "fi", "nl", "en"), 10
    )
    assert sum(i.out_of_scope for i in items) == 10
    for item in items:
        assert item.form, item.id
        if not item.out_of_scope:
            assert item.facts_any and set(item.expected_docs) <= BUNDLED, item.id


def test_the_fourth_blind_conversations_have_follow_ups_and_off_topic_turns():
    chats = load_conversations(EVALS / "conversations_blind4.jsonl")
    assert [c.id for c in chats] == [f"ec0{n}" for n in range(1, 9)]
    turns = [t for c in chats for t in c.turns]
    assert len(turns) >= 32
    assert sum(t.out_of_scope for t in turns) >= 6
    assert all(set(t.expected_docs) <= BUNDLED for t in turns)
