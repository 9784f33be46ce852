"""The app's long-lived parts, built once per process in a background thread and shared by sessions.

The page shell renders at once; the models and the index load behind it. A Loader says how far
loading got (for the status the page shows) and hands out the Runtime when it is ready. Nothing
heavy (Chroma, the embedding model, LangChain) is imported before the thread starts, so the first
page does not wait for imports either.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import streamlit as st

from erasbot.language import NATIVE_NAMES
from erasbot.settings import Settings, load_settings

if TYPE_CHECKING:
    from erasbot.chat.assistant import Assistant
    from erasbot.evaluation.feedback import FeedbackStore
    from erasbot.guidance.engine import Engine
    from erasbot.guidance.index import SyncReport

WARM_UP_QUESTION = "How many organisations must a Knowledge Alliance have?"
LANGUAGES = NATIVE_NAMES


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    assistant: Assistant
    feedback: FeedbackStore
    report: SyncReport | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)  # one re-index at a time


@dataclass
class Loading:
    """How far loading got: a stage (a phrase key under ui.loading_), progress while indexing, or an error."""

    stage: str = "models"
    done: int = 0
    total: int = 0
    error: str | None = None


class Loader:
    """Builds the Runtime once, in a thread of its own; pages ask it whether the runtime is ready."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.state = Loading()
        self.started = time.perf_counter()
        self.seconds: float | None = None  # how long loading took, once ready
        self._runtime: Runtime | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._load, name="erasbot-loader", daemon=True)
        self._starting = threading.Lock()

    def start(self) -> None:
        """Start loading (once); app.py calls it after drawing the first page, so the two do not compete."""
        with self._starting:
            if self._thread.ident is None:
                self.started = time.perf_counter()
                self._thread.start()

    @property
    def runtime(self) -> Runtime | None:
        """The runtime when it is ready, else None."""
        return self._runtime if self._ready.is_set() else None

    def wait(self, timeout: float | None = None) -> Runtime | None:
        """Start loading if needed and block until it ended; None when it failed or timed out."""
        self.start()
        self._thread.join(timeout)
        return self.runtime

    def _load(self) -> None:
        from erasbot.errors import ErasbotError

        try:
            self._runtime = self._build()
            self.seconds = time.perf_counter() - self.started
            self._ready.set()
            self.state.stage = "warming"
            _warm_up(self._runtime)
            self.state.stage = "ready"
        except ErasbotError as exc:
            self.state.error = str(exc)
        except Exception as exc:  # noqa: BLE001 - shown on the page instead of a thread dying silently
            self.state.error = f"{type(exc).__name__}: {exc}"

    def _build(self) -> Runtime:
        from erasbot.chat.agent import make_agent
        from erasbot.chat.assistant import Assistant
        from erasbot.evaluation.feedback import FeedbackStore
        from erasbot.guidance.engine import Engine

        engine = Engine(self.settings)
        self.state.stage = "index"

        def progress(done: int, total: int) -> None:
            self.state.done, self.state.total = done, total

        report = engine.ensure_index(progress)
        return Runtime(
            self.settings,
            engine,
            Assistant(engine, make_agent(self.settings, engine)),
            FeedbackStore(self.settings.feedback_db),
            report,
        )


def _warm_up(rt: Runtime) -> None:
    """Load what the first question and the first check would otherwise load (language models, rule tables)."""
    from erasbot.errors import ErasbotError
    from erasbot.language import warm_up
    from erasbot.rules.checker import load_actions

    load_actions()  # loads and validates the rule tables
    try:
        rt.engine.ask(WARM_UP_QUESTION, language="en")  # loads the sentence vectors the first answer needs
    except ErasbotError:
        pass
    warm_up()


@st.cache_resource(show_spinner=False)
def loader() -> Loader:
    """The process's one loader (its settings read from the environment); the first session starts it."""
    return Loader(load_settings())


def runtime() -> Runtime | None:
    """The runtime when it is ready, else None (the page shows the loading status)."""
    return loader().runtime


def language_choice() -> str | None:
    """The answer language picked in the sidebar, or None to take each message's own language."""
    return st.session_state.get("language") or None
