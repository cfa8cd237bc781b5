"""The outer guard (issue 11): an unexpected exception is one line, "internal
error, please report", exit 2, the traceback only with ``--debug`` or
``ALIGN_DEBUG=1``; one document that cannot be linted is reported as an error
document in every format while the others keep their report; signals end a
run with one line at most and no worker left behind.

Faults are injected by monkeypatching: in this process (``run_cli``), or for
worker processes in a child started with ``python -c`` that patches align
before running its entry point (the fork inherits the patch). Product code has
no test hook.
"""

from __future__ import annotations

import importlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import RunCli
from tests.hostile.harness import ROOT, assert_one_line_error, run_align

from align_lint.analysis.analyzer import Analyzer
from align_lint.documents import Document
from align_lint.report.formatters import FORMAT_NAMES

GOOD = "We grew revenue 12% in Q3 after the new onboarding flow cut churn by a third.\n"
VANITY = "We just crossed 10k followers and a million views on our launch video!\n"
# The fault fires on this document only, wherever the analysis reaches it.
BAD = "poisoned.md"
FAULT = "injected fault for the test"


def _posts(folder: Path, count: int = 2) -> Path:
    for index in range(count):
        (folder / f"post-{index:03}.md").write_text(VANITY if index % 2 else GOOD, encoding="utf-8")
    (folder / BAD).write_text(VANITY, encoding="utf-8")
    return folder


def _poisoned(document: Document) -> bool:
    return document.source.endswith(BAD)


@pytest.fixture()
def analysis_fault(monkeypatch: pytest.MonkeyPatch) -> None:
    """Analysing the poisoned document raises, inside the batch's shared spaCy
    pass (as a crash in masking or the tokenizer would)."""
    whole, part = Analyzer.whole, Analyzer.part

    def broken_whole(self: Analyzer, document: Document) -> Any:
        if _poisoned(document):
            raise RuntimeError(FAULT)
        return whole(self, document)

    def broken_part(self: Analyzer, document: Document, chunk: Any) -> Any:
        if _poisoned(document):
            raise RuntimeError(FAULT)
        return part(self, document, chunk)

    monkeypatch.setattr(Analyzer, "whole", broken_whole)
    monkeypatch.setattr(Analyzer, "part", broken_part)


# -- one document that fails, among good ones ------------------------------------------


@pytest.mark.usefixtures("analysis_fault")
def test_a_document_that_crashes_the_analysis_is_an_error_document(
    run_cli: RunCli, tmp_path: Path
) -> None:
    import jsonschema

    result = run_cli("lint", "--no-cache", "-f", "json", ".", cwd=_posts(tmp_path))
    assert_one_line_error(_outcome(result), mentions=f"{BAD}: internal error, please report")
    assert f"RuntimeError: {FAULT}" in result.stderr.splitlines()[0]
    report = json.loads(result.stdout)
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, schema)  # the output contract, with its optional "error"
    documents = {d["path"]: d for d in report["documents"]}
    assert sorted(documents) == [BAD, "post-000.md", "post-001.md"]
    bad = documents[BAD]
    assert bad["error"].startswith(f"{BAD}: internal error, please report")
    assert (bad["passed"], bad["score"], bad["findings"]) == (False, 0, [])
    # The others were linted as if nothing had happened.
    assert documents["post-001.md"]["findings"]
    assert all("error" not in d for p, d in documents.items() if p != BAD)


@pytest.mark.usefixtures("analysis_fault")
@pytest.mark.parametrize("fmt", [f for f in FORMAT_NAMES if f != "json"])
def test_every_format_reports_the_error_document_and_the_others(
    run_cli: RunCli, tmp_path: Path, fmt: str
) -> None:
    # --verbose: the passing documents are listed too, so they can be seen to survive.
    result = run_cli("lint", "--no-cache", "--verbose", "-f", fmt, ".", cwd=_posts(tmp_path))
    assert_one_line_error(_outcome(result), mentions=f"{BAD}: internal error")
    assert "internal error, please report" in result.stdout
    assert "post-000.md" in result.stdout and "post-001.md" in result.stdout


