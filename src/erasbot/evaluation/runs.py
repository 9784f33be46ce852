"""Evaluation runs kept on disk, one JSON file each, so two can be compared without running anything again.

A run holds what `erasbot eval --json` prints (per-item records and metrics) plus when it ran,
which sets (file name and SHA-256) and with which settings (embedding model, fusion weights,
chunk size, backend, corpus hashes).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from erasbot.errors import ErasbotError

RUN_FORMAT = 1
_NAME = re.compile(r"^[\w.+-]{1,80}$")


class SetInfo(BaseModel):
    """An evaluation set as it was when the run read it."""

    model_config = ConfigDict(extra="forbid")

    file: str  # the file name: runs of "the same set" share it
    path: str
    sha256: str
    n: int


class Run(BaseModel):
    """One evaluation: the eval JSON document and what it was run on."""

    model_config = ConfigDict(extra="forbid")

    format: int = RUN_FORMAT
    id: str = ""  # the file stem, given when saved: <UTC time>-<name>
    name: str
    created: str  # ISO 8601, UTC
    sets: dict[str, SetInfo]  # "questions" and/or "consortia"
    settings: dict[str, Any] = Field(default_factory=dict)
    questions: list[dict] = Field(default_factory=list)
    consortia: list[dict] = Field(default_factory=list)
    metrics: dict[str, Any] = Field(default_factory=dict)

    @property
    def set_label(self) -> str:
        """The sets by file name ("questions.jsonl + consortia.jsonl"): what "the same set" means."""
        return " + ".join(self.sets[k].file for k in ("questions", "consortia") if k in self.sets)

    def eval_json(self) -> dict:
        """The design's `erasbot eval --json` document, with the run's id and settings added."""
        return {
            "questions": self.questions,
            "consortia": self.consortia,
            "metrics": self.metrics,
            "run": {"id": self.id, "name": self.name, "created": self.created, "set": self.set_label},
            "settings": self.settings,
        }


def now_utc() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def check_name(name: str) -> str:
    """A run name usable in a file name, or an ErasbotError saying what is allowed."""
    if not _NAME.match(name):
        raise ErasbotError(
            f"run name {name!r}: use 1 to 80 letters, digits, '.', '_', '+' or '-' (it becomes part of a file name)"
        )
    return name


class RunStore:
    """The runs directory: <data dir>/runs/<UTC time>-<name>.json, written atomically."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    def save(self, run: Run) -> Path:
        """Write the run under a new id (set on the run) and return its path."""
        check_name(run.name)
        stamp = datetime.fromisoformat(run.created).strftime("%Y%m%d-%H%M%S")
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            run_id, n = f"{stamp}-{run.name}", 2
            while (self.directory / f"{run_id}.json").exists():
                run_id, n = f"{stamp}-{run.name}-{n}", n + 1
            run.id = run_id
            target = self.directory / f"{run_id}.json"
            handle, temporary = tempfile.mkstemp(dir=self.directory, prefix=".saving-", suffix=".json")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(run.model_dump_json(indent=1))
            os.replace(temporary, target)
        except OSError as exc:
            raise ErasbotError(f"cannot save the run in {self.directory}: {exc.strerror or exc}") from None
        return target

    def paths(self) -> list[Path]:
        """Every saved run's file, oldest first (the ids start with the time)."""
        if not self.directory.is_dir():
            return []
        return sorted(p for p in self.directory.glob("*.json") if not p.name.startswith("."))

    def all(self) -> list[Run]:
        """Every saved run, oldest first."""
        return sorted((read_run(p) for p in self.paths()), key=lambda r: (r.created, r.id))

    def find(self, ref: str) -> Run:
        """A run by path, id (file stem) or name (the latest run of that name)."""
        path = Path(ref).expanduser()
        if path.suffix == ".json" and path.is_file():
            return read_run(path)
        by_id = self.directory / f"{ref}.json"
        if by_id.is_file():
            return read_run(by_id)
        named = [r for r in self.all() if r.name == ref]
        if named:
            return named[-1]
        known = ", ".join(p.stem for p in self.paths()[-5:]) or "none yet"
        raise ErasbotError(
            f"no run {ref!r} in {self.directory} (a run is named by its id, its name or a file path; "
            f"latest: {known}); `erasbot runs` lists them"
        )

    def latest(self) -> Run | None:
        paths = self.paths()
        return read_run(paths[-1]) if paths else None

    def previous(self, run: Run) -> Run | None:
        """The latest run of the same set saved before this one, if any (read newest first, stopping early)."""
        for path in reversed(self.paths()):
            if path.stem == run.id:
                continue
            other = read_run(path)
            if other.set_label == run.set_label and (other.created, other.id) < (run.created, run.id):
                return other
        return None

    def pair(self, refs: list[str]) -> tuple[Run, Run]:
        """The two runs to compare: [A, B] as given; [A] against the latest run; [] the latest run
        against the run of the same set before it."""
        if len(refs) > 2:
            raise ErasbotError(f"compare takes at most two runs (A and B), not {len(refs)}: {' '.join(refs)}")
        if len(refs) == 2:
            return self.find(refs[0]), self.find(refs[1])
        latest = self.latest()
        if latest is None:
            raise ErasbotError(f"no saved runs in {self.directory}: run `erasbot eval` first")
        if len(refs) == 1:
            a = self.find(refs[0])
            if a.id == latest.id:
                raise ErasbotError(f"{a.id} is the latest run: name a second run to compare it with")
            return a, latest
        before = self.previous(latest)
        if before is None:
            raise ErasbotError(
                f"the latest run {latest.id} ({latest.set_label}) has no earlier run of the same set; "
                "name the two runs to compare"
            )
        return before, latest


HISTORY_METRICS = (
    ("questions", "hit@1"),
    ("questions", "hit@3"),
    ("questions", "mrr"),
    ("questions", "fact_recall"),
    ("questions", "abstention_recall"),
    ("questions", "false_abstention"),
    ("consortia", "verdict_accuracy"),
    ("consortia", "failing_rules_exact"),
)


def metric_history(runs: list[Run]) -> list[dict]:
    """One row per run and metric (run, label, created, metric, value), oldest first, for a chart over runs."""
    return [
        {
            "run": r.id,
            "label": f"{r.name} · {r.created[5:16].replace('T', ' ')}",
            "created": r.created,
            "metric": key,
            "value": r.metrics[group][key],
        }
        for r in sorted(runs, key=lambda r: (r.created, r.id))
        for group, key in HISTORY_METRICS
        if (r.metrics.get(group) or {}).get(key) is not None
    ]


def read_run(path: Path) -> Run:
    """A run file; ErasbotError naming the file when it cannot be read."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ErasbotError(f"{path}: cannot read the run ({exc.strerror or exc})") from None
    except json.JSONDecodeError as exc:
        raise ErasbotError(f"{path}: not a run file (invalid JSON at line {exc.lineno})") from None
    try:
        run = Run.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "file"
        raise ErasbotError(f"{path}: not a run file ({field}: {first['msg']})") from None
    if run.format != RUN_FORMAT:
        raise ErasbotError(f"{path}: run format {run.format}, this erasbot reads format {RUN_FORMAT}")
    run.id = run.id or Path(path).stem
    return run
