"""``align report``: the scorecard of a run, as one self-contained HTML file
(``-o report.html``) or GitHub-flavoured Markdown (``--format markdown``, on
stdout unless ``-o``).

The run is ``align lint``'s (the same configs, cache, ``--jobs`` and error
handling, from ``common_run.py``); only what is written differs:
``report/scorecard/``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated

import typer

from align_lint.cli import config_command
from align_lint.cli.common_options import (
    NoCacheOption,
    NoDefaultRulesOption,
    cache_dir_option,
    config_file_option,
    debug_option,
    exit_zero_option,
    fail_on_option,
    fail_under_option,
    ignore_option,
    isolated_option,
    jobs_option,
    model_option,
    rules_option,
    select_option,
    stdin_filename_option,
)
from align_lint.cli.common_run import (
    InputErrors,
    default_jobs,
    errors_exit_2,
    exit_after_run,
    progress,
    refuse_to_overwrite_an_input,
    result_cache,
)
from align_lint.cli.output import folder_finder, notice, stream
from align_lint.errors import AlignError
from align_lint.report.records import FailOn

if TYPE_CHECKING:
    from align_lint.report.records import Report

FORMATS = ("html", "markdown")
MARKDOWN_SUFFIXES = (".md", ".markdown")


def _scorecard_format(value: str) -> str:
    if value not in FORMATS:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(FORMATS)}")
    return value


def report(
    paths: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH...",
            help="Files, directories or - for stdin, as `align lint` takes them.",
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            dir_okay=False,
            metavar="FILE",
            help="Write the scorecard here [default: stdout, for --format markdown].",
        ),
    ] = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            parser=_scorecard_format,
            metavar="[html|markdown]",
            help="html (one self-contained file) or markdown (GitHub-flavoured) "
            "[default: markdown for a .md FILE or stdout, html otherwise].",
        ),
    ] = None,
    title: Annotated[
        str, typer.Option(metavar="TEXT", help="The scorecard's title.")
    ] = "align scorecard",
    exit_zero: Annotated[bool, exit_zero_option("a document")] = False,
    fail_under: Annotated[int | None, fail_under_option("As `align lint --fail-under`.")] = None,
    fail_on: Annotated[FailOn | None, fail_on_option("As `align lint --fail-on`.")] = None,
    select: Annotated[list[str] | None, select_option("As `align lint --select`.")] = None,
    ignore: Annotated[list[str] | None, ignore_option("As `align lint --ignore`.")] = None,
    config_file: Annotated[
        str | None, config_file_option("Use this config file for every file.")
    ] = None,
    isolated: Annotated[
        bool, isolated_option("Ignore all config files; use defaults and flags.")
    ] = False,
    model: Annotated[str | None, model_option("spaCy pipeline, as `align lint`.")] = None,
    rules: Annotated[list[str] | None, rules_option("Extra rule pack, as `align lint`.")] = None,
    no_default_rules: NoDefaultRulesOption = False,
    stdin_filename: Annotated[
        str | None, stdin_filename_option("Name for stdin in the scorecard.")
    ] = None,
    jobs: Annotated[int | None, jobs_option("Processes [default: number of cores].")] = None,
    no_cache: NoCacheOption = False,
    cache_dir: Annotated[str | None, cache_dir_option("Where the result cache lives.")] = None,
    debug: Annotated[bool, debug_option("As `align lint`.")] = False,
) -> None:
    """Write a scorecard of drafts for the people who fund the work: pass rate, scores,
    the rules that cost the most, scores over time, per folder, author and platform."""
    with errors_exit_2(debug):
        from align_lint.report.scorecard import write_scorecard
        from align_lint.run.linter import Linter

        fmt = output_format or _default_format(output)
        if fmt == "html" and output is None and sys.stdout.isatty():
            raise AlignError("the HTML scorecard goes to a file: add -o report.html")
        configs = config_command.configs_from_options(
            config_file,
            isolated,
            model=model,
            rules=rules,
            no_default_rules=no_default_rules,
            select=select,
            ignore=ignore,
            fail_under=fail_under,
            fail_on=fail_on,
        )
        config = configs.run_config
        if output is not None:
            _check_writable(output)  # before the linting, not after minutes of it
            refuse_to_overwrite_an_input(output, paths, stdin_filename, config)
        linter = Linter(configs=configs)
        input_errors = InputErrors()
        with progress() as bars:
            collected = linter.lint_paths(
                paths,
                stdin_filename=stdin_filename,
                on_error=input_errors,
                jobs=jobs or default_jobs(),
                cache=None if no_cache else result_cache(config, linter, cache_dir),
                progress=bars,
            )
        for message in collected.notices:
            notice(message)
        folder_of = folder_finder(paths)

        def write(out: Callable[[str], None]) -> None:
            write_scorecard(collected, fmt, out, folder_of=folder_of, title=title)

        _write(write, output, collected)
    exit_after_run(errors=bool(input_errors), passed=collected.passed, exit_zero=exit_zero)


def _check_writable(output: Path) -> None:
    directory = output.parent
    if not directory.is_dir():
        raise AlignError(f"{output}: cannot write the scorecard ({directory} is not a directory)")
    if not os.access(directory, os.W_OK):
        raise AlignError(f"{output}: cannot write the scorecard ({directory} is not writable)")


def _default_format(output: Path | None) -> str:
    if output is None or output.suffix.lower() in MARKDOWN_SUFFIXES:
        return "markdown"
    return "html"


def _write(
    produce: Callable[[Callable[[str], None]], None], output: Path | None, report: Report
) -> None:
    """To stdout as ``align lint`` writes there (a closed pipe is no error), or
    to ``output`` whole or not at all."""
    if output is None:
        from align_lint.report.formatters import FormatOptions

        stream(lambda _report, _options, out: produce(out), report, FormatOptions())
        return
    with _replacing(output) as handle:

        def out(chunk: str) -> None:
            handle.write(chunk)

        produce(out)


@contextmanager
def _replacing(output: Path) -> Iterator[IO[str]]:
    """A file written beside ``output`` and moved over it when complete: a run
    that fails half way never leaves half a scorecard (or destroys the last one)."""
    directory = output.parent
    try:
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{output.name}.", suffix=".tmp", dir=directory
        )
    except OSError as exc:
        raise AlignError(f"{output}: cannot write the scorecard ({exc.strerror})") from None
    try:
        with open(descriptor, "w", encoding="utf-8", newline="") as handle:
            yield handle
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, output)
    except OSError as exc:
        raise AlignError(f"{output}: cannot write the scorecard ({exc.strerror})") from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
