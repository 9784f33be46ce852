"""Terminal tables for evaluation runs, comparisons, the baseline check and the benchmark.

Questions and answers are user text, so they are printed as plain Text, never as markup.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from erasbot.evaluation.baseline import BaselineCheck, format_items
from erasbot.evaluation.compare import Comparison
from erasbot.evaluation.runs import Run
from erasbot.evaluation.stats import format_metric

DIRECTION_STYLES = {"better": "green", "worse": "bold red", "same": "dim", "": ""}
CHANGE_STYLES = {"newly wrong": "bold red", "newly right": "green", "changed": "yellow"}
KEY_METRICS = (
    ("questions", "hit@1", "hit@1"),
    ("questions", "mrr", "MRR"),
    ("questions", "fact_recall", "facts"),
    ("questions", "abstention_recall", "abst."),
    ("consortia", "verdict_accuracy", "verd."),
)


def print_eval(console: Console, result: dict) -> None:
    """Per-item records, then the metrics (an `erasbot eval --json` document)."""
    if result["questions"]:
        table = Table(title="Questions", show_lines=False)
        for column in ("id", "lang", "abstained", "top document", "s", "answer"):
            table.add_column(column, overflow="ellipsis", no_wrap=column != "answer")
        for r in result["questions"]:
            first = r["answer"].split("\n", 1)[0]
            top = r["retrieved_docs"][0] if r["retrieved_docs"] else "–"
            table.add_row(
                r["id"], r["lang"], "yes" if r["abstained"] else "", top, f"{r['seconds']:.3f}", Text(first[:120])
            )
        console.print(table)
        _metrics_table(
            console,
            "Question metrics",
            {"all": result["metrics"]["questions"], **result["metrics"]["questions_by_language"]},
        )
        if result["metrics"].get("questions_by_form"):
            _metrics_table(console, "Question metrics per form", result["metrics"]["questions_by_form"])
    if result["consortia"]:
        table = Table(title="Consortia")
        for column in ("id", "verdict", "expected", "failing", "error", "ok"):
            table.add_column(column, overflow="fold")
        for r in result["consortia"]:
            table.add_row(
                r["id"],
                str(r.get("verdict")),
                str(r.get("expected_verdict")),
                ", ".join(r.get("failing") or []),
                "yes" if r.get("error") else "",
                "✓" if r.get("correct") else "✗",
            )
        console.print(table)
        _metrics_table(console, "Consortium metrics", {"all": result["metrics"]["consortia"]})


def _metrics_table(console: Console, title: str, rows: dict[str, dict]) -> None:
    """Metrics down, groups (all, per language) across: narrow enough for a terminal."""
    keys = list(next(iter(rows.values())).keys())
    table = Table(title=title)
    table.add_column("metric")
    for name in rows:
        table.add_column(name, justify="right")
    for key in keys:
        table.add_row(key, *(format_metric(metrics.get(key)) for metrics in rows.values()))
    console.print(table)


def print_runs(console: Console, runs: list[Run]) -> None:
    """The saved runs, oldest first: id (its UTC time and name), set, item count and the key metrics."""
    table = Table(title=f"Saved evaluation runs ({len(runs)})")
    table.add_column("run (UTC time-name)", no_wrap=True)
    table.add_column("set", no_wrap=True)
    table.add_column("n", justify="right")
    for _, _, label in KEY_METRICS:
        table.add_column(label, justify="right")
    for run in runs:
        n = sum(s.n for s in run.sets.values())
        values = [format_metric((run.metrics.get(group) or {}).get(key)) for group, key, _ in KEY_METRICS]
        sets = "+".join(Path(s.file).stem for s in run.sets.values())
        table.add_row(run.id, sets, str(n), *values)
    console.print(table)


def print_comparison(console: Console, comparison: Comparison, all_groups: bool = False) -> None:
    """Metric deltas (per language only where a quality metric moved), then each changed item, both answers."""
    c = comparison
    console.print(Text(f"Comparing {c.a} (A) with {c.b} (B)", style="bold"))
    if c.set_a != c.set_b:
        console.print(Text(f"Sets: A {c.set_a}; B {c.set_b}", style="yellow"))
    if c.sets_changed or c.added or c.removed:
        console.print(
            Text(
                f"The set changed between the runs ({', '.join(c.sets_changed) or 'ids'}): {len(c.added)} items added, "
                f"{len(c.removed)} removed; metrics below are over the {c.shared} items both runs have.",
                style="yellow",
            )
        )
    for key, a, b in c.settings:
        console.print(Text(f"Setting {key}: {a} → {b}", style="cyan"))
    table = Table(title="Metrics, A → B")
    for column in ("group", "metric", "A", "B", "Δ"):
        table.add_column(column, justify="left" if column in ("group", "metric") else "right")
    for m in c.metrics:
        overall = m.group in ("questions", "consortia")
        if m.metric == "n" or (not overall and not all_groups and (m.delta in (0, None) or "latency" in m.metric)):
            continue
        delta = Text(_delta(m.delta), style=DIRECTION_STYLES[m.direction])
        table.add_row(m.group, m.metric, format_metric(m.a), format_metric(m.b), delta)
    console.print(table)
    summary = ", ".join(f"{c.count(name)} {name}" for name in ("newly wrong", "newly right", "changed"))
    console.print(Text(f"Items: {summary}.", style="bold"))
    if not c.changes:
        return
    console.print()
    for change in c.changes:
        head = Text(f"{change.id} ", style="bold")
        head.append(change.change, style=CHANGE_STYLES[change.change])
        head.append(f"  {change.lang} · {change.form} · {'; '.join(map(str, change.details))}")
        console.print(head)
        console.print(Text(f"  {change.text}", style="italic"))
        if change.answer_a == change.answer_b:
            console.print(Text(f"  A = B: {_short(change.answer_a)}", style="dim"))
        else:
            console.print(Text(f"  A: {_short(change.answer_a)}"))
            console.print(Text(f"  B: {_short(change.answer_b)}"))


def _delta(delta: float | None) -> str:
    if delta is None:
        return ""
    if delta == 0:
        return "0"
    return f"{delta:+.3f}" if abs(delta) <= 1 else f"{delta:+.1f}"


def _short(text: str, limit: int = 240) -> str:
    """The answer on one line, cut at limit characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def print_baseline_check(console: Console, check: BaselineCheck) -> None:
    """Each metric against the baseline over the shared items, then what regressed."""
    table = Table(title=f"Against the baseline ({check.shared} shared items, {len(check.added)} new not judged)")
    for column in ("metric", "items", "baseline", "now", "lost", "regressed items"):
        table.add_column(column, justify="right" if column in ("items", "baseline", "now", "lost") else "left")
    for m in check.metrics:
        style = "bold red" if m.failed else ("yellow" if m.regressed else "green")
        table.add_row(
            m.metric,
            str(m.items),
            format_items(m.baseline),
            format_items(m.current),
            Text(format_items(m.lost), style=style),
            ", ".join(r.id for r in m.regressed),
        )
    console.print(table)
    console.print(Text(check.message(), style="bold red" if check.failed else "green"))


