"""The `erasbot` command: parses arguments, calls the core, prints. Nothing is decided here."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import click
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from typer.core import TyperGroup

from erasbot.cli.check import register as register_check
from erasbot.errors import ErasbotError
from erasbot.guidance.retrieval import MODES
from erasbot.settings import load_settings


class Commands(TyperGroup):
    """The one place where an ErasbotError becomes a message on stderr and exit 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except ErasbotError as exc:
            err.print(f"error: {exc}", style="red", markup=False, highlight=False)
            raise SystemExit(2) from None


app = typer.Typer(
    cls=Commands,
    help="Answers questions about Erasmus+ cooperation actions from official guidance texts, "
    "and checks partner lists against the rules those texts state.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON document instead of text.")]
Mode = Enum("Mode", {mode: mode for mode in MODES}, type=str)  # a choice, checked by the parser
ModeOption = Annotated[Mode, typer.Option(help="Retrieval: hybrid (dense and lexical fused), dense or lexical.")]


def _engine(quiet: bool = False):
    from erasbot.guidance.engine import Engine

    settings = load_settings()
    return Engine(settings, notify=lambda message: err.print(f"[yellow]{message}[/]") if not quiet else None)


def _with_progress(engine, work):
    """Run an indexing call with a progress bar on stderr."""
    with Progress(
        TextColumn("[bold]Embedding[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as progress:
        task = progress.add_task("embed", total=None)

        def update(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        return work(engine, update)


def _ready_engine(quiet: bool = False):
    engine = _engine(quiet)
    if engine.index.count() == 0:
        err.print("[yellow]No index yet: building it now (this takes a few seconds, once).[/]")
    _with_progress(engine, lambda e, update: e.ensure_index(update))
    return engine


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@app.command()
def ingest(
    paths: Annotated[
        Optional[list[Path]], typer.Argument(help="Your own documents to add (txt, md, html, pdf).")
    ] = None,
    action: Annotated[Optional[str], typer.Option(help="Action id the added documents cover, if any.")] = None,
    period: Annotated[str, typer.Option(help="Programme period of the added documents, e.g. 2021-2027.")] = "",
    as_json: JsonOption = False,
) -> None:
    """Index the guidance documents (and add your own); unchanged passages are not embedded again."""
    from erasbot.language import DOCUMENT_LANGUAGES, detect_language

    engine = _engine()
    added = []
    for path in paths or []:
        from erasbot.guidance.documents import read_text

        text = read_text(path)
        language = detect_language(text[:5000], DOCUMENT_LANGUAGES)
        info = engine.library.add_user_document(path, language, (action,) if action else (), period)
        added.append({"id": info.id, "language": info.language, "file": str(path)})
        err.print(f"Added {path} as [bold]{info.id}[/] (language: {info.language}).")
    report = _with_progress(engine, lambda e, update: e.ingest(update))
    summary = {
        "documents": len(engine.documents),
        "passages_and_sentences": report.total,
        "embedded": report.embedded,
        "unchanged": report.unchanged,
        "removed": report.removed,
        "seconds": round(report.seconds, 2),
        "embedding_model": engine.embedder.name,
        "rebuilt": report.rebuilt,
        "added": added,
    }
    if as_json:
        _print_json(summary)
        return
    out.print(
        f"Indexed {summary['documents']} documents ({report.total} passages and sentences): "
        f"{report.embedded} embedded, {report.unchanged} unchanged, {report.removed} removed "
        f"in {report.seconds:.1f} s with {engine.embedder.name}."
    )


@app.command()
def search(
    question: Annotated[str, typer.Argument(help="What to look for, in Swedish, Finnish, Dutch or English.")],
    k: Annotated[int, typer.Option("--k", min=1, max=50, help="How many passages.")] = 5,
    doc: Annotated[Optional[list[str]], typer.Option("--doc", help="Only these document ids (repeatable).")] = None,
    action: Annotated[Optional[str], typer.Option(help="Only documents about this action id.")] = None,
    doc_language: Annotated[
        Optional[str], typer.Option("--doc-language", help="Only documents in this language.")
    ] = None,
    mode: ModeOption = Mode.hybrid,
    as_json: JsonOption = False,
) -> None:
    """Show the passages that best match a question, best first."""
    engine = _ready_engine(quiet=as_json)
    hits = engine.search(
        question, k=k, doc_ids=set(doc) if doc else None, action=action, doc_language=doc_language, mode=mode.value
    )
    if as_json:
        _print_json(
            {
                "question": question,
                "results": [
                    {
                        "doc_id": h.chunk.doc_id,
                        "chunk_id": h.chunk.chunk_id,
                        "heading": h.chunk.heading,
                        "text": h.chunk.text,
                        "score": round(h.score, 4),
                    }
                    for h in hits
                ],
            }
        )
        return
    for rank, hit in enumerate(hits, start=1):
        out.print(f"[bold]{rank}. {hit.chunk.chunk_id}[/]  score {hit.score:.3f}  — {hit.chunk.heading}")
        out.print(hit.chunk.text, markup=False, highlight=False)
        out.print()


@app.command()
def ask(
    question: Annotated[
        str, typer.Argument(help="Your question in Swedish, Finnish, Dutch or English, or a partner list to check.")
    ],
    lang: Annotated[
        Optional[str],
        typer.Option("--lang", help="Answer in this language (sv, fi, nl, en) instead of the detected one."),
    ] = None,
    doc: Annotated[
        Optional[list[str]], typer.Option("--doc", help="Answer only from these document ids (repeatable).")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Answer a question from the guidance texts, quoting and citing them (or say they do not cover it).

    A pasted partner list gets the checker's verdict instead. With ERASBOT_LLM set, a language model
    answers through the search and check tools; if it fails, the offline answer is given with a notice.
    """
    from erasbot.chat.agent import make_agent
    from erasbot.chat.assistant import Assistant

    engine = _ready_engine(quiet=as_json)
    assistant = Assistant(engine, make_agent(engine.settings, engine))
    reply = assistant.reply(question, language=lang, doc_ids=set(doc) if doc else None)
    if reply.kind == "error":
        raise ErasbotError(reply.text)
    if as_json:
        _print_json(reply.to_json())
        return
    if reply.notice:
        err.print(reply.notice, style="yellow", markup=False, highlight=False)
    if reply.checks:  # a partner list: the checker's verdict, rule by rule
        from erasbot.cli.render import render_checks

        render_checks(reply.checks, out)
        return
    out.print(reply.text, markup=False, highlight=False)
    if reply.citations:
        out.print()
        for c in reply.citations:
            out.print(f"[{c.n}] {c.title} — {c.publisher}, {c.period} ({c.chunk_id})", markup=False, highlight=False)


@app.command(name="eval")
def evaluate(
    questions: Annotated[Optional[Path], typer.Option(help="Question set (JSON lines, the design's format).")] = None,
    consortia: Annotated[
        Optional[Path], typer.Option(help="Consortium cases (JSON lines, the design's format).")
    ] = None,
    conversations: Annotated[
        Optional[Path], typer.Option(help="Chats (JSON lines: id, turns); each turn judged with the earlier ones.")
    ] = None,
    mode: ModeOption = Mode.hybrid,
    as_json: JsonOption = False,
) -> None:
    """Run evaluation sets and print per-item results and the metrics (both bundled sets by default)."""
    from erasbot.settings import REPO_ROOT

    if questions is None and consortia is None and conversations is None:
        questions = REPO_ROOT / "evals" / "questions.jsonl"
        consortia = REPO_ROOT / "evals" / "consortia.jsonl"
    result: dict = {"questions": [], "consortia": [], "metrics": {}}
    if questions is not None:
        from erasbot.evaluation.questions import load_questions, metrics_by_language, question_metrics, run_questions

        items = load_questions(questions)
        engine = _ready_engine(quiet=as_json)
        records = run_questions(engine, items, mode=mode.value)
        result["questions"] = records
        result["metrics"]["questions"] = question_metrics(records)
        result["metrics"]["questions_by_language"] = metrics_by_language(records)
    if consortia is not None:
        from erasbot.evaluation.consortia import run_consortia

        records, metrics = run_consortia(consortia)
        result["consortia"] = records
        result["metrics"]["consortia"] = metrics
    if conversations is not None:
        from erasbot.chat.assistant import Assistant
        from erasbot.evaluation.conversations import load_conversations, run_conversations, turns_of
        from erasbot.evaluation.questions import metrics_by_language, question_metrics

        chats = load_conversations(conversations)
        chat_records = run_conversations(Assistant(_ready_engine(quiet=as_json)), chats)
        result["conversations"] = chat_records
        result["metrics"]["conversations"] = question_metrics(turns_of(chat_records))
        result["metrics"]["conversations_by_language"] = metrics_by_language(turns_of(chat_records))
    if as_json:
        _print_json(result)
        return
    from erasbot.evaluation.report import print_eval

    print_eval(out, result)
    if conversations is not None:
        from erasbot.evaluation.conversations import print_conversations

        metrics = {"all": result["metrics"]["conversations"], **result["metrics"]["conversations_by_language"]}
        print_conversations(out, result["conversations"], metrics)


@app.command()
def bench(
    runs: Annotated[int, typer.Option(min=1, help="Timed repetitions per question for latency figures.")] = 3,
    as_json: JsonOption = False,
) -> None:
    """Measure ingest and query speed against a naive baseline, and the checker's speed."""
    from erasbot.evaluation.bench import print_bench, run_bench

    figures = run_bench(load_settings(), runs=runs, notify=lambda m: err.print(f"[dim]{m}[/]"))
    if as_json:
        _print_json(figures)
        return
    print_bench(out, figures)


@app.command()
def report(
    output: Annotated[Path, typer.Option(help="Where to write the report.")] = Path("evals/report.md"),
) -> None:
    """Regenerate the evaluation report: retrieval strategies and embedding backends side by side, per language."""
    from erasbot.evaluation.report import write_report

    path = write_report(load_settings(), output, notify=lambda m: err.print(f"[dim]{m}[/]"))
    out.print(f"Wrote {path}")


register_check(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
