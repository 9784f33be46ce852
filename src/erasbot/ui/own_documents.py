"""The chat page's "Your documents": a document attached to this browser session only, listed and removable.

What is attached lives in this session's state (guidance/session_documents.py reads and embeds it in
memory); it is handed to the assistant with every question of this session and to nothing else. A new
chat keeps it (it is the user's material, not the conversation's); closing or reloading the page drops it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from erasbot.guidance.reading import READERS
from erasbot.limits import MAX_OWN_BYTES, megabytes
from erasbot.ui import format as fmt
from erasbot.ui.i18n import t

if TYPE_CHECKING:
    from erasbot.guidance.session_documents import SessionDocuments
    from erasbot.ui.runtime import Runtime

ATTACHED = "own_documents"  # session-state key: the session's SessionDocuments
UPLOADS = "own_uploads"  # how many uploads were taken: the uploader's key, so a taken file leaves it
NOTICE = "own_notice"  # what the last attach or remove did, shown once after its re-run


def attached() -> SessionDocuments | None:
    """This session's own documents (None when it attached none)."""
    return st.session_state.get(ATTACHED) or None


def render(rt: Runtime | None) -> None:
    """The sidebar section: the attached documents with a remove button each, then the attach control."""
    with st.sidebar, st.container(key="own-documents"):
        st.subheader(t("own_documents"))
        notice = st.session_state.pop(NOTICE, None)
        if notice:
            kind, text = notice
            getattr(st, kind)(fmt.escape(text), icon=":material/check:" if kind == "success" else ":material/error:")
        docs = attached()
        for document in docs.documents if docs else ():
            _listed(document)
        upload = st.file_uploader(
            t("own_attach"),
            type=sorted(s.lstrip(".") for s in READERS),
            key=f"own-upload-{st.session_state.get(UPLOADS, 0)}",
            disabled=rt is None,
        )
        st.caption(t("own_help", limit=megabytes(MAX_OWN_BYTES)))
        if upload is not None and rt is not None:
            _attach(rt, upload.name, upload.getvalue())


def _listed(document) -> None:
    left, right = st.columns([4, 1], vertical_alignment="center")
    left.markdown(f"{fmt.OWN_MARK} **{fmt.escape(document.info.title)}**")
    left.caption(fmt.escape(t("own_passages", len(document.chunks))))
    right.button(
        "",
        icon=":material/close:",
        key=f"own-remove-{document.info.id}",
        help=t("own_remove"),
        on_click=_remove,
        args=(document.info.id, document.info.title),
    )


def _attach(rt: Runtime, name: str, data: bytes) -> None:
    """Read and embed the upload, add it to this session's documents, and show the page anew without it."""
    from erasbot.errors import ErasbotError
    from erasbot.guidance.session_documents import OwnDocumentError, SessionDocuments, read_own_document

    docs = attached() or SessionDocuments()
    try:
        with st.spinner(t("own_reading", name=name)):
            document = read_own_document(name, data, rt.engine.embedder, rt.engine.glossary, taken=docs.ids)
            st.session_state[ATTACHED] = docs.add(document)
        notice = ("success", t("own_attached", title=document.info.title))
    except OwnDocumentError as exc:
        notice = ("error", t(exc.key, **exc.values))
    except ErasbotError as exc:
        notice = ("error", t("own_unreadable", name=name, reason=str(exc)))
    st.session_state[NOTICE] = notice
    st.session_state[UPLOADS] = st.session_state.get(UPLOADS, 0) + 1  # a fresh, empty uploader
    st.rerun()


def _remove(doc_id: str, title: str) -> None:
    docs = attached()
    if docs:
        st.session_state[ATTACHED] = docs.remove(doc_id)
    st.session_state[NOTICE] = ("success", t("own_removed", title=title))
