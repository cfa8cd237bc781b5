"""The ``align`` commands: options → Config → Linter → formatter → exit code.

Only argument handling lives here. Linting is the Linter's job (``run/``),
rendering the formatters' (``report/``), where output goes ``output.py``'s.
Heavy imports (spaCy, markdown-it, rich) happen inside commands so
``align --help`` and ``align --version`` stay fast.
"""

from __future__ import annotations

import os
import re
import signal
import sys
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from align_lint.cli import (
    audit_command,
    calendar_options,
    config_command,
    report_command,
    server_command,
    wording,
)
from align_lint.cli.common_options import (
    ConfigFileOption,
    DebugOption,
    IgnoreOption,
    IsolatedOption,
    ModelOption,
    NoCacheOption,
    NoDefaultRulesOption,
    PlatformOption,
    RulesOption,
    SelectOption,
    cache_dir_option,
    exit_zero_option,
    fail_on_option,
    fail_under_option,
    jobs_option,
    stdin_filename_option,
)
from align_lint.cli.common_run import (
    EXIT_INTERRUPTED,
    EXIT_TERMINATED,
    INTERRUPTED,
    TERMINATED,
    InputErrors,
    debug_asked,
    default_jobs,
    errors_exit_2,
    exit_after_run,
    internal_error,
    progress,
    refuse_to_overwrite_an_input,
    result_cache,
    stopped,
)
from align_lint.cli.common_run import click as _click
from align_lint.cli.output import (
    EXIT_ERROR,
    EXIT_FAILED,
    EXIT_OK,
    default_format,
    emit,
    emit_streamed,
    error,
    folder_finder,
    notice,
    streams_to,
    terminal_width,
    write,
)
from align_lint.errors import (
    AlignError,
    ConfigError,
    RuleError,
    plural,
)
from align_lint.report.formatters import FORMAT_NAMES
from align_lint.report.records import FailOn
from align_lint.version import __version__

if TYPE_CHECKING:
    from align_lint.cli.adoption import Filters
    from align_lint.report.formatters import Detail
    from align_lint.run.linter import Linter
    from align_lint.settings.config import Config


class _NeverRaised(Exception):
    """Stands in for NoArgsIsHelpError with a click that has none (before 8.2)."""


_NoArgsIsHelp: type[Exception] = getattr(_click, "NoArgsIsHelpError", _NeverRaised)


