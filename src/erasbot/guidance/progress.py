"""Ingest progress as plain lines (counts, rate, an estimate), for logs and pipes where no bar is drawn."""

from __future__ import annotations

import time
from collections.abc import Callable


def estimate(done: int, total: int, since_done: int, seconds: float) -> float | None:
    """Seconds left at the rate measured since `since_done` records were in place (None before a rate)."""
    rate = (done - since_done) / seconds if seconds > 0 else 0.0
    return (total - done) / rate if rate > 0 else None


def progress_line(label: str, done: int, total: int, rate: float | None, left: float | None) -> str:
    percent = 100 * done / total if total else 100.0
    line = f"{label}: {done:,} of {total:,} passages and sentences ({percent:.0f}%)"
    if rate:
        line += f", {rate:.1f}/s"
    if done >= total:
        return line + ", done"
    return line + (f", about {_duration(left)} left" if left is not None else ", estimating time left")


def _duration(seconds: float) -> str:
    seconds = max(0, round(seconds))
    return f"{seconds // 60} min {seconds % 60:02d} s" if seconds >= 60 else f"{seconds} s"


class PlainProgress:
    """A progress callback that writes a line at most every `every` seconds, and always the last one."""

    def __init__(
        self,
        write: Callable[[str], None],
        label: str = "Indexing",
        every: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.write = write
        self.label = label
        self.every = every
        self.clock = clock
        self._start: tuple[int, float] | None = None
        self._last = float("-inf")

    def __call__(self, done: int, total: int) -> None:
        now = self.clock()
        if self._start is None:
            self._start = (done, now)  # records already in place (a resumed ingest) do not count as speed
        if done < total and now - self._last < self.every:
            return
        self._last = now
        since_done, since = self._start
        elapsed = now - since
        rate = (done - since_done) / elapsed if elapsed > 0 and done > since_done else None
        self.write(progress_line(self.label, done, total, rate, estimate(done, total, since_done, elapsed)))