def print_bench(console: Console, figures: dict) -> None:
    """The benchmark's figures: search against the naive baseline, the checker, comparing runs."""
    table = Table(
        title=f"erasbot bench ({figures['questions']} questions × {figures['runs']} runs, {figures['embedding_model']})"
    )
    for column in ("figure", "erasbot", "naive baseline", "ratio"):
        table.add_column(column, justify="right" if column != "figure" else "left")
    r = figures["ratios"]
    table.add_row(
        "ingest, cold (s)",
        f"{figures['ingest_cold_s']:.2f} ({figures['ingest_cold_embedded']} embedded)",
        f"{figures['naive_ingest_cold_s']:.2f}",
        f"{r['ingest_cold']:.2f}",
    )
    table.add_row(
        "re-ingest, unchanged (s)",
        f"{figures['reingest_unchanged_s']:.3f} ({figures['reingest_unchanged_embedded']} embedded)",
        f"{figures['naive_reingest_s']:.2f} (re-embeds all)",
        f"{r['reingest_unchanged']:.3f}",
    )
    for name in ("search", "ask"):
        ours, naive = figures[name], figures[f"naive_{name}"]
        table.add_row(
            f"{name}, warm p50 / p95 (ms)",
            f"{ours['p50_ms']:.1f} / {ours['p95_ms']:.1f}",
            f"{naive['p50_ms']:.1f} / {naive['p95_ms']:.1f}",
            f"{r[name + '_p50']:.2f}",
        )
    console.print(table)
    for title, key in (("checker", "checker"), ("comparing two saved runs", "compare")):
        if figures.get(key):
            _figures_table(console, title, figures[key])


def _figures_table(console: Console, title: str, figures: dict) -> None:
    table = Table(title=title)
    table.add_column("figure")
    table.add_column("value", justify="right")
    for key, value in figures.items():
        table.add_row(key, f"{value:,.2f}" if isinstance(value, float) else str(value))
    console.print(table)
