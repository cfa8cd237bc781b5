"""A progress bar for long runs: rich, on stderr, only on a terminal, and only
once a run has taken about two seconds (a quick run never shows one)."""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO

DELAY = 2.0  # seconds before the bar appears


class DelayedProgress:
    def __init__(self, total: int, *, stream: TextIO | None = None, delay: float = DELAY) -> None:
        self.total = total
        self.done = 0
        self._stream = stream or sys.stderr
        self._deadline = time.monotonic() + delay
        self._bar: Any = None
        self._task: Any = None

    @staticmethod
    def wanted(stream: TextIO | None = None) -> bool:
        stream = stream or sys.stderr
        return stream.isatty()

    def advance(self, count: int = 1) -> None:
        self.done += count
        # A content calendar is one path but a document per row: the total
        # counted paths, so it grows with the rows as they are linted.
        if self.done > self.total:
            self.total = self.done
            if self._bar is not None:
                self._bar.update(self._task, total=self.total)
        if self._bar is None and time.monotonic() >= self._deadline:
            self._start()
        if self._bar is not None:
            self._bar.update(self._task, completed=self.done)

    def _start(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        console = Console(file=self._stream)
        self._bar = Progress(
            "linting",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=console,
            transient=True,
        )
        self._task = self._bar.add_task("lint", total=self.total)
        self._bar.start()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
