"""Where the CLI's words go: reports to stdout or a file, notices and errors to
stderr, a job summary for GitHub Actions. Machine formats never share stdout
with anything else.
"""

from __future__ import annotations

import dataclasses
import os
import posixpath
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, overload

import typer

from align_lint.errors import AlignError, printable

if TYPE_CHECKING:
    from align_lint.report.formatters import Detail, DocumentWriter, FormatOptions, Writer
    from align_lint.report.records import DocumentResult, Report, Statistics

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2


def emit(
    report: Report,
    fmt: str,
    output: Path | None,
    options: FormatOptions,
    *,
    detail: Detail | None = None,
    folder_of: Callable[[str], str] | None = None,
) -> Report:
    """The report in ``fmt`` to stdout, or to ``output`` with the human report on
    stdout (so a CI log stays readable); the github format also appends a job
    summary to ``$GITHUB_STEP_SUMMARY``. Written piece by piece (formatters'
    writers), so a report of many documents is never held as one string.

    Human formats list the documents ``detail`` asks for (machine formats
    every one); ``folder_of`` asks for ``--statistics``. Returns the report as
    written (with its statistics)."""
    from align_lint.report.formatters import HUMAN_FORMATS, Detail, get_writer

    detail = detail or Detail.PROBLEMS
    if folder_of is not None:
        report = dataclasses.replace(report, statistics=_statistics(report.results, folder_of))
    stdout_format = fmt
    if output is not None:
        with _report_file(output) as handle:
            # A file is not a terminal: no colour codes in it, even with --color.
            plain = dataclasses.replace(options, color=False)
            get_writer(fmt)(_as_listed(report, fmt, detail), plain, _writes_to(handle))
        stdout_format = default_format()
    before, after = actions_guard() if stdout_format in HUMAN_FORMATS else ("", "")
    listed = _as_listed(report, stdout_format, detail)
    stream(
        _with_statistics(get_writer(stdout_format), report, fmt, stdout_format),
        listed,
        options,
        before,
        after,
    )
    if fmt == "github":
        append_step_summary(report)
    return report


def emit_streamed(
    results: Iterable[DocumentResult],
    finish: Callable[[], Report],
    fmt: str,
    output: Path | None,
    options: FormatOptions,
    *,
    detail: Detail | None = None,
    folder_of: Callable[[str], str] | None = None,
) -> Report:
    """``emit`` for formats that stream (``streams_to``): each document is
    written (and stdout flushed) as soon as the run finishes it, in input
    order; ``finish()`` then gives the report of the whole run for the
    summary. No result is kept here. Returns that report."""
    from align_lint.report.formatters import HUMAN_FORMATS, Detail, get_streamer, shown
    from align_lint.report.records import StatisticsTally

    detail = detail or Detail.PROBLEMS
    tally = StatisticsTally(folder_of) if folder_of is not None else None
    stdout_format = default_format() if output is not None else fmt
    before, after = actions_guard() if stdout_format in HUMAN_FORMATS else ("", "")
    finished: list[Report] = []

    def write_all(file: IO[str] | None, out: Callable[[str], None]) -> None:
        writers: list[tuple[DocumentWriter, bool]] = []
        if file is not None:
            plain = dataclasses.replace(options, color=False)
            writers.append((get_streamer(fmt)(plain, _writes_to(file)), _lists_some(fmt)))
        writers.append((get_streamer(stdout_format)(options, out), _lists_some(stdout_format)))
        out(before)
        for result in results:
            if tally is not None:
                tally.add(result)
            for writer, filtered in writers:
                if not filtered or shown(result, detail):
                    writer.document(result)
            sys.stdout.flush()  # a line a reader waits for, not a full buffer later
        report = finish()
        if tally is not None:
            report = dataclasses.replace(report, statistics=tally.statistics)
        finished.append(report)
        for writer, _ in writers:
            writer.end(report)
        out(after)

    if output is None:
        _to_stdout(lambda out: write_all(None, out))
    else:
        with _report_file(output) as handle:
            _to_stdout(lambda out: write_all(handle, out))
    return finished[0]


def streams_to(fmt: str, output: Path | None) -> bool:
    """Whether this run's report can be written as documents finish: its
    format streams, and so does the one stdout gets beside ``--output``."""
    from align_lint.report.formatters import STREAMING_FORMATS

    return fmt in STREAMING_FORMATS and (output is None or default_format() in STREAMING_FORMATS)


