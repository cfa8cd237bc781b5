"""Shared fixtures: one full-pipeline Linter and one blank Linter per session
(loading spaCy is the slow part), and a helper to run the real CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from align_lint.config import Config
from align_lint.linter import Linter

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"
# Set by the CI runner in the environment of a GitHub Actions step; align reacts
# to them, so tests start without them and set them where they test that.
_ACTIONS_VARIABLES = ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY")


@pytest.fixture(scope="session")
def sarif_schema() -> dict[str, Any]:
    """The official SARIF 2.1.0 schema from ../shared. Missing, the test skips
    locally and fails in CI (CI=true), so CI never goes green without it."""
    if not SARIF_SCHEMA.is_file():
        message = f"the SARIF schema is not at {SARIF_SCHEMA}"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; CI must validate SARIF against it", pytrace=False)
        pytest.skip(f"{message} (shared/ is not beside this checkout)")
    schema: dict[str, Any] = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    return schema


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

    def run(
        *args: str,
        stdin: str | bytes | None = None,
        cwd: Path | None = None,
        env: dict[str, str] | None = None,
    ) -> CliResult:
        base = {k: v for k, v in os.environ.items() if k not in _ACTIONS_VARIABLES}
        env = {**base, "NO_COLOR": "1", "COLUMNS": "120", **(env or {})}
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
