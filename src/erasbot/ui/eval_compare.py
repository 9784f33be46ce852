"""The evaluation page's comparison tab: a set's saved runs, its metrics over runs, two runs compared item by item."""

from __future__ import annotations

from typing import get_args

import altair as alt
import pandas as pd
import streamlit as st

from erasbot.errors import ErasbotError
from erasbot.evaluation.compare import CHANGE_ORDER, Comparison, compare_runs
from erasbot.evaluation.outcomes import VALUE_WORDS, Difference
from erasbot.evaluation.runs import Run, RunStore, metric_history
from erasbot.phrases import say
from erasbot.rules.types import Verdict
from erasbot.ui import format as fmt
from erasbot.ui.i18n import interface_language, metric_label, t

CARDS = [
    "hit@1",
    "hit@3",
    "mrr",
    "fact_recall",
    "abstention_recall",
    "false_abstention",
    "verdict_accuracy",
    "failing_rules_exact",
]
RUN_COLUMNS = {  # the runs table: column -> (metric group, metric)
    "hit@1": ("questions", "hit@1"),
    "mrr": ("questions", "mrr"),
    "fact_recall": ("questions", "fact_recall"),
    "abstention_recall": ("questions", "abstention_recall"),
    "verdict_accuracy": ("consortia", "verdict_accuracy"),
}
DIFF_COLUMNS = ["id", "change", "lang", "form", "what changed", "question", "answer A", "answer B"]


def change_label(change: str) -> str:
    """A kind of change ("newly wrong", ...) in the interface language."""
    return t("change_" + change.replace(" ", "_"))


def difference_label(d: Difference) -> str:
    """One "what changed" entry (rank 1 → 4, fact found → missing, ...) in the interface language."""
    lang = interface_language()

    def value(v: str) -> str:
        if v in VALUE_WORDS:
            return t("value_" + v.replace(" ", "_"))
        if v in get_args(Verdict):
            return say(lang, "verdict_" + v)
        return v  # a rank, rule ids

    return t("diff_" + d.what, before=value(d.before), after=value(d.after))


def form_label(form: str) -> str:
    """A question form (yes_no, list, ...) in the interface language."""
    return t("form_" + form)


def render(store: RunStore) -> None:
    """The run history of one set, its metrics over runs, and two runs compared item by item."""
    try:
        runs = store.all()
    except ErasbotError as exc:
        st.error(fmt.escape(str(exc)), icon=":material/error:")
        return
    if not runs:
        st.caption(t("no_runs", tab=t("tab_run")))
        return
    by_id = {r.id: r for r in runs}
    labels = list(dict.fromkeys(r.set_label for r in reversed(runs)))
    current = by_id.get(st.session_state.get("compare_b", ""))
    label = st.selectbox(
        t("compare_set"), labels, index=labels.index(current.set_label) if current else 0, key="compare_set"
    )
    history = [r for r in runs if r.set_label == label]
    st.markdown(f"**{t('runs_of', set=fmt.escape(label))}** ({len(history)})")
    if len(history) > 1:
        st.altair_chart(_history_chart(history), width="stretch")
    st.dataframe(
        _runs_table(history),
        hide_index=True,
        width="stretch",
        column_config={
            "run": st.column_config.TextColumn(t("col_run")),
            "time": st.column_config.TextColumn(t("col_time")),
            "n": st.column_config.NumberColumn(t("col_items")),
            **{key: st.column_config.NumberColumn(metric_label(key), format="%.2f") for key in RUN_COLUMNS},
            "embedding": st.column_config.TextColumn(t("col_embedding")),
        },
    )
    ids = [r.id for r in reversed(history)]
    if len(ids) < 2 and len(runs) < 2:
        st.caption(t("run_again"))
        return
    all_ids = [r.id for r in reversed(runs)]
    b_default = st.session_state.get("compare_b") if st.session_state.get("compare_b") in ids else ids[0]
    left, right = st.columns(2)
    b_id = right.selectbox(t("run_b"), all_ids, index=all_ids.index(b_default), key="compare_b_choice")
    previous = store.previous(by_id[b_id])
    a_default = previous.id if previous else next(i for i in all_ids if i != b_id)
    a_id = left.selectbox(t("run_a"), all_ids, index=all_ids.index(a_default), key="compare_a_choice")
    if a_id == b_id:
        st.caption(t("choose_two_runs"))
        return
    _comparison(compare_runs(by_id[a_id], by_id[b_id]))


