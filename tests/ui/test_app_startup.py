"""Start-up: the page is drawn at once and says what is loading; the models load once, behind it."""

from __future__ import annotations

import threading

import pytest
from test_app import _text, start

from erasbot.errors import ErasbotError
from erasbot.ui.runtime import Loader, loader


@pytest.fixture
def gated(engine, session_settings, monkeypatch: pytest.MonkeyPatch):
    """A fresh loader whose build waits until the test opens the gate."""
    gate = threading.Event()
    gate.builds = 0
    build = Loader._build

    def waiting(self):
        gate.builds += 1
        assert gate.wait(120)
        return build(self)

    monkeypatch.setattr(Loader, "_build", waiting)
    monkeypatch.setenv("ERASBOT_DATA_DIR", str(session_settings.data_dir))
    loader.clear()
    yield gate
    gate.set()
    loader().wait(120)
    loader.clear()


def test_the_chat_is_drawn_and_takes_a_message_before_the_models_are_loaded(gated: threading.Event) -> None:
    at = start()
    assert not at.exception
    assert at.title[0].value == "Ask about Erasmus+ cooperation" and len(at.chat_input) == 1
    assert "Loading the guidance texts" in at.info[0].value
    assert not at.sidebar.metric, "the index figures come once it is loaded"
    at.chat_input[0].set_value("How long can a Knowledge Alliance last?").run()
    assert [m.name for m in at.chat_message] == ["user"], "the message is shown and waits"
    gated.set()
    assert loader().wait(120) is not None
    at.run()
    assert [m.name for m in at.chat_message] == ["user", "assistant"]
    assert "36" in _text(at.chat_message[-1]) and not at.info


def test_the_consortium_check_works_while_the_models_load(gated: threading.Event) -> None:
    at = start(page="consortium")
    next(b for b in at.button if b.label == "Load an example").click().run()
    next(b for b in at.button if b.label == "Check consortium").click().run()
    assert not at.exception and len(at.error) == 1, "the verdict banner: the checker needs no model"
    assert "Kunskapsallianser" in " ".join(at.table[0].value.iloc[:, -1])


def test_the_models_load_once_for_every_session(gated: threading.Event) -> None:
    first, second = start(), start(page="consortium")
    assert not first.exception and not second.exception
    gated.set()
    runtime = loader().wait(120)
    first.run(), second.run(), start()
    assert gated.builds == 1 and loader().runtime is runtime


def test_a_loading_failure_is_shown_with_its_reason(session_settings, monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(self):
        raise ErasbotError("the index at /data/chroma is corrupt")

    monkeypatch.setattr(Loader, "_build", failing)
    monkeypatch.setenv("ERASBOT_DATA_DIR", str(session_settings.data_dir))
    loader.clear()
    try:
        loader().wait(30)
        at = start()
        assert "the index at /data/chroma is corrupt" in at.error[0].value.replace("\\", "")
    finally:
        loader.clear()
