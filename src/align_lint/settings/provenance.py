"""Where each effective setting of a document came from (``align config``).

The same layers ``selection.py`` folds, read for people: each key's value as
it applies, and the layer that set it (``defaults``, ``.align.yaml:7``,
``.align.yaml:12 per_file "drafts/**"``, ``post.md:3`` for front matter,
``--fail-under`` for a flag). ``select`` comes from the last layer that sets
it; ``ignore`` and ``severity`` gather entries from every layer since then
(``severity`` from all), as the fold does.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from align_lint.documents.paths import display_path
from align_lint.settings.config import COMMAND_LINE, Config, Layer
from align_lint.settings.nearest import CommandLine

DEFAULTS = "defaults"

__all__ = ["DEFAULTS", "Origin", "origins"]


@dataclass(frozen=True)
class Origin:
    """One effective setting: its key, its value (JSON-ready) and its source."""

    key: str
    value: Any
    source: str


def origins(
    config: Config,
    command_line: CommandLine,
    source: str | None = None,
    front_matter: Layer | None = None,
) -> tuple[Origin, ...]:
    """Every setting that applies to the document at ``source`` (None: to a
    directory, without per_file or front matter) under ``config``."""
    layers = _labelled_layers(config, source, front_matter)
    return (
        *_run_keys(config, command_line),
        _select(layers),
        _ignore(layers),
        _severity(layers),
        *(_last(layers, key, getattr(Config(), key)) for key in ("fail_under", "fail_on")),
        _last(layers, "platform", None),
        Origin("exclude", list(config.exclude), _file_key(config, "exclude")),
    )


@dataclass(frozen=True)
class _Labelled:
    layer: Layer
    keys: frozenset[str]  # the keys this layer sets
    suffix: str = ""  # ' per_file "drafts/**"'

    def source(self, key: str) -> str:
        if self.layer.source == COMMAND_LINE:
            return "--" + key.replace("_", "-")
        return self.layer.where(key) + self.suffix


def _labelled_layers(
    config: Config, source: str | None, front_matter: Layer | None
) -> list[_Labelled]:
    """The layers of ``Config.layers_for``, each with the keys it really sets
    (a config's top level always holds thresholds, set or not)."""
    layers = [
        _Labelled(
            config.file_layer, frozenset(dict(config.lines)) if config.sources else frozenset()
        )
    ]
    for entry in config.per_file_for(source):
        layers.append(
            _Labelled(entry.layer, _keys_set(entry.layer), f' per_file "{entry.pattern}"')
        )
    if front_matter is not None and source is not None:
        layers.append(_Labelled(front_matter, _keys_set(front_matter), " front matter"))
    if config.command_line is not None:
        layers.append(_Labelled(config.command_line, _keys_set(config.command_line)))
    return layers


def _keys_set(layer: Layer) -> frozenset[str]:
    keys = {
        "select": layer.select is not None,
        "ignore": bool(layer.ignore),
        "severity": bool(layer.severity),
        "fail_under": layer.fail_under is not None,
        "fail_on": layer.fail_on is not None,
        "platform": layer.platform is not None,
    }
    return frozenset(key for key, given in keys.items() if given)


def _run_keys(config: Config, command_line: CommandLine) -> tuple[Origin, ...]:
    packs = [display_path(Path(pack)) for pack in config.rules]
    own = len(packs) - len(command_line.rules)
    rules_from = [_file_key(config, "rules")] if own else []
    rules_from += ["--rules"] if command_line.rules else []
    return (
        Origin(
            "model",
            config.model,
            "--model" if command_line.model is not None else _file_key(config, "model"),
        ),
        Origin("rules", packs, ", ".join(rules_from) or DEFAULTS),
        Origin(
            "default_rules",
            config.default_rules,
            "--no-default-rules"
            if command_line.default_rules is not None
            else _file_key(config, "default_rules"),
        ),
    )


def _file_key(config: Config, key: str) -> str:
    """``.align.yaml:7`` when the config file sets ``key``, else the defaults."""
    line = dict(config.lines).get(key)
    if not config.sources or line is None:
        return DEFAULTS
    return f"{config.sources[-1]}:{line}"


def _last(layers: list[_Labelled], key: str, default: Any) -> Origin:
    for labelled in reversed(layers):
        if key in labelled.keys:
            return Origin(key, _plain(getattr(labelled.layer, key)), labelled.source(key))
    return Origin(key, _plain(default), DEFAULTS)


def _since_last_select(layers: list[_Labelled]) -> list[_Labelled]:
    """A layer with ``select`` starts the selection again: earlier ones no longer count."""
    starts = [i for i, labelled in enumerate(layers) if "select" in labelled.keys]
    return layers[starts[-1] :] if starts else layers


def _select(layers: list[_Labelled]) -> Origin:
    """None (every rule) unless a layer selects."""
    return _last(layers, "select", None)


def _ignore(layers: list[_Labelled]) -> Origin:
    names: list[str] = []
    sources: list[str] = []
    for labelled in _since_last_select(layers):
        if "ignore" in labelled.keys:
            names += labelled.layer.ignore
            sources.append(labelled.source("ignore"))
    return Origin("ignore", names, ", ".join(sources) or DEFAULTS)


def _severity(layers: list[_Labelled]) -> Origin:
    levels: dict[str, str] = {}
    sources: list[str] = []
    for labelled in layers:
        if "severity" in labelled.keys:
            levels.update((name, level.label) for name, level in labelled.layer.severity)
            sources.append(labelled.source("severity"))
    return Origin("severity", levels, ", ".join(sources) or DEFAULTS)


def _plain(value: Any) -> Any:
    """JSON-ready: tuples as lists, enums as their values."""
    if isinstance(value, tuple):
        return list(value)
    return getattr(value, "value", value)
