"""Reliability: nothing written is lost when many processes add documents or votes at once, and a bad
manifest, a clashing name, a missing file or a broken feedback database gets a message, not a traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from erasbot.errors import ErasbotError
from erasbot.evaluation.feedback import Feedback, FeedbackStore
from erasbot.guidance.documents import Library
from erasbot.settings import REPO_ROOT, load_settings

SRC = str(REPO_ROOT / "src")
TEXT = "Jean Monnet Actions support teaching and research on the European Union. "


def _settings(data: Path):
    return load_settings({"ERASBOT_DATA_DIR": str(data), "ERASBOT_CORPUS_DIR": str(REPO_ROOT / "corpus")})


def _together(code: str, args: list[list[str]], start: Path, timeout: float = 120) -> list[str]:
    """Run `code` in one process per argument list, released at the same moment; their stderr if any failed."""
    waiting = f"import time, pathlib\nwhile not pathlib.Path({str(start)!r}).exists(): time.sleep(0.005)\n"
    env = os.environ | {"PYTHONPATH": SRC}
    procs = [
        subprocess.Popen([sys.executable, "-c", waiting + textwrap.dedent(code), *a], env=env, stderr=subprocess.PIPE)
        for a in args
    ]
    time.sleep(1.0)  # let them all reach the starting line
    start.touch()
    failures = []
    for proc in procs:
        _, stderr = proc.communicate(timeout=timeout)
        if proc.returncode:
            failures.append(stderr.decode())
    return failures


ADD = """
import sys
from pathlib import Path
from erasbot.guidance.documents import Library
from erasbot.settings import load_settings
Library(load_settings({"ERASBOT_DATA_DIR": sys.argv[1]})).add_user_document(Path(sys.argv[2]), "en")
"""


def test_twelve_processes_adding_documents_at_once_lose_no_manifest_entry(tmp_path: Path) -> None:
    for trial in range(5):
        data, sources = tmp_path / f"data-{trial}", tmp_path / f"src-{trial}"
        sources.mkdir()
        files = []
        for n in range(12):
            files.append(sources / f"doc-{n}.txt")
            files[-1].write_text(f"Document {n}\n\n{TEXT * 3}", encoding="utf-8")
        failures = _together(ADD, [[str(data), str(f)] for f in files], tmp_path / f"go-{trial}")
        assert failures == []
        ids = {d.id for d in Library(_settings(data)).documents()}
        assert {f"doc-{n}" for n in range(12)} <= ids, (
            f"trial {trial}: lost {12 - len(ids & {f'doc-{n}' for n in range(12)})}"
        )


def test_a_reader_never_sees_a_half_written_manifest(tmp_path: Path) -> None:
    library = Library(_settings(tmp_path / "data"))
    errors: list[Exception] = []
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            try:
                library.listing()
            except ErasbotError as exc:
                errors.append(exc)

    reader = threading.Thread(target=read)
    reader.start()
    for n in range(30):
        source = tmp_path / f"note-{n}.txt"
        source.write_text(f"Note {n}\n\n{TEXT}", encoding="utf-8")
        library.add_user_document(source, "en")
    done.set()
    reader.join(timeout=10)
    assert errors == [] and len([d for d in library.listing() if not d.bundled]) == 30


def test_the_same_file_name_from_two_folders_keeps_both_documents(tmp_path: Path) -> None:
    library = Library(_settings(tmp_path / "data"))
    for folder, name, body in (("a", "same.txt", "First"), ("b", "same.txt", "Second"), ("a", "Same.md", "Third")):
        (tmp_path / folder).mkdir(exist_ok=True)
        (tmp_path / folder / name).write_text(f"{body} document\n\n{TEXT}", encoding="utf-8")
    ids = [library.add_user_document(tmp_path / f, "en").id for f in ("a/same.txt", "b/same.txt", "a/Same.md")]
    assert ids == ["same", "same-2", "same-3"]
    user = [d for d in library.listing() if not d.bundled]
    assert [d.info.title for d in user] == ["First document", "Second document", "Third document"]
    assert all(d.path.is_file() for d in user)
    assert library.add_user_document(tmp_path / "a/same.txt", "en").id == "same", "adding it again changes nothing"
    assert len([d for d in library.listing() if not d.bundled]) == 3


def test_a_removed_document_leaves_no_entry_and_no_file(tmp_path: Path) -> None:
    library = Library(_settings(tmp_path / "data"))
    source = tmp_path / "guide.txt"
    source.write_text(f"Guide\n\n{TEXT}", encoding="utf-8")
    info = library.add_user_document(source, "en")
    copied = library.settings.user_documents_dir / info.file
    assert library.remove_user_document("guide").id == "guide"
    assert not copied.exists() and "guide" not in {d.id for d in library.documents()}
    with pytest.raises(ErasbotError, match="no user document 'guide'"):
        library.remove_user_document("guide")
    with pytest.raises(ErasbotError, match="bundled document"):
        library.remove_user_document("knowledge-alliances")


def test_a_document_whose_file_was_deleted_is_skipped_and_reported(tmp_path: Path) -> None:
    library = Library(_settings(tmp_path / "data"))
    source = tmp_path / "gone.txt"
    source.write_text(f"Gone\n\n{TEXT}", encoding="utf-8")
    info = library.add_user_document(source, "en")
    (library.settings.user_documents_dir / info.file).unlink()
    assert "gone" not in {d.id for d in library.documents()}
    assert [m.info.id for m in library.missing] == ["gone"]
    assert library.chunks(), "the other documents still load"


@pytest.mark.parametrize(
    "content, expected",
    [
        ("[1, 2]", "expected an object"),
        ('{"documents": [1, 2]}', "entry 1 is not an object"),
        ('{"documents": [{"id": "x"', "not valid JSON"),
        ('{"documents": {"id": "x"}}', "found dict"),
        ('{"documents": [{"id": "x", "title": "T", "language": "en", "file": 5}]}', "file must be text"),
        ('{"documents": [{"id": "x", "title": "T", "language": "en", "file": "x.txt", "actions": 3}]}', "actions"),
        ('{"documents": [{"id": "x", "language": "en", "file": "x.txt"}]}', "lacks the field 'title'"),
    ],
)
def test_a_broken_user_manifest_is_named_with_what_to_do(tmp_path: Path, content: str, expected: str) -> None:
    library = Library(_settings(tmp_path / "data"))
    library.settings.user_documents_dir.mkdir(parents=True)
    (library.settings.user_documents_dir / "manifest.json").write_text(content, encoding="utf-8")
    with pytest.raises(ErasbotError, match=expected) as caught:
        library.documents()
    assert "manifest.json" in str(caught.value) and "fix or remove" in str(caught.value)


def test_a_binary_file_is_refused_as_a_document(tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 200)
    with pytest.raises(ErasbotError, match="does not look like text"):
        Library(_settings(tmp_path / "data")).add_user_document(binary, "en")


# -- feedback -------------------------------------------------------------------------------------


def _vote(n: int) -> Feedback:
    return Feedback(rating=1, question=f"question {n}", language="en", answer="an answer", abstained=False)


VOTE = """
import sys
from erasbot.evaluation.feedback import Feedback, FeedbackStore
store = FeedbackStore(sys.argv[1])
for n in range(200):
    store.add(Feedback(rating=1, question=f"{sys.argv[2]}-{n}", language="en", answer="a", abstained=False))
