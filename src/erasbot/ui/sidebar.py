"""The sidebar: interface and answer language, the backend in use and the index (read-only for users)."""

from __future__ import annotations

import streamlit as st

from erasbot.errors import ErasbotError
from erasbot.language import SUPPORTED
from erasbot.ui.format import code, escape
from erasbot.ui.i18n import UI_LANG, browser_language, t
from erasbot.ui.runtime import LANGUAGES, Loader


def render(ld: Loader) -> None:
    with st.sidebar:
        st.selectbox(
            t("interface_language"),
            list(SUPPORTED),
            index=SUPPORTED.index(browser_language()),
            format_func=LANGUAGES.get,
            key=UI_LANG,
        )
        answer_names = {None: t("answer_language_auto")} | LANGUAGES  # labels fixed at drawing time
        st.selectbox(
            t("answer_language"),
            list(answer_names),
            format_func=answer_names.get,
            key="language",
            help=t("answer_language_help"),
        )
        rt = ld.runtime
        if rt is None:
            st.caption(t("loading_models"))
            return
        _backend(rt)
        _index(rt)


def _backend(rt) -> None:
    st.subheader(t("answers"))
    if rt.assistant.agent is None:
        st.markdown(t("backend_offline"))
        st.caption(t("backend_offline_help"))
    else:
        st.markdown(t("backend_model", model=code(rt.assistant.agent.name)))
        st.caption(t("backend_model_help", seconds=f"{rt.settings.llm_timeout:g}"))


def _index(rt) -> None:
    st.subheader(t("index"))
    try:
        status = rt.engine.status()
    except ErasbotError as exc:  # e.g. the Chroma server went away: say so, keep the page up
        st.warning(escape(str(exc)))
        return
    left, right = st.columns(2)
    left.metric(t("documents"), status.documents)
    right.metric(t("passages"), status.chunks)
    st.caption(t("embedding_model", model=code(status.embedding_model)))
