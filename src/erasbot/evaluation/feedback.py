"""Users' thumbs up/down on answers, kept in a local SQLite file and exportable as evaluation items.

Each vote stores what was asked, what was retrieved, what was answered and the
settings in force, so a disliked answer can be replayed and a liked one can
become a regression item in the questions.jsonl format (see questions.py); add_to_set puts
exported items into a question set so the next evaluation run includes them.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from erasbot.errors import ErasbotError

SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created REAL NOT NULL,
    rating INTEGER NOT NULL CHECK (rating IN (-1, 1)),
    reason TEXT NOT NULL DEFAULT '',
    question TEXT NOT NULL,
    resolved TEXT NOT NULL,
    language TEXT NOT NULL,
    retrieved TEXT NOT NULL,
    cited_docs TEXT NOT NULL,
    answer TEXT NOT NULL,
    abstained INTEGER NOT NULL,
    settings TEXT NOT NULL
)
"""


@dataclass
class Feedback:
    """One vote on one answer, with what is needed to replay or evaluate it."""

    rating: int  # +1 or -1
    question: str
    language: str
    answer: str
    abstained: bool
    resolved: str = ""  # the standalone question the answer was given to (follow-ups resolved)
    retrieved: list[str] = field(default_factory=list)  # chunk ids in rank order
    cited_docs: list[str] = field(default_factory=list)
    reason: str = ""
    settings: dict = field(default_factory=dict)
    id: int | None = None
    created: float = 0.0


class FeedbackStore:
    """The feedback table in one SQLite file (created on first use)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path, timeout=5)
        except (OSError, sqlite3.Error) as exc:
            raise ErasbotError(f"{self.path}: cannot open the feedback database ({exc})") from exc
        try:
            connection.execute(SCHEMA)
            with connection:
                yield connection
        except sqlite3.Error as exc:
            raise ErasbotError(
                f"{self.path}: feedback database error ({exc}); move the file away to start afresh"
            ) from exc
        finally:
            connection.close()

    def add(self, item: Feedback) -> int:
        """Store a vote; returns its id."""
        if item.rating not in (-1, 1):
            raise ErasbotError(f"a rating is +1 or -1, not {item.rating!r}")
        with self._connect() as db:
            cursor = db.execute(
                "INSERT INTO feedback (created, rating, reason, question, resolved, language, retrieved,"
                " cited_docs, answer, abstained, settings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    item.created or time.time(),
                    item.rating,
                    item.reason.strip(),
                    item.question,
                    item.resolved or item.question,
                    item.language,
                    json.dumps(item.retrieved),
                    json.dumps(item.cited_docs),
                    item.answer,
                    int(item.abstained),
                    json.dumps(item.settings, ensure_ascii=False, sort_keys=True),
                ),
            )
            return int(cursor.lastrowid)

    def update(self, feedback_id: int, rating: int | None = None, reason: str | None = None) -> None:
        """Change a stored vote (the user flips the thumb or adds a reason afterwards)."""
        if rating is not None and rating not in (-1, 1):
            raise ErasbotError(f"a rating is +1 or -1, not {rating!r}")
        with self._connect() as db:
            if rating is not None:
                db.execute("UPDATE feedback SET rating = ? WHERE id = ?", (rating, feedback_id))
            if reason is not None:
                db.execute("UPDATE feedback SET reason = ? WHERE id = ?", (reason.strip(), feedback_id))

    def all(self) -> list[Feedback]:
        """Every vote, oldest first."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT id, created, rating, reason, question, resolved, language, retrieved, cited_docs,"
                " answer, abstained, settings FROM feedback ORDER BY id"
            ).fetchall()
        return [
            Feedback(
                id=r[0],
                created=r[1],
                rating=r[2],
                reason=r[3],
                question=r[4],
                resolved=r[5],
                language=r[6],
                retrieved=json.loads(r[7]),
                cited_docs=json.loads(r[8]),
                answer=r[9],
                abstained=bool(r[10]),
                settings=json.loads(r[11]),
            )
            for r in rows
        ]

    def export_items(self, include_disliked: bool = False) -> list[dict]:
        """Votes as evaluation items (questions.jsonl): liked answers are ready to use; disliked ones
        (with ``include_disliked``) carry the vote and reason under ``feedback`` for a reviewer to complete."""
        return [as_eval_item(f) for f in self.all() if f.rating > 0 or include_disliked]

    def disliked_items(self) -> list[dict]:
        """The thumbs-down answers as evaluation items, each carrying its vote, reason and answer."""
        return [as_eval_item(f) for f in self.all() if f.rating < 0]


def as_eval_item(item: Feedback) -> dict:
    """One vote in the evaluation-set format.

    A liked answer says its cited documents are the right ones and that abstaining was (or was not) right.
    A disliked one only says the answer was wrong: expected documents are left empty and an abstention
    is taken to have been wrong, for a reviewer to confirm.
    """
    liked = item.rating > 0
    out = {
        "id": f"feedback-{item.id}",
        "lang": item.language,
        "question": item.resolved or item.question,
        "expected_docs": list(dict.fromkeys(item.cited_docs)) if liked else [],
        "facts_any": [],
        "out_of_scope": item.abstained if liked else False,
    }
    if not liked:
        out["feedback"] = {"rating": item.rating, "reason": item.reason, "answer": item.answer}
    return out


def to_jsonl(items: list[dict]) -> str:
    return "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items)


@dataclass(frozen=True)
class AddedItems:
    added: list[str]
    already_there: list[str]


def add_to_set(items: list[dict], path: Path) -> AddedItems:
    """Append evaluation items to a question set (created if missing); ids already in it are left alone.

    The file is rewritten whole through a temporary file, so a crash never leaves half a line.
    """
    from erasbot.evaluation.questions import read_jsonl

    path = Path(path)
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    existing = {str(obj.get("id")) for _, obj in read_jsonl(path)} if text.strip() else set()
    fresh = [i for i in items if str(i["id"]) not in existing]
    if fresh:
        if text and not text.endswith("\n"):
            text += "\n"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".adding-", suffix=".jsonl")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(text + to_jsonl(fresh))
            os.chmod(temporary, path.stat().st_mode & 0o777 if path.exists() else 0o644)
            os.replace(temporary, path)
        except OSError as exc:
            raise ErasbotError(f"cannot add items to {path}: {exc.strerror or exc}") from None
    return AddedItems(
        added=[str(i["id"]) for i in fresh], already_there=[str(i["id"]) for i in items if i not in fresh]
    )
