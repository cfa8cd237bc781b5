"""Map a function over batches, in this process or in worker processes, with
results in input order.

The runner knows nothing of linting: it is given a function from a batch (a
list) to a list of outcomes. For large inputs with ``jobs`` > 1 the function
runs in worker processes forked from this one after ``prepare`` has run (the
linter loads its pipeline there, so the model is loaded once and shared).
A bounded number of batches is in flight at a time and results come back in
input order whatever finishes first, so output never depends on ``jobs``.

How many processes are worth starting is decided from the work itself, not
from the paths named: the runner reads ahead a few batches (up to ``jobs``
batches of BATCH items) before it forks, and while fewer than PARALLEL_FROM
items have come it works in this process and counts on; so one 10,000-row
calendar spreads over the workers as 10,000 files do, and a handful of
documents never pays for forking.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.pool
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from typing import Any, Generic, Protocol, TypeVar

from align_lint.errors import AlignError

T = TypeVar("T")
R = TypeVar("R")
C = TypeVar("C")

BATCH = 32  # documents per task: enough to keep nlp.pipe's batches full
PARALLEL_FROM = 64  # fewer documents than this are linted in one process
WORKER_TASKS = 40  # batches a worker process runs before a fresh one replaces it
MAX_JOBS_PER_CORE = 4  # more processes than this only compete for the cores


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def useful_jobs(jobs: int, documents: int) -> int:
    """The processes worth starting for ``documents`` when ``jobs`` are asked
    for: one below PARALLEL_FROM documents, never more than there are batches,
    and never more than MAX_JOBS_PER_CORE per core (``--jobs 1000000`` forked
    that many processes; 300 took 48 s on 70 posts, against 18 s for one)."""
    if documents < PARALLEL_FROM:
        return 1
    batches = -(-documents // BATCH)
    return max(1, min(jobs, batches, MAX_JOBS_PER_CORE * default_jobs()))


def batched(items: Iterable[T], size: int = BATCH) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class InOrder(Generic[T, R]):
    def __init__(
        self,
        function: Callable[[list[T]], list[R]],
        *,
        jobs: int = 1,
        prepare: Callable[[], object] | None = None,
    ) -> None:
        """``jobs`` > 1: run ``function`` in that many forked processes, after
        ``prepare()`` has run in this one."""
        self.function = function
        self.jobs = jobs
        self.prepare = prepare

    def map(self, batches: Iterable[tuple[list[T], C]]) -> Iterator[tuple[list[R], C]]:
        """``function(batch)`` for each batch, with what came along with it."""
        pool: multiprocessing.pool.Pool | None = None
        in_flight: deque[tuple[_Work[R], C]] = deque()
        remaining = iter(batches)
        ahead, whole = self._read_ahead(remaining)
        seen = sum(len(batch) for batch, _ in ahead)
        jobs = 1  # until a pool starts
        try:
            for index, (batch, context) in enumerate(chain(ahead, remaining)):
                if index >= len(ahead):
                    seen += len(batch)
                if batch and pool is None and self._worth(seen, whole) > 1:
                    jobs = self._worth(seen, whole)
                    if self.prepare is not None:
                        self.prepare()
                    pool = _start_pool(self.function, jobs)
                work: _Work[R]
                if pool is not None and batch:
                    work = _Submitted(pool.apply_async(_call, (batch,)))
                else:
                    work = _Done(self.function(batch) if batch else [])
                in_flight.append((work, context))
                while in_flight and (len(in_flight) > 2 * jobs or in_flight[0][0].ready()):
                    done, done_context = in_flight.popleft()
                    yield done.get(), done_context
            while in_flight:
                done, done_context = in_flight.popleft()
                yield done.get(), done_context
        finally:
            if pool is not None:
                pool.terminate()
                pool.join()

    @property
    def _enough(self) -> int:
        """Items that keep every process worth starting busy."""
        return max(PARALLEL_FROM, min(self.jobs, MAX_JOBS_PER_CORE * default_jobs()) * BATCH)

    def _read_ahead(
        self, batches: Iterator[tuple[list[T], C]]
    ) -> tuple[list[tuple[list[T], C]], bool]:
        """The first batches, until they hold ``_enough`` items, or a few
        batches' worth were read (a warm cache answers whole batches, which
        then hold no item: reading on would hold every cached result), and
        whether that was all of them. Only items to work on count."""
        if self.jobs <= 1:
            return [], False
        most = 2 * self._enough // BATCH
        ahead: list[tuple[list[T], C]] = []
        items = 0
        for batch, context in batches:
            ahead.append((batch, context))
            items += len(batch)
            if items >= self._enough or len(ahead) >= most:
                return ahead, False
        return ahead, True

    def _worth(self, seen: int, whole: bool) -> int:
        """The processes worth starting once ``seen`` items were read: for
        all of them (``whole``), ``useful_jobs``; while more may follow, none
        below PARALLEL_FROM (the next batches decide), else what was asked."""
        if self.jobs <= 1:
            return 1
        if not whole and seen >= PARALLEL_FROM:
            seen = max(seen, self._enough)
        return useful_jobs(self.jobs, seen)


class _Work(Protocol[R]):
    def ready(self) -> bool: ...
    def get(self) -> list[R]: ...


@dataclass
class _Done(Generic[R]):
    outcomes: list[R]

    def ready(self) -> bool:
        return True

    def get(self) -> list[R]:
        return self.outcomes


@dataclass
class _Submitted(Generic[R]):
    result: multiprocessing.pool.AsyncResult[list[R]]

    def ready(self) -> bool:
        return self.result.ready()

    def get(self) -> list[R]:
        # A worker killed by a signal (the kernel's OOM killer) takes its task
        # with it and the pool never answers: waiting for it would hang forever.
        while not self.result.ready():
            self.result.wait(_DEATH_CHECK_SECONDS)
            died = _a_worker_died()
            if died is not None and not self.result.ready():
                raise AlignError(_death_message(died))
        return self.result.get()


_DEATH_CHECK_SECONDS = 0.25
# The worker processes of the running pool (one pool runs at a time; reset
# when it starts), to notice one that ended other than by finishing its tasks.
_WORKERS: list[Any] = []


def _a_worker_died() -> int | None:
    """The exit code of a worker that died (killed, or exited non-zero), if any.

    Each worker's exit code is read once: a worker can die between two reads,
    and forgetting the workers that had "exited" by a second read once dropped
    a killed one that the first read saw running, so its lost task was waited
    for forever (a rare hang in CI). The pool's own thread appends replacements
    meanwhile, so the list is pruned in place, never rebuilt from a copy."""
    codes = [(worker, worker.exitcode) for worker in list(_WORKERS)]
    for _, code in codes:
        if code not in (None, 0):
            return int(code)
    # Workers replaced after their WORKER_TASKS exit 0: forget them.
    for worker, code in codes:
        if code == 0:
            _WORKERS.remove(worker)
    return None


def _death_message(exit_code: int) -> str:
    if exit_code < 0:
        how = f"was killed by {signal.Signals(-exit_code).name}"
        if -exit_code == signal.SIGKILL:
            how += " (out of memory?)"
    else:
        how = f"exited with status {exit_code}"
    return f"a worker process {how} while linting; no report (--jobs 1 lints in one process)"


class _WatchedPool(multiprocessing.pool.Pool):
    """A Pool that keeps its worker processes where ``_Submitted.get`` can see
    them: Pool replaces a dead worker but loses its task. ``Process`` is the
    factory Pool makes every worker with, replacements included."""

    @staticmethod
    def Process(ctx: Any, *args: Any, **kwargs: Any) -> Any:  # Pool's own name
        process = ctx.Process(*args, **kwargs)
        _WORKERS.append(process)
        return process


# The function the worker processes run: set in the parent just before forking,
# so it is inherited, never pickled (a bound method holding a spaCy pipeline).
_FUNCTION: Callable[[list[Any]], list[Any]] | None = None


def _start_pool(function: Callable[[list[T]], list[R]], jobs: int) -> multiprocessing.pool.Pool:
    global _FUNCTION
    _FUNCTION = function
    _WORKERS.clear()
    context = multiprocessing.get_context("fork")
    # A worker's vocabulary grows with every new word it sees (numbers, names);
    # replacing workers now and then keeps a 100k-post run's memory flat.
    return _WatchedPool(
        jobs,
        maxtasksperchild=WORKER_TASKS,
        initializer=_quiet_on_signals,
        context=context,
    )


def _quiet_on_signals() -> None:
    """A worker leaves signals to the parent: it ignores Ctrl-C (sent to the
    whole process group; the parent stops the pool) and dies at once, without
    a traceback, on the SIGTERM with which the pool stops it (a fork inherits
    the parent's handler, which raises)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _call(batch: list[Any]) -> list[Any]:
    assert _FUNCTION is not None
    return _FUNCTION(batch)
