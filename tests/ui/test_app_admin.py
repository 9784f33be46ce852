"""The admin page: only with ERASBOT_ADMIN_PASSWORD set and given; the corpus and all feedback live there."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from streamlit.testing.v1 import AppTest
from test_app import _text, open_page, start

from erasbot.guidance.documents import Library
from erasbot.ui.admin import password_matches
from erasbot.ui.runtime import Loader, loader

PASSWORD = "correct horse battery staple"
DEADLINE_DOC = b"""Knowledge Alliances call 2026

The deadline for Knowledge Alliances applications is 26 February 2026 at 12:00 Brussels time.
"""


@pytest.fixture(scope="module")
def admin_loader(engine, session_settings, tmp_path_factory) -> Iterator[Loader]:
    """A runtime over a copy of the built index (documents get added here), with an admin password set."""
    data = tmp_path_factory.mktemp("admin") / "data"
    shutil.copytree(session_settings.data_dir, data)
    with pytest.MonkeyPatch.context() as env:
        env.setenv("ERASBOT_DATA_DIR", str(data))
        env.setenv("ERASBOT_ADMIN_PASSWORD", PASSWORD)
        loader.clear()
        ready = loader()
        assert ready.wait(180) is not None, ready.state.error
        yield ready
    loader.clear()


def _signed_in(at: AppTest, password: str = PASSWORD) -> AppTest:
    at.text_input(key="admin_password").input(password)
    next(b for b in at.button if b.label == "Sign in").click().run()
    return at


def test_the_password_is_compared_whole_and_never_matches_when_unset() -> None:
    assert password_matches(PASSWORD, PASSWORD)
    assert not password_matches(PASSWORD[:-1], PASSWORD)
    assert not password_matches("", None) and not password_matches("", "")


def test_without_the_password_the_admin_page_shows_only_the_sign_in(admin_loader) -> None:
    at = start(page="admin")
    assert at.title[0].value == "Administration"
    assert not at.dataframe and not at.file_uploader and "Re-index documents" not in [b.label for b in at.button]
    _signed_in(at, "wrong password")
    assert at.error[0].value == "Wrong password."
    assert not at.dataframe and not at.file_uploader


def test_with_the_password_the_admin_sees_the_documents_and_can_reindex(admin_loader) -> None:
    at = _signed_in(start(page="admin"))
    assert not at.exception and not at.error
    documents = at.dataframe[0].value
    assert "knowledge-alliances" in set(documents.iloc[:, 0]) and len(documents) == 5
    assert "admin_password" not in at.session_state or at.session_state["admin_password"] == ""
    next(b for b in at.button if b.label == "Re-index documents").click().run()
    assert any("0 embedded" in s.value for s in at.success)


def test_a_document_the_admin_adds_changes_the_answers_of_every_user(admin_loader) -> None:
    question = "What is the deadline for Knowledge Alliances?"
    before = start()
    before.chat_input[0].set_value(question).run()
    assert "do not cover" in _text(before.chat_message[-1]), "no bundled text gives a deadline"
    at = _signed_in(start(page="admin"))
    at.file_uploader(key="doc_upload").upload("ka-call-2026.txt", DEADLINE_DOC, "text/plain").run()
    at.selectbox(key="doc_language").set_value("en").run()
    next(b for b in at.button if b.label == "Add and re-index").click().run(timeout=120)
    assert not at.exception and not at.error
    assert "ka-call-2026" in set(at.dataframe[0].value.iloc[:, 0])
    assert any("Added" in s.value for s in at.success)
    user = start()  # another session, no password
    user.chat_input[0].set_value(question).run()
    assert "do not cover" not in _text(user.chat_message[-1]), "the organisation's document is answered from"


@pytest.mark.skipif(
    not hasattr(Library, "remove_user_document"),
    reason="Library.remove_user_document is not in this branch yet (the reliability branch adds it)",
)
def test_the_admin_removes_a_document_and_it_is_no_longer_answered_from(admin_loader) -> None:
    at = _signed_in(start(page="admin"))
    at.file_uploader(key="doc_upload").upload("to-remove.txt", DEADLINE_DOC, "text/plain").run()
    next(b for b in at.button if b.label == "Add and re-index").click().run(timeout=120)
    at.selectbox(key="doc_remove").set_value("to-remove").run()
    next(b for b in at.button if b.label == "Remove and re-index").click().run(timeout=120)
    assert not at.exception and "to-remove" not in set(at.dataframe[0].value.iloc[:, 0])


def test_every_users_feedback_is_read_on_the_admin_page(admin_loader) -> None:
    user = start()
    user.chat_input[0].set_value("How long can a Knowledge Alliance last?").run()
    user.feedback[0].set_value(0).run()
    user.text_input(key="reason-0").input("should mention the extension").run()
    at = _signed_in(start(page="admin"))
    votes = at.dataframe[-1].value
    assert "should mention the extension" in set(votes["Reason"])
    assert "How long can a Knowledge Alliance last?" in set(votes["Question"])
    assert [d.label for d in at.get("download_button")] == ["Liked answers as evaluation items", "All votes, to review"]


def test_thumbs_down_answers_the_admin_adds_to_a_set_are_offered_for_the_next_run(admin_loader) -> None:
    from erasbot.evaluation.feedback import Feedback, FeedbackStore

    settings = admin_loader.settings
    shutil.rmtree(settings.evals_dir, ignore_errors=True)
    FeedbackStore(settings.feedback_db).add(
        Feedback(rating=-1, question="Hur många partner krävs?", language="sv", answer="Tre.", abstained=False)
    )
    at = _signed_in(start(page="admin"))
    next(b for b in at.button if b.label == "Add 👎 answers to the feedback set").click().run()
    assert not at.exception and [s.value.startswith("Added ") for s in at.success] == [True]
    assert "Hur många partner krävs?" in (settings.evals_dir / "feedback.jsonl").read_text(encoding="utf-8")
    at = open_page(at, "evaluation")
    assert "feedback.jsonl" in at.selectbox(key="eval_questions").options
    shutil.rmtree(settings.evals_dir, ignore_errors=True)


def test_the_admin_page_is_in_the_navigation_when_a_password_is_set(admin_loader) -> None:
    at = open_page(start(), "admin")
    assert at.title[0].value == "Administration" and not at.exception
