"""Shared fixtures: one full-pipeline Linter and one blank Linter per session
(loading spaCy is the slow part), and a helper to run the real CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from align_lint.config import Config
from align_lint.linter import Linter

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def linter() -> Linter:
    return Linter(Config())


@pytest.fixture(scope="session")
def blank_linter() -> Linter:
    return Linter(Config(model="blank"))


CliResult = subprocess.CompletedProcess[str]
RunCli = Callable[..., CliResult]


@pytest.fixture()
def run_cli(tmp_path: Path) -> RunCli:
    """Run ``python -m align_lint`` as a user would, capturing stdout/stderr."""

    def run(*args: str, stdin: str | bytes | None = None, cwd: Path | None = None) -> CliResult:
        env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
        completed = subprocess.run(
            [sys.executable, "-m", "align_lint", *args],
            input=stdin.encode() if isinstance(stdin, str) else stdin,
            capture_output=True,
            cwd=cwd or ROOT,
            env=env,
            timeout=300,
        )
        return subprocess.CompletedProcess(
            completed.args,
            completed.returncode,
            completed.stdout.decode("utf-8"),
            completed.stderr.decode("utf-8"),
        )

    return run
