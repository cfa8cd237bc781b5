"""align: lint social posts and marketing copy for business alignment.

Public API::

    from align_lint import Linter, lint_text, lint_paths

    result = lint_text("We just crossed 10k followers!")
    result.passed, result.score.value, result.findings

Importing this package is cheap: spaCy loads only when a Linter is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from align_lint.version import __version__

if TYPE_CHECKING:
    from align_lint.report.records import DocumentResult, Report
    from align_lint.run.linter import Linter
    from align_lint.settings.config import Config

__all__ = ["Config", "Linter", "__version__", "lint_paths", "lint_text"]


def lint_text(
    text: str, *, path: str | None = None, config: Config | None = None
) -> DocumentResult:
    """Lint one draft. ``path`` names it in the result and picks Markdown (default)
    or plain text (``.txt``)."""
    return _linter(config).lint_text(text, path=path)


def lint_paths(paths: list[str] | tuple[str, ...], config: Config | None = None) -> Report:
    """Lint files and directories (recursing into .md, .markdown and .txt)."""
    return _linter(config).lint_paths(paths)


_LINTERS: dict[Any, Linter] = {}


def _linter(config: Config | None) -> Linter:
    """Reuse one Linter per config, so repeated API calls load spaCy once."""
    from align_lint.run.linter import Linter
    from align_lint.settings.config import Config

    key = config or Config()
    if key not in _LINTERS:
        _LINTERS[key] = Linter(key)
    return _LINTERS[key]


def __getattr__(name: str) -> Any:
    # Lazy exports keep `import align_lint` (and so `align --version`) fast.
    if name == "Linter":
        from align_lint.run.linter import Linter

        return Linter
    if name == "Config":
        from align_lint.settings.config import Config

        return Config
    raise AttributeError(f"module 'align_lint' has no attribute {name!r}")
