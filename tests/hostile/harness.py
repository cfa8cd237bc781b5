"""Running align on hostile input the way CI would: a separate process with a
wall-clock limit and an address-space limit, so a hang or a memory blow-up
fails the test instead of the machine.

Each case says what a user must see: the exit code and the first line of
stderr (one line naming the file, never a traceback). Cases are written as
ordinary tests in ``tests/hostile/test_*.py``; slow or large ones carry the
``slow`` marker and run in ``.ci/run``.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The CI runner's variables would change what align prints; a case starts without them.
_CLEARED = ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "GITHUB_WORKSPACE", "CI")


@dataclass(frozen=True)
class Outcome:
    exit: int
    stdout: str
    stderr: str

    @property
    def first_error_line(self) -> str:
        lines = self.stderr.splitlines()
        return lines[0] if lines else ""

    @property
    def has_traceback(self) -> bool:
        return "Traceback (most recent call last)" in self.stderr


def run_align(
    *args: str,
    cwd: Path | None = None,
    stdin: bytes | None = None,
    timeout: float = 60,
    memory_mb: int = 2048,
    env: dict[str, str] | None = None,
) -> Outcome:
    """``python -m align_lint ARGS`` with at most ``timeout`` seconds and
    ``memory_mb`` of address space (the model alone needs about 1 GB of it)."""

    def limit() -> None:
        size = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (size, size))

    base = {k: v for k, v in os.environ.items() if k not in _CLEARED}
    completed = subprocess.run(
        [sys.executable, "-m", "align_lint", *args],
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        cwd=cwd or ROOT,
        env={**base, "NO_COLOR": "1", "COLUMNS": "120", **(env or {})},
        timeout=timeout,
        preexec_fn=limit,
    )
    return outcome_of(completed)


def outcome_of(completed: subprocess.CompletedProcess[bytes]) -> Outcome:
    """A finished child's exit code and its output, decoded."""
    return Outcome(
        completed.returncode,
        completed.stdout.decode("utf-8", "replace"),
        completed.stderr.decode("utf-8", "replace"),
    )


def assert_one_line_error(outcome: Outcome, exit_code: int = 2, mentions: str = "") -> None:
    """The promise for bad input: the expected exit code, no traceback, and a
    first stderr line that names what was wrong (``mentions``)."""
    assert not outcome.has_traceback, outcome.stderr[-2000:]
    assert outcome.exit == exit_code, (outcome.exit, outcome.stderr[-2000:])
    assert mentions in outcome.first_error_line, outcome.stderr[-2000:]
