"""The chat page's "Your documents", driven by AppTest: attach, ask, see it cited, remove; another session
never sees it; a refused file is refused in the interface language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from streamlit.testing.v1 import AppTest
from test_app import start

from erasbot.ui.runtime import Loader, loader

CALL = """# Nationell utlysning: kunskapsallianser i Norrbotten 2027

Den nationella utlysningen för kunskapsallianser i Norrbotten öppnar den 3 mars 2027.

## Sista ansökningsdag

Sista ansökningsdag för Norrbottens utlysning är den 14 april 2027 klockan 12.
""".encode()
QUESTION = "När är sista ansökningsdag för utlysningen i Norrbotten?"
TITLE = "Nationell utlysning: kunskapsallianser i Norrbotten 2027"


@pytest.fixture(scope="module")
def own_loader(engine, session_settings) -> Iterator[Loader]:
    with pytest.MonkeyPatch.context() as env:
        env.setenv("ERASBOT_DATA_DIR", str(session_settings.data_dir))
        env.delenv("ERASBOT_ADMIN_PASSWORD", raising=False)
        env.delenv("ERASBOT_LLM", raising=False)
        loader.clear()
        ready = loader()
        assert ready.wait(180) is not None, ready.state.error
        yield ready
    loader.clear()


def _plain(markdown: str) -> str:
    return markdown.replace("\\", "")


def _attach(at: AppTest, name: str, data: bytes, mime: str = "text/markdown") -> AppTest:
    at.file_uploader(key=_uploader_key(at)).set_value((name, data, mime))
    return at.run()


def _uploader_key(at: AppTest) -> str:
    return next(u.key for u in at.sidebar.file_uploader if u.key and u.key.startswith("own-upload"))


def _sources(at: AppTest) -> list[str]:
    return [_plain(s.value) for s in at.subheader if s.value.startswith("\\[")]


def test_an_attached_document_is_listed_answers_and_is_cited_as_the_users_own(own_loader) -> None:
    at = start(ui_lang="sv")
    at = _attach(at, "norrbotten.md", CALL)
    assert not at.exception
    assert any(TITLE in _plain(s.value) for s in at.sidebar.success)
    assert any(TITLE in _plain(m.value) for m in at.sidebar.markdown)
    assert "2 avsnitt, bara för dig" in [c.value for c in at.sidebar.caption]
    assert at.sidebar.metric[0].value == "5"  # the organisation's corpus is as it was
    at.chat_input[0].set_value(QUESTION).run()
    answer = _plain(at.chat_message[1].markdown[0].value)
    assert "14 april 2027" in answer and "ditt eget dokument" in answer
    assert any(":material/attach_file:" in s and TITLE in s for s in _sources(at))


def test_another_session_does_not_get_the_document(own_loader) -> None:
    first = _attach(start(ui_lang="sv"), "norrbotten.md", CALL)
    assert first.session_state["own_documents"].ids == ["own:norrbotten"]
    other = start(ui_lang="sv")
    other.chat_input[0].set_value(QUESTION).run()
    assert "14 april 2027" not in _plain(other.chat_message[1].markdown[0].value)
    assert not any(":material/attach_file:" in s for s in _sources(other))
    assert not any(TITLE in _plain(m.value) for m in other.sidebar.markdown)


def test_a_new_chat_keeps_the_document_and_remove_takes_it_out(own_loader) -> None:
    at = _attach(start(ui_lang="en"), "norrbotten.md", CALL)
    at.chat_input[0].set_value(QUESTION).run()
    next(b for b in at.button if b.label == "New chat").click().run()
    assert [m.name for m in at.chat_message] == ["assistant"]  # the conversation is gone: the welcome again
    at.chat_input[0].set_value(QUESTION).run()
    assert "14 april 2027" in _plain(at.chat_message[1].markdown[0].value)  # the document is not
    next(b for b in at.sidebar.button if b.key == "own-remove-own:norrbotten").click().run()
    assert any("Removed" in s.value for s in at.sidebar.success)
    assert not at.session_state["own_documents"]
    at.chat_input[0].set_value(QUESTION).run()
    assert "14 april 2027" not in _plain(at.chat_message[-1].markdown[0].value)


@pytest.mark.parametrize(
    "ui_lang, expected",
    [("en", "at most 2 MB can be attached"), ("fi", "enintään 2 MB voi liittää")],
)
def test_a_file_over_the_limit_is_refused_in_the_interface_language(own_loader, ui_lang, expected) -> None:
    at = _attach(start(ui_lang=ui_lang), "huge.txt", b"word " * 500_000, "text/plain")
    assert not at.exception
    assert any(expected in _plain(e.value) for e in at.sidebar.error)
    assert "own_documents" not in at.session_state or not at.session_state["own_documents"]


def test_feedback_on_an_answer_from_ones_own_document_keeps_what_the_document_says_private(
    own_loader, session_settings
) -> None:
    from erasbot.evaluation.feedback import FeedbackStore

    at = _attach(start(ui_lang="sv"), "norrbotten.md", CALL)
    at.chat_input[0].set_value(QUESTION).run()
    store = FeedbackStore(session_settings.feedback_db)
    before = len(store.all())
    at.feedback[0].set_value(0).run()
    vote = store.all()[before]
    assert vote.question == QUESTION, "the user's own words are the feedback"
    assert "14 april 2027" not in vote.answer and "eget dokument" in vote.answer
    assert not any(d.startswith("own:") for d in [*vote.cited_docs, *vote.retrieved])
