"""How many processes the runner starts is decided from the items it is given,
not from the paths named (issue 15 (c)), without reading the whole input first."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest

from align_lint.run import workers
from align_lint.run.workers import BATCH, PARALLEL_FROM, InOrder


def doubled(batch: list[int]) -> list[int]:
    return [2 * item for item in batch]


def batches(*sizes: int) -> list[tuple[list[int], int]]:
    out, first = [], 0
    for number, size in enumerate(sizes):
        out.append((list(range(first, first + size)), number))
        first += size
    return out


def run(jobs: int, given: list[tuple[list[int], int]]) -> list[tuple[list[int], int]]:
    return list(InOrder(doubled, jobs=jobs).map(given))


def test_enough_items_in_one_input_start_the_pool_with_the_same_results(forks: list[int]) -> None:
    given = batches(*[BATCH] * 4)  # one calendar's rows: 128 items
    assert run(2, given) == run(1, given) == [(doubled(b), c) for b, c in given]
    assert forks == [2]


def test_few_items_never_fork(forks: list[int]) -> None:
    assert run(8, batches(10, 5)) == [(doubled(b), c) for b, c in batches(10, 5)]
    assert forks == []


def test_no_more_processes_than_batches(forks: list[int]) -> None:
    run(8, batches(BATCH, BATCH, 6))  # 70 items: three batches
    assert forks == [3]


def test_items_after_cached_batches_still_reach_the_workers(forks: list[int]) -> None:
    """A warm cache answers whole batches (no item left to lint) before the misses."""
    given = batches(*[0] * 40, 20, 20, 20, 20, 20)
    assert run(2, given) == [(doubled(b), c) for b, c in given]
    assert forks == [2]


def test_a_warm_run_is_not_read_whole_before_its_first_result() -> None:
    pulled = 0

    def cached() -> Iterator[tuple[list[int], int]]:
        nonlocal pulled
        for number in range(10_000):
            pulled += 1
            yield [], number

    results = InOrder(doubled, jobs=2).map(cached())
    assert next(results) == ([], 0)
    assert pulled <= 2 * max(PARALLEL_FROM, 2 * BATCH) // BATCH + 1


class _DiesBetweenReads:
    """A worker the kernel kills just after its first exit-code read: running
    (None) on that read, killed (-9) on every later one."""

    def __init__(self) -> None:
        self.reads = 0

    @property
    def exitcode(self) -> int | None:
        self.reads += 1
        return None if self.reads == 1 else -signal.SIGKILL


class _Exited:
    exitcode = 0  # a worker replaced after its WORKER_TASKS


def test_a_worker_killed_between_two_checks_is_still_noticed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A rare CI hang: the check read each worker's exit code twice, and a worker
    killed between the reads was forgotten as "exited", its task waited for
    forever. The next check must still see it; finished workers are forgotten."""
    killed, finished = _DiesBetweenReads(), _Exited()
    monkeypatch.setattr(workers, "_WORKERS", [killed, finished])
    assert workers._a_worker_died() is None
    assert [killed] == workers._WORKERS  # the finished one forgotten
    assert workers._a_worker_died() == -signal.SIGKILL
