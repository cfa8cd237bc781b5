"""run/heap.py: glibc keeps a batch's freed memory for the next one."""

from __future__ import annotations

import os
import sys

import pytest

from align_lint.run import heap


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or os.confstr("CS_GNU_LIBC_VERSION") is None,
    reason="glibc only",
)
def test_glibc_keeps_freed_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in heap._USER_SETTINGS:
        monkeypatch.delenv(name, raising=False)
    assert heap.keep_freed_heap()


def test_a_users_own_malloc_tuning_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MALLOC_TRIM_THRESHOLD_", "131072")
    assert not heap.keep_freed_heap()


def test_not_on_other_systems(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(heap.sys, "platform", "darwin")
    assert not heap.keep_freed_heap()


def test_the_collector_sleeps_through_start_up_until_resumed() -> None:
    import gc

    before = gc.get_threshold()
    try:
        heap.pause_collector()
        assert gc.get_threshold()[0] == 0  # no automatic collection, even if srsly enables gc
        gc.enable()
        heap.pause_collector()  # a second pause keeps the first thresholds
        heap.resume_collector()
        assert gc.get_threshold() == before
        assert gc.get_freeze_count() > 0  # start-up's objects are out of the collector's way
        heap.resume_collector()  # resuming twice changes nothing
        assert gc.get_threshold() == before
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
