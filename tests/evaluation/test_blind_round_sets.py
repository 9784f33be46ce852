"""The blind rounds over the bundled texts (rounds 3 to 7 and 9 to 11): the report runs them, and each is shaped as the
task that had it written set it out."""

from __future__ import annotations

import json

import pytest

from erasbot.evaluation.conversations import load_conversations
from erasbot.evaluation.questions import load_questions
from erasbot.evaluation.report import BLIND_CONVERSATIONS, BLIND_QUESTIONS
from erasbot.settings import REPO_ROOT

EVALS = REPO_ROOT / "evals"
BUNDLED = {d["id"] for d in json.loads((REPO_ROOT / "corpus" / "manifest.json").read_text("utf-8"))["documents"]}
# round, the prefix of its question ids and of its chat ids (the number follows in two digits), its chats, the least
# turns and off-topic turns its task asked for
ROUNDS = [
    ("3", "d0", "dc", 6, 24, 4),
    ("4", "e0", "ec", 8, 32, 6),
    ("5", "f0", "fc", 8, 32, 6),
    ("6", "g0", "gc", 9, 40, 6),
    ("7", "h0", "hc", 9, 40, 6),
    ("9", "b9", "b9c", 10, 45, 8),
    ("10", "b10", "b10c", 10, 45, 8),
    ("11", "b11", "b11c", 10, 45, 8),
]


@pytest.mark.parametrize("round_", [r[0] for r in ROUNDS])
def test_the_report_runs_the_rounds_questions_and_conversations(round_):
    assert f"questions_blind{round_}.jsonl" in BLIND_QUESTIONS.values()
    assert f"conversations_blind{round_}.jsonl" in BLIND_CONVERSATIONS.values()


@pytest.mark.parametrize(("round_", "prefix"), [r[:2] for r in ROUNDS])
def test_the_rounds_questions_ask_in_four_languages_with_near_misses_over_the_bundled_texts(round_, prefix):
    items = load_questions(EVALS / f"questions_blind{round_}.jsonl")
    assert len(items) == 40 and [i.id for i in items][:2] == [f"{prefix}01", f"{prefix}02"]
    assert {lang: sum(i.lang == lang for i in items) for lang in ("sv", "fi", "nl", "en")} == dict.fromkeys(
        ("sv", "fi", "nl", "en"), 10
    )
    assert sum(i.out_of_scope for i in items) == 10
    for item in items:
        assert item.form, item.id
        if not item.out_of_scope:
            assert item.facts_any and set(item.expected_docs) <= BUNDLED, item.id


@pytest.mark.parametrize(("round_", "chat_prefix", "chats", "turns", "off_topic"), [r[:1] + r[2:] for r in ROUNDS])
def test_the_rounds_conversations_have_follow_ups_and_off_topic_turns(round_, chat_prefix, chats, turns, off_topic):
    loaded = load_conversations(EVALS / f"conversations_blind{round_}.jsonl")
    assert [c.id for c in loaded] == [f"{chat_prefix}{n:02d}" for n in range(1, chats + 1)]
    all_turns = [t for c in loaded for t in c.turns]
    assert len(all_turns) >= turns
    assert sum(t.out_of_scope for t in all_turns) >= off_topic
    assert all(set(t.expected_docs) <= BUNDLED for t in all_turns)
