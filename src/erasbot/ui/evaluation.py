"""The evaluation page: run question and consortium sets, show metrics, plots and per-item results."""

from __future__ import annotations

import tempfile
from pathlib import Path

import altair as alt
import pandas as pd
import streamlit as st

from erasbot.errors import ErasbotError
from erasbot.evaluation.feedback import to_jsonl
from erasbot.evaluation.questions import failures, load_questions, metrics_by_language, question_metrics, run_questions
from erasbot.settings import REPO_ROOT
from erasbot.ui import format as fmt
from erasbot.ui.runtime import Runtime

EVALS_DIR = REPO_ROOT / "evals"
METRICS = [
    ("hit@1", "hit@1"),
    ("hit@3", "hit@3"),
    ("mrr", "MRR"),
    ("fact_recall", "Fact recall"),
    ("abstention_precision", "Abstention precision"),
    ("abstention_recall", "Abstention recall"),
]


def render(rt: Runtime) -> None:
    st.title("Evaluation")
    st.caption("Run an evaluation set through the assistant to see whether a change made it better or worse.")
    question_files = sorted(p for p in EVALS_DIR.glob("questions*.jsonl"))
    consortia_files = sorted(p for p in EVALS_DIR.glob("consortia*.jsonl"))
    left, right = st.columns(2, gap="large")
    with left:
        chosen = st.selectbox(
            "Question set", [*question_files, None], format_func=lambda p: p.name if p else "None", key="eval_questions"
        )
        upload = st.file_uploader("…or upload one (questions.jsonl format)", type=["jsonl"], key="eval_upload")
    with right:
        consortia = st.selectbox(
            "Consortium set",
            [*consortia_files, None],
            format_func=lambda p: p.name if p else "None",
            key="eval_consortia",
        )
        st.write("")
        run = st.button("Run evaluation", type="primary", icon=":material/play_arrow:", width="stretch")
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
    _feedback(rt)


def _path(upload) -> Path:
    path = Path(tempfile.mkdtemp()) / "uploaded.jsonl"
    path.write_bytes(upload.getvalue())
    return path


def _run(rt: Runtime, questions: Path | None, consortia: Path | None) -> dict | str:
    out: dict = {}
    try:
        if questions is not None:
            items = load_questions(questions)
            bar = st.progress(0.0, text="Asking the questions…")
            records = []
            for n, item in enumerate(items, start=1):
                records += run_questions(rt.engine, [item])
                bar.progress(n / len(items), text=f"{n} of {len(items)} questions")
            bar.empty()
            out["questions"] = records
        if consortia is not None:
            from erasbot.evaluation.consortia import run_consortia

            out["consortia"] = run_consortia(consortia)
    except ErasbotError as exc:
        return str(exc)
    return out or "Choose a question set or a consortium set."


def _questions(records: list[dict]) -> None:
    metrics = question_metrics(records)
    st.subheader(f"Questions ({metrics['n']})")
    cells = [(label, "–" if metrics[key] is None else f"{metrics[key]:.2f}") for key, label in METRICS]
    cells += [
        ("Latency p50", f"{metrics['latency_p50_ms']:.0f} ms"),
        ("Latency p95", f"{metrics['latency_p95_ms']:.0f} ms"),
    ]
    for row in (cells[:4], cells[4:]):
        for column, (label, value) in zip(st.columns(4, border=True), row):
            column.metric(label, value)
    by_lang = metrics_by_language(records)
    plots = st.columns(2, gap="large")
    with plots[0]:
        st.markdown("**hit@k per language**")
        st.altair_chart(_hit_chart(by_lang), width="stretch")
    with plots[1]:
        st.markdown("**Latency per question**")
        st.altair_chart(_latency_chart(records), width="stretch")
    st.markdown("**Per language**")
    table = pd.DataFrame(by_lang).T[
        [key for key, _ in METRICS] + ["false_abstention", "latency_p50_ms", "latency_p95_ms", "n"]
    ]
    st.dataframe(
        table.rename(columns=dict(METRICS)),
        width="stretch",
        column_config={label: st.column_config.NumberColumn(format="%.2f") for _, label in METRICS},
    )
    st.markdown("**Per item**")
    missed = {f["id"]: "; ".join(f["problems"]) for f in failures(records)}
    only_missed = st.toggle(f"Only the {len(missed)} items that missed", key="only_missed")
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
            "ok": st.column_config.CheckboxColumn("ok"),
            "question": st.column_config.TextColumn(width="large"),
            "answer": st.column_config.TextColumn(width="large"),
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
            x=alt.X("ms:Q", bin=alt.Bin(maxbins=30), title="milliseconds"),
            y=alt.Y("count():Q", title="questions"),
            color=alt.Color("language:N", title=None, legend=alt.Legend(orient="bottom")),
        )
        .properties(height=260)
    )


def _consortia(records: list[dict], metrics: dict) -> None:
    st.subheader(f"Consortia ({metrics['n']})")
    columns = st.columns(3)
    for column, (key, label) in zip(
        columns,
        [
            ("verdict_accuracy", "Verdict accuracy"),
            ("failing_rules_exact", "Failing rules exact"),
            ("error_accuracy", "Refusals right"),
        ],
    ):
        column.metric(label, "–" if metrics.get(key) is None else f"{metrics[key]:.2f}")
    st.dataframe(pd.DataFrame(records), hide_index=True, width="stretch")


def _feedback(rt: Runtime) -> None:
    """Users' votes on answers, exportable as evaluation items."""
    st.divider()
    st.subheader("Feedback from the chat")
    votes = rt.feedback.all()
    if not votes:
        st.caption("No votes yet: rate answers in the chat with 👍 or 👎.")
        return
    liked = sum(1 for v in votes if v.rating > 0)
    st.caption(f"{len(votes)} votes: {liked} 👍, {len(votes) - liked} 👎.")
    left, right = st.columns(2)
    left.download_button(
        "Liked answers as evaluation items",
        to_jsonl(rt.feedback.export_items()),
        file_name="feedback-questions.jsonl",
        mime="application/jsonl",
        icon=":material/download:",
        width="stretch",
    )
    right.download_button(
        "All votes, to review",
        to_jsonl(rt.feedback.export_items(include_disliked=True)),
        file_name="feedback-review.jsonl",
        mime="application/jsonl",
        icon=":material/download:",
        width="stretch",
    )
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "👍/👎": "👍" if v.rating > 0 else "👎",
                    "question": v.question,
                    "reason": v.reason,
                    "answer": v.answer,
                    "backend": v.settings.get("backend", ""),
                }
                for v in votes
            ]
        ),
        hide_index=True,
        width="stretch",
    )
