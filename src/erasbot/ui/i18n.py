"""The interface language: chosen in the sidebar, else the browser's; every string the app shows comes from here."""

from __future__ import annotations

from typing import Any

import streamlit as st

from erasbot.language import SUPPORTED
from erasbot.phrases import say

UI_LANG = "ui_lang"  # the session-state key of the sidebar's interface-language choice


def locale_language(locale: str | None) -> str:
    """The interface language for a browser locale ("sv-SE", "fi", "nl-BE"): English when erasbot does not speak it."""
    code = (locale or "").replace("_", "-").split("-")[0].strip().lower()
    return code if code in SUPPORTED else "en"


def browser_language() -> str:
    try:
        return locale_language(st.context.locale)
    except Exception:  # noqa: BLE001 - outside a browser session (tests, bare mode) there is no locale
        return "en"


def interface_language() -> str:
    """The language the interface is shown in for this session."""
    chosen = st.session_state.get(UI_LANG)
    return chosen if chosen in SUPPORTED else browser_language()


def t(key: str, n: int | None = None, **values: Any) -> str:
    """The interface phrase `key` (under ``ui.`` in the phrase table) in the session's interface language."""
    return say(interface_language(), f"ui.{key}", n, **values)


def action_title(action: str, lang: str | None = None) -> str:
    """An action's one name in the interface: the checker's title, in the given or the interface language."""
    from erasbot.rules import ACTIONS

    info = ACTIONS.get(action)
    lang = lang or interface_language()
    return info.title.get(lang, info.title["en"]) if info else action


def metric_label(metric: str) -> str:
    """An evaluation metric's name in the interface language (hit@k and MRR are names and stay as they are)."""
    return t("metric_" + metric.replace("@", ""))
