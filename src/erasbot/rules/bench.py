"""Speed of the checker: parse-and-check of a 1,000-partner list, checks per second of a 10-partner list.

1,000 partners is over the 500-row limit for user input, so the benchmark lifts
the limit (``max_rows=None``); a warm-up call first builds the country index.
"""

from __future__ import annotations

import statistics
import time

from erasbot.rules.checker import check_text

COUNTRIES = ("SE", "Finland", "Nederland", "DE", "Ruotsi", "Belgium", "BR", "Norge")
TYPES = ("university", "enterprise", "VET provider", "yritys", "hogeschool", "chamber of commerce", "", "regulatory body")
ROLES = ("partner", "partner", "", "associated partner", "partner")


def partner_list(n: int) -> str:
    """A semicolon-separated list of n distinct partners with a header, one coordinator."""
    rows = ["Organisation;Country;Type;Role;ECHE"]
    for i in range(n):
        role = "coordinator" if i == 0 else ROLES[i % len(ROLES)]
        rows.append(f"Organisation {i};{COUNTRIES[i % len(COUNTRIES)]};{TYPES[i % len(TYPES)]};{role};"
                    f"{'yes' if i % 3 else ''}")
    return "\n".join(rows)


def _time(text: str, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        check_text(text, "knowledge-alliance", duration_months=24, grant_eur=700_000, max_rows=None)
        times.append(time.perf_counter() - start)
    return times


def measure_checker(repeat: int = 7, seconds: float = 1.0) -> dict[str, float]:
    """{"parse_check_1000_ms": median ms, "checks_per_second_10": rate, ...} measured here and now."""
    big, small = partner_list(1000), partner_list(10)
    _time(small, 1)  # warm-up: country index, tables, phrases
    big_times = _time(big, repeat)
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        check_text(small, "knowledge-alliance", duration_months=24, grant_eur=700_000)
        count += 1
    elapsed = time.perf_counter() - start
    return {
        "parse_check_1000_ms": round(statistics.median(big_times) * 1000, 2),
        "parse_check_1000_max_ms": round(max(big_times) * 1000, 2),
        "checks_per_second_10": round(count / elapsed, 1),
        "check_10_ms": round(elapsed / count * 1000, 3),
    }


if __name__ == "__main__":
    print(measure_checker())
