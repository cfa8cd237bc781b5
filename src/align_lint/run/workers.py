"""Running a lint over many files: the cache, worker processes, progress.

Sources (a display name and the file's bytes) are read lazily and handled in
batches. For each batch the parent process answers what it can from the cache;
the rest is linted, in the parent or, for large inputs with ``jobs`` > 1, in
worker processes forked from the parent after it has loaded the pipeline (so
the model is loaded once and shared). A bounded number of batches is in flight
at a time, results come back in input order whatever finishes first, and only
the parent writes the cache. Output is therefore the same, byte for byte, for
any ``jobs`` and with or without a cache.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Protocol, TypeVar

from align_lint.errors import InputError
from align_lint.report.records import DocumentResult

if TYPE_CHECKING:
    from align_lint.documents import Document
    from align_lint.run.cache import ResultCache
    from align_lint.run.linter import Linter

T = TypeVar("T")
BATCH = 32  # documents per task: enough to keep nlp.pipe's batches full
PARALLEL_FROM = 64  # fewer documents than this are linted in one process
WORKER_TASKS = 40  # batches a worker process lints before a fresh one replaces it


@dataclass(frozen=True)
class Source:
    name: str
    data: bytes


Outcome = DocumentResult | InputError


class Progress(Protocol):
    def advance(self, count: int = 1) -> None: ...


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def lint_sources(
    linter: Linter,
    sources: Iterable[Source | InputError],
    *,
    jobs: int = 1,
    expected: int = 0,
    cache: ResultCache | None = None,
    on_error: Callable[[InputError], None] | None = None,
    progress: Progress | None = None,
) -> Iterator[DocumentResult]:
    """Results in input order; unreadable sources go to ``on_error`` (or raise)."""

    def fail(error: InputError) -> None:
        if on_error is None:
            raise error
        on_error(error)

    pool: multiprocessing.pool.Pool | None = None
    in_flight: deque[tuple[list[Outcome | str | Source], Batch]] = deque()
    try:
        for batch in _batches(sources, BATCH):
            slots: list[Outcome | str | Source] = []  # done, a cache key, or to lint
            todo: list[Source] = []
            for item in batch:
                if isinstance(item, InputError):
                    slots.append(item)
                    continue
                key = cache.key(item.name, item.data) if cache else None
                hit = cache.get(key) if cache and key else None
                slots.append(hit or key or item)
                if hit is None:
                    todo.append(item)
            if todo and pool is None and jobs > 1 and expected >= PARALLEL_FROM:
                linter.engine  # noqa: B018 - load before forking, so workers share it
                pool = _start_pool(linter, jobs)
            work: Batch = (
                _Submitted(pool.apply_async(_lint_batch, (todo,)))
                if pool is not None and todo
                else _Done(_lint_batch(todo, linter) if todo else [])
            )
            in_flight.append((slots, work))
            while in_flight and (len(in_flight) > 2 * jobs or in_flight[0][1].ready()):
                yield from _finish(*in_flight.popleft(), cache, fail, progress)
        while in_flight:
            yield from _finish(*in_flight.popleft(), cache, fail, progress)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()


class Batch(Protocol):
    def ready(self) -> bool: ...
    def get(self) -> list[Outcome]: ...


@dataclass
class _Done:
    outcomes: list[Outcome]

    def ready(self) -> bool:
        return True

    def get(self) -> list[Outcome]:
        return self.outcomes


@dataclass
class _Submitted:
    result: multiprocessing.pool.AsyncResult[list[Outcome]]

    def ready(self) -> bool:
        return self.result.ready()

    def get(self) -> list[Outcome]:
        return self.result.get()


def _finish(
    slots: list[Outcome | str | Source],
    work: Batch,
    cache: ResultCache | None,
    fail: Callable[[InputError], None],
    progress: Progress | None,
) -> Iterator[DocumentResult]:
    linted = iter(work.get())
    for slot in slots:
        if isinstance(slot, (str, Source)):
            outcome = next(linted)
            if cache is not None and isinstance(slot, str) and isinstance(outcome, DocumentResult):
                cache.put(slot, outcome)
        else:
            outcome = slot
        if progress is not None:
            progress.advance()
        if isinstance(outcome, InputError):
            fail(outcome)
        else:
            yield outcome


def _batches(
    items: Iterable[Source | InputError], size: int
) -> Iterator[list[Source | InputError]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


# The worker processes' Linter: set in the parent just before forking.
_WORKER: Linter | None = None


def _start_pool(linter: Linter, jobs: int) -> multiprocessing.pool.Pool:
    global _WORKER
    _WORKER = linter
    context = multiprocessing.get_context("fork")
    # A worker's vocabulary grows with every new word it sees (numbers, names);
    # replacing workers now and then keeps a 100k-post run's memory flat.
    return context.Pool(jobs, maxtasksperchild=WORKER_TASKS)


def _lint_batch(sources: list[Source], linter: Linter | None = None) -> list[Outcome]:
    """One outcome per source, in order: a result, or the error that stopped it."""
    from align_lint.documents.sources import document_from_bytes

    linter = linter or _WORKER
    assert linter is not None
    outcomes: list[Outcome | None] = []
    documents = []
    for source in sources:
        try:
            documents.append((len(outcomes), document_from_bytes(source.data, source.name)))
            outcomes.append(None)
        except InputError as error:
            outcomes.append(error)
    current = -1

    def tracked() -> Iterator[Document]:
        nonlocal current
        for position, document in documents:
            current = position
            yield document

    def front_matter_error(error: InputError) -> None:
        outcomes[current] = error  # lint_documents reports it as it reads that document

    results = iter(list(linter.lint_documents(tracked(), on_error=front_matter_error)))
    return [outcome if outcome is not None else next(results) for outcome in outcomes]
