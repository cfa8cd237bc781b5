"""The ``align`` command: options → Config → Linter → formatter → exit code.

Only argument handling lives here. Linting is the Linter's job, rendering the
formatters'. Heavy imports (spaCy, markdown-it, rich) happen inside commands so
``align --help`` and ``align --version`` stay fast.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from importlib import metadata
from typing import Annotated, NoReturn

import typer

from align_lint import __version__
from align_lint.errors import AlignError, InputError

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2

app = typer.Typer(
    name="align",
    help="Lint social posts and marketing copy for business alignment.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class OutputFormat(StrEnum):
    rich = "rich"
    text = "text"
    json = "json"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


def _version_callback(value: bool) -> None:
    if value:
        try:
            spacy_version = metadata.version("spacy")
        except metadata.PackageNotFoundError:
            spacy_version = "not installed"
        python = ".".join(map(str, sys.version_info[:3]))
        typer.echo(f"align {__version__} (spaCy {spacy_version}, Python {python})")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_version_callback,
            is_eager=True,
            help="Show the version and exit.",
        ),
    ] = False,
) -> None:
    """Lint social posts and marketing copy for business alignment.

    Flags vanity metrics, checks that a draft names a business outcome and backs
    it with evidence, flags "the platform is the goal" talk and hype, and scores
    every draft. Exit codes: 0 clean, 1 a document failed, 2 usage or input error.
    """


@app.command()
def lint(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files, directories (recursing into .md, .markdown, .txt) or - for stdin."
        ),
    ],
    output_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format", "-f", help="Output format [default: rich on a terminal, text otherwise]."
        ),
    ] = None,
    fail_under: Annotated[
        int | None,
        typer.Option(min=0, max=100, help="Fail a document scoring below this [default: 70]."),
    ] = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            help="Fail a document with a finding at or above this severity [default: error]."
        ),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(help="spaCy pipeline: auto, blank, or an installed package [default: auto]."),
    ] = None,
    rules: Annotated[
        list[str] | None,
        typer.Option("--rules", help="Extra rule pack (YAML file or directory); repeatable."),
    ] = None,
    no_default_rules: Annotated[
        bool, typer.Option("--no-default-rules", help="Do not load the bundled rule pack.")
    ] = False,
    stdin_filename: Annotated[
        str | None,
        typer.Option(help="Name for stdin in reports; its suffix picks Markdown or text."),
    ] = None,
    color: Annotated[
        bool | None,
        typer.Option("--color/--no-color", help="Force colour on or off in the rich format."),
    ] = None,
) -> None:
    """Lint drafts and report vanity metrics, missing outcomes and hype, with a score."""
    with _errors_exit_2():
        from align_lint.config import Config
        from align_lint.formatters import FormatOptions, get_formatter
        from align_lint.linter import Linter

        config = Config().merged(
            model=model,
            rules=tuple(rules) if rules else None,
            default_rules=False if no_default_rules else None,
            fail_under=fail_under,
            fail_on=fail_on.value if fail_on else None,
        )
        linter = Linter(config)
        for notice in linter.notices:
            _notice(notice)
        input_errors: list[InputError] = []

        def report_input_error(error: InputError) -> None:
            input_errors.append(error)
            _error(error.message)

        report = linter.lint_paths(
            paths, stdin_filename=stdin_filename, on_error=report_input_error
        )
        fmt = (output_format or _default_format()).value
        options = FormatOptions(
            color=sys.stdout.isatty() if color is None else color,
            width=_terminal_width(),
        )
        _write(get_formatter(fmt)(report, options))
    if input_errors:
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(EXIT_OK if report.passed else EXIT_FAILED)


def _default_format() -> OutputFormat:
    return OutputFormat.rich if sys.stdout.isatty() else OutputFormat.text


def _terminal_width() -> int:
    import shutil

    return max(60, min(shutil.get_terminal_size((100, 24)).columns, 160))


def _write(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # `align lint … | head` closed the pipe: not an error worth a traceback.
        sys.stderr.close()
        raise typer.Exit(EXIT_OK) from None


def _notice(message: str) -> None:
    typer.echo(f"align: notice: {message}", err=True)


def _error(message: str) -> None:
    typer.echo(f"align: error: {message}", err=True)


@contextmanager
def _errors_exit_2() -> Iterator[None]:
    """Every AlignError becomes one line on stderr and exit code 2."""
    try:
        yield
    except AlignError as error:
        _fail(error.message)
    except KeyboardInterrupt:
        raise typer.Exit(130) from None


def _fail(message: str) -> NoReturn:
    _error(message)
    raise typer.Exit(EXIT_ERROR)


def main() -> None:
    app(prog_name="align")
