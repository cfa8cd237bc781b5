"""Configuration: the settings a run uses, validated, immutable.

A Config is built from defaults, then a config file (``configfile.py``), then
command-line flags; each layer returns a new object (``Config.merged``,
``Config.with_command_line``) and never mutates another.

Settings that may differ from one document to the next (``select``,
``ignore``, ``severity``, ``fail_under``, ``fail_on``, ``platform``) are
resolved per document from *layers*, lowest precedence first:

    the config file  →  matching ``per_file`` entries, in file order
                     →  the document's front matter  →  command-line flags

so a flag beats front matter, front matter beats the config file, and the
config file beats the defaults. ``selection.py`` folds the layers.

A Config stays hashable (every field is a tuple or a frozen record):
``align_lint._linter`` caches one Linter per Config.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from align_lint.datafiles.declare import quoted, shown
from align_lint.documents.frontmatter import DEFAULT_COPY_KEYS
from align_lint.documents.pathfilter import glob_spec
from align_lint.errors import ConfigError
from align_lint.report.records import SEVERITY_NAMES, FailOn, Severity

# Keys a layer (the config file's top level, a per_file entry, front matter's
# `align:` block, the command line) may set, which can differ per document;
# keys only the config file's top level may set, which shape the whole run;
# and all of them, in the order docs list them. Declared in keys.py.
from align_lint.settings.keys import CONFIG_KEYS, LAYER_KEYS, RUN_KEYS

__all__ = [
    "COMMAND_LINE",
    "CONFIG_KEYS",
    "LAYER_KEYS",
    "RUN_KEYS",
    "Config",
    "Layer",
    "PerFile",
    "relative_to_root",
]

COMMAND_LINE = "command line"


@dataclass(frozen=True)
class Layer:
    """Per-document settings from one source; ``None``/empty means "not set here"."""

    source: str = ""  # ".align.yaml", "post.md front matter", "command line"
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()  # (rule id or category, severity)
    fail_under: int | None = None
    fail_on: FailOn | None = None
    platform: str | None = None
    # Where each key was written, so messages can say ``.align.yaml:7``.
    lines: tuple[tuple[str, int], ...] = field(default=(), compare=False)
    key_prefix: str = field(default="", compare=False)  # "align." in front matter

    def __post_init__(self) -> None:
        _check_values(self)

    def where(self, key: str) -> str:
        """``file:line`` of a key (or just the source when the line is unknown)."""
        line = dict(self.lines).get(key)
        return f"{self.source}:{line}" if line else self.source

    def label(self, key: str) -> str:
        """How messages name a key: ``.align.yaml:7: ignore`` or ``--ignore``."""
        if self.source == COMMAND_LINE:
            return "--" + key.replace("_", "-")
        return f"{self.where(key)}: {self.key_prefix}{key}"


@dataclass(frozen=True)
class PerFile:
    """``per_file: {pattern: {...}}``: a layer for documents matching a glob."""

    pattern: str  # gitignore-style, relative to Config.root
    layer: Layer


@dataclass(frozen=True)
class Config:
    model: str = "auto"
    rules: tuple[str, ...] = ()  # extra rule packs: files or directories
    default_rules: bool = True
    fail_under: int = 70
    fail_on: FailOn = FailOn.ERROR
    select: tuple[str, ...] | None = None  # None: every rule
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()
    platform: str | None = None
    exclude: tuple[str, ...] = ()  # gitignore-style globs, relative to root
    # (".tweet", "text"): more suffixes to lint, and the format each is read as.
    extensions: tuple[tuple[str, str], ...] = ()
    # Content calendars: globs of the files read as calendars (relative to
    # root), and the headers of their text and platform columns (None: found
    # by common names).
    calendars: tuple[str, ...] = ()
    text_column: str | None = None
    platform_column: str | None = None
    # Front-matter keys whose values are linted as prose (run-wide: what a
    # site publishes does not change from one post to the next).
    front_matter_copy: tuple[str, ...] = DEFAULT_COPY_KEYS
    per_file: tuple[PerFile, ...] = ()
    # A file of platform profiles over the bundled ones (absolute, resolved
    # against the config file).
    platform_profiles: str | None = None
    # A baseline file (absolute, resolved against the config file): lint
    # reports only findings not in it.
    baseline: str | None = None
    # The directory exclude and per_file patterns are relative to: the config
    # file's own directory (None: the working directory).
    root: str | None = None
    respect_gitignore: bool = True
    # Flags given on the command line: the last layer, so they beat front matter.
    command_line: Layer | None = None
    # Where the values came from, for reports and error messages.
    sources: tuple[str, ...] = field(default=(), compare=False)
    lines: tuple[tuple[str, int], ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        _check_values(self)

    def merged(self, **overrides: Any) -> Config:
        """A new Config with the given (non-None) values replacing these."""
        known = {f.name for f in fields(self)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise ConfigError(f"unknown setting {quoted(unknown[0])}")
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})

    def with_command_line(self, layer: Layer) -> Config:
        """Add the command-line layer; its thresholds also stand for the whole run."""
        return replace(
            self,
            command_line=layer,
            fail_under=self.fail_under if layer.fail_under is None else layer.fail_under,
            fail_on=layer.fail_on or self.fail_on,
        )

    @property
    def file_layer(self) -> Layer:
        """The config's own (top-level) settings as the lowest layer."""
        return Layer(
            source=self.sources[-1] if self.sources else "configuration",
            select=self.select,
            ignore=self.ignore,
            severity=self.severity,
            fail_under=self.fail_under,
            fail_on=self.fail_on,
            platform=self.platform,
            lines=self.lines,
        )

    @property
    def formats(self) -> dict[str, str]:
        """``extensions`` as a mapping from suffix to format."""
        return dict(self.extensions)

    @property
    def root_path(self) -> Path:
        return Path(self.root) if self.root else Path.cwd().resolve()

    def layers_for(
        self, source: str | None, front_matter: Layer | None = None
    ) -> tuple[Layer, ...]:
        """Every layer that applies to a document at ``source``, lowest first."""
        layers = [self.file_layer]
        layers.extend(entry.layer for entry in self.per_file_for(source))
        if front_matter is not None:
            layers.append(front_matter)
        if self.command_line is not None:
            layers.append(self.command_line)
        return tuple(layers)

    def per_file_for(self, source: str | None) -> tuple[PerFile, ...]:
        """The ``per_file`` entries whose glob matches a document at ``source``."""
        if not self.per_file:
            return ()  # resolving each document's path cost 1 % of a 2,000-post run
        relative = relative_to_root(source, self.root_path) if source else None
        if relative is None:
            return ()
        return tuple(p for p in self.per_file if glob_spec(p.pattern).match_file(relative))

    @property
    def run_layers(self) -> tuple[Layer, ...]:
        """The layers that hold for the whole run (no per_file, no front matter)."""
        return (self.file_layer,) + ((self.command_line,) if self.command_line else ())