@pytest.mark.usefixtures("analysis_fault")
def test_the_sarif_error_document_is_a_tool_notification(
    run_cli: RunCli, tmp_path: Path, sarif_schema: dict[str, Any]
) -> None:
    import jsonschema

    result = run_cli("lint", "--no-cache", "-f", "sarif", ".", cwd=_posts(tmp_path))
    sarif = json.loads(result.stdout)
    jsonschema.validate(sarif, sarif_schema)
    (invocation,) = sarif["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    (notification,) = invocation["toolExecutionNotifications"]
    assert notification["level"] == "error"
    location = notification["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"] == BAD


def test_a_fault_in_one_documents_judgement_spares_the_rest(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fault after the shared pass (judging, scoring) costs only its document."""
    from align_lint.run import linter as linter_module

    def broken_verdict(score: Any, findings: Any, *args: Any) -> Any:
        if any("10k followers" in f.text for f in findings):
            raise ValueError(FAULT)
        return verdict(score, findings, *args)

    verdict = linter_module.verdict
    monkeypatch.setattr(linter_module, "verdict", broken_verdict)
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / BAD).write_text(VANITY, encoding="utf-8")
    result = run_cli("lint", "--no-cache", "--verbose", "-f", "text", ".", cwd=tmp_path)
    assert_one_line_error(_outcome(result), mentions=f"{BAD}: internal error, please report")
    assert f"{BAD}: ERROR, not linted ({BAD}: internal error" in result.stdout
    assert "good.md: score" in result.stdout
    assert "2 documents, 1 failed (1 not linted), 0 findings" in result.stdout


def test_an_unreadable_document_is_an_error_document_too(run_cli: RunCli, tmp_path: Path) -> None:
    """Input errors (not UTF-8, binary, empty) are reported the same way."""
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "latin1.md").write_bytes(b"caf\xe9 followers\n")
    result = run_cli("lint", "--no-cache", "-f", "json", ".", cwd=tmp_path)
    assert_one_line_error(_outcome(result), mentions="latin1.md:1: not valid UTF-8")
    documents = {d["path"]: d for d in json.loads(result.stdout)["documents"]}
    assert documents["latin1.md"]["error"].startswith("latin1.md:1: not valid UTF-8")
    assert "error" not in documents["good.md"]


@pytest.mark.slow
def test_a_worker_that_hits_a_fault_reports_an_error_document(tmp_path: Path) -> None:
    """With --jobs the fault happens in a forked worker: same report as in one process."""
    folder = _posts(tmp_path, count=70)  # more than PARALLEL_FROM: workers start
    outcome = _run_patched(
        _WORKER_FAULT, "lint", "--no-cache", "-j", "2", "-f", "json", ".", cwd=folder
    )
    assert_one_line_error(outcome, mentions=f"{BAD}: internal error, please report")
    documents = json.loads(outcome.stdout)["documents"]
    assert len(documents) == 71
    assert [d["path"] for d in documents if "error" in d] == [BAD]


@pytest.mark.slow
def test_a_worker_killed_by_the_kernel_ends_the_run_instead_of_hanging(tmp_path: Path) -> None:
    """A worker killed outright (the OOM killer's SIGKILL) loses its task, and the
    pool never answered for it: align waited forever (12 min before we stopped
    it). Now one line and exit 2 as soon as the parent notices."""
    folder = _posts(tmp_path, count=70)
    patch = _WORKER_FAULT.replace(
        f"raise RuntimeError({FAULT!r})", "import os, signal; os.kill(os.getpid(), signal.SIGKILL)"
    )
    outcome = _run_patched(patch, "lint", "--no-cache", "-j", "2", "-f", "json", ".", cwd=folder)
    assert_one_line_error(outcome, mentions="a worker process was killed by SIGKILL")
    assert outcome.stdout == ""


def test_a_worker_stopped_before_its_initializer_ends_quietly() -> None:
    """The race behind a flaky CI run of the test above: the pool replaced the
    killed worker and then stopped the new one before its initializer reset
    SIGTERM, so the parent's handler (inherited by the fork) raised in it and
    multiprocessing printed a traceback. In a fork the handler now just exits."""
    # The package's ``app`` is the Typer object; the handler lives in the module.
    app = importlib.import_module("align_lint.cli.app")
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the fork
        try:
            app._raise_terminated(signal.SIGTERM, None)
        except BaseException:
            os._exit(99)
        os._exit(0)
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 128 + signal.SIGTERM


# -- the outer guard ---------------------------------------------------------------------


@pytest.fixture()
def report_fault(monkeypatch: pytest.MonkeyPatch) -> None:
    """Writing the report raises: a bug outside any one document."""
    import align_lint.cli

    # align_lint.cli.app is the Typer object; the module is in sys.modules.
    app_module = sys.modules[align_lint.cli.__name__ + ".app"]

    def broken_emit(*args: Any, **kwargs: Any) -> None:
        raise KeyError(FAULT)

    monkeypatch.setattr(app_module, "emit", broken_emit)
    monkeypatch.setattr(app_module, "emit_streamed", broken_emit)  # text streams


@pytest.mark.usefixtures("report_fault")
def test_an_unexpected_exception_is_one_line_and_exit_2(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    result = run_cli("lint", "--no-cache", "good.md", cwd=tmp_path)
    assert_one_line_error(_outcome(result), mentions="align: error: internal error, please report")
    assert FAULT in result.stderr
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.usefixtures("report_fault")
@pytest.mark.parametrize(("flag", "env"), [("--debug", {}), ("", {"ALIGN_DEBUG": "1"})])
def test_debug_adds_the_traceback(
    run_cli: RunCli, tmp_path: Path, flag: str, env: dict[str, str]
) -> None:
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    args = ["lint", "--no-cache", *([flag] if flag else []), "good.md"]
    result = run_cli(*args, cwd=tmp_path, env=env)
    assert result.returncode == 2
    assert "internal error, please report" in result.stderr.splitlines()[0]
    assert "Traceback (most recent call last)" in result.stderr
    assert "broken_emit" in result.stderr


@pytest.mark.usefixtures("analysis_fault")
def test_debug_adds_the_traceback_of_a_document_error(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("lint", "--no-cache", "--debug", "-f", "json", ".", cwd=_posts(tmp_path))
    assert result.returncode == 2
    assert result.stderr.splitlines()[0].startswith(f"align: error: {BAD}: internal error")
    assert "Traceback (most recent call last)" in result.stderr
    assert "broken_whole" in result.stderr or "broken_part" in result.stderr
    json.loads(result.stdout)  # the traceback went to stderr, never into the report


@pytest.mark.parametrize("command", ["rules", "explain", "check-rules", "init"])
def test_every_command_takes_debug(run_cli: RunCli, command: str) -> None:
    result = run_cli(command, "--help")
    assert "--debug" in result.stdout


def test_other_commands_have_the_guard(run_cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> None:
    from align_lint.cli import ruledocs

    def broken_rows(*args: Any) -> Any:
        raise AttributeError(FAULT)

    monkeypatch.setattr(ruledocs, "rule_rows", broken_rows)
    result = run_cli("rules")
    assert_one_line_error(_outcome(result), mentions="internal error, please report")


def test_the_entry_point_guards_what_happens_outside_a_command(tmp_path: Path) -> None:
    """``python -m align_lint``: a fault before any command runs is one line too."""
    patch = textwrap.dedent(
        f"""
        import typer.main
        def broken(*args, **kwargs):
            raise TypeError({FAULT!r})
        typer.main.get_command = broken
        """
    )
    outcome = _run_patched(patch, "rules", cwd=tmp_path)
    assert_one_line_error(outcome, mentions="internal error, please report")


# -- bad arguments: one line, exit 2 (item 7) ----------------------------------------------


@pytest.mark.parametrize(
    ("args", "mentions"),
    [
        (["lint", "post.md", "-f", "nope"], "align: error: --format: 'nope' is not a format"),
        (["lint", "post.md", "-j", "0"], "align: error: --jobs: 0 is not 1 or more"),
        (["lint", "post.md", "-j", "-1"], "align: error: --jobs: -1 is not 1 or more"),
        (["lint", "post.md", "--fail-under", "200"], "--fail-under: 200 is not in 0..100"),
        (["lint", "post.md", "--fail-on", "sometimes"], "--fail-on: 'sometimes' is not a severity"),
        (
            ["lint", "post.md", "--output", "drafts"],
            "--output: 'drafts' is a directory, not a file",
        ),
        (["lint"], "align: error: align lint needs PATH (see 'align lint --help')"),
        (["lint", "nosuch.md"], "align: error: nosuch.md: no such file or directory"),
        (["lint", "empty"], "empty: no Markdown, MDX or text files found"),
        (["lint", "post.md", "--config", "drafts"], "drafts: no such config file"),
        (["lint", "post.md", "--rules", "drafts"], "drafts: no rule packs (*.yaml)"),
        (["lint", "post.md", "--rules", "nosuch.yaml"], "nosuch.yaml: no such rule pack"),
        (["lint", "post.md", "--select", "nosuch"], "unknown rule or category 'nosuch'"),
        (["explain"], "align: error: align explain needs RULE"),
        (["explain", "nosuch-rule"], "align: error: unknown rule 'nosuch-rule'"),
        (["rules", "--format", "xml"], "--format: 'xml' is not a format"),
        (["check-rules", "drafts"], "drafts: no rule packs (*.yaml)"),
        (["check-rules", "post.md"], "post.md:1: a rule pack is a mapping"),
        (["init", "post.md"], "DIR: 'post.md' is a file, not a directory"),
        (
            ["no-such-command"],
            "align: error: unknown command 'no-such-command' (see 'align --help')",
        ),
    ],
)
def test_bad_arguments_are_one_line_and_exit_2(
    run_cli: RunCli, tmp_path: Path, args: list[str], mentions: str
) -> None:
    (tmp_path / "post.md").write_text(VANITY, encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "notes.txt").write_text("not a pack\n", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    result = run_cli(*args, cwd=tmp_path)
    assert_one_line_error(_outcome(result), mentions=mentions)
    assert len(result.stderr.splitlines()) == 1, result.stderr


def test_plain_align_still_shows_the_help(run_cli: RunCli) -> None:
    result = run_cli()
    assert "Commands:" in result.stdout + result.stderr


def test_a_huge_jobs_value_starts_no_more_workers_than_are_useful() -> None:
    from align_lint.run.workers import BATCH, MAX_JOBS_PER_CORE, default_jobs, useful_jobs

    cap = MAX_JOBS_PER_CORE * default_jobs()
    assert useful_jobs(1_000_000, 70) == min(3, cap)  # 70 documents are 3 batches
    assert useful_jobs(10**20, 100_000) == cap
    assert useful_jobs(8, 10) == 1  # too few documents for workers
    assert useful_jobs(2, 100 * BATCH) == 2  # what was asked, when it is useful


@pytest.mark.slow
def test_jobs_one_million_lints_as_usual(tmp_path: Path) -> None:
    """``--jobs 1000000`` used to fork that many processes (300 took 48 s on 70
    posts, 18 s with one); now at most a few per core."""
    folder = _posts(tmp_path, count=70)
    (folder / BAD).unlink()
    outcome = run_align(
        "lint", "--no-cache", "-j", "1000000", "-f", "json", ".", cwd=folder, timeout=120
    )
    assert outcome.exit == 1 and not outcome.stderr, outcome.stderr[-2000:]
    assert len(json.loads(outcome.stdout)["documents"]) == 70


def test_a_file_name_that_is_not_utf8_in_sarif(
    run_cli: RunCli, tmp_path: Path, sarif_schema: dict[str, Any]
) -> None:
    """Item 7: a non-UTF-8 file name crashed the SARIF writer (UnicodeEncodeError)."""
    import jsonschema

    (tmp_path / os.fsdecode(b"caf\xe9.md")).write_text(VANITY, encoding="utf-8")
    result = run_cli("lint", "--no-cache", "-f", "sarif", ".", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    sarif = json.loads(result.stdout)
    jsonschema.validate(sarif, sarif_schema)
    uris = {
        location["physicalLocation"]["artifactLocation"]["uri"]
        for item in sarif["runs"][0]["results"]
        for location in item["locations"]
    }
    assert uris == {"caf%E9.md"}  # the file's own bytes


# -- signals -------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("signum", "to_group", "status", "line"),
    [
        (signal.SIGTERM, False, 143, "align: terminated"),
        (signal.SIGINT, True, 130, "align: interrupted"),
        (signal.SIGINT, False, 130, "align: interrupted"),
    ],
)
def test_a_signal_stops_the_run_and_its_workers_quietly(
    tmp_path: Path, signum: int, to_group: bool, status: int, line: str
) -> None:
    """SIGTERM to the parent alone (a CI runner cancelling a step), Ctrl-C to the
    whole process group: one line, the conventional status, no worker left."""
    folder = _posts(tmp_path, count=400)
    process = subprocess.Popen(
        [sys.executable, "-m", "align_lint", "lint", "--no-cache", "-j", "2", "-f", "json", "."],
        cwd=folder,
        env=_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        workers = _wait_for_workers(process.pid, count=2)
        time.sleep(1)  # let them get into their batches
        if to_group:
            os.killpg(process.pid, signum)
        else:
            os.kill(process.pid, signum)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == status, stderr.decode()
    assert stderr.decode().splitlines() == [line]
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if _alive(pid)], "orphan workers"


# -- helpers -------------------------------------------------------------------------

_WORKER_FAULT = textwrap.dedent(
    f"""
    from align_lint.analysis.analyzer import Analyzer
    whole, part = Analyzer.whole, Analyzer.part
    def broken_whole(self, document):
        if document.source.endswith({BAD!r}):
            raise RuntimeError({FAULT!r})
        return whole(self, document)
    def broken_part(self, document, chunk):
        if document.source.endswith({BAD!r}):
            raise RuntimeError({FAULT!r})
        return part(self, document, chunk)
    Analyzer.whole, Analyzer.part = broken_whole, broken_part
    """
)


def _environment() -> dict[str, str]:
    cleared = ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "CI", "ALIGN_DEBUG")
    env = {k: v for k, v in os.environ.items() if k not in cleared}
    return {**env, "NO_COLOR": "1", "COLUMNS": "120"}


def _run_patched(patch: str, *args: str, cwd: Path, timeout: float = 150) -> Any:
    """``align ARGS`` in a child that first runs ``patch`` (which monkeypatches
    align), then the real entry point, as ``python -m align_lint`` would."""
    from tests.hostile.harness import outcome_of

    program = (
        patch + "\nimport sys\nfrom align_lint.cli import main\nsys.argv[0] = 'align'\nmain()\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", program, *args],
        cwd=cwd,
        env=_environment(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=timeout,
    )
    return outcome_of(completed)


def _outcome(result: subprocess.CompletedProcess[str]) -> Any:
    from tests.hostile.harness import Outcome

    return Outcome(result.returncode, result.stdout, result.stderr)


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(child) for child in text.split()]


def _wait_for_workers(pid: int, count: int, timeout: float = 120) -> list[int]:
    """The worker processes, once the pool has started them (the model loads first)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        children = _children(pid)
        if len(children) >= count:
            return children
        time.sleep(0.1)
    raise AssertionError("the worker pool never started")


def _alive(pid: int) -> bool:
    """Running, as opposed to gone or a zombie waiting for whoever inherited it."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")
