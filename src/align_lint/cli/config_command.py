"""``align config [PATH]``: the settings a file gets, and where each came from;
and ``configs_from_options``, which turns any command's config options into
each file's Config (the nearest config file, or ``--config``, flags on top).

Kept out of ``app.py`` (which imports it) so the options of every command map
onto configs in one place.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from align_lint.cli.common_options import (
    NoDefaultRulesOption,
    config_file_option,
    fail_on_option,
    fail_under_option,
    ignore_option,
    isolated_option,
    model_option,
    rules_option,
    select_option,
)
from align_lint.cli.common_run import debug_asked, errors_exit_2
from align_lint.cli.output import write
from align_lint.errors import AlignError, InputError
from align_lint.report.records import FailOn

if TYPE_CHECKING:
    from align_lint.settings.config import Config, Layer
    from align_lint.settings.nearest import NearestConfigs
    from align_lint.settings.provenance import Origin


class ConfigFormat(StrEnum):
    text = "text"
    json = "json"


def configs_from_options(
    config_file: str | None,
    isolated: bool,
    *,
    model: str | None = None,
    rules: list[str] | None = None,
    no_default_rules: bool = False,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    fail_under: int | None = None,
    fail_on: FailOn | None = None,
    platform: list[str] | None = None,
) -> NearestConfigs:
    """Options → each file's Config: its nearest config file (or the named one,
    or none with ``--isolated``), then the flags on top."""
    from align_lint.settings.config import COMMAND_LINE, Layer
    from align_lint.settings.nearest import CommandLine, NearestConfigs

    selected, ignored, platforms = _names(select), _names(ignore), _names(platform)
    layer = None
    if selected or ignored or fail_under is not None or fail_on is not None or platforms:
        layer = Layer(
            source=COMMAND_LINE,
            select=selected or None,
            ignore=ignored,
            fail_under=fail_under,
            fail_on=fail_on,
            # --platform x --platform linkedin: one value, as a config writes several
            platform=", ".join(platforms) or None,
        )
    flags = CommandLine(model, tuple(rules or ()), False if no_default_rules else None, layer)
    return NearestConfigs(flags, config_file=config_file, isolated=isolated)


def _names(values: list[str] | None) -> tuple[str, ...]:
    """``--select a,b --select c`` → (a, b, c)."""
    return tuple(n.strip() for v in values or () for n in v.split(",") if n.strip())


def config(
    path: Annotated[
        Path | None,
        typer.Argument(
            metavar="PATH", help="A draft or a directory [default: the working directory]."
        ),
    ] = None,
    output_format: Annotated[
        ConfigFormat, typer.Option("--format", "-f", help="text (a table) or json.")
    ] = ConfigFormat.text,
    config_file: Annotated[
        str | None, config_file_option("Use this config file for every file.")
    ] = None,
    isolated: Annotated[
        bool, isolated_option("Ignore all config files; use defaults and flags.")
    ] = False,
    model: Annotated[
        str | None, model_option("spaCy pipeline, as `align lint`.", metavar="MODEL")
    ] = None,
    rules: Annotated[list[str] | None, rules_option("Extra rule pack, as `align lint`.")] = None,
    no_default_rules: NoDefaultRulesOption = False,
    select: Annotated[
        list[str] | None, select_option("As `align lint --select`.", metavar="NAMES")
    ] = None,
    ignore: Annotated[
        list[str] | None, ignore_option("As `align lint --ignore`.", metavar="NAMES")
    ] = None,
    fail_under: Annotated[
        int | None, fail_under_option("As `align lint --fail-under`.", metavar="0-100")
    ] = None,
    fail_on: Annotated[
        FailOn | None, fail_on_option("As `align lint --fail-on`.", metavar=None)
    ] = None,
) -> None:
    """Show the settings a file (or the working directory) gets, and where each came from."""
    # No --debug of its own: ALIGN_DEBUG=1 asks for an internal error's traceback.
    with errors_exit_2(debug_asked()):
        configs = configs_from_options(
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
        shown = _effective(configs, path)
    render = _as_json if output_format is ConfigFormat.json else _as_text
    write(render(*shown))


def _effective(configs: NearestConfigs, path: Path | None) -> tuple[str, str, tuple[Origin, ...]]:
    """(what was asked about, the config file used, every setting's origin)."""
    from align_lint.documents.paths import display_path
    from align_lint.settings.provenance import origins
    from align_lint.settings.selection import check_layer, load_catalog

    target = path or Path(".")
    if not target.exists():
        raise AlignError(f"{target}: no such file or directory")
    name = display_path(target)
    is_file = not target.is_dir()
    config = configs.for_file(target) if is_file else configs.for_directory(target)
    catalog = load_catalog(config)  # unknown rule names are errors here too, as in a lint
    front_matter = _front_matter(target, name) if is_file else None
    if front_matter is not None:
        check_layer(catalog, front_matter, InputError)
    found = configs.file_for(target) if is_file else configs.file_for_directory(target)
    used = _config_file_label(configs, config, found)
    document = name if is_file else None
    return name, used, origins(config, configs.command_line, document, front_matter)


def _front_matter(path: Path, name: str) -> Layer | None:
    """A draft's ``align:`` front matter, read as ``align lint`` reads it."""
    from align_lint.documents import Source, document_from_source
    from align_lint.documents.paths import read_regular_file
    from align_lint.settings.configfile import front_matter_layer

    try:
        data = read_regular_file(path)
    except OSError as exc:
        raise InputError(f"{name}: cannot read file ({exc.strerror or exc})") from None
    if not data.strip():
        return None  # an empty draft has no front matter
    document = document_from_source(Source(name, data))
    return front_matter_layer(document.meta, document.source)


def _config_file_label(configs: NearestConfigs, config: Config, found: Path | None) -> str:
    from align_lint.documents.paths import display_path

    if configs.fixed:
        return f"{config.sources[-1]} (--config)" if config.sources else "none (--isolated)"
    return display_path(found) if found is not None else "none (defaults)"


def _as_text(name: str, used: str, settings: tuple[Origin, ...]) -> str:
    rows = [
        (
            o.key,
            "every rule" if o.key == "select" and o.value is None else _shown(o.value),
            o.source,
        )
        for o in settings
    ]
    key_width = max(len(key) for key, _, _ in rows)
    value_width = min(40, max(len(value) for _, value, _ in rows))
    lines = [f"settings for {name}", f"config file: {used}", ""]
    for key, value, source in rows:
        lines.append(f"{key:<{key_width}}  {value:<{value_width}}  {source}".rstrip())
    return "\n".join(lines) + "\n"


def _shown(value: object) -> str:
    """A value as the config file would write it, briefly."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "-"
    if isinstance(value, list):
        return ", ".join(map(str, value)) if value else "[]"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items()) if value else "{}"
    return str(value)


def _as_json(name: str, used: str, settings: tuple[Origin, ...]) -> str:
    data = {
        "path": name,
        "config_file": used,
        "settings": {o.key: {"value": o.value, "source": o.source} for o in settings},
    }
    return json.dumps(data, indent=2) + "\n"
