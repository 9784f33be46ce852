"""Two saved runs side by side: metric deltas and every item whose outcome changed (pure).

Metrics are recomputed over the items both runs share, so a set that grew between the runs
does not pass for a change in quality; added and removed items are listed apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from erasbot.evaluation.consortia import consortium_metrics
from erasbot.evaluation.outcomes import Difference, Outcome, differences, outcomes_of
from erasbot.evaluation.questions import metrics_by_language, question_metrics
from erasbot.evaluation.runs import Run

HIGHER_IS_BETTER = {
    "hit@1",
    "hit@3",
    "mrr",
    "fact_recall",
    "abstention_precision",
    "abstention_recall",
    "verdict_accuracy",
    "failing_rules_exact",
    "error_accuracy",
}
LOWER_IS_BETTER = {"false_abstention", "unsupported_figures", "latency_p50_ms", "latency_p95_ms"}
CHANGE_ORDER = {"newly wrong": 0, "newly right": 1, "changed": 2}


@dataclass(frozen=True)
class MetricDelta:
    group: str  # "questions", "questions sv", "consortia"
    metric: str
    a: float | None
    b: float | None

    @property
    def delta(self) -> float | None:
        return None if self.a is None or self.b is None else round(self.b - self.a, 4)

    @property
    def direction(self) -> str:
        """better, worse, same, or "" for a figure with no better side (n, answer length)."""
        if self.delta is None or self.delta == 0:
            return "same" if self.a == self.b else ""
        if self.metric in HIGHER_IS_BETTER:
            return "better" if self.delta > 0 else "worse"
        if self.metric in LOWER_IS_BETTER:
            return "better" if self.delta < 0 else "worse"
        return ""


@dataclass(frozen=True)
class ItemChange:
    """One item whose outcome differs between the runs, with both answers."""

    id: str
    kind: str  # question or consortium
    lang: str
    form: str
    text: str  # the question, or the case's action
    change: str  # newly wrong, newly right, changed
    details: tuple[Difference, ...]
    a: Outcome
    b: Outcome
    answer_a: str
    answer_b: str

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "lang": self.lang,
            "form": self.form,
            "text": self.text,
            "change": self.change,
            "details": [str(d) for d in self.details],
            "a": self.a.model_dump(),
            "b": self.b.model_dump(),
            "answer_a": self.answer_a,
            "answer_b": self.answer_b,
        }


@dataclass(frozen=True)
class Comparison:
    a: str  # run ids
    b: str
    set_a: str
    set_b: str
    metrics: list[MetricDelta]
    changes: list[ItemChange]
    shared: int = 0  # items both runs have: the metrics are over these
    added: list[str] = field(default_factory=list)  # ids only in b
    removed: list[str] = field(default_factory=list)  # ids only in a
    settings: list[tuple[str, Any, Any]] = field(default_factory=list)  # (key, a, b) that differ
    sets_changed: list[str] = field(default_factory=list)  # set files whose content differs

    def filtered(
        self, langs: set[str] | None = None, forms: set[str] | None = None, changes: set[str] | None = None
    ) -> list[ItemChange]:
        """The changed items in the given languages, question forms and kinds of change (None: all)."""
        return [
            c
            for c in self.changes
            if (langs is None or c.lang in langs)
            and (forms is None or c.form in forms)
            and (changes is None or c.change in changes)
        ]

    def count(self, change: str) -> int:
        return sum(1 for c in self.changes if c.change == change)

    def to_json(self) -> dict:
        return {
            "a": self.a,
            "b": self.b,
            "sets": {"a": self.set_a, "b": self.set_b, "changed": self.sets_changed, "shared_items": self.shared},
            "settings_changed": [{"key": k, "a": a, "b": b} for k, a, b in self.settings],
            "metrics": [
                {"group": m.group, "metric": m.metric, "a": m.a, "b": m.b, "delta": m.delta, "direction": m.direction}
                for m in self.metrics
            ],
            "summary": {name: self.count(name) for name in CHANGE_ORDER}
            | {
                "added": len(self.added),
                "removed": len(self.removed),
            },
            "changes": [c.to_json() for c in self.changes],
            "added": self.added,
            "removed": self.removed,
        }


def compare_runs(a: Run, b: Run) -> Comparison:
    """What changed from run a to run b."""
    out_a = outcomes_of(a.questions, a.consortia)
    out_b = outcomes_of(b.questions, b.consortia)
    shared = [i for i in out_b if i in out_a]
    records_a = {r["id"]: r for r in a.questions + a.consortia}
    records_b = {r["id"]: r for r in b.questions + b.consortia}
    changes = []
    for item_id in shared:
        details = differences(out_a[item_id], out_b[item_id])
        if not details:
            continue
        was, now = out_a[item_id].right, out_b[item_id].right
        change = "changed" if was == now else ("newly right" if now else "newly wrong")
        changes.append(_change(item_id, change, details, out_a[item_id], out_b[item_id], records_a, records_b))
    changes.sort(key=lambda c: (CHANGE_ORDER[c.change], c.id))
    return Comparison(
        a=a.id,
        b=b.id,
        set_a=a.set_label,
        set_b=b.set_label,
        metrics=_metric_deltas(a, b, set(shared)),
        changes=changes,
        shared=len(shared),
        added=[i for i in out_b if i not in out_a],
        removed=[i for i in out_a if i not in out_b],
        settings=settings_changes(a.settings, b.settings),
        sets_changed=[b.sets[k].file for k in b.sets if k in a.sets and a.sets[k].sha256 != b.sets[k].sha256],
    )


def _change(item_id, change, details, oa: Outcome, ob: Outcome, records_a: dict, records_b: dict) -> ItemChange:
    ra, rb = records_a[item_id], records_b[item_id]
    return ItemChange(
        id=item_id,
        kind=ob.kind,
        lang=ob.lang,
        form=ob.form,
        text=rb.get("question") or rb.get("action") or "",
        change=change,
        details=tuple(details),
        a=oa,
        b=ob,
        answer_a=_shown(ra),
        answer_b=_shown(rb),
    )


def _shown(record: dict) -> str:
    """The answer, or for a consortium case its verdict and failing rules."""
    if "answer" in record:
        return record["answer"]
    if record.get("error"):
        return "refused"
    failing = ", ".join(record.get("failing") or [])
    return f"{record.get('verdict')}" + (f" (failing: {failing})" if failing else "")


def _metric_deltas(a: Run, b: Run, shared: set[str]) -> list[MetricDelta]:
    qa = [r for r in a.questions if r["id"] in shared]
    qb = [r for r in b.questions if r["id"] in shared]
    groups: list[tuple[str, dict, dict]] = []
    if qa and qb:
        groups.append(("questions", question_metrics(qa), question_metrics(qb)))
        by_a, by_b = metrics_by_language(qa), metrics_by_language(qb)
        groups += [(f"questions {lang}", by_a[lang], by_b[lang]) for lang in by_b if lang in by_a]
    ca = [r for r in a.consortia if r["id"] in shared]
    cb = [r for r in b.consortia if r["id"] in shared]
    if ca and cb:
        groups.append(("consortia", consortium_metrics(ca), consortium_metrics(cb)))
    return [MetricDelta(group, key, ma.get(key), mb.get(key)) for group, ma, mb in groups for key in mb]


def _flat(settings: dict, prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in settings.items():
        if isinstance(value, dict):
            out |= _flat(value, f"{prefix}{key}.")
        else:
            out[f"{prefix}{key}"] = value
    return out


def settings_changes(a: dict, b: dict) -> list[tuple[str, Any, Any]]:
    """(key, a, b) for every setting that differs, nested keys dotted ("weights.dense")."""
    fa, fb = _flat(a), _flat(b)
    return [(k, fa.get(k), fb.get(k)) for k in sorted(fa.keys() | fb.keys()) if fa.get(k) != fb.get(k)]
