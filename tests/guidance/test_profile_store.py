"""Documents' profiles are saved with their snapshot at ingest and read, not rebuilt, by a fresh process."""

from __future__ import annotations

import json

import pytest
from conftest import WordLengthEmbedder

from erasbot.guidance import engine as engine_module
from erasbot.guidance.engine import Engine
from erasbot.guidance.profile_store import FILE, from_json, load_profiles, to_json
from erasbot.guidance.profiles import build_profiles
from erasbot.settings import load_settings


def test_profiles_read_back_equal_the_ones_built():
    engine = Engine(load_settings(), embedder=WordLengthEmbedder())
    snapshot = engine.snapshot
    built = build_profiles(snapshot.documents, snapshot.chunks, snapshot.concepts, engine.glossary)
    assert from_json(json.loads(json.dumps(to_json(built)))) == built


def test_a_fresh_process_reads_the_profiles_saved_at_ingest(monkeypatch):
    settings = load_settings()
    first = Engine(settings, embedder=WordLengthEmbedder())
    first.ingest()
    saved = load_profiles(first.store.root / first.snapshot.version)
    assert saved is not None and set(saved) == set(first.snapshot.documents)

    def no_building(*args, **kwargs):
        raise AssertionError("profiles were built again")

    monkeypatch.setattr(engine_module, "build_profiles", no_building)
    fresh = Engine(settings, embedder=WordLengthEmbedder())
    fresh.ensure_index()
    assert fresh.profiles(fresh.snapshot) == saved


@pytest.mark.parametrize("content", ['{"format": 0, "profiles": []}', "not json", '{"format": 1, "profiles": [{}]}'])
def test_a_saved_file_of_another_format_or_broken_is_built_again(content):
    settings = load_settings()
    engine = Engine(settings, embedder=WordLengthEmbedder())
    engine.ingest()
    directory = engine.store.root / engine.snapshot.version
    (directory / FILE).write_text(content, encoding="utf-8")
    assert load_profiles(directory) is None
    fresh = Engine(settings, embedder=WordLengthEmbedder())
    fresh.ensure_index()
    assert set(fresh.profiles(fresh.snapshot)) == set(fresh.snapshot.documents)
    assert load_profiles(directory) is not None  # written again
