"""The benchmark runs and reports its figures (the 100 ms target is checked loosely here, CI machines vary)."""

from __future__ import annotations

from erasbot.evaluation.bench.checker import measure_checker, partner_list
from erasbot.rules import check_text


def test_benchmark_reports_parse_and_check_time_and_rate() -> None:
    figures = measure_checker(repeat=3, seconds=0.2)
    assert set(figures) >= {"parse_check_1000_ms", "checks_per_second_10"}
    assert 0 < figures["parse_check_1000_ms"] < 1000
    assert figures["checks_per_second_10"] > 50


def test_a_thousand_partners_need_the_row_limit_lifted() -> None:
    result = check_text(partner_list(1000), "knowledge-alliance", max_rows=None)
    assert len(result.partners) == 1000 and result.errors == []
