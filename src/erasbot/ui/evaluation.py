"""The evaluation page: run sets (each run is saved), compare runs item by item, turn feedback into items."""

from __future__ import annotations

import tempfile
from pathlib import Path

import altair as alt
import pandas as pd
import streamlit as st

from erasbot.errors import ErasbotError
from erasbot.evaluation.compare import CHANGE_ORDER, Comparison, compare_runs
from erasbot.evaluation.feedback import add_to_set, to_jsonl
from erasbot.evaluation.questions import failures, metrics_by_language, question_metrics
from erasbot.evaluation.runner import run_evaluation
from erasbot.evaluation.runs import Run, RunStore, metric_history
from erasbot.settings import BUNDLED_EVALS_DIR
from erasbot.ui import format as fmt
from erasbot.ui import loading
from erasbot.ui.runtime import Runtime

EVALS_DIR = BUNDLED_EVALS_DIR
METRICS = [
    ("hit@1", "hit@1"),
    ("hit@3", "hit@3"),
    ("mrr", "MRR"),
    ("fact_recall", "Fact recall"),
    ("abstention_precision", "Abstention precision"),
    ("abstention_recall", "Abstention recall"),
]


def render() -> None:
    st.title("Evaluation")
    st.caption("Run an evaluation set through the assistant to see whether a change made it better or worse.")
    rt = loading.ready_runtime()
    if rt is None:
        return
    store = RunStore(rt.settings.runs_dir)
    run_tab, compare_tab, feedback_tab = st.tabs(["Run", "Runs compared", "Feedback"])
    with run_tab:
        _run_tab(rt, store)
    with compare_tab:
        _compare_tab(store)
    with feedback_tab:
        _feedback(rt)


def _run_tab(rt: Runtime, store: RunStore) -> None:
    question_files = sorted(EVALS_DIR.glob("questions*.jsonl")) + sorted(rt.settings.evals_dir.glob("*.jsonl"))
    consortia_files = sorted(EVALS_DIR.glob("consortia*.jsonl"))
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
        name = st.text_input("Name for this run (optional)", key="eval_name", placeholder="e.g. minilm-weights-1-1")
        run = st.button("Run evaluation", type="primary", icon=":material/play_arrow:", width="stretch")
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
        return "Choose a question set or a consortium set."
    bar = st.progress(0.0, text="Asking the questions…") if questions is not None else None

    def step(done: int, total: int) -> None:
        if bar is not None:
            bar.progress(done / total, text=f"{done} of {total} questions")

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
        st.info(f"Saved as {fmt.code(run.id)}: the first run of {fmt.escape(run.set_label)}.", icon=":material/save:")
        return
    c = compare_runs(previous, run)
    st.info(
        f"Saved as {fmt.code(run.id)}. Against the previous run of this set ({fmt.code(previous.id)}): "
        f"**{c.count('newly wrong')} newly wrong**, {c.count('newly right')} newly right, "
        f"{c.count('changed')} changed — see *Runs compared*.",
        icon=":material/compare_arrows:",
    )


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


def _compare_tab(store: RunStore) -> None:
    """The run history of one set, its metrics over runs, and two runs compared item by item."""
    try:
        runs = store.all()
    except ErasbotError as exc:
        st.error(fmt.escape(str(exc)), icon=":material/error:")
        return
    if not runs:
        st.caption("No saved runs yet: every run of the *Run* tab is saved here.")
        return
    by_id = {r.id: r for r in runs}
    labels = list(dict.fromkeys(r.set_label for r in reversed(runs)))
    current = by_id.get(st.session_state.get("compare_b", ""))
    label = st.selectbox("Set", labels, index=labels.index(current.set_label) if current else 0, key="compare_set")
    history = [r for r in runs if r.set_label == label]
    st.markdown(f"**Runs of {fmt.escape(label)}** ({len(history)})")
    if len(history) > 1:
        st.altair_chart(_history_chart(history), width="stretch")
    st.dataframe(_runs_table(history), hide_index=True, width="stretch")
    ids = [r.id for r in reversed(history)]
    if len(ids) < 2 and len(runs) < 2:
        st.caption("Run the set again after a change to compare the two runs.")
        return
    all_ids = [r.id for r in reversed(runs)]
    b_default = st.session_state.get("compare_b") if st.session_state.get("compare_b") in ids else ids[0]
    left, right = st.columns(2)
    b_id = right.selectbox("B (after)", all_ids, index=all_ids.index(b_default), key="compare_b_choice")
    previous = store.previous(by_id[b_id])
    a_default = previous.id if previous else next(i for i in all_ids if i != b_id)
    a_id = left.selectbox("A (before)", all_ids, index=all_ids.index(a_default), key="compare_a_choice")
    if a_id == b_id:
        st.caption("Choose two different runs.")
        return
    _comparison(compare_runs(by_id[a_id], by_id[b_id]))


