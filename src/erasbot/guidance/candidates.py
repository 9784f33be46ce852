"""The passages a question is ranked over: a few candidates from the index, never every vector.

The nearest chunks by vector (Chroma's top-k, filters as `where` clauses), the best by BM25, and
the same again inside the documents of an action the question names, so that action's passages
can take its boost however many other documents there are. Only the candidates are fused.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from erasbot.errors import ErasbotError
from erasbot.guidance.index import Index
from erasbot.guidance.retrieval import FusionWeights, Hit, Query, fuse, keep
from erasbot.guidance.snapshot import Snapshot

DENSE_CANDIDATES = 60
LEXICAL_CANDIDATES = 60
ACTION_CANDIDATES = 20


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the search to."""

    doc_ids: set[str] | None = None
    action: str | None = None
    doc_language: str | None = None


def rank_candidates(
    snapshot: Snapshot,
    index: Index,
    query: Query,
    vector: np.ndarray | None,
    weights: FusionWeights,
    mode: str,
    filters: Filters,
) -> list[Hit]:
    """The candidates of a question ranked best first (hybrid, dense or lexical)."""
    allowed = snapshot.doc_ids_for(filters.doc_ids, filters.action, filters.doc_language)
    if allowed == []:
        return []
    dense: dict[int, float] = {}
    chosen: set[int] = set()
    if mode != "lexical":
        for where_docs, k in _dense_scopes(snapshot, query, allowed):
            where = {"doc_id": {"$in": where_docs}} if where_docs is not None else None
            for chunk_id, score in index.query(vector, k=k, where=where):
                if chunk_id in snapshot.by_id:  # a chunk of a newer snapshot, mid re-index: not ours
                    dense[snapshot.by_id[chunk_id]] = score
        if not dense:
            raise ErasbotError("the index is empty: run `erasbot ingest` to build it")
        chosen.update(dense)
    lexical_all = snapshot.lexical.scores(list(query.lexical_tokens)) if mode != "dense" else None
    if lexical_all is not None:
        chosen.update(snapshot.lexical.top(lexical_all, LEXICAL_CANDIDATES, snapshot.mask(allowed)).tolist())
        for action_docs in _action_docs(snapshot, query, allowed):
            chosen.update(snapshot.lexical.top(lexical_all, ACTION_CANDIDATES, snapshot.mask(action_docs)).tolist())
    order = sorted(chosen)  # corpus order, so ties fall as they would over the whole corpus
    if not order:
        return []
    chunks = [snapshot.chunks[i] for i in order]
    dense_scores = _dense_for(snapshot, index, order, dense, vector) if mode != "lexical" else np.zeros(len(order))
    lexical = lexical_all[order] if lexical_all is not None else np.zeros(len(order), dtype=np.float32)
    hits = fuse(chunks, dense_scores, lexical, query, weights, mode, _named_actions(snapshot, order, query))
    return keep(hits, filters.doc_ids, filters.action, filters.doc_language)


def _named_actions(snapshot: Snapshot, order: list[int], query: Query) -> list[frozenset[str]]:
    """The actions each candidate counts for: its document's, or, for a user's document added without an
    action, those of the question's actions its text names (else it could never outrank a bundled text)."""
    asked = frozenset(query.actions)
    named = []
    for i in order:
        actions = snapshot.chunks[i].actions
        found = snapshot.concepts[i] if i < len(snapshot.concepts) else ()
        named.append(frozenset(actions) if actions else asked.intersection(found))
    return named


def _action_docs(snapshot: Snapshot, query: Query, allowed: list[str] | None) -> list[list[str]]:
    scopes = []
    for action in query.actions:
        docs = [d for d in snapshot.doc_ids_for(None, action, None) or [] if allowed is None or d in allowed]
        if docs:
            scopes.append(docs)
    return scopes


def _dense_scopes(
    snapshot: Snapshot, query: Query, allowed: list[str] | None
) -> Iterator[tuple[list[str] | None, int]]:
    yield allowed, DENSE_CANDIDATES
    for docs in _action_docs(snapshot, query, allowed):
        yield docs, ACTION_CANDIDATES


def _dense_for(
    snapshot: Snapshot, index: Index, order: list[int], dense: dict[int, float], vector: np.ndarray
) -> np.ndarray:
    """Cosines of the candidates: from the nearest-neighbour results, else from their stored vectors."""
    missing = [snapshot.chunks[i].chunk_id for i in order if i not in dense]
    if missing:
        for chunk_id, stored in index.vectors(missing).items():
            dense[snapshot.by_id[chunk_id]] = float(stored @ vector)
    scores = np.array([dense.get(i, np.nan) for i in order], dtype=np.float32)
    if np.isnan(scores).any():  # passages not embedded yet (an ingest under way): the lowest score
        scores[np.isnan(scores)] = np.nanmin(scores) if (~np.isnan(scores)).any() else 0.0
    return scores
