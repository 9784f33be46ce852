"""The committed baseline (evals/baseline.json): main's per-item outcomes and metrics, and the check
that no metric got worse than it by more than one item.

Only items present in both the baseline and the run count, so items added to a set later are
not regressions and removed ones are not losses. Latency is left out: it depends on the machine.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from erasbot.errors import ErasbotError
from erasbot.evaluation.compare import settings_changes
from erasbot.evaluation.outcomes import ITEM_SCORES, CaseOutcome, Outcome, QuestionOutcome, differences, outcomes_of
from erasbot.evaluation.runs import Run

BASELINE_FORMAT = 1
TOLERANCE_ITEMS = 1.0
UPDATE_HINT = "If the change is meant, run `erasbot baseline update` and commit evals/baseline.json."
_MACHINE_FIGURES = ("latency_p50_ms", "latency_p95_ms")


class Baseline(BaseModel):
    """What main scored, item by item; no timings, so the file changes only when results do."""

    model_config = ConfigDict(extra="forbid")

    format: int = BASELINE_FORMAT
    sets: dict[str, dict[str, Any]]  # kind -> {"file", "sha256", "n"}
    settings: dict[str, Any] = Field(default_factory=dict)
    metrics: dict[str, Any]
    outcomes: list[Annotated[QuestionOutcome | CaseOutcome, Field(discriminator="kind")]]


def setup_problems(settings) -> list[str]:
    """Why these settings cannot make main's baseline (it is measured on the defaults and the bundled corpus)."""
    from erasbot.settings import DEFAULT_EMBEDDING, REPO_ROOT

    problems = []
    if settings.embedding != DEFAULT_EMBEDDING:
        problems.append(
            f"ERASBOT_EMBEDDING is {settings.embedding!r}; the baseline uses the default {DEFAULT_EMBEDDING!r}"
        )
    if Path(settings.corpus_dir).resolve() != (REPO_ROOT / "corpus").resolve():
        problems.append(f"ERASBOT_CORPUS_DIR is {settings.corpus_dir}; the baseline uses the bundled corpus/")
    user_docs = settings.user_documents_dir
    if user_docs.is_dir() and any(user_docs.iterdir()):
        problems.append(
            f"{user_docs} holds your own documents; point ERASBOT_DATA_DIR at another directory for the baseline"
        )
    return problems


def baseline_from_run(run: Run) -> Baseline:
    """The baseline a run makes: its outcomes and its metrics without the machine-dependent figures."""
    metrics = json.loads(json.dumps(run.metrics))
    for group in [metrics.get("questions"), *(metrics.get("questions_by_language") or {}).values()]:
        for key in _MACHINE_FIGURES:
            (group or {}).pop(key, None)
    return Baseline(
        sets={k: {"file": s.file, "sha256": s.sha256, "n": s.n} for k, s in run.sets.items()},
        settings=run.settings,
        metrics=metrics,
        outcomes=list(outcomes_of(run.questions, run.consortia).values()),
    )


def write_baseline(baseline: Baseline, path: Path) -> Path:
    """Write atomically (temporary file, then rename)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".baseline-", suffix=".json")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(baseline.model_dump_json(indent=1) + "\n")
        os.chmod(temporary, 0o644)  # a committed file, readable like its neighbours (mkstemp makes it private)
        os.replace(temporary, path)
    except OSError as exc:
        raise ErasbotError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path


def read_baseline(path: Path) -> Baseline:
    try:
        return Baseline.model_validate_json(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ErasbotError(
            f"{path}: cannot read the baseline ({exc.strerror or exc}); create it with `erasbot baseline update`"
        ) from None
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "file"
        raise ErasbotError(f"{path}: not a baseline file ({field}: {first['msg']}). {UPDATE_HINT}") from None


def format_items(value: float) -> str:
    """A count of items, with at most two decimals (MRR counts fractions of an item)."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class Regression:
    id: str
    details: tuple[str, ...]


@dataclass(frozen=True)
class MetricCheck:
    """One metric over the items shared with the baseline: how many items' worth it lost."""

    metric: str
    items: int  # shared items the metric counts
    baseline: float  # summed per-item scores
    current: float
    regressed: tuple[Regression, ...]  # items whose score fell
    improved: tuple[str, ...]

    @property
    def lost(self) -> float:
        return round(self.baseline - self.current, 4)

    @property
    def failed(self) -> bool:
        return self.lost > TOLERANCE_ITEMS


@dataclass(frozen=True)
class BaselineCheck:
    metrics: list[MetricCheck]
    shared: int
    added: list[str]  # in the run, not in the baseline: not judged
    removed: list[str]
    settings: list[tuple[str, Any, Any]] = field(default_factory=list)  # (key, baseline, run) that differ

    @property
    def failed(self) -> list[MetricCheck]:
        return [m for m in self.metrics if m.failed]

    def message(self) -> str:
        """Which metrics got worse by more than one item, and the items behind each."""
        lines = []
        for m in self.failed:
            lines.append(
                f"{m.metric}: {format_items(m.lost)} items worse than the baseline "
                f"({format_items(m.baseline)} → {format_items(m.current)} of {m.items})"
            )
            lines += [f"  {r.id}: {'; '.join(r.details) or 'score fell'}" for r in m.regressed]
            if m.improved:
                lines.append(f"  (improved: {', '.join(m.improved)})")
        if not lines:
            return f"No metric is worse than the baseline by more than {TOLERANCE_ITEMS:g} item."
        context = [f"Setting {key}: {a} in the baseline, {b} in this run" for key, a, b in self.settings]
        return "\n".join(lines + context + [UPDATE_HINT])


def check_against_baseline(baseline: Baseline, run: Run) -> BaselineCheck:
    """Each metric's per-item scores in the baseline and in the run, over the items both have."""
    before: dict[str, Outcome] = {o.id: o for o in baseline.outcomes}
    now = outcomes_of(run.questions, run.consortia)
    shared = [i for i in now if i in before]
    checks = []
    for metric, score in ITEM_SCORES.items():
        pairs = [(i, score(before[i]), score(now[i])) for i in shared]
        pairs = [(i, x, y) for i, x, y in pairs if x is not None and y is not None]
        if not pairs:
            continue
        checks.append(
            MetricCheck(
                metric=metric,
                items=len(pairs),
                baseline=round(sum(x for _, x, _ in pairs), 4),
                current=round(sum(y for _, _, y in pairs), 4),
                regressed=tuple(
                    Regression(i, tuple(map(str, differences(before[i], now[i])))) for i, x, y in pairs if y < x
                ),
                improved=tuple(i for i, x, y in pairs if y > x),
            )
        )
    return BaselineCheck(
        metrics=checks,
        shared=len(shared),
        added=[i for i in now if i not in before],
        removed=[i for i in before if i not in now],
        settings=settings_changes(baseline.settings, run.settings),
    )
