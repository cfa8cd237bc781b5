"""One guard and one exit code for every command that runs a lint
(``cli/common_run.py``): lint, baseline, report, audit and config answer an
error, an internal fault and Ctrl-C alike."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer
from tests.conftest import RunCli

from align_lint.cli import common_run, config_command
from align_lint.errors import InputError, InternalError

FAULT = "a fault planted by the test"


def _interrupt(*args: Any, **kwargs: Any) -> Any:
    raise KeyboardInterrupt


def _fault(*args: Any, **kwargs: Any) -> Any:
    raise LookupError(FAULT)


def test_ctrl_c_in_an_audit_is_the_one_line_lint_prints(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """audit had its own copy of the guard, which let Ctrl-C end it silently."""
    from align_lint.run import audit

    monkeypatch.setattr(audit, "require_pyarrow", _interrupt)
    result = run_cli(
        "audit", "posts.csv", "--text-column", "body", "-o", "out", "--no-default-rules",
        cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == common_run.EXIT_INTERRUPTED == 130
    assert result.stderr.splitlines() == ["align: interrupted"]


def test_an_internal_fault_in_config_is_one_line_and_exit_2(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """config caught only AlignError: any other fault escaped the command."""
    monkeypatch.setattr(config_command, "_effective", _fault)
    result = run_cli("config", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"align: error: internal error, please report (LookupError: {FAULT})"
    ]


def test_align_debug_gives_configs_fault_its_traceback(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(config_command, "_effective", _fault)
    result = run_cli("config", cwd=tmp_path, env={"ALIGN_DEBUG": "1"})
    assert result.returncode == 2
    assert "internal error, please report" in result.stderr.splitlines()[0]
    assert "Traceback (most recent call last)" in result.stderr


@pytest.mark.parametrize(
    ("errors", "passed", "exit_zero", "code"),
    [
        (False, True, False, 0),
        (False, False, False, 1),
        (False, False, True, 0),
        (True, True, False, 2),
        (True, False, True, 2),  # --exit-zero never hides an error
    ],
)
def test_the_exit_code_of_a_run(errors: bool, passed: bool, exit_zero: bool, code: int) -> None:
    with pytest.raises(typer.Exit) as ended:
        common_run.exit_after_run(errors=errors, passed=passed, exit_zero=exit_zero)
    assert ended.value.exit_code == code


def test_input_errors_are_told_as_they_come_with_tracebacks_only_when_asked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    plain, debugged = common_run.InputErrors(), common_run.InputErrors(tracebacks=True)
    fault = InternalError("post.md: internal error", detail="Traceback: here\n")
    for errors in (plain, debugged):
        errors(InputError("a.md: cannot read file"))
        errors(fault)
    assert len(plain) == len(debugged) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        "align: error: a.md: cannot read file",
        "align: error: post.md: internal error",
        "align: error: a.md: cannot read file",
        "align: error: post.md: internal error",
        "Traceback: here",
    ]
