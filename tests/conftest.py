"""Shared fixtures: one full-pipeline Linter and one blank Linter per session
(loading spaCy is the slow part), and two ways to run the command: in this
process (``run_cli``, the default: the pipeline loads once per session) and as
a real subprocess (``run_process``, for the few tests about the entry point
itself: imports, signals, pipes)."""

from __future__ import annotations

import os

# As the align command does (cli.main): one BLAS thread per process. The suite
# runs a process per core (pytest-xdist), and more threads only fight over them.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import importlib.util
import json
import subprocess
import sys
from collections.abc import Callable
from contextlib import chdir
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from align_lint.run.linter import Linter
from align_lint.settings.config import Config

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"
# Set by the CI runner in the environment of a GitHub Actions step; align reacts
# to them, so tests start without them and set them where they test that.
_ACTIONS_VARIABLES = ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY")


def load_bench_module(name: str) -> ModuleType:
    """A script from bench/ (scripts, not a package), loaded by path once per session
    as ``align_bench_<name>``."""
    module_name = f"align_bench_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def clean_git_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment without GIT_* variables. Git exports GIT_DIR, GIT_WORK_TREE,
    GIT_INDEX_FILE… to hooks, ``rebase --exec`` and ``bisect run``; a test that
    runs git in a temporary repository with them set would act on *this*
    repository instead (its index, even its config)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    return {**env, **(extra or {})}


def git(*args: str, cwd: Path) -> str:
    """Run git in ``cwd`` only, with a fixed identity for commits."""
    return subprocess.run(
        ["git", "-c", "user.name=align tests", "-c", "user.email=tests@align.invalid", *args],
        cwd=cwd,
        env=clean_git_env(),
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


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
def run_cli() -> RunCli:
    """Run ``align ARGS`` in this process (typer's CliRunner), as a user would:
    in ``cwd`` (default: the repository), with ``env`` added to a clean
    environment, stdout and stderr apart. An exception the command did not turn
    into an exit code is raised here, so a traceback can never pass for a
    one-line error."""
    from typer.testing import CliRunner

    from align_lint.cli import app

    def run(
        *args: str,
        stdin: str | bytes | None = None,
        cwd: Path | None = None,
        env: dict[str, str] | None = None,
    ) -> CliResult:
        cleared: dict[str, str | None] = dict.fromkeys(_ACTIONS_VARIABLES)
        environment = {**cleared, "NO_COLOR": "1", "COLUMNS": "120", **(env or {})}
        with chdir(cwd or ROOT):
            result = CliRunner().invoke(app, list(args), input=stdin, env=environment)
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        return subprocess.CompletedProcess(
            ["align", *args], result.exit_code, result.stdout, result.stderr
        )

    return run


@pytest.fixture()
def run_process(tmp_path: Path) -> RunCli:
    """Run ``python -m align_lint`` as a separate process, capturing stdout/stderr."""

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