class _OneLineUsageErrors(TyperGroup):
    """Click prints a usage error as four lines (usage, a hint, a blank line,
    the error) in its own words; align's promise is one line in its words and
    exit 2: ``align: error: --fail-under: 120 is not in 0..100``, ``align:
    error: unknown command 'check': to lint drafts run 'align lint' …``
    (``wording.py`` words them). Help, ``--version`` and the exit codes of
    commands are unchanged."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except _NoArgsIsHelp as usage:  # plain `align`: the help, as click shows it
            usage.show()  # type: ignore[attr-defined]
            sys.exit(usage.exit_code)  # type: ignore[attr-defined]
        except _click.UsageError as usage:
            error(_usage_message(usage))
            sys.exit(usage.exit_code)
        except _click.ClickException as problem:
            error(problem.format_message())
            sys.exit(problem.exit_code)
        except typer.Abort:
            stopped(INTERRUPTED)
            sys.exit(EXIT_INTERRUPTED)
        sys.exit(code if isinstance(code, int) else EXIT_OK)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """An unknown command answered in align's words, knowing other linters'
        commands (``align check`` → ``align lint``)."""
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            ctx.fail(wording.unknown_command(name, self.list_commands(ctx)))
        return super().resolve_command(ctx, args)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        """The command, its help showing ``PATH...`` rather than typer's
        ``{paths}...`` and ``<list[str]>``."""
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            wording.polish_help(command)
        return command


def _usage_message(usage: Any) -> str:
    """One line for a usage error; "see --help" only where the line itself
    does not say what to type instead."""
    where = usage.ctx.command_path if usage.ctx is not None else "align"
    see_help = f" (see '{where} --help')"
    if isinstance(usage, _click.MissingParameter) and usage.param is not None:
        return wording.missing_argument(where, usage.param) + see_help
    if isinstance(usage, _click.BadParameter):
        return wording.bad_value(usage.param, usage.message, usage.__cause__)
    if isinstance(usage, _click.BadOptionUsage) and "requires an argument" in usage.message:
        return wording.option_needs_a_value(usage.option_name)
    if isinstance(usage, _click.NoSuchOption):
        params = usage.ctx.command.params if usage.ctx is not None else ()
        options = [opt for param in params for opt in param.opts]
        message = wording.unknown_option(usage.option_name, usage.possibilities or (), options)
        return message if "did you mean" in message or ":" in message else message + see_help
    message = str(usage.format_message())
    return message if "; did you mean" in message or ": " in message else message + see_help


app = typer.Typer(
    cls=_OneLineUsageErrors,
    name="align",
    help="Lint social posts and marketing copy for business alignment.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class ListFormat(StrEnum):
    text = "text"
    json = "json"


def _format_name(value: str) -> str:
    """``--format`` choices come from the formatter registry, not a copy of it."""
    if value not in FORMAT_NAMES:
        raise typer.BadParameter(wording.not_a_choice(value, FORMAT_NAMES, "a format"))
    return value


def _version_callback(value: bool) -> None:
    if value:
        from importlib import metadata  # imported here: it costs `align --help` 50 ms

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
            metavar="PATH...",
            help="Files, directories (recursing into .md, .markdown, .mdx, .txt and the "
            "extensions: of the config) or - for stdin.",
        ),
    ],
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            parser=_format_name,
            metavar="[" + "|".join(FORMAT_NAMES) + "]",
            help="Output format [default: rich on a terminal, text otherwise; text with --output].",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            dir_okay=False,
            metavar="FILE",
            help="Write the report to FILE; stdout then gets the human report.",
        ),
    ] = None,
    exit_zero: Annotated[bool, exit_zero_option("a document")] = False,
    fail_under: Annotated[
        int | None, fail_under_option("Fail a document scoring below this [default: 70].")
    ] = None,
    fail_on: Annotated[
        FailOn | None,
        fail_on_option(
            "Fail a document with a finding at or above this severity [default: error]."
        ),
    ] = None,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    platform: PlatformOption = None,
    config_file: ConfigFileOption = None,
    isolated: IsolatedOption = False,
    model: ModelOption = None,
    rules: RulesOption = None,
    no_default_rules: NoDefaultRulesOption = False,
    stdin_filename: Annotated[
        str | None,
        stdin_filename_option("Name for stdin in reports; its suffix picks Markdown or text."),
    ] = None,
    text_column: calendar_options.TextColumnOption = None,
    platform_column: calendar_options.PlatformColumnOption = None,
    color: Annotated[
        bool | None,
        typer.Option("--color/--no-color", help="Force colour on or off in the rich format."),
    ] = None,
    jobs: Annotated[
        int | None, jobs_option("Processes for large inputs [default: number of cores].")
    ] = None,
    no_cache: NoCacheOption = False,
    cache_dir: Annotated[
        str | None,
        cache_dir_option(
            "Where the result cache lives [default: .align_cache beside the config file, "
            "or in the working directory]."
        ),
    ] = None,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose", "-v", help="List every document, passing ones too (text, rich, github)."
        ),
    ] = False,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet",
            "-q",
            help="List only failing documents, then the summary (text, rich, github).",
        ),
    ] = False,
    statistics: Annotated[
        bool,
        typer.Option(
            "--statistics",
            help="After the report: findings per rule and the mean score per folder.",
        ),
    ] = False,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            metavar="FILE",
            dir_okay=False,
            help="Report only findings not in this baseline file (written by align baseline) "
            "[default: the config's baseline, if any].",
        ),
    ] = None,
    baseline_prune: Annotated[
        bool,
        typer.Option(
            "--baseline-prune", help="Rewrite the baseline file without the entries now fixed."
        ),
    ] = False,
    diff: Annotated[
        str | None,
        typer.Option(
            "--diff",
            metavar="REF",
            help="Report only findings on lines changed since this git ref (and document-level "
            "findings of documents changed since it).",
        ),
    ] = None,
    debug: DebugOption = False,
) -> None:
    """Lint drafts and report vanity metrics, missing outcomes and hype, with a score."""
    with errors_exit_2(debug):
        from align_lint.report.formatters import FormatOptions
        from align_lint.run.linter import Linter

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
            platform=platform,
        )
        config = configs.run_config
        if output is not None:
            refuse_to_overwrite_an_input(output, paths, stdin_filename, config)
        columns = calendar_options.columns_from_options(text_column, platform_column)
        linter = Linter(configs=configs, columns=columns)
        filters = _filters(baseline, baseline_prune, diff, paths, linter.config, linter)
        input_errors = InputErrors(tracebacks=debug)
        fmt = output_format or ("text" if output is not None else default_format())
        options = FormatOptions(
            color=sys.stdout.isatty() if color is None else color,
            width=terminal_width(),
        )
        detail = _detail(verbose=verbose, quiet=quiet)
        folder_of = folder_finder(paths) if statistics else None
        streaming = streams_to(fmt, output)
        # A bar on stderr would garble a report streaming to the same terminal.
        with progress(wanted=not (streaming and sys.stdout.isatty())) as bars:
            run = linter.stream_paths(
                paths,
                stdin_filename=stdin_filename,
                on_error=input_errors,
                jobs=jobs or default_jobs(),
                cache=None if no_cache else result_cache(config, linter, cache_dir),
                progress=bars,
                refine=filters.refine if filters else None,
            )
            if streaming:  # written as the documents finish
                report = emit_streamed(
                    run, run.report, fmt, output, options, detail=detail, folder_of=folder_of
                )
            else:
                report = run.collect()
        for message in report.notices:
            notice(message)
        if filters is not None:
            filters.report_after(prune=baseline_prune)
        if not streaming:
            emit(report, fmt, output, options, detail=detail, folder_of=folder_of)
    exit_after_run(errors=bool(input_errors), passed=report.passed, exit_zero=exit_zero)


def _detail(*, verbose: bool, quiet: bool) -> Detail:
    from align_lint.report.formatters import Detail

    if verbose and quiet:
        raise typer.BadParameter("--verbose and --quiet ask for opposite things: choose one")
    return Detail.ALL if verbose else Detail.QUIET if quiet else Detail.PROBLEMS


def _filters(
    baseline: Path | None,
    prune: bool,
    diff: str | None,
    paths: list[str],
    config: Config,
    linter: Linter,
) -> Filters | None:
    """The baseline (``--baseline`` or the config's) and ``--diff`` filters."""
    from align_lint.cli.adoption import filters_for

    baseline = baseline or (Path(config.baseline) if config.baseline else None)
    if prune and baseline is None:
        raise AlignError("--baseline-prune needs a baseline (--baseline FILE or baseline:)")
    return filters_for(baseline, diff, paths, linter.weights)


@app.command("baseline")
def write_baseline(
    paths: Annotated[
        list[str], typer.Argument(help="Files or directories whose findings to record.")
    ],
    output: Annotated[
        Path,
        typer.Option("--output", "-o", dir_okay=False, help="The baseline file to write."),
    ] = Path(".align-baseline.json"),
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    config_file: ConfigFileOption = None,
    isolated: IsolatedOption = False,
    model: ModelOption = None,
    rules: RulesOption = None,
    no_default_rules: NoDefaultRulesOption = False,
    no_cache: NoCacheOption = False,
    debug: DebugOption = False,
) -> None:
    """Record every current finding in a baseline file: align lint --baseline FILE then
    reports (and fails on) only the findings not in it."""
    with errors_exit_2(debug):
        from align_lint.cli.adoption import write_new_baseline
        from align_lint.run.linter import Linter

        # Each file with its nearest config, as align lint reads it.
        configs = config_command.configs_from_options(
            config_file,
            isolated,
            model=model,
            rules=rules,
            no_default_rules=no_default_rules,
            select=select,
            ignore=ignore,
        )
        config = configs.run_config
        refuse_to_overwrite_an_input(output, paths, None, config)
        linter = Linter(configs=configs)
        failed = InputErrors()
        with progress() as bars:
            report = linter.lint_paths(
                paths,
                on_error=failed,
                jobs=default_jobs(),
                cache=None if no_cache else result_cache(config, linter, None),
                progress=bars,
            )
        for message in report.notices:
            notice(message)
        if failed:
            # A baseline without those documents' findings would fail them later.
            count = len(failed)
            raise AlignError(
                f"{output}: not written: {count} {'document' if count == 1 else 'documents'} "
                "could not be linted"
            )
        write_new_baseline(report, output)


@app.command("rules")
def list_rules(
    output_format: Annotated[
        ListFormat,
        typer.Option("--format", "-f", metavar="[text|json]", help="text (a table) or json."),
    ] = ListFormat.text,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    config_file: ConfigFileOption = None,
    isolated: IsolatedOption = False,
    rules: RulesOption = None,
    no_default_rules: NoDefaultRulesOption = False,
    debug: DebugOption = False,
) -> None:
    """List every rule: id, category, severity, weight, enabled, and the pack it came from."""
    with errors_exit_2(debug):
        from align_lint.cli.ruledocs import format_rules_json, format_rules_text, rule_rows
        from align_lint.settings.selection import load_catalog, resolve

        config = _config(
            config_file,
            isolated,
            rules=rules,
            no_default_rules=no_default_rules,
            select=select,
            ignore=ignore,
        )
        catalog = load_catalog(config)
        rows = rule_rows(catalog, resolve(config.run_layers, catalog))
        render = format_rules_json if output_format is ListFormat.json else format_rules_text
        write(render(rows))


@app.command()
def explain(
    rule: Annotated[
        str | None,
        typer.Argument(metavar="RULE", help="A rule id, as `align rules` lists them."),
    ] = None,
    platforms: Annotated[
        bool,
        typer.Option("--platforms", help="Show each platform profile's limits and their sources."),
    ] = False,
    config_file: ConfigFileOption = None,
    isolated: IsolatedOption = False,
    rules: RulesOption = None,
    no_default_rules: NoDefaultRulesOption = False,
    debug: DebugOption = False,
) -> None:
    """Explain a rule: what it flags, why it matters, its examples and its suggestion."""
    with errors_exit_2(debug):
        from align_lint.cli import platforms as platform_docs
        from align_lint.cli.ruledocs import explain as explain_rule
        from align_lint.cli.ruledocs import find_rule
        from align_lint.rules.platforms import profiles_for
        from align_lint.settings.selection import load_catalog, resolve

        if rule is None and not platforms:
            raise _click.UsageError("align explain needs RULE")
        config = _config(config_file, isolated, rules=rules, no_default_rules=no_default_rules)
        if rule is None:
            write(platform_docs.profiles_text(profiles_for(config.platform_profiles)))
            return
        catalog = load_catalog(config)
        found = find_rule(catalog, rule)
        write(explain_rule(catalog, found, resolve(config.run_layers, catalog)))
        if platforms or found.id in platform_docs.PLATFORM_RULE_IDS:
            write("\n" + platform_docs.profiles_text(catalog.profiles))


@app.command("check-rules")
def check_rules(
    packs: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[PACK]...",
            help="Rule packs (YAML files or directories) to check, loaded after the configured "
            "ones. None: check every configured rule.",
        ),
    ] = None,
    config_file: ConfigFileOption = None,
    isolated: IsolatedOption = False,
    model: ModelOption = None,
    no_default_rules: NoDefaultRulesOption = False,
    debug: DebugOption = False,
) -> None:
    """Validate rule packs and run every rule's examples through the pipeline.

    Exit 0 when every flagged example fires and no passed example does, 1 naming
    each one that misbehaves, 2 for a pack that does not load.
    """
    with errors_exit_2(debug):
        from align_lint.cli.ruledocs import check_failures, missing_examples
        from align_lint.rules.loader import bundled_pack_dir, pack_files
        from align_lint.run.examples import check_examples
        from align_lint.run.linter import Linter

        config = _config(config_file, isolated, model=model, no_default_rules=no_default_rules)
        named = [Path(p) for p in packs or ()]
        configured = {Path(p).resolve() for p in config.rules}
        if config.default_rules:
            # Naming the bundled pack (rules/ in a checkout) checks it, not loads it twice.
            configured.add(bundled_pack_dir().resolve())
        extra = tuple(str(p) for p in named if p.resolve() not in configured)
        config = config.merged(rules=config.rules + extra)
        try:
            linter = Linter(config)
        except RuleError as broken:
            _report_broken_packs(broken.problems)
        info = linter.pipeline_info()
        for message in info.notices:
            notice(message)
        files = {str(f.resolve()) for f in pack_files(named)}
        # Built-in rules' examples are written against the bundled pack: checked with it only.
        builtin_checked = not named and config.default_rules
        checked = [
            r
            for r in linter.catalog.rules
            if (builtin_checked if r.origin.builtin else not named)
            or (not r.origin.builtin and str(Path(r.origin.path).resolve()) in files)
        ]
        ids = {r.id for r in checked}
        checks = [c for c in check_examples(linter) if c.rule in ids]
        rules_by_id = {r.id: r for r in checked}
        problems = missing_examples(checked) + check_failures(checks, rules_by_id)
        for problem in problems:
            typer.echo(problem)
        failed = len(problems)
        examples = f"{plural(len(checks), 'example')} of {plural(len(checked), 'rule')}"
        summary = f"{examples} (pipeline: {info.name})"
        typer.echo(f"{failed} failed: {summary}" if failed else f"all hold: {summary}")
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


