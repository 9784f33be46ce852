"""The consortium check page: a pasted or uploaded partner list, an action, project facts; the verdict."""

from __future__ import annotations

import streamlit as st

from erasbot.errors import ErasbotError
from erasbot.rules.checker import ALL
from erasbot.ui import format as fmt
from erasbot.ui import loading, views
from erasbot.ui.i18n import action_title, interface_language, t
from erasbot.ui.runtime import Runtime, language_choice

PLACEHOLDER = """Name; Country; Type; Role
Lund University; SE; university; coordinator
Aalto University; FI; university; partner
Siemens AG; DE; enterprise; partner"""
EXAMPLE = """Organisation;Country;Type;Role;ECHE
Lunds universitet;Sverige;universitet;koordinator;ja
Aalto-yliopisto;Finland;universitet;partner;ja
Siemens AG;Tyskland;företag;partner;
Nokia Oyj;FI;företag;partner;
Accenture Nederland;NL;konsultföretag;partner;
Universidade de Lisboa;PT;universitet;associerad partner;ja"""
MAX_UPLOAD_BYTES = 1_000_000


def render() -> None:
    """The page; its form works before the models are loaded (the checker needs none of them)."""
    from erasbot.rules import ACTIONS

    st.title(t("check_title"))
    st.caption(t("check_intro"))
    rt = loading.ready_runtime()
    lang = language_choice() or interface_language()  # the report: the sidebar's answer language, else the interface's
    left, right = st.columns([3, 2], gap="large")
    with left:
        st.button(t("load_example"), icon=":material/lab_profile:", on_click=_example, type="tertiary")
        text = st.text_area(t("partner_list"), key="partners", height=240, placeholder=PLACEHOLDER)
        upload = st.file_uploader(t("upload_list"), type=["csv", "tsv", "txt", "md"], key="upload")
    with right:
        names = {ALL: t("all_actions")} | {a: action_title(a) for a in ACTIONS}  # labels fixed at drawing time
        action = st.selectbox(t("action"), list(names), format_func=names.get, key="action")
        duration = st.number_input(
            t("duration"), min_value=1, max_value=120, value=None, step=1, placeholder=t("not_given"), key="duration"
        )
        grant = st.number_input(
            t("grant"), min_value=0, value=None, step=10_000, placeholder=t("not_given"), key="grant"
        )
        sector = st.text_input(t("sector"), key="sector", placeholder=t("sector_placeholder"))
        run = st.button(t("check_button"), type="primary", icon=":material/fact_check:", width="stretch")
    if run:
        st.session_state["check_result"] = _submitted(text, upload, action, duration, grant, sector, lang)
    shown = st.session_state.get("check_result")
    if shown is not None:
        st.divider()
        note, result = shown
        if note:
            st.info(fmt.escape(note), icon=":material/info:")
        if isinstance(result, str):
            st.error(fmt.escape(result), icon=":material/error:")
        elif result:
            titles = document_titles(rt)
            views.checks(result, titles, key="page", partners_open=True)


def _submitted(text: str, upload, action, duration, grant, sector: str, lang: str) -> tuple[str, dict | str | None]:
    """(a note on which input was used, the result): an uploaded file wins over the box, and the user is told."""
    if upload is None:
        return "", _check(text, action, duration, grant, sector, lang)
    if upload.size > MAX_UPLOAD_BYTES:
        return "", t("upload_too_large", name=upload.name)
    note = t("used_upload", name=upload.name) if text.strip() else ""
    return note, _check(_uploaded(upload), action, duration, grant, sector, lang)


def document_titles(rt: Runtime | None) -> dict[str, str]:
    """Document id -> title, from the engine, or from the manifests while the engine loads."""
    if rt is not None:
        return {d.id: d.title for d in rt.engine.documents.values()}
    from erasbot.guidance.documents import Library
    from erasbot.ui.runtime import loader

    return {d.id: d.title for d in Library(loader().settings).documents()}


def _example() -> None:
    st.session_state["partners"] = EXAMPLE
    st.session_state["action"] = "knowledge-alliance"
    st.session_state["duration"] = 36


def _uploaded(upload) -> str:
    """The file's text: UTF-8 (with or without BOM), else Excel's Windows-1252."""
    data = upload.getvalue()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _check(text: str, action: str, duration: int | None, grant: int | None, sector: str, lang: str) -> dict | str:
    """The checker's results by action, or the message saying why the input cannot be checked."""
    from erasbot.rules.checker import check_actions

    project = {
        "duration_months": int(duration) if duration else None,
        "grant_eur": int(grant) if grant is not None else None,
        "sector": sector.strip() or None,
        "lang": lang,
    }
    try:
        return check_actions(text, action, **project)
    except ErasbotError as exc:
        return str(exc)
