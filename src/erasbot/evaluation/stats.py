"""Figures: the one percentile used for every latency (evaluation metrics, benchmarks), and how a
metric is written in a table."""

from __future__ import annotations

from collections.abc import Iterable


def percentile(values: Iterable[float], q: float) -> float | None:
    """The nearest-rank q-quantile (0 <= q <= 1) of the values; None when there are none."""
    if not 0.0 <= q <= 1.0:
        raise ValueError(f"a percentile is between 0 and 1, not {q!r}")
    ordered = sorted(values)
    if not ordered:
        return None
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def latency_ms(seconds: Iterable[float], digits: int = 1) -> dict[str, float | None]:
    """p50 and p95 of timings given in seconds, in milliseconds."""
    values = list(seconds)
    out: dict[str, float | None] = {}
    for name, q in (("p50_ms", 0.5), ("p95_ms", 0.95)):
        value = percentile(values, q)
        out[name] = None if value is None else round(value * 1000, digits)
    return out


def format_metric(value: object) -> str:
    """A metric for a table: – for none, three decimals for a ratio, one for larger figures."""
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}" if value <= 1.0 else f"{value:.1f}"
    return str(value)


# The question metrics in the order the report, the added-documents report and the tables show them.
QUESTION_METRICS = [
    "n",
    "hit@1",
    "hit@3",
    "mrr",
    "fact_recall",
    "abstention_precision",
    "abstention_recall",
    "false_abstention",
    "unsupported_figures",
    "answer_chars_median",
    "latency_p50_ms",
    "latency_p95_ms",
]
