"""Search speed: ingest cold and unchanged, warm search/ask latency, against a naive baseline.

The baseline is what a first RAG prototype would do: fixed-size chunks, Chroma with its
default settings, dense-only top-k, the top passages pasted as the answer.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from erasbot.evaluation.questions import load_questions
from erasbot.evaluation.stats import latency_ms
from erasbot.settings import REPO_ROOT, Settings

NAIVE_CHUNK = 500


def _percentiles(seconds: list[float]) -> dict[str, float | None]:
    return latency_ms(seconds, digits=2)


def _timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


class NaiveBaseline:
    """Fixed-size chunks in a default Chroma collection, dense-only top-k."""

    def __init__(self, embedder, directory: Path, text: str):
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        self.embedder = embedder
        self.client = chromadb.PersistentClient(
            path=str(directory), settings=ChromaSettings(anonymized_telemetry=False)
        )
        self.pieces = [text[i : i + NAIVE_CHUNK] for i in range(0, len(text), NAIVE_CHUNK)]

    def ingest(self) -> None:
        from erasbot.guidance.index import _OurEmbeddings

        collection = self.client.get_or_create_collection("naive", embedding_function=_OurEmbeddings(self.embedder))
        collection.upsert(
            ids=[str(i) for i in range(len(self.pieces))],
            documents=self.pieces,
            embeddings=[v.tolist() for v in self.embedder.embed_passages(self.pieces)],
        )
        self.collection = collection

    def search(self, question: str, k: int = 5) -> list[str]:
        vector = self.embedder.embed_query(question)
        return self.collection.query(query_embeddings=[vector.tolist()], n_results=k)["documents"][0]

    def ask(self, question: str) -> str:
        return "\n\n".join(self.search(question, k=3))


def measure_search(settings: Settings, runs: int = 3, notify: Callable[[str], None] = lambda m: None) -> dict:
    """Ingest and query figures for erasbot and the naive baseline (seconds and milliseconds as named)."""
    from erasbot.guidance.embeddings import make_embedder
    from erasbot.guidance.engine import Engine

    questions = [q.question for q in load_questions(REPO_ROOT / "evals" / "questions.jsonl")]
    embedder = make_embedder(settings.embedding)
    figures: dict = {"questions": len(questions), "runs": runs, "embedding_model": embedder.name}
    with tempfile.TemporaryDirectory() as tmp:
        fresh = replace(settings, data_dir=Path(tmp) / "erasbot", chroma_url=None)
        notify("erasbot: cold ingest into an empty data directory")
        engine = Engine(fresh, embedder=embedder)
        cold = engine.ingest()
        again = engine.ingest()
        figures["ingest_cold_s"] = round(cold.seconds, 2)
        figures["ingest_cold_embedded"] = cold.embedded
        figures["reingest_unchanged_s"] = round(again.seconds, 3)
        figures["reingest_unchanged_embedded"] = again.embedded
        for q in questions[:5]:
            engine.ask(q)  # warm caches
        notify("erasbot: warm search and ask")
        figures["search"] = _percentiles([_timed(lambda q=q: engine.search(q)) for _ in range(runs) for q in questions])
        figures["ask"] = _percentiles([_timed(lambda q=q: engine.ask(q)) for _ in range(runs) for q in questions])

        notify("naive baseline: fixed-size chunks, default Chroma, dense-only top-k")
        text = "\n\n".join(c.text for c in engine.chunks)
        naive = NaiveBaseline(embedder, Path(tmp) / "naive", text)
        figures["naive_ingest_cold_s"] = round(_timed(naive.ingest), 2)
        figures["naive_reingest_s"] = round(_timed(naive.ingest), 2)
        for q in questions[:5]:
            naive.ask(q)
        figures["naive_search"] = _percentiles(
            [_timed(lambda q=q: naive.search(q)) for _ in range(runs) for q in questions]
        )
        figures["naive_ask"] = _percentiles([_timed(lambda q=q: naive.ask(q)) for _ in range(runs) for q in questions])
    figures["ratios"] = {
        "ingest_cold": round(figures["ingest_cold_s"] / max(figures["naive_ingest_cold_s"], 1e-9), 2),
        "reingest_unchanged": round(figures["reingest_unchanged_s"] / max(figures["naive_reingest_s"], 1e-9), 3),
        "search_p50": round(figures["search"]["p50_ms"] / figures["naive_search"]["p50_ms"], 2),
        "ask_p50": round(figures["ask"]["p50_ms"] / figures["naive_ask"]["p50_ms"], 2),
    }
    return figures
