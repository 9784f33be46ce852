"""The evaluation page: run question and consortium sets, show metrics, plots and per-item results.

Users' feedback is not here: it is read on the admin page.
"""

from __future__ import annotations

import tempfile
from functools import partial
from pathlib import Path

import altair as alt
import pandas as pd
import streamlit as st

from erasbot.errors import ErasbotError
from erasbot.evaluation.questions import failures, load_questions, metrics_by_language, question_metrics, run_questions
from erasbot.language import NATIVE_NAMES
from erasbot.settings import REPO_ROOT
from erasbot.ui import format as fmt
from erasbot.ui import loading
from erasbot.ui.i18n import t
from erasbot.ui.runtime import Runtime

EVALS_DIR = REPO_ROOT / "evals"
METRICS = ["hit@1", "hit@3", "mrr", "fact_recall", "abstention_precision", "abstention_recall"]
RATIOS = [*METRICS, "false_abstention"]  # shown with two decimals
PER_LANGUAGE = [*RATIOS, "latency_p50_ms", "latency_p95_ms", "n"]
# the evaluation runner's problem descriptions, shown in the interface language
CONSORTIUM_COLUMNS = [
    "id",
    "verdict",
    "failing",
    "error",
    "expected_verdict",
    "expected_failing",
    "expect_error",
    "correct",
    "seconds",
]
PROBLEMS = {
    "abstained": "problem_abstained",
    "answered out-of-scope": "problem_answered",
    "expected document not in top 3": "problem_not_top3",
    "fact missing": "problem_fact",
}


def label(metric: str) -> str:
    """A metric's name in the interface language (hit@k and MRR are names and stay as they are)."""
    return t("metric_" + metric.replace("@", ""))


def render() -> None:
    st.title(t("eval_title"))
    st.caption(t("eval_intro"))
    rt = loading.ready_runtime()
    if rt is None:
        return
    question_files = sorted(p for p in EVALS_DIR.glob("questions*.jsonl"))
    consortia_files = sorted(p for p in EVALS_DIR.glob("consortia*.jsonl"))
    left, right = st.columns(2, gap="large")
    with left:
        chosen = st.selectbox(
            t("question_set"),
            [*question_files, None],
            format_func=partial(_set_name, t("no_set")),
            key="eval_questions",
        )
        upload = st.file_uploader(t("upload_set"), type=["jsonl"], key="eval_upload")
    with right:
        consortia = st.selectbox(
            t("consortium_set"),
            [*consortia_files, None],
            format_func=partial(_set_name, t("no_set")),
            key="eval_consortia",
        )
        st.write("")
        run = st.button(t("run_eval"), type="primary", icon=":material/play_arrow:", width="stretch")
    if run:
        st.session_state["eval"] = _run(rt, _path(upload) if upload is not None else chosen, consortia)
    result = st.session_state.get("eval")
    if isinstance(result, str):
        st.error(fmt.escape(result), icon=":material/error:")
    elif result:
        if "questions" in result:
            _questions(result["questions"])
        if "consortia" in result:
            _consortia(*result["consortia"])


def _set_name(none: str, path: Path | None) -> str:
    return path.name if path else none


def _path(upload) -> Path:
    path = Path(tempfile.mkdtemp()) / "uploaded.jsonl"
    path.write_bytes(upload.getvalue())
    return path


def _run(rt: Runtime, questions: Path | None, consortia: Path | None) -> dict | str:
    out: dict = {}
    try:
        if questions is not None:
            items = load_questions(questions)
            bar = st.progress(0.0, text=t("asking"))
            records = []
            for n, item in enumerate(items, start=1):
                records += run_questions(rt.engine, [item])
                bar.progress(n / len(items), text=t("asked", done=n, total=len(items)))
            bar.empty()
            out["questions"] = records
        if consortia is not None:
            from erasbot.evaluation.consortia import run_consortia

            out["consortia"] = run_consortia(consortia)
    except ErasbotError as exc:
        return str(exc)
    return out or t("choose_set")