def _report_broken_packs(problems: Sequence[str]) -> NoReturn:
    """Every mistake of packs that do not load, one ``align: error: file:line:
    message`` each in the order of the files and their lines, then how many:
    one run shows all there is to fix."""
    for problem in _by_file_and_line(problems):
        error(problem)
    if len(problems) > 1:  # one mistake stays one line
        error(f"{plural(len(problems), 'error')} in rule packs: they do not load")
    raise typer.Exit(EXIT_ERROR)


_FILE_AND_LINE = re.compile(r"(.+?):(\d+): ")


def _by_file_and_line(problems: Sequence[str]) -> list[str]:
    """Sorted by line within each file, files in the order they were read."""
    files: dict[str, int] = {}

    def where(problem: str) -> tuple[int, int]:
        found = _FILE_AND_LINE.match(problem)
        if found is None:
            return (files.setdefault(problem, len(files)), 0)
        return (files.setdefault(found[1], len(files)), int(found[2]))

    return sorted(problems, key=where)


@app.command()
def init(
    directory: Annotated[
        Path,
        typer.Argument(metavar="[DIR]", help="Where to write .align.yaml.", file_okay=False),
    ] = Path("."),
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    debug: DebugOption = False,
) -> None:
    """Write a commented .align.yaml with the default settings."""
    with errors_exit_2(debug):
        from align_lint.settings.configfile import STARTER_CONFIG

        target = directory / ".align.yaml"
        if target.exists() and not force:
            raise ConfigError(f"{target} already exists (use --force to overwrite it)")
        try:
            target.write_text(STARTER_CONFIG, encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"{target}: cannot write ({exc.strerror})") from None
        typer.echo(f"wrote {target}")