@contextmanager
def _report_file(output: Path) -> Iterator[IO[str]]:
    try:
        # surrogateescape: a file name that is not UTF-8 is written as its bytes.
        with output.open("w", encoding="utf-8", errors="surrogateescape", newline="") as handle:
            yield handle
    except OSError as exc:
        raise AlignError(f"{output}: cannot write the report ({exc.strerror})") from None


def _writes_to(handle: IO[str]) -> Callable[[str], None]:
    def write(chunk: str) -> None:
        handle.write(chunk)

    return write


def _lists_some(fmt: str) -> bool:
    from align_lint.report.formatters import FILTERED_FORMATS

    return fmt in FILTERED_FORMATS


def _as_listed(report: Report, fmt: str, detail: Detail) -> Report:
    """The report a format writes: human formats list only the documents
    ``detail`` asks for, with the counts of the whole run."""
    from align_lint.report.formatters import Detail

    if not _lists_some(fmt) or detail is Detail.ALL:
        return report
    return dataclasses.replace(
        report, results=ShownResults(report.results, detail), counted=report.summary
    )


class ShownResults(Sequence["DocumentResult"]):
    """The results a report at ``detail`` lists, read from the full results as
    they are iterated (a spooled run stays on disk); positions on first need."""

    def __init__(self, results: Sequence[DocumentResult], detail: Detail) -> None:
        self._results = results
        self._detail = detail
        self._positions: list[int] | None = None

    def __iter__(self) -> Iterator[DocumentResult]:
        from align_lint.report.formatters import only_shown

        return only_shown(self._results, self._detail)

    def _shown_positions(self) -> list[int]:
        from align_lint.report.formatters import shown

        if self._positions is None:
            self._positions = [
                i for i, result in enumerate(self._results) if shown(result, self._detail)
            ]
        return self._positions

    def __len__(self) -> int:
        return len(self._shown_positions())

    @overload
    def __getitem__(self, index: int) -> DocumentResult: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[DocumentResult]: ...
    def __getitem__(self, index: int | slice) -> DocumentResult | Sequence[DocumentResult]:
        positions = self._shown_positions()
        if isinstance(index, slice):
            return [self._results[i] for i in positions[index]]
        return self._results[positions[index]]


def _statistics(results: Iterable[DocumentResult], folder_of: Callable[[str], str]) -> Statistics:
    from align_lint.report.records import StatisticsTally

    tally = StatisticsTally(folder_of)
    for result in results:
        tally.add(result)
    return tally.statistics


def _with_statistics(writer: Writer, report: Report, fmt: str, stdout_format: str) -> Writer:
    """The rich format's writer does not print the statistics: its report gets
    the text tables after it (inside the same Actions guard). A format with no
    place for them says so."""
    from align_lint.report.formatters.text import statistics_text

    statistics = report.statistics
    if statistics is None or stdout_format in ("text", "json", "jsonl"):
        return writer
    if stdout_format != "rich":
        if stdout_format == fmt:
            notice(
                f"--statistics: the {fmt} format has no place for them (text, json and jsonl do)"
            )
        return writer

    def write_then_statistics(
        report: Report, options: FormatOptions, out: Callable[[str], None]
    ) -> None:
        writer(report, options, out)
        out("\n" + statistics_text(statistics))

    return write_then_statistics


def folder_finder(paths: Sequence[str]) -> Callable[[str], str]:
    """The folder ``--statistics`` counts a document in: the top-level directory
    below the linted directory it was found in, or the linted directory itself
    for the files right in it; for a file named on its own, its directory.
    Paths as reports print them (``display_path``)."""
    from align_lint.documents.paths import display_path

    roots = sorted(
        (display_path(Path(path)) for path in paths if path != "-" and os.path.isdir(path)),
        key=len,
        reverse=True,  # the deepest linted directory a document is in
    )

    def folder_of(path: str) -> str:
        for root in roots:
            prefix = "" if root == "." else root.rstrip("/") + "/"
            if path.startswith(prefix):
                top, slash, _ = path[len(prefix) :].partition("/")
                return prefix + top if slash else root
        return posixpath.dirname(path) or "."

    return folder_of


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
