"""The `erasbot` command: every command has help, JSON in the design's shapes, clear errors with exit 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from erasbot.cli.app import app

runner = CliRunner()


def run_json(*args: str) -> dict:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("command", ["ingest", "search", "ask", "check", "eval", "bench", "report", "documents", "remove"])
def test_every_command_has_help(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "--json" in result.stdout or command == "report"


def test_ingest_builds_the_index_once_and_then_embeds_nothing():
    first = run_json("ingest")
    assert first["documents"] == 5 and first["embedded"] > 0
    second = run_json("ingest")
    assert second["embedded"] == 0 and second["unchanged"] == first["passages_and_sentences"]


def test_ask_builds_a_missing_index_on_demand_and_prints_the_designs_json():
    data = run_json("ask", "Hur länge pågår en kunskapsallians?")
    assert set(data) == {"question", "language", "answer", "abstained", "citations", "verdict", "flags", "notice"}
    assert data["language"] == "sv" and not data["abstained"]
    assert "två till tre år" in data["answer"]
    assert data["citations"][0]["chunk_id"].startswith(data["citations"][0]["doc_id"] + "#")


def test_search_json_lists_passages_best_first():
    data = run_json("search", "Erasmusstadgan för högre utbildning", "--k", "3")
    results = data["results"]
    assert len(results) == 3 and results[0]["doc_id"] == "knowledge-alliances"
    assert [r["score"] for r in results] == sorted((r["score"] for r in results), reverse=True)


def test_eval_runs_any_question_file_and_reports_per_item_records_and_metrics(tmp_path):
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        '{"id": "a", "lang": "en", "question": "How long does a Knowledge Alliance last?", '
        '"expected_docs": ["knowledge-alliances", "knowledge-alliances-finland"], "facts_any": ["24"], "out_of_scope": false}\n'
        '{"id": "b", "lang": "en", "question": "What is Jean Monnet?", "expected_docs": [], "facts_any": [], "out_of_scope": true}\n',
        encoding="utf-8",
    )
    data = run_json("eval", "--questions", str(questions))
    assert [r["id"] for r in data["questions"]] == ["a", "b"]
    record = data["questions"][0]
    assert {"id", "retrieved_docs", "answer", "abstained", "citations", "seconds"} <= set(record)
    metrics = data["metrics"]["questions"]
    assert metrics["hit@1"] == 1.0 and metrics["fact_recall"] == 1.0 and metrics["abstention_recall"] == 1.0


def _erasbot(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "erasbot.cli", *args], input=stdin, capture_output=True, text=True, timeout=120
    )


def test_an_empty_question_exits_2_with_a_message_on_stderr():
    result = _erasbot("ask", "  ")
    assert result.returncode == 2
    assert "question is empty" in result.stderr and result.stdout == ""


def test_a_broken_evaluation_file_names_the_file_and_line(tmp_path):
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "a", "question": "x"}\nnot json\n', encoding="utf-8")
    result = _erasbot("eval", "--questions", str(broken))
    assert result.returncode == 2
    assert f"{broken}:2" in result.stderr


def test_ask_with_a_pasted_partner_list_returns_the_checkers_verdict():
    partners = (
        "Check for a knowledge alliance:\n"
        "Lund University, Sweden, university, coordinator\n"
        "Aalto-yliopisto, Finland, university\n"
        "Siemens AG, Germany, company\n"
    )
    data = run_json("ask", partners)
    assert data["verdict"]["action"] == "knowledge-alliance"
    assert data["verdict"]["verdict"] == "not_eligible"
    assert "min-organisations" in {r["id"] for r in data["verdict"]["rules"] if r["status"] == "fail"}


def test_a_citation_of_a_document_added_with_no_period_prints_no_empty_period():
    from erasbot.cli.app import citation_line
    from erasbot.guidance.citations import Citation

    added = Citation(1, "faktablad", "faktablad#7", "text", 0.5, "Virtuella utbyten", "user document", "")
    assert citation_line(added) == "[1] Virtuella utbyten — user document (faktablad#7)"
    bundled = Citation(2, "knowledge-alliances", "knowledge-alliances#7", "t", 0.5, "Kunskapsallianser", "EU", "2014-2020")
    assert citation_line(bundled) == "[2] Kunskapsallianser — EU, 2014-2020 (knowledge-alliances#7)"
