"""The consortium check page: a pasted or uploaded partner list, an action, project facts; the verdict."""

from __future__ import annotations

import streamlit as st

from erasbot.chat.followup import action_title
from erasbot.errors import ErasbotError
from erasbot.ui import format as fmt
from erasbot.ui import views
from erasbot.ui.runtime import LANGUAGES, Runtime, language_choice

ALL = "all"
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


def render(rt: Runtime) -> None:
    from erasbot.rules import ACTIONS

    st.title("Consortium check")
    st.caption(
        "Paste the partner list as it is (CSV, Excel rows, a Markdown table or one organisation a line: name, "
        "country, type, role). Each rule quotes the guidance sentence it comes from."
    )
    lang = language_choice() or st.session_state.get("check_lang") or "en"
    left, right = st.columns([3, 2], gap="large")
    with left:
        st.button("Load an example", icon=":material/lab_profile:", on_click=_example, type="tertiary")
        text = st.text_area("Partner list", key="partners", height=240, placeholder=PLACEHOLDER)
        upload = st.file_uploader("…or upload a CSV or text file", type=["csv", "tsv", "txt", "md"], key="upload")
    with right:
        action = st.selectbox(
            "Action",
            [ALL, *ACTIONS],
            format_func=lambda a: "All actions" if a == ALL else action_title(a, lang),
            key="action",
        )
        duration = st.number_input(
            "Planned duration (months)",
            min_value=1,
            max_value=120,
            value=None,
            step=1,
            placeholder="not given",
            key="duration",
        )
        grant = st.number_input(
            "EU grant requested (EUR)", min_value=0, value=None, step=10_000, placeholder="not given", key="grant"
        )
        sector = st.text_input("Sector (Sector Skills Alliances)", key="sector", placeholder="e.g. tourism, turism")
        if language_choice() is None:
            st.selectbox("Report language", list(LANGUAGES), format_func=LANGUAGES.get, key="check_lang")
        run = st.button("Check consortium", type="primary", icon=":material/fact_check:", width="stretch")
    if run:
        if upload is not None and upload.size > MAX_UPLOAD_BYTES:
            st.session_state["check_result"] = (
                f"{upload.name} is larger than 1 MB: check at most 500 partners at a time."
            )
        else:
            source = _uploaded(upload) if upload is not None else text
            st.session_state["check_result"] = _check(source, action, duration, grant, sector, lang)
    shown = st.session_state.get("check_result")
    if shown is not None:
        st.divider()
        if isinstance(shown, str):
            st.error(fmt.escape(shown), icon=":material/error:")
        else:
            titles = {d.id: d.title for d in rt.engine.documents.values()}
            views.checks(shown, titles, key="page", partners_open=True)


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
    from erasbot.rules import check_all_actions, check_text

    project = {
        "duration_months": int(duration) if duration else None,
        "grant_eur": int(grant) if grant is not None else None,
        "sector": sector.strip() or None,
        "lang": lang,
    }
    try:
        if action == ALL:
            return dict(check_all_actions(text, **project))
        return {action: check_text(text, action, **project)}
    except ErasbotError as exc:
        return str(exc)
