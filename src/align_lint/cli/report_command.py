"""``align report``: the scorecard of a run, as one self-contained HTML file
(``-o report.html``) or GitHub-flavoured Markdown (``--format markdown``, on
stdout unless ``-o``).

The run is ``align lint``'s (the same configs, cache, ``--jobs`` and error
handling); only what is written differs: ``report/scorecard/``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated

import typer

from align_lint.cli import config_command
from align_lint.cli.output import (
    EXIT_ERROR,
    EXIT_FAILED,
    EXIT_OK,
    error,
    folder_finder,
    notice,
    stream,
)
from align_lint.errors import AlignError, InputError
from align_lint.report.records import FailOn

if TYPE_CHECKING:
    from align_lint.report.records import Report
    from align_lint.run.cache import ResultCache
    from align_lint.run.linter import Linter
    from align_lint.run.progress import DelayedProgress
    from align_lint.settings.config import Config

FORMATS = ("html", "markdown")
MARKDOWN_SUFFIXES = (".md", ".markdown")


def _scorecard_format(value: str) -> str:
    if value not in FORMATS:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(FORMATS)}")
    return value


@dataclass(frozen=True)
class Machinery:
    """What ``align lint`` runs with, from ``app.py`` (which registers this
    command, so this module cannot import it): the same guard (one line and
    exit 2 for an error), cache, jobs, progress bar and output check."""

    guard: Callable[[bool], AbstractContextManager[None]]
    cache: Callable[[Config, Linter, str | None], ResultCache]
    default_jobs: Callable[[], int]
    progress: Callable[[], AbstractContextManager[Callable[[int], DelayedProgress] | None]]
    refuse_to_overwrite: Callable[[Path, list[str], str | None, Config], None]


def command(machinery: Machinery) -> Callable[..., None]:
    """The ``align report`` command, running on ``machinery``."""

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
        exit_zero: Annotated[
            bool,
            typer.Option(
                "--exit-zero", help="Exit 0 even if a document fails (2 still means an error)."
            ),
        ] = False,
        fail_under: Annotated[
            int | None,
            typer.Option(min=0, max=100, metavar="SCORE", help="As `align lint --fail-under`."),
        ] = None,
        fail_on: Annotated[
            FailOn | None,
            typer.Option(metavar="[" + "|".join(FailOn) + "]", help="As `align lint --fail-on`."),
        ] = None,
        select: Annotated[
            list[str] | None,
            typer.Option("--select", metavar="RULES", help="As `align lint --select`."),
        ] = None,
        ignore: Annotated[
            list[str] | None,
            typer.Option("--ignore", metavar="RULES", help="As `align lint --ignore`."),
        ] = None,
        config_file: Annotated[
            str | None,
            typer.Option("--config", metavar="FILE", help="Use this config file for every file."),
        ] = None,
        isolated: Annotated[
            bool,
            typer.Option("--isolated", help="Ignore all config files; use defaults and flags."),
        ] = False,
        model: Annotated[
            str | None, typer.Option(metavar="NAME", help="spaCy pipeline, as `align lint`.")
        ] = None,
        rules: Annotated[
            list[str] | None,
            typer.Option("--rules", metavar="PACK", help="Extra rule pack, as `align lint`."),
        ] = None,
        no_default_rules: Annotated[
            bool, typer.Option("--no-default-rules", help="Do not load the bundled rule pack.")
        ] = False,
        stdin_filename: Annotated[
            str | None, typer.Option(metavar="NAME", help="Name for stdin in the scorecard.")
        ] = None,
        jobs: Annotated[
            int | None,
            typer.Option(
                "--jobs", "-j", min=1, metavar="N", help="Processes [default: number of cores]."
            ),
        ] = None,
        no_cache: Annotated[
            bool, typer.Option("--no-cache", help="Neither read nor write the result cache.")
        ] = False,
        cache_dir: Annotated[
            str | None, typer.Option(metavar="DIR", help="Where the result cache lives.")
        ] = None,
        debug: Annotated[
            bool,
            typer.Option(
                "--debug", envvar="ALIGN_DEBUG", show_envvar=False, help="As `align lint`."
            ),
        ] = False,
    ) -> None:
        """Write a scorecard of drafts for the people who fund the work: pass rate, scores,
        the rules that cost the most, scores over time, per folder, author and platform."""
        with machinery.guard(debug):
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
                machinery.refuse_to_overwrite(output, paths, stdin_filename, config)
            linter = Linter(configs=configs)
            input_errors: list[InputError] = []

            def report_input_error(problem: InputError) -> None:
                input_errors.append(problem)
                error(problem.message)

            with machinery.progress() as progress:
                collected = linter.lint_paths(
                    paths,
                    stdin_filename=stdin_filename,
                    on_error=report_input_error,
                    jobs=jobs or machinery.default_jobs(),
                    cache=None if no_cache else machinery.cache(config, linter, cache_dir),
                    progress=progress,
                )
            for message in collected.notices:
                notice(message)
            folder_of = folder_finder(paths)

            def write(out: Callable[[str], None]) -> None:
                write_scorecard(collected, fmt, out, folder_of=folder_of, title=title)

            _write(write, output, collected)
        if input_errors:
            raise typer.Exit(EXIT_ERROR)
        raise typer.Exit(EXIT_OK if collected.passed or exit_zero else EXIT_FAILED)

    return report


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