def relative_to_root(source: str, root: Path) -> str | None:
    """A document's path relative to ``root`` (posix), or None when outside it."""
    if source in ("-", "") or source.startswith("<"):
        return None
    try:
        return (Path.cwd() / source).resolve().relative_to(root).as_posix()
    except ValueError:
        return None


def _check_values(settings: Config | Layer) -> None:
    """The invariants every Config and Layer keeps, however it was built. Values
    given as plain strings (``fail_on="warning"`` from the Python API) become
    their enums, so the rest of align only ever sees typed values."""
    if settings.fail_under is not None and not 0 <= settings.fail_under <= 100:
        raise ConfigError(f"fail_under must be from 0 to 100 (got {settings.fail_under})")
    if settings.fail_on is not None and not isinstance(settings.fail_on, FailOn):
        choices = ", ".join(FailOn)
        if settings.fail_on not in tuple(FailOn):
            raise ConfigError(f"fail_on must be one of {choices} (got {shown(settings.fail_on)})")
        object.__setattr__(settings, "fail_on", FailOn(settings.fail_on))
    if settings.select is not None and not settings.select:
        raise ConfigError("select must name at least one rule or category")
    levels = []
    for reference, level in settings.severity:
        if not isinstance(level, Severity):
            if level not in SEVERITY_NAMES:
                raise ConfigError(
                    f"severity of {reference} must be one of "
                    f"{', '.join(reversed(SEVERITY_NAMES))} (got {shown(level)})"
                )
            level = Severity.parse(level)
        levels.append((reference, level))
    object.__setattr__(settings, "severity", tuple(levels))
