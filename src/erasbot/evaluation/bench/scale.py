"""`erasbot bench --scale`: the same figures at 1x, 10x and 100x the bundled corpus, side by side.

A corpus of N x is the bundled documents plus N-1 variants of each: other editions of the same
texts (same sections, bullets and sentences) about an action the glossary does not know, with its
names, figures and years changed, so they compete for every question without answering any. Each
figure comes from a fresh process (`python -m erasbot.evaluation.bench.scale --child ...`), so
start-up and peak memory are what a user's process pays.
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from erasbot.guidance.engine_build import SWITCH, built_engine
from erasbot.settings import REPO_ROOT

SCALES = (1, 10, 100)
FIRST_QUESTION = "Hur många organisationer krävs i en kunskapsallians?"

# the bundled texts' action names, replaced in a variant by a programme no glossary knows
_ACTION_NAMES = re.compile(
    r"\b(?:branschspecifika\s+)?\w*allian\w*(?:\s+voor\s+innovatie)?|\bstrategisk\w*\s+partnerskap\w*"
    r"|\bpartnerschap\w*(?:\s+voor\s+innovatie)?|\bvuxenutbildning\w*|\bvolwasseneneducatie\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = {
    "sv": ["en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio"],
    "nl": ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"],
}
_NAMES = ["aurora", "borealis", "cirrus", "delta", "eskers", "fjell", "glaciär", "horisont", "isbrytare", "juniper"]


def variant_text(text: str, language: str, n: int, salt: int = 0) -> str:
    """Another edition of a text: same structure, a different programme, shifted figures and years."""
    shift = 1 + n % 4
    text = re.sub(r"\b(20[0-3]\d)\b", lambda m: str(int(m.group(1)) + 14), text)
    text = re.sub(r"(?<![\w.,])(\d{1,3})(?![\w.,])", lambda m: str(int(m.group(1)) + shift), text)
    words = _NUMBER_WORDS.get(language, [])
    if words:
        pattern = re.compile(r"\b(" + "|".join(words[1:]) + r")\b", re.IGNORECASE)
        text = pattern.sub(lambda m: words[min(len(words) - 1, words.index(m.group(1).lower()) + shift)], text)
    name = f"{_NAMES[(n + salt) % len(_NAMES)]}-{n}"
    programme = f"samarbetsprogrammet {name}" if language != "nl" else f"samenwerkingsprogramma {name}"
    return _ACTION_NAMES.sub(programme, text)


def build_scaled_corpus(source: Path, target: Path, scale: int) -> int:
    """Write a corpus of `scale` x the bundled one (manifest and documents) into target; the document count."""
    manifest = json.loads((source / "manifest.json").read_text(encoding="utf-8"))
    (target / "documents").mkdir(parents=True, exist_ok=True)
    entries = []
    for salt, entry in enumerate(manifest["documents"]):
        text = (source / entry["file"]).read_text(encoding="utf-8")
        for n in range(scale):
            if n == 0:
                new, body = dict(entry), text
            else:
                body = variant_text(text, entry["language"], n, salt)
                new = {
                    **entry,
                    "id": f"{entry['id']}-v{n}",
                    "title": variant_text(entry["title"], entry["language"], n, salt),
                    "actions": [f"scale-programme-{n}"],
                    "action_title": f"Programme {n}",
                    "period": "2028-2034",
                }
                new.pop("sha256", None)
            new["file"] = f"documents/{new['id']}.txt"
            (target / new["file"]).write_text(body, encoding="utf-8")
            entries.append(new)
    (target / "manifest.json").write_text(
        json.dumps({"source": f"{scale}x the bundled corpus (erasbot bench --scale)", "documents": entries}),
        encoding="utf-8",
    )
    return len(entries)


def parse_scales(text: str) -> tuple[int, ...]:
    """'1,10,100' as (1, 10, 100); an ErasbotError naming the bad part otherwise."""
    from erasbot.errors import ErasbotError

    scales = []
    for part in (p.strip() for p in text.split(",")):
        if not part.isdigit() or int(part) < 1:
            raise ErasbotError(
                f"--scale {text!r}: {part!r} is not a whole number of at least 1 (e.g. --scale 1,10,100)"
            )
        scales.append(int(part))
    return tuple(scales)


def _disk_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _percentiles(seconds: list[float]) -> dict[str, float]:
    ordered = sorted(seconds)

    def pick(q: float) -> float:
        return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]

    return {"p50_ms": round(pick(0.5) * 1000, 1), "p95_ms": round(pick(0.95) * 1000, 1)}


def _timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def _cpu_seconds() -> float:
    """CPU time of this process and its finished workers: what the work cost whatever else ran meanwhile."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return round(own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime, 1)


