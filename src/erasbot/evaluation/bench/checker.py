"""Checker speed: parse-and-check of a 1,000-partner list, checks per second of a 10-partner list.

1,000 partners is over the 500-row limit for user input, so the benchmark lifts
the limit (``max_rows=None``); a warm-up call first builds the country index.
Every timed list has names not seen before, so no cache of earlier runs helps.
"""

from __future__ import annotations

import time

from erasbot.evaluation.stats import percentile
from erasbot.rules.checker import check_text

COUNTRIES = ("SE", "Finland", "Nederland", "DE", "Ruotsi", "Belgium", "BR", "Norge")
TYPES = (
    "university",
    "enterprise",
    "VET provider",
    "yritys",
    "hogeschool",
    "chamber of commerce",
    "",
    "regulatory body",
)
ROLES = ("partner", "partner", "", "associated partner", "partner")


def partner_list(n: int, run: int = 0) -> str:
    """A semicolon-separated list of n distinct partners with a header, one coordinator."""
    rows = ["Organisation;Country;Type;Role;ECHE"]
    for i in range(n):
        role = "coordinator" if i == 0 else ROLES[i % len(ROLES)]
        rows.append(
            f"Organisation {run}-{i};{COUNTRIES[i % len(COUNTRIES)]};{TYPES[i % len(TYPES)]};{role};"
            f"{'yes' if i % 3 else ''}"
        )
    return "\n".join(rows)


def plain_list(n: int, run: int = 0) -> str:
    """The same partners as plain comma-separated lines without a header (each cell classified)."""
    return "\n".join(line.replace(";", ", ").rstrip(", ") for line in partner_list(n, run).splitlines()[1:])


def _time(n: int, repeat: int, first_run: int = 1, make=partner_list) -> list[float]:
    times = []
    for run in range(first_run, first_run + repeat):
        text = make(n, run)
        start = time.perf_counter()
        check_text(text, "knowledge-alliance", duration_months=24, grant_eur=700_000, max_rows=None)
        times.append(time.perf_counter() - start)
    return times


def measure_checker(repeat: int = 7, seconds: float = 1.0) -> dict[str, float]:
    """{"parse_check_1000_ms": median ms, "checks_per_second_10": rate, ...} measured here and now."""
    _time(10, 1, first_run=0)  # warm-up: country index, tables, phrases
    big_times = _time(1000, repeat)
    plain_times = _time(1000, repeat, first_run=1000, make=plain_list)
    smalls = [partner_list(10, run) for run in range(10_000, 10_000 + 20_000)]
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds and count < len(smalls):
        check_text(smalls[count], "knowledge-alliance", duration_months=24, grant_eur=700_000)
        count += 1
    elapsed = time.perf_counter() - start
    return {
        "parse_check_1000_ms": round(percentile(big_times, 0.5) * 1000, 2),
        "parse_check_1000_max_ms": round(max(big_times) * 1000, 2),
        "parse_check_1000_plain_lines_ms": round(percentile(plain_times, 0.5) * 1000, 2),
        "checks_per_second_10": round(count / elapsed, 1),
        "check_10_ms": round(elapsed / count * 1000, 3),
    }
