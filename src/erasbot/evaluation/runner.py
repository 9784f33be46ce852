"""Run evaluation sets into a Run: the one way the command line and the app evaluate.

Records and metrics come from the question and consortium runners; the run adds what it
was run on, so a later comparison can say what changed besides the results.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from erasbot.errors import ErasbotError
from erasbot.evaluation.runs import Run, SetInfo, check_name, now_utc

OnItem = Callable[[int, int], None]


def file_sha256(path: Path) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError as exc:
        raise ErasbotError(f"{path}: cannot read ({exc.strerror or exc})") from None


def engine_settings(engine, mode: str) -> dict:
    """What the answers depended on: embedding model, fusion weights, chunk size, backend, corpus files."""
    from erasbot.guidance.corpus import TARGET_CHUNK_CHARS

    settings = engine.settings
    return {
        "embedding_model": engine.embedder.name,
        "weights": asdict(engine.weights),
        # Engine keeps the chunk size it was built with privately; None there means the default.
        "chunk_chars": getattr(engine, "_chunk_chars", None) or TARGET_CHUNK_CHARS,
        "retrieval_mode": mode,
        "backend": "offline",  # the runner asks engine.ask: the offline answer, whatever ERASBOT_LLM says
        "llm_configured": settings.llm,
        "chroma": "server" if settings.chroma_url else "embedded",
        "corpus": {info.id: file_sha256(path) for info, path in engine.library.manifest_entries()},
    }


def default_name(questions: Path | None, consortia: Path | None) -> str:
    """A run named for its sets: "questions+consortia"."""
    return "+".join(p.stem for p in (questions, consortia) if p is not None) or "run"


def run_evaluation(
    engine_factory: Callable[[], object] | None,
    questions: Path | None,
    consortia: Path | None,
    *,
    name: str | None = None,
    mode: str = "hybrid",
    on_item: OnItem | None = None,
    set_files: dict[str, str] | None = None,
) -> Run:
    """Evaluate the sets given (the engine is built only when there are questions); the run is not saved.

    ``set_files`` renames a set's file (an upload arrives as a temporary file under another name).
    """
    from erasbot.evaluation.consortia import run_consortia
    from erasbot.evaluation.questions import (
        load_questions,
        metrics_by_form,
        metrics_by_language,
        question_metrics,
        run_questions,
    )

    if questions is None and consortia is None:
        raise ErasbotError("nothing to evaluate: give a question set, a consortium set or both")
    run = Run(name=check_name(name or default_name(questions, consortia)), created=now_utc(), sets={})
    files = set_files or {}
    if questions is not None:
        items = load_questions(questions)
        if engine_factory is None:
            raise ErasbotError("a question set needs the search engine")
        engine = engine_factory()
        run.questions = run_questions(engine, items, mode=mode, on_item=on_item)
        run.metrics["questions"] = question_metrics(run.questions)
        run.metrics["questions_by_language"] = metrics_by_language(run.questions)
        run.metrics["questions_by_form"] = metrics_by_form(run.questions)
        run.settings = engine_settings(engine, mode)
        run.sets["questions"] = _set_info(questions, len(items), files.get("questions"))
    if consortia is not None:
        run.consortia, run.metrics["consortia"] = run_consortia(consortia)
        run.sets["consortia"] = _set_info(consortia, len(run.consortia), files.get("consortia"))
    return run


def _set_info(path: Path, n: int, file: str | None) -> SetInfo:
    return SetInfo(file=file or path.name, path=str(path), sha256=file_sha256(path), n=n)