def _peak_mb() -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_mb": round(own, 1), "worker_peak_mb": round(workers, 1)}


# -- what a child process measures ---------------------------------------------------------
def _child_ingest(baseline: bool) -> dict:
    from erasbot.guidance.engine import Engine
    from erasbot.settings import load_settings

    settings = load_settings()
    if baseline:  # as before this change: one process, batches of 16, every record embedded
        from dataclasses import replace

        from erasbot.guidance.index import Index

        Index._sync_locked = _former_sync_locked
        settings = replace(settings, ingest_workers=1)
    started = time.perf_counter()
    report = Engine(settings).ingest()  # reading, chunking, the glossary's concepts and the lexical index too
    return {
        "seconds": round(time.perf_counter() - started, 2),
        "cpu_s": _cpu_seconds(),
        "records": report.total,
        "embedded": report.embedded - report.copied,
        "copied": report.copied,
        **_peak_mb(),
    }


def _former_sync_locked(self, records, progress, embed, started):
    """The ingest as it was before batching, workers and copies: every record embedded, 16 at a time,
    written with its text (the baseline the bench compares with)."""
    from erasbot.guidance.index import SyncReport

    collection = self._open()
    existing = collection.get(include=["metadatas"])
    have = {i: (m or {}).get("hash") for i, m in zip(existing["ids"], existing["metadatas"])}
    todo = [r for r in records if have.get(r.record_id) != r.content_hash]
    for start in range(0, len(todo), 16):
        batch = todo[start : start + 16]
        collection.upsert(
            ids=[r.record_id for r in batch],
            embeddings=[v.tolist() for v in self.embedder.embed_passages([r.embed_text for r in batch])],
            documents=[r.text for r in batch],
            metadatas=[r.metadata() for r in batch],
        )
    seconds = time.perf_counter() - started
    return SyncReport(len(todo), 0, len(records) - len(todo), len(records), seconds)


def _child_serve(started_at: float, questions_file: Path, runs: int) -> dict:
    from erasbot.evaluation.questions import load_questions, question_metrics, run_questions
    from erasbot.guidance.engine import Engine
    from erasbot.settings import load_settings

    engine = Engine(load_settings())
    engine.ensure_index()
    engine.ask(FIRST_QUESTION)
    first = time.time() - started_at
    first_cpu = _cpu_seconds()
    items = load_questions(questions_file)
    records = run_questions(engine, items)  # also warms every path
    metrics = question_metrics(records)
    questions = [item.question for item in items]
    search = [_timed(lambda q=q: engine.search(q)) for _ in range(runs) for q in questions]
    ask = [_timed(lambda q=q: engine.ask(q)) for _ in range(runs) for q in questions]
    quality = {k: metrics.get(k) for k in ("hit@3", "mrr", "fact_recall", "abstention_recall", "false_abstention")}
    return {
        "first_answer_s": round(first, 2),
        "first_answer_cpu_s": first_cpu,
        "search": _percentiles(search),
        "ask": _percentiles(ask),
        "quality": quality,
        **_peak_mb(),
    }


