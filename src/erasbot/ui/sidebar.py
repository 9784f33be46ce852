"""The sidebar: answer language, the backend in use, index status, re-indexing and adding documents."""

from __future__ import annotations

import tempfile
from pathlib import Path

import streamlit as st

from erasbot.errors import ErasbotError
from erasbot.guidance.documents import SUPPORTED_SUFFIXES
from erasbot.ui.format import code, escape
from erasbot.ui.runtime import LANGUAGES, Runtime

AUTO = "Detect from each message"


def render(rt: Runtime) -> None:
    with st.sidebar:
        st.selectbox(
            "Answer language",
            [None, *LANGUAGES],
            format_func=lambda code: AUTO if code is None else LANGUAGES[code],
            key="language",
            help="Answers and checks are given in the language of your message unless you choose one here.",
        )
        _backend(rt)
        _index(rt)
        _add_document(rt)


def _backend(rt: Runtime) -> None:
    st.subheader("Answers")
    if rt.assistant.agent is None:
        st.markdown("**Offline** · grounded extracts from the guidance texts, no language model")
        st.caption("Set ERASBOT_LLM (and ERASBOT_LLM_BASE_URL for an OpenAI-compatible server) to use a model.")
    else:
        st.markdown(f"**Language model** · {code(rt.assistant.agent.name)}")
        st.caption(f"Falls back to the offline answer after {rt.settings.llm_timeout:g} s or on an error.")


def _index(rt: Runtime) -> None:
    st.subheader("Index")
    status = rt.engine.status()
    left, right = st.columns(2)
    left.metric("Documents", status.documents)
    right.metric("Passages", status.chunks)
    st.caption(f"Embedding model: {code(status.embedding_model)}")
    if rt.report is not None and rt.report.embedded:
        st.caption(f"Indexed {rt.report.embedded} new passages and sentences in {rt.report.seconds:.1f} s.")
    if st.button("Re-index documents", icon=":material/refresh:", width="stretch"):
        _reindex(rt)


def _reindex(rt: Runtime) -> None:
    bar = st.progress(0.0, text="Reading documents…")

    def progress(done: int, total: int) -> None:
        bar.progress(done / max(total, 1), text=f"{done} of {total} passages and sentences")

    try:
        with rt.lock:
            report = rt.engine.ingest(progress)
    except ErasbotError as exc:
        bar.empty()
        st.error(escape(str(exc)))
        return
    rt.report = report
    bar.empty()
    st.toast(f"Index up to date: {report.embedded} embedded, {report.unchanged} unchanged, {report.removed} removed.")


def _add_document(rt: Runtime) -> None:
    with st.expander("Add a document"):
        upload = st.file_uploader("Guidance text", type=[s.lstrip(".") for s in sorted(SUPPORTED_SUFFIXES)])
        language = st.selectbox("Its language", list(LANGUAGES), format_func=LANGUAGES.get, key="doc_language")
        if st.button("Add and re-index", disabled=upload is None, width="stretch") and upload is not None:
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / Path(upload.name).name
                path.write_bytes(upload.getvalue())
                try:
                    info = rt.engine.library.add_user_document(path, language)
                except ErasbotError as exc:
                    st.error(escape(str(exc)))
                    return
            st.success(f"Added “{escape(info.title)}”.")
            _reindex(rt)