def _runs_table(runs: list[Run]) -> pd.DataFrame:
    rows = []
    for r in reversed(runs):
        row = {"run": r.id, "time": r.created[:16].replace("T", " "), "n": sum(s.n for s in r.sets.values())}
        row |= {key: (r.metrics.get(group) or {}).get(metric) for key, (group, metric) in RUN_COLUMNS.items()}
        rows.append(row | {"embedding": r.settings.get("embedding_model", "")})
    return pd.DataFrame(rows)


def _history_chart(runs: list[Run]) -> alt.Chart:
    data = pd.DataFrame(metric_history(runs))
    data["metric"] = data["metric"].map(metric_label)
    return (
        alt.Chart(data)
        .mark_line(point=True)
        .encode(
            x=alt.X("label:N", sort=list(dict.fromkeys(data["label"])), title=None, axis=alt.Axis(labelAngle=0)),
            y=alt.Y("value:Q", scale=alt.Scale(domain=[0, 1]), title=None),
            color=alt.Color("metric:N", title=None, legend=alt.Legend(orient="bottom")),
            tooltip=["run", "metric", alt.Tooltip("value:Q", format=".3f")],
        )
        .properties(height=260)
    )


def _comparison(c: Comparison) -> None:
    """Metric deltas as cards, then the changed items, filterable by language, form and kind of change."""
    if c.added or c.removed or c.sets_changed:
        st.warning(
            t("set_changed", added=len(c.added), removed=len(c.removed), shared=c.shared), icon=":material/difference:"
        )
    for key, a, b in c.settings:
        st.caption(t("setting_changed", setting=fmt.code(key), a=fmt.code(a), b=fmt.code(b)))
    overall = [m for m in c.metrics if m.group in ("questions", "consortia") and m.metric in CARDS]
    for row in (overall[:4], overall[4:8]):
        if row:
            for column, m in zip(st.columns(4, border=True), row):
                column.metric(
                    t("metric_in_group", metric=metric_label(m.metric), group=t("group_" + m.group)),
                    "–" if m.b is None else f"{m.b:.2f}",
                    f"{m.delta:+.3f}" if m.delta else None,  # no arrow when nothing moved
                    delta_color="inverse" if m.metric == "false_abstention" else "normal",
                )
    st.markdown(
        t(
            "changes_summary",
            wrong=c.count("newly wrong"),
            right=c.count("newly right"),
            changed=c.count("changed"),
        )
    )
    if not c.changes:
        st.caption(t("no_changes"))
        return
    langs = sorted({x.lang for x in c.changes})
    forms = sorted({x.form for x in c.changes})
    filters = st.columns(3)
    chosen_langs = filters[0].multiselect(t("col_language"), langs, key="diff_langs")
    chosen_forms = filters[1].multiselect(t("filter_form"), forms, format_func=form_label, key="diff_forms")
    chosen_changes = filters[2].multiselect(
        t("filter_change"), list(CHANGE_ORDER), format_func=change_label, key="diff_changes"
    )
    shown = c.filtered(set(chosen_langs) or None, set(chosen_forms) or None, set(chosen_changes) or None)
    rows = [
        [
            x.id,
            change_label(x.change),
            x.lang,
            form_label(x.form),
            "; ".join(map(difference_label, x.details)),
            x.text,
            x.answer_a,
            x.answer_b,
        ]
        for x in shown
    ]
    st.dataframe(
        pd.DataFrame(rows, columns=DIFF_COLUMNS),
        hide_index=True,
        width="stretch",
        key="diff_table",
        column_config={
            "id": st.column_config.TextColumn(t("col_id")),
            "change": st.column_config.TextColumn(t("col_change")),
            "lang": st.column_config.TextColumn(t("col_language")),
            "form": st.column_config.TextColumn(t("col_form")),
            "what changed": st.column_config.TextColumn(t("col_what_changed")),
            "question": st.column_config.TextColumn(t("col_question"), width="medium"),
            "answer A": st.column_config.TextColumn(t("col_answer_a"), width="large"),
            "answer B": st.column_config.TextColumn(t("col_answer_b"), width="large"),
        },
    )
