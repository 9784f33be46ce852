"""The admin page: the organisation's corpus (add, remove, re-index documents) and every user's feedback
(exported, or its 👎 answers added to an evaluation set).

It exists only when ERASBOT_ADMIN_PASSWORD is set (app.py adds it to the navigation then), and shows
nothing but the password field until the password is given; the session remembers it.
"""

from __future__ import annotations

import hmac
import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from erasbot.errors import ErasbotError
from erasbot.ui import format as fmt
from erasbot.ui import loading
from erasbot.ui.i18n import t
from erasbot.ui.runtime import LANGUAGES, Runtime, loader

SIGNED_IN = "admin_signed_in"
NOTICES = "admin_notices"


def password_matches(given: str, expected: str | None) -> bool:
    """Whether the password given is the admin password (never when none is set); constant-time."""
    if not expected:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def render() -> None:
    st.title(t("admin_title"))
    if not st.session_state.get(SIGNED_IN):
        _sign_in()
        return
    rt = loading.ready_runtime()
    if rt is None:
        return
    st.button(t("admin_sign_out"), icon=":material/logout:", on_click=_sign_out)
    for kind, message in st.session_state.pop(NOTICES, []):  # what the last action did, kept over its re-run
        getattr(st, kind)(fmt.escape(message))
    _documents(rt)
    _feedback(rt)


def _sign_in() -> None:
    st.caption(t("admin_intro"))
    with st.form("admin-sign-in", clear_on_submit=True):
        given = st.text_input(t("admin_password"), type="password", key="admin_password")
        submitted = st.form_submit_button(t("admin_sign_in"), type="primary")
    if submitted:
        if password_matches(given, loader().settings.admin_password):
            st.session_state[SIGNED_IN] = True
            st.rerun()
        st.error(t("admin_wrong_password"), icon=":material/lock:")


def _sign_out() -> None:
    st.session_state[SIGNED_IN] = False


# -- documents ------------------------------------------------------------------------------------


def _documents(rt: Runtime) -> None:
    st.subheader(t("admin_documents"))
    status = rt.engine.status()
    st.caption(
        t("admin_index_status", documents=status.documents, chunks=status.chunks)
        + f" · {fmt.code(status.embedding_model)}"
    )
    rows = [
        {
            t("col_id"): d.id,
            t("col_title"): d.title,
            t("col_language"): LANGUAGES.get(d.language, d.language),
            t("col_publisher"): t("user_document") if d.publisher == "user document" else d.publisher,
            t("col_period"): d.period,
        }
        for d in rt.engine.documents.values()
    ]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    left, right = st.columns(2, gap="large")
    with left:
        _add_document(rt)
    with right:
        _remove_document(rt)
    if st.button(t("reindex"), icon=":material/refresh:"):
        reindex(rt)


def _notice(kind: str, message: str) -> None:
    st.session_state.setdefault(NOTICES, []).append((kind, message))


def reindex(rt: Runtime) -> None:
    """Bring the index in line with the documents, with a progress bar, then show the page anew with what changed."""
    bar = st.progress(0.0, text=t("reading_documents"))

    def progress(done: int, total: int) -> None:
        bar.progress(done / max(total, 1), text=t("loading_indexed", done=done, total=total))

    try:
        with rt.lock:
            report = rt.engine.ingest(progress)
    except ErasbotError as exc:
        bar.empty()
        st.error(fmt.escape(str(exc)))
        return
    rt.report = report
    _notice("success", t("index_updated", embedded=report.embedded, unchanged=report.unchanged, removed=report.removed))
    st.rerun()


