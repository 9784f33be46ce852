"""The evaluation page: run sets (each run is saved) and compare runs item by item.

Users' feedback is not here: it is read, and turned into evaluation items, on the admin page.
"""

from __future__ import annotations

import tempfile
from functools import partial
from pathlib import Path

import altair as alt
import pandas as pd
import streamlit as st

from erasbot.errors import ErasbotError
from erasbot.evaluation.compare import compare_runs
from erasbot.evaluation.questions import failures, metrics_by_language, question_metrics
from erasbot.evaluation.runner import run_evaluation
from erasbot.evaluation.runs import Run, RunStore
from erasbot.language import NATIVE_NAMES
from erasbot.settings import BUNDLED_EVALS_DIR
from erasbot.ui import eval_compare, loading
from erasbot.ui import format as fmt
from erasbot.ui.i18n import metric_label, t
from erasbot.ui.runtime import Runtime

EVALS_DIR = BUNDLED_EVALS_DIR
METRICS = ["hit@1", "hit@3", "mrr", "fact_recall", "abstention_precision", "abstention_recall"]
RATIOS = [*METRICS, "false_abstention", "unsupported_figures"]  # shown with two decimals
PER_LANGUAGE = [*RATIOS, "latency_p50_ms", "latency_p95_ms", "n"]
CONSORTIUM_METRICS = ["verdict_accuracy", "failing_rules_exact", "error_accuracy"]
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
# the evaluation runner's problem descriptions, shown in the interface language
PROBLEMS = {
    "abstained": "problem_abstained",
    "answered out-of-scope": "problem_answered",
    "expected document not in top 3": "problem_not_top3",
    "fact missing": "problem_fact",
    "figure not in its citations": "problem_figure",
}


def render() -> None:
    st.title(t("eval_title"))
    st.caption(t("eval_intro"))
    rt = loading.ready_runtime()
    if rt is None:
        return
    store = RunStore(rt.settings.runs_dir)
    run_tab, compare_tab = st.tabs([t("tab_run"), t("tab_compare")])
    with run_tab:
        _run_tab(rt, store)
    with compare_tab:
        eval_compare.render(store)


def _set_name(none: str, path: Path | None) -> str:
    return path.name if path else none


def _run_tab(rt: Runtime, store: RunStore) -> None:
    question_files = sorted(EVALS_DIR.glob("questions*.jsonl")) + sorted(rt.settings.evals_dir.glob("*.jsonl"))
    consortia_files = sorted(EVALS_DIR.glob("consortia*.jsonl"))
    no_set = partial(_set_name, t("no_set"))
    left, right = st.columns(2, gap="large")
    with left:
        chosen = st.selectbox(t("question_set"), [*question_files, None], format_func=no_set, key="eval_questions")
        upload = st.file_uploader(t("upload_set"), type=["jsonl"], key="eval_upload")
    with right:
        consortia = st.selectbox(
            t("consortium_set"), [*consortia_files, None], format_func=no_set, key="eval_consortia"
        )
        name = st.text_input(
            t("run_name"), key="eval_name", placeholder=t("run_name_placeholder", example="minilm-weights-1-1")
        )
        run = st.button(t("run_eval"), type="primary", icon=":material/play_arrow:", width="stretch")
    if run:
        questions = _path(upload) if upload is not None else chosen
        files = {"questions": upload.name} if upload is not None else None
        st.session_state["eval"] = _run(rt, store, questions, consortia, name.strip() or None, files)
    result = st.session_state.get("eval")
    if isinstance(result, str):
        st.error(fmt.escape(result), icon=":material/error:")
    elif isinstance(result, Run):
        _saved_note(store, result)
        if result.questions:
            _questions(result.questions)
        if result.consortia:
            _consortia(result.consortia, result.metrics["consortia"])


def _path(upload) -> Path:
    path = Path(tempfile.mkdtemp()) / "uploaded.jsonl"
    path.write_bytes(upload.getvalue())
    return path


def _run(
    rt: Runtime,
    store: RunStore,
    questions: Path | None,
    consortia: Path | None,
    name: str | None,
    files: dict[str, str] | None,
) -> Run | str:
    """Evaluate and save the run; a message instead when the input is unusable."""
    if questions is None and consortia is None:
        return t("choose_set")
    bar = st.progress(0.0, text=t("asking")) if questions is not None else None

    def step(done: int, total: int) -> None:
        if bar is not None:
            bar.progress(done / total, text=t("asked", done=done, total=total))

    try:
        run = run_evaluation(lambda: rt.engine, questions, consortia, name=name, on_item=step, set_files=files)
        store.save(run)
    except ErasbotError as exc:
        return str(exc)
    finally:
        if bar is not None:
            bar.empty()
    st.session_state["compare_b"] = run.id  # the comparison tab opens on this run against the previous one
    return run


def _saved_note(store: RunStore, run: Run) -> None:
    previous = store.previous(run)
    if previous is None:
        st.info(t("run_saved_first", run=fmt.code(run.id), set=fmt.escape(run.set_label)), icon=":material/save:")
        return
    c = compare_runs(previous, run)
    st.info(
        t(
            "run_saved_compared",
            run=fmt.code(run.id),
            previous=fmt.code(previous.id),
            wrong=c.count("newly wrong"),
            right=c.count("newly right"),
            changed=c.count("changed"),
            tab=t("tab_compare"),
        ),
        icon=":material/compare_arrows:",
    )


def _questions(records: list[dict]) -> None:
    metrics = question_metrics(records)
    st.subheader(t("questions_n", n=metrics["n"]))
    cells = [(metric_label(key), "–" if metrics[key] is None else f"{metrics[key]:.2f}") for key in METRICS]
    cells += [(metric_label(key), f"{metrics[key]:.0f} ms") for key in ("latency_p50_ms", "latency_p95_ms")]
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
            **{key: st.column_config.NumberColumn(metric_label(key), format="%.2f") for key in RATIOS},
            **{key: st.column_config.NumberColumn(metric_label(key), format="%.0f ms") for key in PER_LANGUAGE[-3:-1]},
            "n": st.column_config.NumberColumn(metric_label("n")),
        },
    )
    _items(records)


def _items(records: list[dict]) -> None:
    """Every question's outcome, or only those that missed."""
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
    columns = ["id", "ok", "lang", "question", "problem", "retrieved", "expected", "abstained", "answer", "ms"]
    st.dataframe(
        pd.DataFrame(rows, columns=columns),  # with nothing missed, the table keeps its columns
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
    for column, key in zip(st.columns(3), CONSORTIUM_METRICS):
        column.metric(metric_label(key), "–" if metrics.get(key) is None else f"{metrics[key]:.2f}")
    st.dataframe(
        pd.DataFrame(records),
        hide_index=True,
        width="stretch",
        column_config={"lang": t("col_language")} | {key: t("col_" + key) for key in CONSORTIUM_COLUMNS},
    )
