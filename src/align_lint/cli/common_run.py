"""What the commands that run a lint share, written once: the guard that turns
any error into one line and exit 2, the exit code of a run, the line a signal
leaves, and the machinery ``align lint`` runs with (worker count, result
cache, progress bar, the check that ``--output`` is not an input).

Imported by ``app.py`` and by the commands it registers (``report_command``,
``audit_command``, ``config_command``), which cannot import ``app.py``
itself (it imports them). Heavy modules are imported inside the functions.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import typer

from align_lint.cli.output import EXIT_ERROR, EXIT_FAILED, EXIT_OK, error
from align_lint.errors import AlignError, InputError, InternalError, describe_exception

if TYPE_CHECKING:
    from align_lint.run.cache import ResultCache
    from align_lint.run.linter import Linter
    from align_lint.run.progress import DelayedProgress
    from align_lint.settings.config import Config

# The exceptions of the click that typer runs on: its own copy in recent
# versions (typer._click), click itself before; BadParameter is public in both.
click: Any = sys.modules[typer.BadParameter.__module__]

# Conventional exit statuses of a process ended by a signal: 128 + its number.
EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130
EXIT_TERMINATED = 128 + signal.SIGTERM  # 143
INTERRUPTED = "interrupted"
TERMINATED = "terminated"


def stopped(how: str) -> None:
    """The one line a run stopped by a signal prints (a CI log says why it ended)."""
    typer.echo(f"align: {how}", err=True)


@contextmanager
def errors_exit_2(debug: bool = False) -> Iterator[None]:
    """Every AlignError becomes one line on stderr and exit code 2; so does any
    other exception (a bug: "internal error, please report", the traceback
    only with ``--debug``). Errors of one document never get here: the linter
    reports them as that document's error and the run goes on."""
    try:
        yield
    except AlignError as problem:
        fail(problem.message)
    except KeyboardInterrupt:
        stopped(INTERRUPTED)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except (typer.Exit, typer.Abort, click.ClickException):
        raise  # how typer and click end a command (a closed pipe, bad usage)
    except Exception as exc:
        internal_error(exc, debug)


def fail(message: str) -> NoReturn:
    error(message)
    raise typer.Exit(EXIT_ERROR)


def internal_error(exc: BaseException, debug: bool) -> NoReturn:
    error(f"internal error, please report ({describe_exception(exc)})")
    if debug:
        import traceback

        typer.echo("".join(traceback.format_exception(exc)), err=True, nl=False)
    raise typer.Exit(EXIT_ERROR)


def debug_asked() -> bool:
    """``--debug`` or ``ALIGN_DEBUG``, read where no command's option is (the
    entry point, and commands without a ``--debug`` of their own)."""
    return os.environ.get("ALIGN_DEBUG", "") not in ("", "0") or "--debug" in sys.argv


class InputErrors(list[InputError]):
    """The documents a run could not lint, each told as one line the moment it
    happens (the run goes on); with ``tracebacks`` an internal error's too."""

    def __init__(self, *, tracebacks: bool = False) -> None:
        super().__init__()
        self.tracebacks = tracebacks

    def __call__(self, problem: InputError) -> None:
        self.append(problem)
        error(problem.message)
        if self.tracebacks and isinstance(problem, InternalError):
            typer.echo(problem.detail, err=True, nl=False)


def exit_after_run(*, errors: bool, passed: bool, exit_zero: bool) -> NoReturn:
    """2 when anything could not be checked (even with ``--exit-zero``), else 1
    for a failure unless ``--exit-zero``, else 0."""
    if errors:
        raise typer.Exit(EXIT_ERROR)
    raise typer.Exit(EXIT_OK if passed or exit_zero else EXIT_FAILED)


def default_jobs() -> int:
    from align_lint.run.workers import default_jobs

    return default_jobs()


def result_cache(config: Config, linter: Linter, cache_dir: str | None) -> ResultCache:
    from align_lint.run.cache import ResultCache, default_cache_dir, environment_key

    directory = Path(cache_dir) if cache_dir else default_cache_dir(config)
    return ResultCache(directory, environment_key(config, linter.catalog))


@contextmanager
def progress(*, wanted: bool = True) -> Iterator[Callable[[int], DelayedProgress] | None]:
    """A progress bar factory when stderr is a terminal (the bar itself waits ~2 s)."""
    from align_lint.run.progress import DelayedProgress

    if not wanted or not DelayedProgress.wanted():
        yield None
        return
    bars: list[DelayedProgress] = []

    def make(total: int) -> DelayedProgress:
        bars.append(DelayedProgress(total))
        return bars[-1]

    try:
        yield make
    finally:
        for bar in bars:
            bar.close()


def refuse_to_overwrite_an_input(
    output: Path, paths: list[str], stdin_filename: str | None, config: Config
) -> None:
    """``--output`` must never replace a draft being linted (excluded or not),
    the file stdin stands for, a rule pack or the config file."""
    from align_lint.documents import expand_paths
    from align_lint.documents.paths import display_path

    walked = expand_paths(paths, extensions=config.formats)
    inputs = [item for item in walked if isinstance(item, Path)]
    if stdin_filename and "-" in paths:
        inputs.append(Path(stdin_filename))
    inputs.extend(Path(pack) for pack in config.rules)
    inputs.extend(Path(source) for source in config.sources if Path(source).is_file())
    target = output.resolve()
    for item in inputs:
        same = item.exists() and output.exists() and item.samefile(output)
        if same or item.resolve() == target:
            raise AlignError(
                f"--output {output}: refusing to overwrite {display_path(item)}, an input to lint"
            )
