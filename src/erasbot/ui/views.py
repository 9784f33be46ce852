"""Streamlit views of the assistant's results: an answer with its sources, a checker verdict."""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from erasbot.chat.followup import action_title
from erasbot.chat.turns import Reply
from erasbot.ui import format as fmt
from erasbot.ui.runtime import LANGUAGES

SOURCES = {"en": "Sources", "sv": "Källor", "fi": "Lähteet", "nl": "Bronnen"}


def _say():
    from erasbot.phrases import say

    return say


def _table(rows: list[dict[str, str]]) -> None:
    """A static table whose cells are already escaped Markdown (st.table renders Markdown)."""
    st.table(pd.DataFrame(rows), hide_index=True)


def reply(r: Reply, titles: dict[str, str], key: str) -> None:
    """One assistant reply: notice, text, verification flags, verdict or sources, and a footnote."""
    if r.notice:
        st.warning(fmt.escape(r.notice), icon=":material/cloud_off:")
    if r.kind == "error":
        st.error(fmt.escape(r.text), icon=":material/error:")
    elif r.kind == "check" and r.checks:
        if r.backend != "offline":  # the model's words beside the checker's verdict; offline, the banner says it all
            st.markdown(fmt.answer_markdown(r.text))
        checks(r.checks, titles, key)
    else:
        st.markdown(fmt.answer_markdown(r.text))
        if r.checks:
            checks(r.checks, titles, key)
    for flag in r.flags:
        st.caption(f":orange[:material/warning: {fmt.escape(flag)}]")
    if r.citations:
        sources(r)
    _footnote(r)


def sources(r: Reply) -> None:
    st.markdown(f"**{SOURCES.get(r.language, SOURCES['en'])}**")
    for c in r.citations:
        with st.expander(fmt.source_label(c)):
            st.markdown(fmt.passage_markdown(c.text, c.quotes))
            st.caption(fmt.code(c.chunk_id))


def _footnote(r: Reply) -> None:
    parts = [LANGUAGES.get(r.language, r.language)]
    if r.kind == "answer":
        parts.append("offline" if r.backend == "offline" else fmt.escape(r.backend))
    if r.resolved and r.resolved != r.message:
        parts.append(f"answered as “{fmt.escape(r.resolved)}”")
    parts.append(f"{r.seconds:.2f} s")
    st.caption(" · ".join(parts))


def checks(results: dict, titles: dict[str, str], key: str, partners_open: bool = False) -> None:
    """A verdict for one action, or the matrix for all actions with each action's rules in a tab."""
    say = _say()
    first = next(iter(results.values()))
    if len(results) == 1:
        verdict(first)
        rules(first, titles)
    else:
        st.markdown(f"**{fmt.escape(say(first.lang, 'h_matrix'))}**")
        _table(fmt.matrix_rows(results, say, {a: action_title(a, first.lang) for a in results}))
        tabs = st.tabs([action_title(a, first.lang) for a in results])
        for tab, result in zip(tabs, results.values()):
            with tab:
                verdict(result)
                rules(result, titles)
    parse_report(first, partners_open)
    st.download_button(
        "Download the result (JSON)",
        json.dumps([r.to_json() for r in results.values()], ensure_ascii=False, indent=2),
        file_name="erasbot-check.json",
        mime="application/json",
        key=f"download-{key}",
        icon=":material/download:",
    )


def verdict(result) -> None:
    """The verdict banner: green, red or amber, from the checker's verdict."""
    say = _say()
    text = fmt.verdict_text(result, say, action_title(result.action, result.lang))
    kind = fmt.VERDICT_KINDS[result.verdict]
    icon = {"success": ":material/check_circle:", "error": ":material/cancel:", "warning": ":material/help:"}[kind]
    getattr(st, kind)(text, icon=icon)
    st.caption(fmt.tally(result, say))


def rules(result, titles: dict[str, str]) -> None:
    _table(fmt.rule_rows(result, _say(), titles))


def parse_report(result, partners_open: bool = False) -> None:
    """Lines that could not be read, then the partners as read, so users see how each line was taken."""
    from erasbot.rules.countries import country_name

    say = _say()
    if result.errors:
        st.markdown(f"**:red[{fmt.escape(say(result.lang, 'h_errors'))}]**")
        _table(fmt.error_rows(result, say))
    label = f"{say(result.lang, 'h_partners')} ({len(result.partners)})"
    with st.expander(fmt.escape(label), expanded=partners_open):
        _table(fmt.partner_rows(result, say, country_name))
