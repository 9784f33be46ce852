"""Speed figures: search and ask against a naive baseline, the checker, comparing two saved runs."""

from __future__ import annotations

from collections.abc import Callable

from erasbot.settings import Settings


def run_bench(settings: Settings, runs: int = 3, notify: Callable[[str], None] = lambda m: None) -> dict:
    """All figures in one dictionary: the search figures at the top level, then "checker" and "compare"."""
    from erasbot.evaluation.bench.checker import measure_checker
    from erasbot.evaluation.bench.runs import measure_compare
    from erasbot.evaluation.bench.search import measure_search

    figures = measure_search(settings, runs=runs, notify=notify)
    notify("checker: 1,000-partner list and 10-partner checks")
    figures["checker"] = measure_checker()
    notify("evaluation: reading and comparing two saved runs of 150 questions")
    figures["compare"] = measure_compare()
    return figures