app.command("server")(server_command.server)
app.command("config")(config_command.config)
app.command("audit")(audit_command.audit)
app.command("report")(report_command.report)


def _config(config_file: str | None, isolated: bool, **flags: Any) -> Config:
    """Options → the working directory's Config (or the named one), flags on top."""
    return config_command.configs_from_options(config_file, isolated, **flags).run_config


class Terminated(BaseException):
    """SIGTERM, raised in the main thread so that ``finally`` blocks run (the
    worker pool is stopped) before align exits 143. A BaseException, as
    KeyboardInterrupt, so no ``except Exception`` swallows it."""


# The process that imports this module and installs the handler (``main``). A
# worker forks with it, and the pool may stop a worker it has only just forked,
# before the worker's initializer puts SIGTERM back to the default: raising
# there printed multiprocessing's "Process ForkPoolWorker-3: Traceback …" under
# align's one-line error.
_HANDLER_PID = os.getpid()


def _raise_terminated(signum: int, frame: object) -> None:
    if os.getpid() != _HANDLER_PID:
        os._exit(EXIT_TERMINATED)  # a fresh worker being stopped: nothing to clean up
    # A second SIGTERM while cleaning up ends the process at once.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    raise Terminated


def main() -> None:
    # align runs one process per core (--jobs), so numpy's OpenBLAS threads would
    # only compete with them: 2,000 posts took 15 % longer on two cores with two.
    # Set before anything imports numpy; a user's own setting wins.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    # The model's batches free and take back tens of MB each: keep that memory
    # in the heap rather than fault it in again (13 % of a run's CPU was system
    # time); the workers fork with the setting. See run/heap.py.
    from align_lint.run.heap import keep_freed_heap, pause_collector

    keep_freed_heap()
    pause_collector()  # until the pipeline is loaded, or the first results (run/heap.py)
    # Without a handler SIGTERM kills align mid-write and its workers print
    # tracebacks on the broken pipe; with it the pool is stopped first.
    signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        app(prog_name="align")
    except Terminated:
        stopped(TERMINATED)
        sys.exit(EXIT_TERMINATED)
    except KeyboardInterrupt:  # outside a command (typer parsing its arguments)
        stopped(INTERRUPTED)
        sys.exit(EXIT_INTERRUPTED)
    except Exception as exc:  # outside a command's own guard
        try:
            internal_error(exc, debug_asked())
        except typer.Exit:
            sys.exit(EXIT_ERROR)
