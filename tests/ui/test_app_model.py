"""The app with a language model configured (a local stub server speaking the OpenAI API)."""

from __future__ import annotations

from conftest import Stub
from test_app import _text, start

from erasbot.ui.runtime import loader


def test_with_a_model_configured_the_chat_streams_its_cited_answer(engine, session_settings, monkeypatch) -> None:

    stub = Stub()
    stub.script = [
        {"tool": "search_guidance", "args": {"query": "kunskapsallians projekttid"}},
        {"text": "Projekten pågår i två till tre år [1]."},
    ]
    monkeypatch.setenv("ERASBOT_DATA_DIR", str(session_settings.data_dir))
    monkeypatch.setenv("ERASBOT_LLM", "stub-model")
    monkeypatch.setenv("ERASBOT_LLM_BASE_URL", stub.url)
    loader.clear()
    try:
        assert loader().wait(180) is not None, loader().state.error
        at = start(ui_lang="en")
        assert "**Language model**" in "\n".join(m.value for m in at.sidebar.markdown)
        at.chat_input[0].set_value("Hur länge pågår en kunskapsallians?").run()
        assert not at.exception
        answer = at.chat_message[-1]
        assert "Projekten pågår i två till tre år" in _text(answer) and len(answer.expander) == 1
        assert any("stub\\-model" in c.value for c in answer.caption)
    finally:
        loader.clear()
        stub.close()
