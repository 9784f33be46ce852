"""Figures for issue 8: time to answer or refuse long questions, and writes lost under concurrency.

Run: ERASBOT_DATA_DIR=/tmp/some-dir python scripts/bench_reliability.py [--out evals/reliability.md]
(the question timings build the index in that directory first if it is missing).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from erasbot.chat.assistant import Assistant
from erasbot.evaluation.feedback import FeedbackStore
from erasbot.guidance.documents import Library
from erasbot.guidance.engine import Engine
from erasbot.limits import MAX_MESSAGE_CHARS, MAX_QUESTION_CHARS
from erasbot.settings import REPO_ROOT, load_settings

SRC = str(REPO_ROOT / "src")
SENTENCE = "Hur många organisationer måste ingå i en kunskapsallians och hur länge pågår projektet? "


def question_timings() -> list[tuple[int, str, float]]:
    engine = Engine(load_settings())
    engine.ensure_index()
    assistant = Assistant(engine)
    assistant.reply(SENTENCE)  # warm the models
    rows = []
    for size in (100, 1_000, MAX_QUESTION_CHARS, 30_000, 100_000):
        question = (SENTENCE * (size // len(SENTENCE) + 1))[:size]
        started = time.perf_counter()
        reply = assistant.reply(question)
        rows.append((size, "refused" if reply.kind == "error" else "answered", time.perf_counter() - started))
    return rows


def _together(code: str, args: list[list[str]], start: Path) -> int:
    waiting = f"import time, pathlib\nwhile not pathlib.Path({str(start)!r}).exists(): time.sleep(0.005)\n"
    env = os.environ | {"PYTHONPATH": SRC}
    procs = [subprocess.Popen([sys.executable, "-c", waiting + code, *a], env=env) for a in args]
    time.sleep(1.0)
    start.touch()
    return sum(1 for p in procs if p.wait())


ADD = (
    "import sys\nfrom pathlib import Path\nfrom erasbot.guidance.documents import Library\n"
    "from erasbot.settings import load_settings\n"
    "Library(load_settings({'ERASBOT_DATA_DIR': sys.argv[1]})).add_user_document(Path(sys.argv[2]), 'en')\n"
)
VOTE = (
    "import sys\nfrom erasbot.evaluation.feedback import Feedback, FeedbackStore\n"
    "store = FeedbackStore(sys.argv[1])\n"
    "for n in range(200):\n"
    "    store.add(Feedback(rating=1, question=f'{sys.argv[2]}-{n}', language='en', answer='a', abstained=False))\n"
)


def lost_manifest_entries(trials: int = 5, processes: int = 12) -> tuple[int, int]:
    lost = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for trial in range(trials):
            data, src = Path(tmp) / f"data{trial}", Path(tmp) / f"src{trial}"
            src.mkdir()
            files = []
            for n in range(processes):
                files.append(src / f"doc-{n}.txt")
                files[-1].write_text(f"Document {n}\n\nJean Monnet Actions support teaching.", encoding="utf-8")
            failed += _together(ADD, [[str(data), str(f)] for f in files], Path(tmp) / f"go{trial}")
            ids = {d.id for d in Library(load_settings({"ERASBOT_DATA_DIR": str(data)})).documents()}
            lost += sum(1 for n in range(processes) if f"doc-{n}" not in ids)
    return lost, failed


def lost_votes(processes: int = 8) -> tuple[int, int, float]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "feedback.sqlite3"
        started = time.perf_counter()
        failed = _together(VOTE, [[str(path), f"p{p}"] for p in range(processes)], Path(tmp) / "go")
        seconds = time.perf_counter() - started
        return processes * 200 - len(FeedbackStore(path).all()), failed, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, help="also write the figures to this Markdown file")
    args = parser.parse_args()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    lines = [
        "# Reliability figures (issue 8)",
        "",
        f"Measured by `scripts/bench_reliability.py` on {os.cpu_count()} cores, load average {load} at the end.",
        "",
    ]
    lost, failed = lost_manifest_entries()
    lines.append(
        f"- 12 processes adding documents at once x 5 trials: {lost} of 60 manifest entries lost, "
        f"{failed} processes failed"
    )
    lost, failed, seconds = lost_votes()
    lines.append(
        f"- 8 processes x 200 feedback votes: {lost} of 1600 lost, {failed} processes failed ({seconds:.1f} s wall)"
    )
    lines += [
        "",
        (
            f"Questions (offline assistant; limit {MAX_QUESTION_CHARS:,} characters for a question, "
            f"{MAX_MESSAGE_CHARS:,} for a pasted list):"
        ),
        "",
        "| characters | outcome | seconds |",
        "|---:|---|---:|",
    ]
    lines += [f"| {size:,} | {outcome} | {seconds:.3f} |" for size, outcome, seconds in question_timings()]
    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