"""


def test_eight_processes_writing_two_hundred_votes_each_lose_none(tmp_path: Path) -> None:
    path = tmp_path / "feedback.sqlite3"
    failures = _together(VOTE, [[str(path), f"p{p}"] for p in range(8)], tmp_path / "go")
    assert failures == []
    questions = {v.question for v in FeedbackStore(path).all()}
    assert len(questions) == 1600


def test_sixteen_threads_adding_and_updating_lose_no_vote(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "feedback.sqlite3")
    errors: list[Exception] = []

    def work(t: int) -> None:
        try:
            for n in range(25):
                vote = store.add(_vote(t * 100 + n))
                store.update(vote, rating=-1, reason=f"thread {t}")
        except ErasbotError as exc:  # a busy database: the very failure this test is about
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    votes = store.all()
    assert errors == [] and len(votes) == 400 and all(v.rating == -1 and v.reason for v in votes)


def test_a_read_only_database_is_still_readable_and_a_vote_is_refused_without_harm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "feedback.sqlite3"
    FeedbackStore(path).add(_vote(1))
    connect = sqlite3.connect
    # opened read-only as SQLite itself does for a file it may not write (chmod is no test when run as root)
    monkeypatch.setattr(sqlite3, "connect", lambda p, **kw: connect(f"file:{p}?mode=ro", uri=True, **kw))
    store = FeedbackStore(path)
    assert [v.question for v in store.all()] == ["question 1"]
    with pytest.raises(ErasbotError, match="read-only") as caught:
        store.add(_vote(2))
    assert "move the file away" not in str(caught.value) and "not saved" in str(caught.value)
    monkeypatch.undo()
    assert [v.question for v in FeedbackStore(path).all()] == ["question 1"]


def test_a_corrupt_database_is_reported_and_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "feedback.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(ErasbotError, match="not a readable feedback database") as caught:
        FeedbackStore(path).all()
    assert "rename it" in str(caught.value)
    assert path.read_bytes() == b"this is not a database" * 100