def _run_child(args: list[str], env: dict[str, str]) -> dict:
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "erasbot.evaluation.bench.scale", "--child", *args, str(started)],
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise RuntimeError(f"the bench's child process {args[0]} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- the bench -------------------------------------------------------------------------------
def run_scale_bench(
    scales: tuple[int, ...] = SCALES,
    runs: int = 1,
    baseline_scales: tuple[int, ...] = (1,),
    questions_file: Path = REPO_ROOT / "evals" / "questions.jsonl",
    source: Path = REPO_ROOT / "corpus",
    env: dict[str, str] | None = None,
    notify: Callable[[str], None] = lambda message: None,
) -> dict:
    """Figures per scale: corpus size, ingest (and the former ingest where asked), disk, start-up, latency, quality."""
    base_env = {**(os.environ if env is None else env), "ANONYMIZED_TELEMETRY": "False"}
    base_env.pop("ERASBOT_CHROMA_URL", None)
    rows = []
    built_engine()  # once, before anything is timed (engine_build.py)
    with tempfile.TemporaryDirectory(prefix="erasbot-scale-") as tmp:
        for scale in scales:
            corpus = Path(tmp) / f"corpus-{scale}x"
            documents = build_scaled_corpus(source, corpus, scale)
            row: dict = {"scale": scale, "documents": documents}
            if scale in baseline_scales:
                notify(
                    f"{scale}x: ingest as before (one process, batches of 16, every record embedded, the wheel's engine)"
                )
                data = Path(tmp) / f"data-{scale}x-before"
                before_env = {**base_env, "ERASBOT_CORPUS_DIR": str(corpus), "ERASBOT_DATA_DIR": str(data)}
                row["ingest_before"] = _run_child(["ingest-before"], before_env | {SWITCH: "off"})
            notify(f"{scale}x: {documents} documents, ingest")
            data = Path(tmp) / f"data-{scale}x"
            child_env = {**base_env, "ERASBOT_CORPUS_DIR": str(corpus), "ERASBOT_DATA_DIR": str(data)}
            row["ingest"] = _run_child(["ingest"], child_env)
            row["disk_mb"] = round(_disk_bytes(data) / 1e6, 1)
            notify(f"{scale}x: first answer in a fresh process, warm latency, quality")
            row["serve"] = _run_child(["serve", str(questions_file), str(runs)], child_env)
            for key in ("ingest", "ingest_before"):
                if key in row:
                    row[key]["records_per_s"] = round(row[key]["records"] / max(row[key]["seconds"], 1e-9), 1)
            rows.append(row)
            notify(f"{scale}x done: {json.dumps(row)}")
    return {"runs": runs, "questions": str(questions_file.name), "rows": rows}


def scale_table(figures: dict) -> str:
    """The figures as a markdown table, one column per scale."""
    rows = figures["rows"]
    header = "| | " + " | ".join(f"{r['scale']}x" for r in rows) + " |"
    lines = [header, "|---|" + "---|" * len(rows)]

    def line(label: str, cell: Callable[[dict], str]) -> None:
        lines.append(f"| {label} | " + " | ".join(cell(r) for r in rows) + " |")

    line("documents / passages and sentences", lambda r: f"{r['documents']} / {r['ingest']['records']:,}")
    line(
        "ingest before this change: s (records/s)",
        lambda r: (
            f"{r['ingest_before']['seconds']:.1f} ({r['ingest_before']['records_per_s']:.1f})"
            if "ingest_before" in r
            else "–"
        ),
    )
    line("ingest: s (records/s)", lambda r: f"{r['ingest']['seconds']:.1f} ({r['ingest']['records_per_s']:.1f})")
    line(
        "ingest CPU s, before / now",
        lambda r: (
            (f"{r['ingest_before']['cpu_s']:.0f} / " if "ingest_before" in r else "– / ")
            + f"{r['ingest']['cpu_s']:.0f}"
        ),
    )
    line(
        "records embedded / copied (same text stored already)",
        lambda r: f"{r['ingest']['embedded']:,} / {r['ingest']['copied']:,}",
    )
    line(
        "ingest peak memory MB (main / each worker)",
        lambda r: f"{r['ingest']['peak_mb']:.0f} / {r['ingest']['worker_peak_mb']:.0f}",
    )
    line("disk MB", lambda r: f"{r['disk_mb']:.1f}")
    line(
        "first answer, fresh process: s (CPU s)",
        lambda r: f"{r['serve']['first_answer_s']:.2f} ({r['serve']['first_answer_cpu_s']:.1f})",
    )
    line(
        "search p50 / p95 (ms)",
        lambda r: f"{r['serve']['search']['p50_ms']:.0f} / {r['serve']['search']['p95_ms']:.0f}",
    )
    line("ask p50 / p95 (ms)", lambda r: f"{r['serve']['ask']['p50_ms']:.0f} / {r['serve']['ask']['p95_ms']:.0f}")
    line("answering process peak memory MB", lambda r: f"{r['serve']['peak_mb']:.0f}")
    for key, label in (
        ("hit@3", "hit@3"),
        ("mrr", "MRR"),
        ("fact_recall", "fact recall"),
        ("abstention_recall", "abstention recall"),
        ("false_abstention", "false abstention"),
    ):
        line(
            label, lambda r, key=key: "–" if r["serve"]["quality"][key] is None else f"{r['serve']['quality'][key]:.3f}"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    if argv[:1] != ["--child"]:
        raise SystemExit("usage: python -m erasbot.evaluation.bench.scale --child ingest|ingest-before|serve ...")
    kind = argv[1]
    if kind in ("ingest", "ingest-before"):
        result = _child_ingest(baseline=kind == "ingest-before")
    elif kind == "serve":
        result = _child_serve(float(argv[4]), Path(argv[2]), int(argv[3]))
    else:
        raise SystemExit(f"unknown child {kind!r}")
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