def _runs_table(runs: list[Run]) -> pd.DataFrame:
    rows = []
    for r in reversed(runs):
        q, c = r.metrics.get("questions") or {}, r.metrics.get("consortia") or {}
        rows.append(
            {
                "run": r.id,
                "time (UTC)": r.created[:16].replace("T", " "),
                "n": sum(s.n for s in r.sets.values()),
                "hit@1": q.get("hit@1"),
                "MRR": q.get("mrr"),
                "fact recall": q.get("fact_recall"),
                "abstention recall": q.get("abstention_recall"),
                "verdicts": c.get("verdict_accuracy"),
                "embedding": r.settings.get("embedding_model", ""),
            }
        )
    return pd.DataFrame(rows)


def _history_chart(runs: list[Run]) -> alt.Chart:
    data = pd.DataFrame(metric_history(runs))
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
            f"The set changed between the runs: {len(c.added)} items added, {len(c.removed)} removed. "
            f"Metrics are over the {c.shared} items both runs have.",
            icon=":material/difference:",
        )
    for key, a, b in c.settings:
        st.caption(f"Setting {fmt.code(key)}: {fmt.code(a)} → {fmt.code(b)}")
    overall = [m for m in c.metrics if m.group in ("questions", "consortia") and m.metric in _CARDS]
    for row in (overall[:4], overall[4:8]):
        if row:
            for column, m in zip(st.columns(4, border=True), row):
                column.metric(
                    f"{_CARDS[m.metric]} ({m.group})",
                    "–" if m.b is None else f"{m.b:.2f}",
                    f"{m.delta:+.3f}" if m.delta else None,  # no arrow when nothing moved
                    delta_color="inverse" if m.metric == "false_abstention" else "normal",
                )
    st.markdown(
        f"**{c.count('newly wrong')} newly wrong**, {c.count('newly right')} newly right, "
        f"{c.count('changed')} changed otherwise"
    )
    if not c.changes:
        st.caption("No item's outcome changed.")
        return
    langs = sorted({x.lang for x in c.changes})
    forms = sorted({x.form for x in c.changes})
    filters = st.columns(3)
    chosen_langs = filters[0].multiselect("Language", langs, key="diff_langs")
    chosen_forms = filters[1].multiselect("Question form", forms, key="diff_forms")
    chosen_changes = filters[2].multiselect("Change", list(CHANGE_ORDER), key="diff_changes")
    shown = c.filtered(set(chosen_langs) or None, set(chosen_forms) or None, set(chosen_changes) or None)
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "id": x.id,
                    "change": x.change,
                    "lang": x.lang,
                    "form": x.form,
                    "what changed": "; ".join(x.details),
                    "question": x.text,
                    "answer A": x.answer_a,
                    "answer B": x.answer_b,
                }
                for x in shown
            ],
            columns=["id", "change", "lang", "form", "what changed", "question", "answer A", "answer B"],
        ),
        hide_index=True,
        width="stretch",
        key="diff_table",
        column_config={
            "question": st.column_config.TextColumn(width="medium"),
            "answer A": st.column_config.TextColumn(width="large"),
            "answer B": st.column_config.TextColumn(width="large"),
        },
    )


_CARDS = {
    "hit@1": "hit@1",
    "hit@3": "hit@3",
    "mrr": "MRR",
    "fact_recall": "Fact recall",
    "abstention_recall": "Abstention recall",
    "false_abstention": "False abstention",
    "verdict_accuracy": "Verdicts",
    "failing_rules_exact": "Failing rules exact",
}


def _feedback(rt: Runtime) -> None:
    """Users' votes on answers, exportable as evaluation items."""
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
    _add_disliked(rt)
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


def _add_disliked(rt: Runtime) -> None:
    """ADMIN: belongs on the admin page when it exists; here until then. Adds the 👎 answers to a question
    set in the data directory, which the Run tab then offers, so they show up in the next run."""
    disliked = rt.feedback.disliked_items()
    if not disliked:
        return
    target = rt.settings.evals_dir / "feedback.jsonl"
    with st.container(border=True):
        st.markdown("**Admin** · turn 👎 answers into evaluation items")
        st.caption(
            f"Adds the {len(disliked)} 👎 answers to {fmt.code(target.name)} in the data directory (ids already "
            "there are skipped). Choose that set in the Run tab for the next run."
        )
        if st.button("Add 👎 answers to the feedback set", icon=":material/playlist_add:", key="add_disliked"):
            try:
                added = add_to_set(disliked, target)
            except ErasbotError as exc:
                st.error(fmt.escape(str(exc)), icon=":material/error:")
                return
            st.session_state["feedback_added"] = (
                f"Added {len(added.added)} items to {target.name}; {len(added.already_there)} were already there."
            )
            st.rerun()  # the Run tab, drawn before this one, then lists the set
        if message := st.session_state.pop("feedback_added", None):
            st.success(fmt.escape(message), icon=":material/check:")
