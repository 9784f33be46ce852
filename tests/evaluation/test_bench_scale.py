"""`erasbot bench --scale`: scaled corpora keep the bundled documents' structure, and the bench runs end to end."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from erasbot.errors import ErasbotError
from erasbot.evaluation.bench.scale import build_scaled_corpus, parse_scales, run_scale_bench, scale_table
from erasbot.guidance.corpus import chunk_document, clean_text
from erasbot.guidance.documents import Library
from erasbot.settings import REPO_ROOT, load_settings


def test_a_scaled_corpus_holds_the_bundled_documents_and_variants_with_their_structure(tmp_path: Path):
    assert build_scaled_corpus(REPO_ROOT / "corpus", tmp_path, 3) == 15
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    by_id = {d["id"]: d for d in manifest["documents"]}
    original, variant = by_id["knowledge-alliances"], by_id["knowledge-alliances-v2"]
    assert (tmp_path / original["file"]).read_bytes() == (
        REPO_ROOT / "corpus/documents/knowledge-alliances.txt"
    ).read_bytes()
    assert variant["actions"] == ["scale-programme-2"] and variant["period"] != original["period"]
    text = (tmp_path / variant["file"]).read_text(encoding="utf-8")
    assert "kunskapsallians" not in text.lower() and "minst sex oberoende" not in text  # other names, other figures
    settings = load_settings({"ERASBOT_CORPUS_DIR": str(tmp_path), "ERASBOT_DATA_DIR": str(tmp_path / "data")})
    infos = {info.id: (info, path) for info, path in Library(settings).manifest_entries()}
    chunks = {
        doc: chunk_document(infos[doc][0], clean_text(infos[doc][1].read_text(encoding="utf-8")))
        for doc in ("knowledge-alliances", "knowledge-alliances-v2")
    }
    same_shape = [(c.n, c.text.count("\n"), c.text.count("•")) for c in chunks["knowledge-alliances"]]
    assert [(c.n, c.text.count("\n"), c.text.count("•")) for c in chunks["knowledge-alliances-v2"]] == same_shape


def test_scales_are_read_from_a_comma_list_and_bad_ones_named():
    assert parse_scales("1, 10,100") == (1, 10, 100)
    with pytest.raises(ErasbotError, match="'x'"):
        parse_scales("1,x")


def test_the_scale_bench_runs_at_a_tiny_scale(tmp_path: Path):
    source = tmp_path / "source"
    (source / "documents").mkdir(parents=True)
    manifest = json.loads((REPO_ROOT / "corpus/manifest.json").read_text(encoding="utf-8"))
    entry = next(d for d in manifest["documents"] if d["id"] == "strategic-partnerships-adult-education")
    shutil.copy(REPO_ROOT / "corpus" / entry["file"], source / entry["file"])
    (source / "manifest.json").write_text(json.dumps({"documents": [entry]}), encoding="utf-8")
    questions = tmp_path / "questions.jsonl"
    questions.write_text(
        json.dumps(
            {
                "id": "t1",
                "lang": "sv",
                "question": "Hur många organisationer behövs i ett strategiskt partnerskap inom vuxenutbildning?",
                "expected_docs": ["strategic-partnerships-adult-education"],
                "facts_any": ["3", "tre"],
                "out_of_scope": False,
            }
        )
        + "\n",
        encoding="utf-8",
    )
    figures = run_scale_bench(scales=(1, 2), runs=1, questions_file=questions, source=source)
    one, two = figures["rows"]
    assert (one["documents"], two["documents"]) == (1, 2)
    assert two["ingest"]["records"] > one["ingest"]["records"] > 0
    assert one["ingest_before"]["embedded"] == one["ingest_before"]["records"]
    assert two["serve"]["quality"]["hit@3"] == 1.0 and two["serve"]["first_answer_s"] > 0
    table = scale_table(figures)
    assert table.splitlines()[0] == "| | 1x | 2x |" and "first answer, fresh process: s (CPU s)" in table
