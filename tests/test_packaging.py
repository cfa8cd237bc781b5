"""The wheel ships every package of the source tree.

pyproject.toml lists the packages by hand (the rule pack is mapped from
rules/), so a new subpackage must be added there: installed (pre-commit, pip),
align would fail with "No module named …" while an editable checkout works.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_source_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    source = ROOT / "src"
    found = {
        ".".join(init.parent.relative_to(source).parts)
        for init in source.glob("align_lint/**/__init__.py")
    }
    assert found - listed == set()
    assert listed - found == {"align_lint.rulepack"}  # mapped from rules/
