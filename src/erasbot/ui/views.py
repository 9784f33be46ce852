"""Streamlit views of the assistant's results: an answer with its sources, a checker verdict."""

from __future__ import annotations

import json

import streamlit as st

from erasbot.phrases import say
from erasbot.ui import format as fmt
from erasbot.ui.i18n import action_title, t
from erasbot.ui.runtime import LANGUAGES

# On a narrow screen (a phone) the rule table becomes one card a rule; on a wide one the cards are hidden.
# Constant CSS only: nothing from users or documents is ever rendered as HTML.
NARROW_CSS = """<style>
[class*="st-key-rule-cards-"] { display: none; }
@media (max-width: 640px) {
  [class*="st-key-rule-table-"] { display: none; }
  [class*="st-key-rule-cards-"] { display: flex; }
}
[class*="st-key-source-"] h3 { font-size: 1rem; padding: 0.5rem 0 0 0; }
[class*="st-key-own-upload-"] [data-testid="stFileUploaderDropzoneInstructions"] { display: none; }
</style>"""


# Streamlit draws its file uploaders' button and drop-zone words in English: they are hidden and the
# interface language's words (phrase-table text, never user input) are drawn in their place.
UPLOADER_CSS = """<style>
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p {{ font-size: 0; }}
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p::after {{
  content: "{button}"; font-size: 0.875rem; }}
[data-testid="stFileUploaderDropzoneInstructions"] > div > span:first-child {{ font-size: 0; }}
[data-testid="stFileUploaderDropzoneInstructions"] > div > span:first-child::after {{
  content: "{drop}"; font-size: 0.875rem; }}
</style>"""


def _css_text(text: str) -> str:
    """A phrase as a CSS string's content: no quote, backslash or markup can end it."""
    return "".join(ch for ch in text if ch not in '"\\<>{}')


def style() -> None:
    """The app's own small stylesheet (rule cards on phones, compact source headings; the own-document
    uploader's English size note hidden, as the caption under it gives the limit in the interface language;
    the uploaders' button and drop-zone words in the interface language)."""
    st.html(
        NARROW_CSS + UPLOADER_CSS.format(button=_css_text(t("uploader_button")), drop=_css_text(t("uploader_drop")))
    )


def _table(rows: list[dict[str, str]]) -> None:
    """A static table whose cells are already escaped Markdown (st.table renders Markdown)."""
    import pandas as pd  # imported with the first table, not when the page starts

    st.table(pd.DataFrame(rows), hide_index=True)


def reply(r, titles: dict[str, str], key: str) -> None:
    """One assistant reply: notice, text, verification flags, verdict or sources, and a footnote."""
    if r.notice:
        st.warning(fmt.escape(r.notice), icon=":material/cloud_off:")
    if r.kind == "error":
        st.error(fmt.escape(r.text), icon=":material/error:")
    elif r.kind == "check" and r.checks:
        if r.backend != "offline":  # the model's words beside the checker's verdict; offline, the banner says it all
            st.markdown(fmt.answer_markdown(r.text, anchor=source_anchor(key)))
        checks(r.checks, titles, key)
    else:
        st.markdown(fmt.answer_markdown(r.text, anchor=source_anchor(key)))
        if r.checks:
            checks(r.checks, titles, key)
    for flag in r.flags:
        st.caption(f":orange[:material/warning: {fmt.escape(flag)}]")
    if r.citations and r.kind != "check":  # a verdict's rules show their sentences in the check panel
        sources(r, key)
    _footnote(r)


def source_anchor(key: str) -> str:
    """The prefix of the anchors a reply's [n] marks link to: source n is at #<prefix>-<n>."""
    return f"source-{key}"


def sources(r, key: str) -> None:
    """Each cited source under its own anchored heading ([n] in the text leads here), the passage below it."""
    st.markdown(f"**{fmt.escape(t('sources'))}**")
    for c in r.citations:
        with st.container(key=f"{source_anchor(key)}-{c.n}"):
            st.subheader(fmt.source_label(c), anchor=f"{source_anchor(key)}-{c.n}")
            with st.expander(t("passage")):
                st.markdown(fmt.passage_markdown(c.text, c.quotes))
                st.caption(fmt.code(c.chunk_id))


def _footnote(r) -> None:
    parts = [LANGUAGES.get(r.language, r.language)]
    if r.kind == "answer":
        parts.append(t("offline") if r.backend == "offline" else fmt.escape(r.backend))
    if r.resolved and r.resolved != r.message:
        parts.append(fmt.escape(t("answered_as", question=r.resolved)))
    parts.append(f"{r.seconds:.2f} s")
    st.caption(" · ".join(parts))


def checks(results: dict, titles: dict[str, str], key: str, partners_open: bool = False) -> None:
    """A verdict for one action, or the matrix for all actions with each action's rules in a tab."""
    first = next(iter(results.values()))
    if len(results) == 1:
        verdict(first)
        rules(first, titles, key)
    else:
        st.markdown(f"**{fmt.escape(say(first.lang, 'h_matrix'))}**")
        _table(fmt.matrix_rows(results, say, {a: action_title(a, first.lang) for a in results}))
        tabs = st.tabs([action_title(a, first.lang) for a in results])
        for tab, (action, result) in zip(tabs, results.items()):
            with tab:
                verdict(result)
                rules(result, titles, f"{key}-{action}")
    parse_report(first, partners_open)
    st.download_button(
        t("download_check"),
        json.dumps([r.to_json() for r in results.values()], ensure_ascii=False, indent=2),
        file_name="erasbot-check.json",
        mime="application/json",
        key=f"download-{key}",
        icon=":material/download:",
    )


def verdict(result) -> None:
    """The verdict banner: green, red or amber, from the checker's verdict."""
    text = fmt.verdict_text(result, say, action_title(result.action, result.lang))
    kind = fmt.VERDICT_KINDS[result.verdict]
    icon = {"success": ":material/check_circle:", "error": ":material/cancel:", "warning": ":material/help:"}[kind]
    getattr(st, kind)(text, icon=icon)
    st.caption(fmt.tally(result, say))


def rules(result, titles: dict[str, str], key: str) -> None:
    """The rules as a table on a wide screen and as one card a rule on a narrow one."""
    with st.container(key=f"rule-table-{key}"):
        _table(fmt.rule_rows(result, say, titles))
    with st.container(key=f"rule-cards-{key}"):
        for card in fmt.rule_cards(result, say, titles):
            with st.container(border=True):
                st.markdown(card)


def parse_report(result, partners_open: bool = False) -> None:
    """Lines that could not be read, then the partners as read, so users see how each line was taken."""
    from erasbot.rules.countries import country_name

    if result.errors:
        st.markdown(f"**:red[{fmt.escape(say(result.lang, 'h_errors'))}]**")
        _table(fmt.error_rows(result, say))
    if layout := fmt.layout_rows(result, say):
        with st.expander(fmt.escape(f"{say(result.lang, 'h_layout')} ({len(layout)})")):
            _table(layout)
    label = f"{say(result.lang, 'h_partners')} ({len(result.partners)})"
    with st.expander(fmt.escape(label), expanded=partners_open):
        _table(fmt.partner_rows(result, say, country_name))
