"""Config files: find them, read them, validate them strictly.

``.align.yaml`` (or ``.align.yml``) in a directory or any parent up to the
repository root, or ``[tool.align]`` in a ``pyproject.toml`` there (the
closest directory wins; in one directory ``.align.yaml`` wins over
``pyproject.toml``). Each linted file uses the config nearest to it
(``nearest.py``); ``--config FILE`` names one for all; ``--isolated`` ignores
them all.

Which keys exist and what they hold is declared once in ``keys.py``; this
module reads a file through that declaration and builds the Config. Every
mistake is a ConfigError naming ``file:line`` and the key (both YAML and TOML
are loaded with their lines, ``datafiles/lines.py``). Relative paths in a
config file (``rules``, ``model`` when it is a path) resolve against the
file's directory, and so do ``exclude`` and ``per_file`` globs.

Front matter's ``align:`` block is read through the same declaration as a
``per_file`` entry, so it accepts the same keys and types; its mistakes are
InputErrors, which belong to that one document.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from align_lint.datafiles.declare import Nested, Reading, Spot, Values
from align_lint.datafiles.lines import (
    LineDict,
    LineMapping,
    line_dict,
    load_toml,
    read_data_file,
    read_text_file,
    read_yaml_file,
)
from align_lint.documents.pathfilter import glob_problem
from align_lint.documents.paths import display_path
from align_lint.errors import ConfigError, InputError
from align_lint.report.records import FailOn, Severity
from align_lint.rules.loader import BUNDLED_PREFIX
from align_lint.settings.config import Config, Layer, PerFile
from align_lint.settings.keys import CONFIG, LAYER, STARTER_CONFIG

__all__ = [
    "STARTER_CONFIG",
    "config_file_in",
    "find_config_file",
    "front_matter_layer",
    "load_config",
    "parse_config",
    "read_config_file",
]

YAML_NAMES = (".align.yaml", ".align.yml")
PYPROJECT = "pyproject.toml"
FRONT_MATTER_PREFIX = "align."


def load_config(
    config_file: str | Path | None = None, *, isolated: bool = False, cwd: Path | None = None
) -> Config:
    """The Config for a run: ``config_file``, else the closest one found from
    ``cwd`` upward, else the defaults."""
    if isolated and config_file is not None:
        raise ConfigError("--config and --isolated cannot be used together")
    if isolated:
        return Config()
    if config_file is not None:
        path = Path(config_file)
        if not path.is_file():
            raise ConfigError(f"{config_file}: no such config file")
    else:
        found = find_config_file(cwd or Path.cwd())
        if found is None:
            return Config()
        path = found
    return read_config_file(path)


def find_config_file(start: Path) -> Path | None:
    """The closest config file at or above ``start``, up to the repository root
    (a directory holding ``.git``, a directory or a worktree's file) or the
    filesystem root: a config above the repository is not the project's."""
    start = start.resolve()
    for directory in (start, *start.parents):
        found = config_file_in(directory)
        if found is not None or (directory / ".git").exists():
            return found
    return None


def config_file_in(directory: Path) -> Path | None:
    """The config file of one directory: ``.align.yaml``, ``.align.yml``, or a
    ``pyproject.toml`` with ``[tool.align]``, in that order."""
    for name in YAML_NAMES:
        if (directory / name).is_file():
            return directory / name
    pyproject = directory / PYPROJECT
    if pyproject.is_file() and _has_tool_align(pyproject):
        return pyproject
    return None


def _has_tool_align(path: Path) -> bool:
    """Whether a pyproject.toml holds ``[tool.align]``. One align cannot read is
    an error, not "no": skipping it would silently lint with other settings."""
    source = display_path(path)
    try:
        raw = read_data_file(path, source, ConfigError)
    except ConfigError as exc:
        raise ConfigError(
            f"{exc}, so cannot tell whether it holds [tool.align] (use --config FILE or --isolated)"
        ) from None
    # Cheap test first: a pyproject.toml that never says tool.align is not ours
    # (and is not parsed, so its own mistakes are not reported here).
    if b"align" not in raw:
        return False
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError(f"{source}: not valid UTF-8 (TOML must be UTF-8)") from None
    tool = load_toml(text, source, ConfigError).get("tool")
    return isinstance(tool, dict) and "align" in tool


def read_config_file(path: Path) -> Config:
    source = display_path(path)
    if path.suffix == ".toml":
        data = _read_tool_align(path, source)
    else:
        data = read_yaml_file(path, source, ConfigError)
        if data is None:
            data = line_dict({}, 1)
        if not isinstance(data, LineDict):
            raise ConfigError(f"{source}:1: a config file is a mapping of settings")
    return parse_config(data, source, path.resolve().parent)


def _read_tool_align(path: Path, source: str) -> LineDict:
    document = load_toml(read_text_file(path, source, ConfigError), source, ConfigError)
    tool = document.get("tool")
    table = tool.get("align") if isinstance(tool, LineDict) else None
    if table is None:
        raise ConfigError(f"{source}: no [tool.align] table")
    if not isinstance(table, LineDict):
        raise ConfigError(
            f"{source}:{document['tool'].line_of('align')}: tool.align must be a table"
        )
    return table


def parse_config(data: LineDict, source: str, base: Path) -> Config:
    """Validate a config mapping (a file's top level) into a Config."""
    values = CONFIG.read(data, Reading(source, ConfigError, "config"))
    _check_globs(data, values, source)
    layer = _layer(values, source)
    per_file = tuple(
        PerFile(pattern, _layer(entry, source))
        for pattern, entry in (values.get("per_file") or {}).items()
    )
    return Config(
        select=layer.select,
        ignore=layer.ignore,
        severity=layer.severity,
        platform=layer.platform,
        per_file=per_file,
        root=str(base),
        sources=(source,),
        lines=layer.lines,
    ).merged(
        fail_under=layer.fail_under,
        fail_on=layer.fail_on,
        model=_model(values.get("model"), base),
        rules=_paths(values.get("rules"), base),
        default_rules=values.get("default_rules"),
        exclude=values.get("exclude"),
        extensions=_extensions(data, values, source),
        calendars=values.get("calendars"),
        text_column=values.get("text_column"),
        platform_column=values.get("platform_column"),
        front_matter_copy=values.get("front_matter_copy"),
        platform_profiles=_path(values.get("platform_profiles"), base),
        baseline=_path(values.get("baseline"), base),
    )


# One suffix, as Path.suffix gives it: align matches a file's last one.
_EXTENSION = re.compile(r"\.[^./\\\s]+")


def _extensions(data: LineDict, values: Values, source: str) -> tuple[tuple[str, str], ...] | None:
    """``extensions: {.tweet: text}``, each key checked to be one suffix with
    its dot, lowercased (suffixes match whatever their case)."""
    mapping = values.get("extensions")
    if mapping is None:
        return None
    declared = data.get("extensions")
    checked = []
    for suffix, kind in mapping.items():
        line = declared.line_of(suffix) if isinstance(declared, LineDict) else data.line
        where = f"{source}:{line}: extensions: {_short(suffix)}"
        if not suffix.startswith("."):
            raise ConfigError(f"{where} must start with a dot ({_short('.' + suffix)})")
        if not _EXTENSION.fullmatch(suffix):
            last = Path("x" + suffix).suffix
            hint = f": align matches a file's last suffix ({_short(last)})" if last else ""
            raise ConfigError(f"{where} is not one file extension{hint}")
        checked.append((suffix.lower(), kind))
    return tuple(checked)


def _check_globs(data: LineDict, values: Values, source: str) -> None:
    """``exclude`` and ``per_file`` patterns compile here, so a bad one is an
    error naming its line, not a crash in the middle of a walk."""
    excludes = data.get("exclude")
    for index, pattern in enumerate(values.get("exclude") or ()):
        lines = getattr(excludes, "item_lines", ())
        line = lines[index] if index < len(lines) else data.line_of("exclude")
        _check_glob(pattern, f"{source}:{line}: exclude")
    calendars = data.get("calendars")
    for index, pattern in enumerate(values.get("calendars") or ()):
        lines = getattr(calendars, "item_lines", ())
        line = lines[index] if index < len(lines) else data.line_of("calendars")
        _check_glob(pattern, f"{source}:{line}: calendars")
    per_file = data.get("per_file")
    for pattern in values.get("per_file") or {}:
        line = per_file.line_of(pattern) if isinstance(per_file, LineDict) else data.line
        _check_glob(pattern, f"{source}:{line}: per_file")


def _check_glob(pattern: str, where: str) -> None:
    problem = glob_problem(pattern)
    if problem is not None:
        raise ConfigError(f"{where}: {_short(pattern)} is not a valid glob: {problem}")


def _short(text: str) -> str:
    return repr(text) if len(text) <= 80 else repr(text[:77] + "...")


def _layer(values: Values, source: str, key_prefix: str = "") -> Layer:
    """The per-document settings among ``values`` (a file's top level, a
    per_file entry, front matter's align: block)."""
    fail_on = values.get("fail_on")
    return Layer(
        source=source,
        select=values.get("select"),
        ignore=values.get("ignore") or (),
        severity=tuple(
            (name, Severity.parse(level)) for name, level in (values.get("severity") or {}).items()
        ),
        fail_under=values.get("fail_under"),
        fail_on=None if fail_on is None else FailOn(fail_on),
        platform=values.get("platform"),
        lines=tuple(values.lines.items()),
        key_prefix=key_prefix,
    )


def front_matter_layer(meta: Mapping[str, Any], source: str) -> Layer | None:
    """The ``align:`` block (and ``platform:``) of a draft's front matter, or None.

    ``meta`` is the front matter as the document parsed it (a LineMapping, so
    messages can say ``post.md:4``; a plain mapping works too, without lines).
    Mistakes are InputErrors: they belong to that one document.
    """
    block = meta.get("align")
    platform = meta.get("platform")
    if block is None and platform is None:
        return None
    layer = Layer(source=source, key_prefix=FRONT_MATTER_PREFIX)
    if block is not None:
        line = meta.line_of("align") if isinstance(meta, LineMapping | LineDict) else 0
        spot = Spot(Reading(source, InputError, "front matter"), "align", line)
        layer = _layer(Nested(LAYER).read(block, spot), source, FRONT_MATTER_PREFIX)
    if isinstance(platform, list):  # platform: [linkedin, x]
        platform = ", ".join(str(name) for name in platform if name is not None)
    if layer.platform is None and isinstance(platform, str) and platform.strip():
        layer = replace(layer, platform=platform.strip())
    return layer


def _model(model: str | None, base: Path) -> str | None:
    """A model that is a path (``./models/x``) resolves against the config file."""
    if model is not None and ("/" in model or model.startswith(".")):
        return str((base / model).resolve())
    return model


def _path(value: str | None, base: Path) -> str | None:
    return None if value is None else str((base / value).resolve())


def _paths(values: tuple[str, ...] | None, base: Path) -> tuple[str, ...] | None:
    if values is None:
        return None
    # "align:devrel" names a bundled pack, not a file beside the config.
    return tuple(
        value if value.startswith(BUNDLED_PREFIX) else str((base / value).resolve())
        for value in values
    )
