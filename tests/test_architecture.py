"""The import contracts of pyproject.toml ([tool.importlinter]) hold: the rooms
are layered in the order of the data flow, spaCy stays in the analysis room,
formatters see only result records, nothing imports the CLI, no cycles.
``.ci/run`` runs ``lint-imports`` too; this puts the same contracts in the
default test run, so a stray import fails before a push."""

from __future__ import annotations

import pytest
from tests.conftest import ROOT


def test_import_contracts_hold(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlinter.cli import lint_imports

    monkeypatch.chdir(ROOT)
    assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True) == 0


def test_no_bench_script_shadows_a_standard_module() -> None:
    """``python bench/x.py`` puts bench/ first on sys.path, so a script named
    like a standard module (calendar.py did) breaks every other bench script
    whose imports reach that module."""
    import sys

    shadowing = sorted(
        path.name for path in (ROOT / "bench").glob("*.py") if path.stem in sys.stdlib_module_names
    )
    assert shadowing == []
