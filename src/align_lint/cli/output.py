"""Where the CLI's words go: reports to stdout or a file, notices and errors to
stderr, a job summary for GitHub Actions. Machine formats never share stdout
with anything else.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from align_lint.errors import AlignError, printable

if TYPE_CHECKING:
    from align_lint.report.formatters import FormatOptions, Writer
    from align_lint.report.records import Report

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2


def emit(report: Report, fmt: str, output: Path | None, options: FormatOptions) -> None:
    """The report in ``fmt`` to stdout, or to ``output`` with the human report on
    stdout (so a CI log stays readable); the github format also appends a job
    summary to ``$GITHUB_STEP_SUMMARY``. Written piece by piece (formatters'
    writers), so a report of many documents is never held as one string."""
    from align_lint.report.formatters import HUMAN_FORMATS, get_writer

    stdout_format = fmt
    if output is not None:
        try:
            # surrogateescape: a file name that is not UTF-8 is written as its bytes.
            with output.open("w", encoding="utf-8", errors="surrogateescape", newline="") as handle:

                def to_file(chunk: str) -> None:
                    handle.write(chunk)

                # A file is not a terminal: no colour codes in it, even with --color.
                get_writer(fmt)(report, dataclasses.replace(options, color=False), to_file)
        except OSError as exc:
            raise AlignError(f"{output}: cannot write the report ({exc.strerror})") from None
        stdout_format = default_format()
    before, after = actions_guard() if stdout_format in HUMAN_FORMATS else ("", "")
    stream(get_writer(stdout_format), report, options, before, after)
    if fmt == "github":
        append_step_summary(report)


def default_format() -> str:
    return "rich" if sys.stdout.isatty() else "text"


def terminal_width() -> int:
    import shutil

    return max(60, min(shutil.get_terminal_size((100, 24)).columns, 160))


def actions_guard() -> tuple[str, str]:
    """What to print before and after a human report so that post text in it is
    never run as a GitHub Actions workflow command.

    The runner reads a stdout line as a command when it starts with ``::``
    (after spaces) or contains ``##[``, and the text and rich reports echo post
    text and file names. Inside Actions they are printed between
    ``::stop-commands::TOKEN`` and ``::TOKEN::`` with a one-time random token,
    so nothing in between is processed. Not when stdout is a regular file
    (``> report.txt``): the runner never reads that.
    """
    if os.environ.get("GITHUB_ACTIONS") != "true" or _stdout_is_a_file():
        return "", ""
    import secrets

    token = secrets.token_hex(16)
    return f"::stop-commands::{token}\n", f"::{token}::\n"


def _stdout_is_a_file() -> bool:
    import stat

    try:
        return stat.S_ISREG(os.fstat(sys.stdout.fileno()).st_mode)
    except (OSError, ValueError):
        return False


def append_step_summary(report: Report) -> None:
    """GitHub shows at most 10 annotations of each kind per step; the job
    summary lists every document."""
    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if not path:
        return
    from align_lint.report.formatters.github import step_summary

    try:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(step_summary(report))
    except OSError as exc:
        notice(f"cannot append the job summary to {path} ({exc.strerror})")


def stream(
    writer: Writer, report: Report, options: FormatOptions, before: str = "", after: str = ""
) -> None:
    """Write a report to stdout piece by piece (a large one is never one string)."""

    def pieces(out: Callable[[str], None]) -> None:
        out(before)
        writer(report, options, out)
        out(after)

    _to_stdout(pieces)


def write(text: str) -> None:
    _to_stdout(lambda out: out(text))


def _to_stdout(produce: Callable[[Callable[[str], None]], None]) -> None:
    def out(chunk: str) -> None:
        try:
            sys.stdout.write(chunk)
        except UnicodeEncodeError:
            _write_unencodable(chunk)

    try:
        produce(out)
        sys.stdout.flush()
    except BrokenPipeError:
        # `align lint … | head` closed the pipe: not an error worth a traceback.
        sys.stderr.close()
        raise typer.Exit(EXIT_OK) from None


def _write_unencodable(chunk: str) -> None:
    """A chunk stdout's encoding refuses (it raised before writing any of it):
    a file name that is not UTF-8 (its bytes came in as surrogates) goes out as
    those bytes, as ``ls`` prints it; a character the encoding lacks (an ASCII
    terminal) as a backslash escape. Never a crash in the middle of a report."""
    encoding = sys.stdout.encoding or "utf-8"
    try:
        data = chunk.encode(encoding, "surrogateescape")
    except UnicodeEncodeError:
        data = chunk.encode(encoding, "backslashreplace")
    sys.stdout.flush()
    sys.stdout.buffer.write(data)


def notice(message: str) -> None:
    typer.echo(f"align: notice: {printable(message)}", err=True)


def error(message: str) -> None:
    # printable: a file name in the message with a newline or ESC in it must not
    # make a second line (or colour the terminal); one error, one line.
    typer.echo(f"align: error: {printable(message)}", err=True)
