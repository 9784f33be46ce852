"""The `erasbot` command: parses arguments, calls the core, prints. Nothing is decided here."""

from __future__ import annotations

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
from erasbot.guidance.citations import Citation
from erasbot.guidance.retrieval import MODES
from erasbot.language import DOCUMENT_LANGUAGES
from erasbot.limits import MAX_QUESTION_CHARS, check_question
from erasbot.rules.checker import load_actions
from erasbot.settings import load_settings
from erasbot.terminal import argument, json_text, printable


class Commands(TyperGroup):
    """The one place where an ErasbotError becomes a message on stderr and exit 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except ErasbotError as exc:
            err.print(f"error: {printable(str(exc))}", style="red", markup=False, highlight=False)
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
Action = Enum("Action", {action: action for action in load_actions()}, type=str)
DocLanguage = Enum("DocLanguage", {code: code for code in DOCUMENT_LANGUAGES}, type=str)


def _warn(message: str) -> None:
    err.print(printable(message), style="yellow", markup=False, highlight=False)


def _engine(quiet: bool = False):
    from erasbot.guidance.engine import Engine

    settings = load_settings()
    engine = Engine(settings, notify=lambda message: _warn(message) if not quiet else None)
    for item in engine.library.missing:
        _warn(
            f"warning: the file of document {item.info.id!r} is missing ({item.path}); it was skipped. "
            f"Add it again with `erasbot ingest FILE`, or forget it with `erasbot remove {item.info.id}`."
        )
    return engine


def _with_progress(engine, work):
    """Run an indexing call with a progress bar on stderr (plain lines with an estimate when it is not a terminal)."""
    if not err.is_terminal:
        from erasbot.guidance.progress import PlainProgress

        return work(engine, PlainProgress(lambda line: print(line, file=sys.stderr, flush=True)))
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
    sys.stdout.write(json_text(data) + "\n")


@app.command()
def ingest(
    paths: Annotated[
        Optional[list[Path]], typer.Argument(help="Your own documents to add (txt, md, html, pdf, docx).")
    ] = None,
    action: Annotated[Optional[Action], typer.Option(help="Action the added documents cover, if any.")] = None,
    period: Annotated[str, typer.Option(help="Programme period of the added documents, e.g. 2021-2027.")] = "",
    as_json: JsonOption = False,
) -> None:
    """Index the guidance documents (and add your own); unchanged passages are not embedded again."""
    from erasbot.language import DOCUMENT_LANGUAGES, detect_language

    engine = _engine()
    added = []
    for path in paths or []:
        from erasbot.guidance.documents import document_id, read_text

        try:
            text = read_text(path)
            language = detect_language(text[:5000], DOCUMENT_LANGUAGES)
            info = engine.library.add_user_document(path, language, (action.value,) if action else (), period)
        except OSError as exc:  # unreadable: permissions, a device, a folder
            raise ErasbotError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
        added.append({"id": info.id, "language": info.language, "file": str(path)})
        err.print(f"Added {printable(str(path))} as [bold]{info.id}[/] (language: {info.language}).", highlight=False)
        if info.id != document_id(path):
            _warn(f"The id {document_id(path)!r} is taken by another document, so this one is {info.id!r}.")
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
    question: Annotated[
        str,
        typer.Argument(
            help=f"What to look for, in Swedish, Finnish, Dutch or English (at most {MAX_QUESTION_CHARS} characters)."
        ),
    ],
    k: Annotated[int, typer.Option("--k", min=1, max=50, help="How many passages.")] = 5,
    doc: Annotated[Optional[list[str]], typer.Option("--doc", help="Only these document ids (repeatable).")] = None,
    action: Annotated[Optional[Action], typer.Option(help="Only documents about this action.")] = None,
    doc_language: Annotated[
        Optional[DocLanguage], typer.Option("--doc-language", help="Only documents in this language.")
    ] = None,
    mode: ModeOption = Mode.hybrid,
    as_json: JsonOption = False,
) -> None:
    """Show the passages that best match a question, best first."""
    question = argument(question, "question")
    if not question.strip():
        raise ErasbotError("the question is empty: type what to look for")
    check_question(question)
    engine = _ready_engine(quiet=as_json)
    hits = engine.search(
        question,
        k=k,
        doc_ids=set(doc) if doc else None,
        action=action.value if action else None,
        doc_language=doc_language.value if doc_language else None,
        mode=mode.value,
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
    if not hits:
        _warn("No passage matches these filters.")
    for rank, hit in enumerate(hits, start=1):
        out.print(
            f"{rank}. {hit.chunk.chunk_id}  score {hit.score:.3f}  — {printable(hit.chunk.heading)}",
            markup=False,
            highlight=False,
        )
        out.print(printable(hit.chunk.text), markup=False, highlight=False)
        out.print()


def citation_line(c: Citation) -> str:
    """A citation as printed under an answer: '[n] title — publisher, period (chunk id)', without the period's comma
    for a user's document added with no period."""
    details = ", ".join(x for x in (c.publisher, c.period) if x)
    return f"[{c.n}] {c.title} — {details} ({c.chunk_id})"


