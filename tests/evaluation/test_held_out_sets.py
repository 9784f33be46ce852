"""The held-out sets of the near-miss and turns round: the report runs them apart, and they are shaped as the
task that had them written set it out (near misses, four languages, chats with off-topic turns)."""

from __future__ import annotations

import json

from erasbot.evaluation.conversations import load_conversations
from erasbot.evaluation.questions import load_questions
from erasbot.evaluation.report import HELD_OUT_CONVERSATIONS, HELD_OUT_QUESTIONS
from erasbot.settings import REPO_ROOT

EVALS = REPO_ROOT / "evals"
BUNDLED = {d["id"] for d in json.loads((REPO_ROOT / "corpus" / "manifest.json").read_text("utf-8"))["documents"]}


def test_the_report_runs_the_held_out_questions_and_conversations():
    assert "questions_holdout2.jsonl" in HELD_OUT_QUESTIONS.values()
    assert "conversations_holdout.jsonl" in HELD_OUT_CONVERSATIONS.values()
    assert "conversations_holdout3.jsonl" in HELD_OUT_CONVERSATIONS.values()
    assert "conversations_holdout4.jsonl" in HELD_OUT_CONVERSATIONS.values()


def test_holdout_2_has_near_misses_and_checked_facts_in_four_languages():
    items = load_questions(EVALS / "questions_holdout2.jsonl")
    assert len(items) == 30 and items[0].id == "h2-001"
    assert {i.lang for i in items} == {"sv", "fi", "nl", "en"}
    assert sum(i.out_of_scope for i in items) == 14
    for item in items:
        assert item.form, item.id
        if item.out_of_scope:
            assert not item.expected_docs and not item.facts_any, item.id
        else:
            assert item.facts_any and set(item.expected_docs) <= BUNDLED, item.id


def test_held_out_chats_switch_actions_and_go_off_topic_mid_chat():
    chats = load_conversations(EVALS / "conversations_holdout.jsonl")
    turns = [turn for chat in chats for turn in chat.turns]
    assert len(chats) == 10 and len(turns) >= 36
    assert {turn.lang for turn in turns} == {"sv", "fi", "nl", "en"}
    # an off-topic or near-miss turn after an answered one, in most chats
    assert sum(any(t.out_of_scope for t in chat.turns[1:]) for chat in chats) >= 8
    # a turn that names another action than the one before it
    assert sum(len({d for t in chat.turns for d in t.expected_docs}) > 1 for chat in chats) >= 4


def test_held_out_chats_3_follow_up_compare_and_return_in_four_languages():
    chats = load_conversations(EVALS / "conversations_holdout3.jsonl")
    turns = [turn for chat in chats for turn in chat.turns]
    assert len(chats) == 10 and len(turns) >= 40 and chats[0].id == "h3c01"
    assert {turn.lang for turn in turns} == {"sv", "fi", "nl", "en"}
    # an off-topic, small-talk or near-miss turn after an answered one, in every chat
    assert all(any(t.out_of_scope for t in chat.turns[1:]) for chat in chats)
    # an answered turn after an aside: the chat returns to its subject
    assert all(any(not b.out_of_scope for a, b in zip(chat.turns, chat.turns[1:]) if a.out_of_scope) for chat in chats)
    for turn in turns:
        if turn.out_of_scope:
            assert not turn.expected_docs and not turn.facts_any, turn.question
        else:
            assert turn.facts_any and set(turn.expected_docs) <= BUNDLED, turn.question


def test_held_out_chats_4_ask_two_parts_predecessors_and_comparisons_in_four_languages():
    chats = load_conversations(EVALS / "conversations_holdout4.jsonl")
    turns = [turn for chat in chats for turn in chat.turns]
    assert len(chats) == 10 and len(turns) >= 45 and chats[0].id == "h4c01"
    assert {turn.lang for turn in turns} == {"sv", "fi", "nl", "en"}
    # an off-topic, small-talk or near-miss turn after an answered one, in every chat
    assert all(any(t.out_of_scope for t in chat.turns[1:]) for chat in chats)
    # turns that name an earlier and a later action's text as the place of the answer (predecessors, successors)
    assert sum(any({"partnerships-for-innovation"} < set(t.expected_docs) for t in chat.turns) for chat in chats) >= 3
    for turn in turns:
        if turn.out_of_scope:
            assert not turn.expected_docs and not turn.facts_any, turn.question
        else:
            assert turn.facts_any and set(turn.expected_docs) <= BUNDLED, turn.question
