"""What a page shows while the guidance texts load: the stage, progress while indexing, or the error."""

from __future__ import annotations

import streamlit as st

from erasbot.ui import format as fmt
from erasbot.ui.i18n import t
from erasbot.ui.runtime import Loader, Runtime, loader

POLL_SECONDS = 0.5


def ready_runtime() -> Runtime | None:
    """The runtime, or None after drawing the loading status (which re-runs the page once loading ends)."""
    ld = loader()
    rt = ld.runtime
    if rt is None:
        status(ld)
    return rt


def status(ld: Loader) -> None:
    if ld.state.error:
        st.error(fmt.escape(t("loading_failed", reason=ld.state.error)), icon=":material/error:")
        return

    @st.fragment(run_every=POLL_SECONDS)
    def poll() -> None:
        if ld.runtime is not None or ld.state.error:
            st.rerun(scope="app")
        with st.container(key="loading"):
            state = ld.state
            if state.stage == "index" and state.total:
                st.progress(state.done / state.total, text=t("loading_indexed", done=state.done, total=state.total))
                st.caption(t("loading_index_note"))
            else:
                st.info(t(f"loading_{state.stage}"), icon=":material/hourglass_top:")

    poll()