@app.command()
def ask(
    question: Annotated[
        str,
        typer.Argument(
            help="Your question in Swedish, Finnish, Dutch or English (at most "
            f"{MAX_QUESTION_CHARS} characters), or a partner list to check."
        ),
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
    from erasbot.chat.assistant import Assistant, unusable

    question = argument(question, "question")
    if reason := unusable(question):
        raise ErasbotError(reason)  # before any model is loaded
    engine = _ready_engine(quiet=as_json)
    assistant = Assistant(engine, make_agent(engine.settings, engine))
    reply = assistant.reply(question, language=lang, doc_ids=set(doc) if doc else None)
    if reply.kind == "error":
        raise ErasbotError(reply.text)
    if as_json:
        _print_json(reply.to_json() | {"flags": reply.flags, "notice": reply.notice})
        return
    if reply.notice:
        _warn(reply.notice)
    if reply.checks:  # a partner list: the checker's verdict, rule by rule
        from erasbot.cli.render import render_checks

        render_checks(reply.checks, out)
        return
    out.print(printable(reply.text), markup=False, highlight=False)
    for note in reply.flags:  # what checking the model's answer found: shown with the answer, never hidden
        out.print(f"⚠ {printable(note)}", style="bold yellow", markup=False, highlight=False)
    if reply.citations:
        out.print()
        for c in reply.citations:
            out.print(
                printable(citation_line(c)),
                markup=False,
                highlight=False,
            )


@app.command()
def documents(as_json: JsonOption = False) -> None:
    """List the documents erasbot answers from: the bundled ones and those you added."""
    from erasbot.guidance.documents import Library

    listed = Library(load_settings()).listing()
    rows = [
        {
            "id": item.info.id,
            "title": item.info.title,
            "language": item.info.language,
            "source": "bundled" if item.bundled else "added",
            "file": str(item.path),
            "missing": item.missing,
        }
        for item in listed
    ]
    if as_json:
        _print_json({"documents": rows})
        return
    for row in rows:
        state = "  (file missing)" if row["missing"] else ""
        out.print(
            printable(f"{row['id']:<32} {row['language']}  {row['source']:<7}  {row['title']}{state}"),
            markup=False,
            highlight=False,
        )


@app.command()
def remove(
    doc_id: Annotated[
        str, typer.Argument(metavar="DOC_ID", help="Id of a document you added (see `erasbot documents`).")
    ],
    as_json: JsonOption = False,
) -> None:
    """Remove a document you added; its passages leave the index at the next ingest, search or ask."""
    from erasbot.guidance.documents import Library

    info = Library(load_settings()).remove_user_document(argument(doc_id, "document id"))
    if as_json:
        _print_json({"removed": info.id, "title": info.title})
        return
    out.print(printable(f"Removed {info.id} ({info.title})."), markup=False, highlight=False)


RunRefs = Annotated[
    Optional[list[str]],
    typer.Argument(
        help="With --compare: runs A and B, each a run id, a run name (its latest run) or a run file.",
        show_default=False,
    ),
]


def _run_store():
    from erasbot.evaluation.runs import RunStore

    return RunStore(load_settings().runs_dir)


@app.command(name="eval")
def evaluate(
    runs: RunRefs = None,
    questions: Annotated[Optional[Path], typer.Option(help="Question set (JSON lines, the design's format).")] = None,
    consortia: Annotated[
        Optional[Path], typer.Option(help="Consortium cases (JSON lines, the design's format).")
    ] = None,
    conversations: Annotated[
        Optional[Path], typer.Option(help="Chats (JSON lines: id, turns); each turn judged with the earlier ones.")
    ] = None,
    mode: ModeOption = Mode.hybrid,
    save: Annotated[
        Optional[str],
        typer.Option(
            "--save",
            metavar="NAME",
            help="Name for the saved run (default: the sets' names). Every run is saved in <data dir>/runs.",
        ),
    ] = None,
    compare: Annotated[
        bool,
        typer.Option(
            "--compare",
            help="Compare two saved runs instead of running anything: `--compare A B`; `--compare A` compares A "
            "with the latest run; `--compare` alone, the latest run with the run of the same set before it.",
        ),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Run evaluation sets and print per-item results and the metrics (both bundled sets by default).

    The run is saved with its settings, so a later run can be compared with it (`erasbot runs` lists them).
    """
    from erasbot.cli.tables import print_comparison, print_eval
    from erasbot.evaluation.compare import compare_runs
    from erasbot.evaluation.runner import run_evaluation
    from erasbot.settings import BUNDLED_EVALS_DIR

    store = _run_store()
    if compare:
        if questions or consortia or conversations or save:
            raise ErasbotError("--compare reads saved runs: leave out --questions, --consortia and --save")
        comparison = compare_runs(*store.pair(runs or []))
        if as_json:
            _print_json(comparison.to_json())
        else:
            print_comparison(out, comparison)
        return
    if runs:
        raise ErasbotError(f"unexpected argument(s) {' '.join(runs)}: run names are read only with --compare")
    if questions is None and consortia is None and conversations is None:
        questions = BUNDLED_EVALS_DIR / "questions.jsonl"
        consortia = BUNDLED_EVALS_DIR / "consortia.jsonl"
    chats = _conversation_results(conversations, quiet=as_json) if conversations is not None else None
    if questions is None and consortia is None:  # conversations only
        if as_json:
            _print_json({"questions": [], "consortia": [], **chats})
        else:
            _print_conversations(chats)
        return
    run = run_evaluation(lambda: _ready_engine(quiet=as_json), questions, consortia, name=save, mode=mode.value)
    path = store.save(run)
    if as_json:
        data = run.eval_json() | {"run": run.eval_json()["run"] | {"path": str(path)}}
        if chats:
            data = data | {"conversations": chats["conversations"], "metrics": data["metrics"] | chats["metrics"]}
        _print_json(data)
        return
    print_eval(out, run.eval_json())
    if chats:
        _print_conversations(chats)
    out.print(f"Saved as [bold]{run.id}[/] ({path}).")
    previous = store.previous(run)
    if previous is not None:
        comparison = compare_runs(previous, run)
        counts = ", ".join(f"{comparison.count(n)} {n}" for n in ("newly wrong", "newly right", "changed"))
        out.print(f"Against the previous run of this set ({previous.id}): {counts}.")
        out.print(f"Details: erasbot eval --compare {previous.id} {run.id}", markup=False, highlight=False)


def _conversation_results(path: Path, quiet: bool) -> dict:
    """Chats played through the assistant, each turn judged like a question: records and metrics over all turns."""
    from erasbot.chat.assistant import Assistant
    from erasbot.evaluation.conversations import load_conversations, run_conversations, turns_of
    from erasbot.evaluation.questions import metrics_by_form, metrics_by_language, question_metrics

    chats = load_conversations(path)
    records = run_conversations(Assistant(_ready_engine(quiet=quiet)), chats)
    turns = turns_of(records)
    return {
        "conversations": records,
        "metrics": {
            "conversations": question_metrics(turns),
            "conversations_by_language": metrics_by_language(turns),
            "conversations_by_form": metrics_by_form(turns),
        },
    }


def _print_conversations(chats: dict) -> None:
    from erasbot.evaluation.conversations import print_conversations, print_conversations_by_form

    metrics = {"all": chats["metrics"]["conversations"], **chats["metrics"]["conversations_by_language"]}
    print_conversations(out, chats["conversations"], metrics)
    print_conversations_by_form(out, chats["metrics"]["conversations_by_form"])


@app.command(name="runs")
def list_runs(as_json: JsonOption = False) -> None:
    """List the saved evaluation runs, oldest first, with their sets and key metrics."""
    from erasbot.cli.tables import print_runs

    saved = _run_store().all()
    if as_json:
        _print_json(
            [
                {
                    "id": r.id,
                    "name": r.name,
                    "created": r.created,
                    "set": r.set_label,
                    "n": {k: s.n for k, s in r.sets.items()},
                    "metrics": {k: v for k, v in r.metrics.items() if k != "questions_by_language"},
                }
                for r in saved
            ]
        )
        return
    if not saved:
        out.print("No saved runs yet: `erasbot eval` saves one.")
        return
    print_runs(out, saved)


baseline_app = typer.Typer(
    help="The committed baseline (evals/baseline.json) that CI compares each change with.", no_args_is_help=True
)
app.add_typer(baseline_app, name="baseline")
BASELINE_PATH = Path("evals") / "baseline.json"


def _bundled_run(name: str, quiet: bool):
    from erasbot.evaluation.baseline import setup_problems
    from erasbot.evaluation.runner import run_evaluation
    from erasbot.settings import BUNDLED_EVALS_DIR

    problems = setup_problems(load_settings())
    if problems:
        raise ErasbotError("the baseline is measured on the default settings: " + "; ".join(problems))
    run = run_evaluation(
        lambda: _ready_engine(quiet=quiet),
        BUNDLED_EVALS_DIR / "questions.jsonl",
        BUNDLED_EVALS_DIR / "consortia.jsonl",
        name=name,
    )
    _run_store().save(run)
    return run


@baseline_app.command("update")
def baseline_update(as_json: JsonOption = False) -> None:
    """Run the bundled question and consortium sets and write their outcomes to evals/baseline.json.

    Run it when a change is meant to alter the results, and commit the file with the change.
    """
    from erasbot.cli.tables import print_baseline_check
    from erasbot.evaluation.baseline import baseline_from_run, check_against_baseline, read_baseline, write_baseline
    from erasbot.settings import REPO_ROOT

    path = REPO_ROOT / BASELINE_PATH
    old = read_baseline(path) if path.is_file() else None
    run = _bundled_run("baseline", quiet=as_json)
    baseline = baseline_from_run(run)
    write_baseline(baseline, path)
    if as_json:
        _print_json({"path": str(path), "run": run.id, "metrics": baseline.metrics})
        return
    if old is not None:
        print_baseline_check(out, check_against_baseline(old, run))
    sizes = ", ".join(f"{s.n} {k}" for k, s in run.sets.items())
    out.print(f"Wrote {BASELINE_PATH} ({sizes}) from run {run.id}. Commit it with your change.")


@baseline_app.command("check")
def baseline_check(
    run_ref: Annotated[
        Optional[str],
        typer.Option("--run", metavar="RUN", help="Check a saved run (id, name or file) instead of running the sets."),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Compare a run of the bundled sets with evals/baseline.json; exit 1 when a metric lost more than one item."""
    from erasbot.cli.tables import print_baseline_check
    from erasbot.evaluation.baseline import check_against_baseline, read_baseline
    from erasbot.settings import REPO_ROOT

    baseline = read_baseline(REPO_ROOT / BASELINE_PATH)
    run = _run_store().find(run_ref) if run_ref else _bundled_run("baseline-check", quiet=as_json)
    check = check_against_baseline(baseline, run)
    if as_json:
        _print_json(
            {
                "run": run.id,
                "passed": not check.failed,
                "shared": check.shared,
                "added": check.added,
                "removed": check.removed,
                "metrics": [
                    {
                        "metric": m.metric,
                        "items": m.items,
                        "baseline": m.baseline,
                        "current": m.current,
                        "lost": m.lost,
                        "failed": m.failed,
                        "regressed": [{"id": r.id, "details": list(r.details)} for r in m.regressed],
                        "improved": list(m.improved),
                    }
                    for m in check.metrics
                ],
            }
        )
    else:
        print_baseline_check(out, check)
    if check.failed:
        raise typer.Exit(1)


@app.command()
def bench(
    runs: Annotated[int, typer.Option(min=1, help="Timed repetitions per question for latency figures.")] = 3,
    scale: Annotated[
        Optional[str],
        typer.Option(help="Measure at these multiples of the bundled corpus instead, e.g. 1,10,100 (takes minutes)."),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Measure ingest and query speed against a naive baseline, the checker's speed, and comparing two runs."""
    from erasbot.cli.tables import print_bench
    from erasbot.evaluation.bench import run_bench

    if scale is not None:
        from erasbot.evaluation.bench.scale import parse_scales, run_scale_bench, scale_table

        figures = run_scale_bench(parse_scales(scale), runs=runs, notify=lambda m: err.print(f"[dim]{m}[/]"))
        if as_json:
            _print_json(figures)
        else:
            out.print(scale_table(figures), markup=False)
        return

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
