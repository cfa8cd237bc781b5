"""``align audit``: lint every row of Parquet, CSV or JSON Lines tables.

Kept out of ``app.py`` so the command costs ``align lint`` nothing: pyarrow,
dask and the engines (``run/audit.py``, ``run/dask_engine.py``) are imported
only when an audit starts.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from align_lint.cli import config_command
from align_lint.cli.common_options import (
    NoDefaultRulesOption,
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
)
from align_lint.cli.common_run import errors_exit_2, exit_after_run
from align_lint.cli.output import error
from align_lint.errors import AlignError
from align_lint.report.records import FailOn

if TYPE_CHECKING:
    from align_lint.run.audit import Tally
    from align_lint.run.progress import DelayedProgress


class Engine(StrEnum):
    local = "local"
    dask = "dask"


class OutputFormat(StrEnum):
    parquet = "parquet"
    jsonl = "jsonl"


class Markup(StrEnum):
    text = "text"
    markdown = "markdown"


def audit(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUT...",
            help="Parquet, CSV or JSON Lines files, or directories of them (each file is a "
            "partition).",
        ),
    ],
    text_column: Annotated[
        str, typer.Option("--text-column", metavar="NAME", help="The column holding each post.")
    ],
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            metavar="DIR",
            help="Results directory: one file per input file, named like it.",
        ),
    ],
    id_column: Annotated[
        str | None,
        typer.Option(
            "--id-column",
            metavar="NAME",
            help="The column that identifies each post [default: the row number in its file].",
        ),
    ] = None,
    output_format: Annotated[
        OutputFormat,
        typer.Option("--format", "-f", metavar="[parquet|jsonl]", help="Results format."),
    ] = OutputFormat.parquet,
    engine: Annotated[
        Engine,
        typer.Option(
            "--engine",
            metavar="[local|dask]",
            help="local: worker processes on this machine; dask: a dask cluster "
            "(pip install 'align-lint[dask]').",
        ),
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="With --engine dask: the scheduler (tcp://host:8786) [default: a "
            "LocalCluster of --jobs workers].",
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        jobs_option("Processes (local) or LocalCluster workers (dask) [default: number of cores]."),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option("--resume", help="Skip the partitions whose results already exist."),
    ] = False,
    markup: Annotated[
        Markup,
        typer.Option(
            "--markup",
            metavar="[text|markdown]",
            help="Read each post as plain text or as Markdown.",
        ),
    ] = Markup.text,
    exit_zero: Annotated[bool, exit_zero_option("a post")] = False,
    fail_under: Annotated[
        int | None, fail_under_option("Fail a post scoring below this [default: 70].")
    ] = None,
    fail_on: Annotated[
        FailOn | None,
        fail_on_option("Fail a post with a finding at or above this severity [default: error]."),
    ] = None,
    select: Annotated[
        list[str] | None, select_option("Report only these rule ids or categories.")
    ] = None,
    ignore: Annotated[
        list[str] | None, ignore_option("Do not report these rule ids or categories.")
    ] = None,
    config_file: Annotated[str | None, config_file_option("Use this config file.")] = None,
    isolated: Annotated[
        bool, isolated_option("Ignore all config files; use defaults and flags only.")
    ] = False,
    model: Annotated[
        str | None, model_option("spaCy pipeline: auto, blank, or an installed package.")
    ] = None,
    rules: Annotated[list[str] | None, rules_option("Extra rule pack; repeatable.")] = None,
    no_default_rules: NoDefaultRulesOption = False,
    debug: Annotated[bool, debug_option("Tracebacks of internal errors.")] = False,
) -> None:
    """Lint every row of Parquet, CSV or JSON Lines tables; one result row per post.

    Each input file is a partition with its own results file (a directory of them
    under -o), so --resume can continue a stopped audit. The config is the working
    directory's (or --config); a summary goes to stderr.
    """
    with errors_exit_2(debug):
        from align_lint.run.audit import check_output, make_plan, require_pyarrow
        from align_lint.run.linter import Linter
        from align_lint.run.workers import default_jobs

        require_pyarrow()
        if engine is Engine.dask:
            from align_lint.run.dask_engine import require_dask

            require_dask()
        elif scheduler is not None:
            raise AlignError("--scheduler needs --engine dask")
        config = config_command.configs_from_options(
            config_file,
            isolated,
            model=model,
            rules=rules,
            no_default_rules=no_default_rules,
            select=select,
            ignore=ignore,
            fail_under=fail_under,
            fail_on=fail_on,
        ).run_config
        linter = Linter(config)
        plan = make_plan(
            linter,
            inputs,
            output,
            text_column=text_column,
            id_column=id_column,
            fmt=output_format.value,
            markup=markup.value,
        )
        check_output(output, inputs, resume=resume)
        todo, done = plan.todo(resume)
        workers = jobs or default_jobs()
        with _partition_progress(len(todo)) as on_partition:
            if engine is Engine.dask:
                from align_lint.run.dask_engine import audit_dask

                tally = audit_dask(
                    config,
                    plan,
                    todo,
                    scheduler=scheduler,
                    workers=workers,
                    on_partition=on_partition,
                )
            else:
                from align_lint.run.audit import audit_local

                tally = audit_local(linter, plan, todo, jobs=workers, on_partition=on_partition)
        tally.resumed = len(done)
        tally.partitions += len(done)
        for problem in tally.broken:
            error(problem)
        typer.echo(tally.summary(output), err=True)
    exit_after_run(errors=bool(tally.broken), passed=not tally.failed, exit_zero=exit_zero)


@contextmanager
def _partition_progress(total: int) -> Iterator[_Advance]:
    """A bar of partitions done, on stderr when it is a terminal (after ~2 s)."""
    from align_lint.run.progress import DelayedProgress

    bar = DelayedProgress(total) if DelayedProgress.wanted() else None
    try:
        yield _Advance(bar)
    finally:
        if bar is not None:
            bar.close()


class _Advance:
    """Told of each partition done (results go to files, never stdout)."""

    def __init__(self, bar: DelayedProgress | None) -> None:
        self.bar = bar

    def __call__(self, done: Tally) -> None:
        if self.bar is not None:
            self.bar.advance()
