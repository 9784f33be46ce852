"""Users' thumbs up/down on answers, kept in a local SQLite file and exportable as evaluation items.

Each vote stores what was asked, what was retrieved, what was answered and the
settings in force, so a disliked answer can be replayed and a liked one can
become a regression item in the questions.jsonl format (see questions.py); add_to_set puts
exported items into a question set so the next evaluation run includes them.
"""

from __future__ import annotations

import json
import os
import random
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


BUSY_SECONDS = 30.0  # how long a writer waits for another one before giving up
ATTEMPTS = 3


class FeedbackStore:
    """The feedback table in one SQLite file (created on first use).

    The file is in WAL mode and every write takes the write lock up front (BEGIN IMMEDIATE) and
    waits for other writers, so concurrent sessions and processes lose no vote. A database that is
    read-only, corrupt or busy gives an ErasbotError saying so; the file is never changed or moved.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._ready = False

    @contextmanager
    def _connect(self, write: bool = False) -> Iterator[sqlite3.Connection]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise ErasbotError(f"{self.path}: cannot open the feedback database ({exc})") from exc
        try:
            # WAL with NORMAL sync: a commit no longer waits for a disk flush, so writers hold the lock
            # for microseconds and none of them starves under load; the file stays consistent on a crash
            connection.execute("PRAGMA synchronous=NORMAL")
            self._prepare(connection, write)
            connection.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            yield connection
            connection.execute("COMMIT")
        except sqlite3.Error as exc:
            if connection.in_transaction:
                connection.rollback()
            raise ErasbotError(_explain(self.path, exc, write)) from exc
        finally:
            connection.close()

    def _prepare(self, connection: sqlite3.Connection, write: bool) -> None:
        """WAL mode and the table, once per store; a read-only file can still be read."""
        if self._ready:
            return
        try:
            if connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                connection.execute("PRAGMA journal_mode=WAL")
            connection.execute(SCHEMA)
        except sqlite3.OperationalError as exc:
            if write or "readonly" not in str(exc):
                raise
            return
        self._ready = True

    def _write(self, work) -> object:
        """Run `work(connection)` in a write transaction, again when the database stayed busy."""
        for attempt in range(ATTEMPTS):
            try:
                with self._connect(write=True) as db:
                    return work(db)
            except ErasbotError as exc:
                busy = isinstance(exc.__cause__, sqlite3.OperationalError) and "locked" in str(exc.__cause__)
                if not busy or attempt == ATTEMPTS - 1:
                    raise
                time.sleep(random.uniform(0.05, 0.25) * (attempt + 1))  # apart from the writers it met
        raise AssertionError("unreachable")

    def add(self, item: Feedback) -> int:
        """Store a vote; returns its id."""
        if item.rating not in (-1, 1):
            raise ErasbotError(f"a rating is +1 or -1, not {item.rating!r}")

        def insert(db: sqlite3.Connection) -> int:
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

        return int(self._write(insert))  # type: ignore[call-overload]

    def update(self, feedback_id: int, rating: int | None = None, reason: str | None = None) -> None:
        """Change a stored vote (the user flips the thumb or adds a reason afterwards)."""
        if rating is not None and rating not in (-1, 1):
            raise ErasbotError(f"a rating is +1 or -1, not {rating!r}")

        def change(db: sqlite3.Connection) -> None:
            if rating is not None:
                db.execute("UPDATE feedback SET rating = ? WHERE id = ?", (rating, feedback_id))
            if reason is not None:
                db.execute("UPDATE feedback SET reason = ? WHERE id = ?", (reason.strip(), feedback_id))

        self._write(change)

    def all(self) -> list[Feedback]:
        """Every vote, oldest first."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT id, created, rating, reason, question, resolved, language, retrieved, cited_docs,"
                " answer, abstained, settings FROM feedback ORDER BY id"
            ).fetchall()
        try:
            return [_row(r) for r in rows]
        except (ValueError, TypeError) as exc:
            raise ErasbotError(
                f"{self.path}: a stored vote cannot be read ({exc}); the file was left as it is"
            ) from exc

    def export_items(self, include_disliked: bool = False) -> list[dict]:
        """Votes as evaluation items (questions.jsonl): liked answers are ready to use; disliked ones
        (with ``include_disliked``) carry the vote and reason under ``feedback`` for a reviewer to complete."""
        return [as_eval_item(f) for f in self.all() if f.rating > 0 or include_disliked]

    def disliked_items(self) -> list[dict]:
        """The thumbs-down answers as evaluation items, each carrying its vote, reason and answer."""
        return [as_eval_item(f) for f in self.all() if f.rating < 0]


def _row(r: tuple) -> Feedback:
    return Feedback(
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


def _explain(path: Path, exc: sqlite3.Error, write: bool) -> str:
    """What went wrong with the feedback database, and what to do without losing the votes in it."""
    text = str(exc)
    lost = "this vote was not saved; " if write else ""
    if "readonly" in text or "read-only" in text:
        return f"{path}: the feedback database is read-only ({text}); {lost}make the file and its folder writable"
    if "locked" in text or "busy" in text:
        return f"{path}: the feedback database stayed busy for {BUSY_SECONDS:g} s ({text}); {lost}try again"
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError) or "malformed" in text:
        return (
            f"{path}: not a readable feedback database ({text}); {lost}the file was left as it is: rename it "
            "(e.g. to feedback.sqlite3.bad) to start a new one and keep the old votes for recovery"
        )
    return f"{path}: feedback database error ({text}); {lost}the file was left as it is"


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
    from erasbot.datafiles import read_jsonl

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
