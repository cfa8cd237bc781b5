"""The nearest config per file, as ``align lint`` finds it, and its Linter.

A project can hold drafts under several configs (a monorepo's sites), so the
server keeps one Linter per config file (and one for "no config"), made on
first use. They share the loaded spaCy pipeline (``analysis.pipeline`` keeps
it per process), so a second config costs compiling its rules, not a model
load. A config file or rule pack edited since its Linter was made (a
modification time moved: one stat per file per lint) gets a new Linter at the
next lint, so an editor that cannot watch files still sees the change; a
watched change to a config file or a rule pack drops them all at once.
"""

from __future__ import annotations

from pathlib import Path

from align_lint.errors import AlignError
from align_lint.rules.loader import pack_files
from align_lint.run.linter import Linter
from align_lint.settings.config import Config
from align_lint.settings.configfile import PYPROJECT, YAML_NAMES, find_config_file, read_config_file

CONFIG_NAMES = frozenset((*YAML_NAMES, PYPROJECT))
RULE_PACK_SUFFIXES = frozenset((".yaml", ".yml"))
# The modification times a Linter was made from: its config file, then its packs.
Stamp = tuple[tuple[str, int], ...]


class Linters:
    """Linters by config file; ``fallback`` is where documents without a
    directory of their own (an unsaved buffer) look for a config."""

    def __init__(self, fallback: Path) -> None:
        self.fallback = fallback
        self._by_config: dict[Path | None, tuple[Stamp, Linter]] = {}

    def for_document(self, path: Path | None) -> Linter:
        """The Linter of the config nearest to ``path`` (raises ConfigError, or
        another AlignError for a broken rule pack, as the CLI would report)."""
        directory = path.parent if path is not None else self.fallback
        config_file = find_config_file(directory)
        known = self._by_config.get(config_file)
        if known is not None and known[0] == _stamp(config_file, known[1].config):
            return known[1]
        config = read_config_file(config_file) if config_file is not None else Config()
        linter = Linter(config)
        self._by_config[config_file] = (_stamp(config_file, config), linter)
        return linter

    def clear(self) -> None:
        self._by_config.clear()

    def concerns(self, changed: Path) -> bool:
        """Whether a changed file can change a lint: a config file, or a rule
        pack (a YAML file under a pack path of a loaded config)."""
        if changed.name in CONFIG_NAMES:
            return True
        if changed.suffix not in RULE_PACK_SUFFIXES:
            return False
        changed = changed.resolve()
        for _, linter in self._by_config.values():
            for pack in linter.config.rules:
                pack_path = Path(pack).resolve()
                if changed == pack_path or pack_path in changed.parents:
                    return True
        return False


def _stamp(config_file: Path | None, config: Config) -> Stamp:
    """The modification times of a config file and the rule packs it loads (a
    pack gone or unreadable changes the stamp, so the next Linter reports it)."""
    files = [config_file] if config_file is not None else []
    try:
        files += pack_files(Path(pack) for pack in config.rules)
        return tuple((str(path), path.stat().st_mtime_ns) for path in files)
    except (OSError, AlignError):
        return (("", -1),)
