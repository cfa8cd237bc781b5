"""Configuration: the settings a run uses, validated, immutable.

A Config is built from defaults, then a config file, then command-line flags;
each layer returns a new object (``Config.merged``) and never mutates another.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

from align_lint.errors import ConfigError
from align_lint.scoring import FAIL_ON_CHOICES


@dataclass(frozen=True)
class Config:
    model: str = "auto"
    rules: tuple[str, ...] = ()  # extra rule packs: files or directories
    default_rules: bool = True
    fail_under: int = 70
    fail_on: str = "error"
    # Where the values came from, for reports and error messages.
    sources: tuple[str, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        if not 0 <= self.fail_under <= 100:
            raise ConfigError(f"fail_under must be from 0 to 100 (got {self.fail_under})")
        if self.fail_on not in FAIL_ON_CHOICES:
            raise ConfigError(
                f"fail_on must be one of {', '.join(FAIL_ON_CHOICES)} (got {self.fail_on!r})"
            )

    def merged(self, **overrides: Any) -> Config:
        """A new Config with the given (non-None) values replacing these."""
        known = {f.name for f in fields(self)}
        unknown = sorted(set(overrides) - known)
        if unknown:
            raise ConfigError(f"unknown setting {unknown[0]!r}")
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})
