"""Fixtures shared by the run tests."""

from __future__ import annotations

from typing import Any

import pytest

from align_lint.run import workers


@pytest.fixture()
def forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The process counts of the worker pools started."""
    started: list[int] = []
    start_pool = workers._start_pool

    def counted(function: Any, jobs: int) -> Any:
        started.append(jobs)
        return start_pool(function, jobs)

    monkeypatch.setattr(workers, "_start_pool", counted)
    return started
