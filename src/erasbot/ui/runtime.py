"""The app's long-lived parts, built once per process (st.cache_resource) and shared by sessions."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import streamlit as st

from erasbot.chat.agent import make_agent
from erasbot.chat.assistant import Assistant
from erasbot.errors import ErasbotError
from erasbot.evaluation.feedback import FeedbackStore
from erasbot.guidance.engine import Engine
from erasbot.guidance.index import SyncReport
from erasbot.language import NATIVE_NAMES
from erasbot.rules.checker import load_actions
from erasbot.settings import Settings, load_settings

WARM_UP_QUESTION = "How many organisations must a Knowledge Alliance have?"
LANGUAGES = NATIVE_NAMES


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    assistant: Assistant
    feedback: FeedbackStore
    ready: bool = False  # the index matches the documents
    report: SyncReport | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)


def _warm_up(engine: Engine) -> None:
    """Load what the first question and the first check would otherwise load (language models, rule tables)."""
    from erasbot.language import warm_up

    warm_up()
    load_actions()  # loads and validates the rule tables


@st.cache_resource(show_spinner="Loading the models…")
def runtime() -> Runtime:
    """Settings, engine, assistant and feedback store: built once, from the environment."""
    settings = load_settings()
    engine = Engine(settings)
    _warm_up(engine)
    return Runtime(
        settings, engine, Assistant(engine, make_agent(settings, engine)), FeedbackStore(settings.feedback_db)
    )


def ensure_ready(rt: Runtime) -> None:
    """Build or update the index once per process, with a progress bar when there is work to do."""
    if rt.ready:
        return
    with rt.lock:
        if rt.ready:
            return
        slot = st.empty()

        def progress(done: int, total: int) -> None:
            with slot.container():
                st.subheader("Preparing the guidance texts")
                st.caption(
                    "The search index is built on the first start and after documents change; it takes a moment."
                )
                st.progress(done / max(total, 1), text=f"Indexed {done} of {total} passages and sentences")

        rt.report = rt.engine.ensure_index(progress)
        try:
            rt.engine.ask(WARM_UP_QUESTION, language="en")  # loads the sentence vectors the first answer needs
        except ErasbotError:
            pass
        slot.empty()
        rt.ready = True


def language_choice() -> str | None:
    """The answer language picked in the sidebar, or None to detect it from each message."""
    return st.session_state.get("language") or None
