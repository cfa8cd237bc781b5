"""The nearest config per file, as ruff and markdownlint-cli2 find it.

Each file uses the closest ``.align.yaml`` (``.align.yml``) or ``pyproject.toml``
with ``[tool.align]`` in its own directory or above it, up to the repository
root (a directory holding ``.git``) or the filesystem root. The closest config
is complete: it is not merged onto a parent's (a nested team's config says
everything it means, and reading it alone tells what applies). ``--config
FILE`` makes one config apply to every file; ``--isolated`` ignores them all.
Command-line flags (``CommandLine``) go on top of whichever config a file gets.

Discovery is cached per directory: a walk of 2,000 files in 40 folders looks
for config files in each folder once, and each config file is read once.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from align_lint.errors import ConfigError
from align_lint.settings.config import Config, Layer
from align_lint.settings.configfile import config_file_in, read_config_file

__all__ = ["CommandLine", "NearestConfigs"]


@dataclass(frozen=True)
class CommandLine:
    """What flags set over every config of a run (None/empty: not given)."""

    model: str | None = None
    rules: tuple[str, ...] = ()  # added after the config's own packs
    default_rules: bool | None = None
    layer: Layer | None = None  # select, ignore, fail_under, fail_on

    def apply(self, config: Config) -> Config:
        config = config.merged(
            model=self.model,
            rules=config.rules + self.rules if self.rules else None,
            default_rules=self.default_rules,
        )
        return config if self.layer is None else config.with_command_line(self.layer)


class NearestConfigs:
    """The Config each file of a run uses: the nearest config file's (or the one
    ``--config`` names, or the defaults with ``--isolated``), flags on top."""

    def __init__(
        self,
        command_line: CommandLine | None = None,
        *,
        config_file: str | Path | None = None,
        isolated: bool = False,
        cwd: Path | None = None,
    ) -> None:
        if isolated and config_file is not None:
            raise ConfigError("--config and --isolated cannot be used together")
        self.command_line = command_line or CommandLine()
        self._fixed: Config | None = None
        if isolated:
            self._fixed = self.command_line.apply(Config())
        elif config_file is not None:
            path = Path(config_file)
            if not path.is_file():
                raise ConfigError(f"{config_file}: no such config file")
            self._fixed = self.command_line.apply(read_config_file(path))
        self._nearest: dict[Path, Path | None] = {}  # resolved directory -> its config file
        self._by_directory: dict[Path, Config] = {}  # directory as asked -> its Config
        self._by_name: dict[str, Config] = {}  # a file's directory name -> its Config
        self._by_file: dict[Path | None, Config] = {}  # config file -> its Config
        # The working directory's config: the run's thresholds, cache and listings.
        self.run_config = self.for_directory(cwd or Path.cwd())

    @property
    def fixed(self) -> bool:
        """Whether every file gets the same config (``--config``, ``--isolated``)."""
        return self._fixed is not None

    def for_file(self, path: str | Path) -> Config:
        if self._fixed is not None:
            return self._fixed
        # Keyed by the directory's name as given: a string is hashed and split far
        # faster than a Path is made, and every document asks (twice: cache, settings).
        name = os.path.dirname(path)
        known = self._by_name.get(name)
        if known is None:
            known = self._by_name[name] = self.for_directory(Path(name or "."))
        return known

    def for_directory(self, directory: Path) -> Config:
        if self._fixed is not None:
            return self._fixed
        known = self._by_directory.get(directory)
        if known is None:
            known = self._config_of(self.file_for_directory(directory))
            self._by_directory[directory] = known
        return known

    def file_for(self, path: str | Path) -> Path | None:
        """The config file a file uses (None: the defaults, or a fixed config)."""
        return None if self._fixed is not None else self.file_for_directory(Path(path).parent)

    def file_for_directory(self, directory: Path) -> Path | None:
        """The closest config file at or above ``directory``, stopping after the
        repository root; every directory on the way is remembered."""
        start = directory.resolve()
        climbed: list[Path] = []
        found: Path | None = None
        for current in (start, *start.parents):
            if current in self._nearest:
                found = self._nearest[current]
                break
            climbed.append(current)
            found = config_file_in(current)
            if found is not None or (current / ".git").exists():
                break
        for current in climbed:
            self._nearest[current] = found
        return found

    def _config_of(self, config_file: Path | None) -> Config:
        known = self._by_file.get(config_file)
        if known is None:
            base = read_config_file(config_file) if config_file is not None else Config()
            known = self.command_line.apply(base)
            self._by_file[config_file] = known
        return known