def _add_document(rt: Runtime) -> None:
    from erasbot.guidance.documents import SUPPORTED_SUFFIXES

    st.markdown(f"**{t('add_document')}**")
    upload = st.file_uploader(
        t("guidance_text"), type=[s.lstrip(".") for s in sorted(SUPPORTED_SUFFIXES)], key="doc_upload"
    )
    language = st.selectbox(t("its_language"), list(LANGUAGES), format_func=LANGUAGES.get, key="doc_language")
    if st.button(t("add_and_reindex"), disabled=upload is None, width="stretch") and upload is not None:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / Path(upload.name).name
            path.write_bytes(upload.getvalue())
            try:
                info = rt.engine.library.add_user_document(path, language)
            except ErasbotError as exc:
                st.error(fmt.escape(str(exc)))
                return
        _notice("success", t("document_added", title=info.title))
        reindex(rt)


def _remove_document(rt: Runtime) -> None:
    st.markdown(f"**{t('remove_document')}**")
    own = {d.id: d.title for d in rt.engine.documents.values() if d.publisher == "user document"}
    if not own:
        st.caption(t("no_user_documents"))
        return
    remove = getattr(rt.engine.library, "remove_user_document", None)  # guidance/ adds it (see the report)
    if remove is None:
        st.caption(t("remove_unavailable"))
        return
    doc_id = st.selectbox(t("document"), list(own), format_func=lambda d: f"{own[d]} ({d})", key="doc_remove")
    if st.button(t("remove_and_reindex"), width="stretch", icon=":material/delete:"):
        try:
            info = remove(doc_id)
        except ErasbotError as exc:
            st.error(fmt.escape(str(exc)))
            return
        _notice("success", t("document_removed", title=info.title))
        reindex(rt)


# -- feedback -------------------------------------------------------------------------------------


def _feedback(rt: Runtime) -> None:
    """Every user's votes on answers, exportable as evaluation items."""
    from erasbot.evaluation.feedback import to_jsonl

    st.divider()
    st.subheader(t("feedback_title"))
    try:
        votes = rt.feedback.all()
    except ErasbotError as exc:
        st.error(fmt.escape(str(exc)))
        return
    if not votes:
        st.caption(t("no_votes"))
        return
    liked = sum(1 for v in votes if v.rating > 0)
    st.caption(t("votes_summary", n=len(votes), liked=liked, disliked=len(votes) - liked))
    left, right = st.columns(2)
    left.download_button(
        t("download_liked"),
        to_jsonl(rt.feedback.export_items()),
        file_name="feedback-questions.jsonl",
        mime="application/jsonl",
        icon=":material/download:",
        width="stretch",
    )
    right.download_button(
        t("download_all_votes"),
        to_jsonl(rt.feedback.export_items(include_disliked=True)),
        file_name="feedback-review.jsonl",
        mime="application/jsonl",
        icon=":material/download:",
        width="stretch",
    )
    _add_disliked(rt)
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "👍/👎": "👍" if v.rating > 0 else "👎",
                    t("col_question"): v.question,
                    t("col_reason"): v.reason,
                    t("col_answer"): v.answer,
                    t("col_backend"): v.settings.get("backend", ""),
                }
                for v in votes
            ]
        ),
        hide_index=True,
        width="stretch",
    )


def _add_disliked(rt: Runtime) -> None:
    """Add the 👎 answers to a question set in the data directory, which the evaluation page then offers."""
    from erasbot.evaluation.feedback import add_to_set

    disliked = rt.feedback.disliked_items()
    if not disliked:
        return
    target = rt.settings.evals_dir / "feedback.jsonl"
    with st.container(border=True):
        st.markdown(f"**{t('admin_disliked_title')}**")
        st.caption(t("admin_disliked_intro", n=len(disliked), file=fmt.code(target.name), page=t("eval_title")))
        if st.button(t("admin_add_disliked"), icon=":material/playlist_add:", key="add_disliked"):
            try:
                added = add_to_set(disliked, target)
            except ErasbotError as exc:
                st.error(fmt.escape(str(exc)), icon=":material/error:")
                return
            _notice(
                "success",
                t("admin_disliked_added", len(added.added), file=target.name, already=len(added.already_there)),
            )
            st.rerun()