def _questions(records: list[dict]) -> None:
    metrics = question_metrics(records)
    st.subheader(t("questions_n", n=metrics["n"]))
    cells = [(label(key), "–" if metrics[key] is None else f"{metrics[key]:.2f}") for key in METRICS]
    cells += [(label(key), f"{metrics[key]:.0f} ms") for key in ("latency_p50_ms", "latency_p95_ms")]
    for row in (cells[:4], cells[4:]):
        for column, (name, value) in zip(st.columns(4, border=True), row):
            column.metric(name, value)
    by_lang = metrics_by_language(records)
    plots = st.columns(2, gap="large")
    with plots[0]:
        st.markdown(f"**{t('hit_per_language')}**")
        st.altair_chart(_hit_chart(by_lang), width="stretch")
    with plots[1]:
        st.markdown(f"**{t('latency_per_question')}**")
        st.altair_chart(_latency_chart(records), width="stretch")
    st.markdown(f"**{t('per_language')}**")
    table = pd.DataFrame(by_lang).T[PER_LANGUAGE].rename(index=lambda code: NATIVE_NAMES.get(code, code))
    st.dataframe(
        table,
        width="stretch",
        column_config={
            "_index": st.column_config.TextColumn(t("col_language")),
            **{key: st.column_config.NumberColumn(label(key), format="%.2f") for key in RATIOS},
            **{key: st.column_config.NumberColumn(label(key), format="%.0f ms") for key in PER_LANGUAGE[-3:-1]},
            "n": st.column_config.NumberColumn(label("n")),
        },
    )
    st.markdown(f"**{t('per_item')}**")
    missed = {
        f["id"]: "; ".join(t(PROBLEMS[p]) if p in PROBLEMS else p for p in f["problems"]) for f in failures(records)
    }
    only_missed = st.toggle(t("only_missed", n=len(missed)), key="only_missed")
    rows = [
        {
            "id": r["id"],
            "ok": r["id"] not in missed,
            "lang": r["lang"],
            "question": r["question"],
            "problem": missed.get(r["id"], ""),
            "retrieved": ", ".join(dict.fromkeys(r["retrieved_docs"])),
            "expected": ", ".join(r["expected_docs"]),
            "abstained": r["abstained"],
            "answer": r["answer"],
            "ms": round(r["seconds"] * 1000, 1),
        }
        for r in records
        if not only_missed or r["id"] in missed
    ]
    st.dataframe(
        pd.DataFrame(rows),
        hide_index=True,
        width="stretch",
        column_config={
            "id": st.column_config.TextColumn(t("col_id")),
            "ok": st.column_config.CheckboxColumn(t("col_ok")),
            "lang": st.column_config.TextColumn(t("col_language")),
            "question": st.column_config.TextColumn(t("col_question"), width="large"),
            "problem": st.column_config.TextColumn(t("col_problem")),
            "retrieved": st.column_config.TextColumn(t("col_retrieved")),
            "expected": st.column_config.TextColumn(t("col_expected")),
            "abstained": st.column_config.CheckboxColumn(t("col_abstained")),
            "answer": st.column_config.TextColumn(t("col_answer"), width="large"),
            "ms": st.column_config.NumberColumn(t("col_ms")),
        },
    )


def _hit_chart(by_lang: dict) -> alt.Chart:
    rows = [
        {"language": lang, "metric": k, "value": m[k] or 0.0} for lang, m in by_lang.items() for k in ("hit@1", "hit@3")
    ]
    return (
        alt.Chart(pd.DataFrame(rows))
        .mark_bar()
        .encode(
            x=alt.X("language:N", title=None, axis=alt.Axis(labelAngle=0)),
            xOffset="metric:N",
            y=alt.Y("value:Q", scale=alt.Scale(domain=[0, 1]), title=None),
            color=alt.Color("metric:N", title=None, legend=alt.Legend(orient="bottom")),
            tooltip=["language", "metric", alt.Tooltip("value:Q", format=".2f")],
        )
        .properties(height=260)
    )


def _latency_chart(records: list[dict]) -> alt.Chart:
    data = pd.DataFrame({"ms": [r["seconds"] * 1000 for r in records], "language": [r["lang"] for r in records]})
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("ms:Q", bin=alt.Bin(maxbins=30), title=t("axis_ms")),
            y=alt.Y("count():Q", title=t("axis_questions")),
            color=alt.Color("language:N", title=None, legend=alt.Legend(orient="bottom")),
        )
        .properties(height=260)
    )


def _consortia(records: list[dict], metrics: dict) -> None:
    st.subheader(t("consortia_n", n=metrics["n"]))
    columns = st.columns(3)
    for column, key in zip(columns, ["verdict_accuracy", "failing_rules_exact", "error_accuracy"]):
        column.metric(label(key), "–" if metrics.get(key) is None else f"{metrics[key]:.2f}")
    st.dataframe(
        pd.DataFrame(records),
        hide_index=True,
        width="stretch",
        column_config={key: t("col_" + key) for key in CONSORTIUM_COLUMNS},
    )
