"""``align audit --engine dask``: one dask task per partition.

``client.map`` runs ``audit_task`` once per input file: it reads that file on
the worker, lints its rows and writes its output file, returning a small dict
of counts. So the texts never travel through the scheduler, the output is
partitioned like the input, the same partition code as the local engine runs
(the same findings), and a worker imports distributed, pyarrow and spaCy but
never pandas or dask.dataframe (a plain function, not a DataFrame: about
100 MB less per worker).

A run never waits for ever: it gives up with one line when no worker joins or
no worker is left running (dead, or paused by dask for memory) for
``PATIENCE`` seconds; a task that fails is one broken partition (one line
naming it, exit 2 at the end), and the other partitions go on.

The config and the rule packs travel as data (``ShippedConfig``: the Config
and the bytes of every pack file), so a worker needs only ``pip install
'align-lint[dask]'``. Each worker process makes its Linter (rules compiled,
spaCy pipeline loaded) once per shipped config and keeps it for every
partition after (``linter_for``), never once per partition.

dask and distributed are imported only inside these functions.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from align_lint.errors import AlignError
from align_lint.run.audit import AuditPlan, Partition, Tally, audit_partition
from align_lint.version import __version__

if TYPE_CHECKING:
    from align_lint.run.linter import Linter
    from align_lint.settings.config import Config

INSTALL_HINT = "pip install 'align-lint[dask]'"


def require_dask() -> None:
    import importlib.util

    missing = [name for name in ("dask", "distributed") if importlib.util.find_spec(name) is None]
    if missing:
        raise AlignError(
            f"--engine dask needs {' and '.join(missing)}: install them with {INSTALL_HINT}"
        )


# -- the config, as data --------------------------------------------------------------


@dataclass(frozen=True)
class ShippedConfig:
    """A Config and the files of its rule packs, as bytes: what a worker on
    another machine needs to lint as this one does. ``key`` names it (the
    cache of Linters per worker is keyed by it)."""

    key: str
    version: str
    config: bytes  # the pickled Config, its packs' paths as given here
    packs: tuple[tuple[bool, tuple[tuple[str, bytes], ...]], ...]  # (a directory?, files)


def ship(config: Config) -> ShippedConfig:
    from align_lint.datafiles.lines import read_data_file
    from align_lint.errors import RuleError
    from align_lint.rules.loader import pack_files

    packs = []
    for given in config.rules:
        path = Path(given)
        files = tuple(
            (file.name, read_data_file(file, given, RuleError)) for file in pack_files([path])
        )
        packs.append((path.is_dir(), files))
    pickled = pickle.dumps(config)
    digest = hashlib.sha256(pickled)
    for _, files in packs:
        for name, data in files:
            digest.update(name.encode() + b"\0" + data)
    return ShippedConfig(digest.hexdigest()[:16], __version__, pickled, tuple(packs))


def unpacked(shipped: ShippedConfig) -> Config:
    """The shipped Config with its packs written to a directory of this
    machine, their paths pointing there."""
    config: Config = pickle.loads(shipped.config)  # our own client's bytes
    if not shipped.packs:
        return config
    home = Path(tempfile.mkdtemp(prefix=f"align-packs-{shipped.key}-"))
    paths = []
    for number, (is_dir, files) in enumerate(shipped.packs):
        directory = home / str(number)
        directory.mkdir()
        for name, data in files:
            (directory / name).write_bytes(data)
        paths.append(str(directory if is_dir else directory / files[0][0]))
    return replace(config, rules=tuple(paths))


# One Linter per shipped config in each worker process, made on first use; a
# lock, because a worker with several threads would run them on one pipeline.
_LINTERS: dict[str, tuple[Linter, threading.Lock]] = {}
_MAKING = threading.Lock()
_LOADS = [0]  # Linters made in this process: the tests check it stays 1 per worker


def linter_for(shipped: ShippedConfig) -> tuple[Linter, threading.Lock]:
    with _MAKING:
        found = _LINTERS.get(shipped.key)
        if found is None:
            if shipped.version != __version__:
                raise AlignError(
                    f"this worker has align {__version__}, the client {shipped.version}: "
                    "install the same version everywhere"
                )
            from align_lint.run.linter import Linter

            found = _LINTERS[shipped.key] = (Linter(unpacked(shipped)), threading.Lock())
            _LOADS[0] += 1
        return found


def loads() -> int:
    """How many Linters this process has made (one per worker per config)."""
    return _LOADS[0]


# -- the tasks ------------------------------------------------------------------------

_COUNTS = ("partitions", "posts", "passed", "failed", "errors", "findings", "score_total")
# How long a run waits for a worker (to join, or to run again after every
# worker died or paused) before it gives up with one line: a cluster that
# cannot work must end the run, never hang it.
PATIENCE = 120.0
_POLL = 2.0  # seconds between looks at the cluster while no partition finishes


def audit_task(partition: Partition, plan: AuditPlan, shipped: ShippedConfig) -> dict[str, Any]:
    """The function mapped over the partitions: lint one partition on this
    worker, write its output, and return its counts as a small dict (plain
    data: a worker never needs pandas or dask.dataframe)."""
    linter, lock = linter_for(shipped)
    with lock:
        tally = audit_partition(linter, plan, partition)
    counts: dict[str, Any] = {name: getattr(tally, name) for name in _COUNTS}
    counts["broken"] = list(tally.broken)
    return counts


def _tally_of(counts: dict[str, Any]) -> Tally:
    tally = Tally(broken=list(counts["broken"]))
    for name in _COUNTS:
        setattr(tally, name, int(counts[name]))
    return tally


def absolute(plan: AuditPlan) -> AuditPlan:
    """The plan with absolute paths: a worker's working directory is its own."""
    partitions = tuple(replace(p, path=str(Path(p.path).resolve())) for p in plan.partitions)
    return replace(plan, partitions=partitions, output=plan.output.resolve())


def audit_dask(
    config: Config,
    plan: AuditPlan,
    partitions: Sequence[Partition],
    *,
    scheduler: str | None,
    workers: int,
    on_partition: Callable[[Tally], None],
    patience: float = PATIENCE,
) -> Tally:
    """Every partition on a dask cluster: the one at ``scheduler``, or a
    LocalCluster of ``workers`` single-threaded processes. One task per
    partition (``client.map``); the counts come back in partition order.
    A cluster with no worker able to run for ``patience`` seconds ends the
    run with an AlignError (one line); a task that fails is counted as a
    broken partition, as an unreadable file is."""
    plan = absolute(plan)
    todo = [replace(p, path=str(Path(p.path).resolve())) for p in partitions]
    if not todo:
        return Tally()
    shipped = ship(config)
    with _client(scheduler, workers, patience) as client:
        where = scheduler or "the local cluster"
        _wait_for_a_worker(client, where, patience)
        futures = client.map(audit_task, todo, plan=plan, shipped=shipped, pure=False)
        done = _gather(client, futures, todo, where, patience, on_partition)
    tally = Tally()
    for part in done:
        tally.merge(part)
    return tally


def _wait_for_a_worker(client: Any, where: str, patience: float) -> None:
    from distributed import TimeoutError as DaskTimeout

    try:
        client.wait_for_workers(1, timeout=patience)
    except (DaskTimeout, TimeoutError):
        raise AlignError(
            f"--engine dask: {where} {_idle_state(client)} for {patience:.0f} s; giving up"
        ) from None


def _gather(
    client: Any,
    futures: list[Any],
    todo: Sequence[Partition],
    where: str,
    patience: float,
    on_partition: Callable[[Tally], None],
) -> list[Tally]:
    """Each partition's counts as its task ends (``on_partition`` hears of it),
    in partition order. Waits in short steps, so that a cluster left with no
    running worker (all dead, or paused for memory) is noticed, not waited on."""
    from distributed import TimeoutError as DaskTimeout
    from distributed import wait

    index = {future.key: number for number, future in enumerate(futures)}
    results: list[Tally | None] = [None] * len(futures)
    pending = set(futures)
    idle_since: float | None = None
    while pending:
        try:
            finished, pending = wait(pending, timeout=_POLL, return_when="FIRST_COMPLETED")
        except (DaskTimeout, TimeoutError):
            idle_since = _check_workers(client, where, patience, idle_since)
            continue
        for future in finished:
            number = index[future.key]
            part = _result(future, todo[number])
            results[number] = part
            on_partition(part)
    return [part for part in results if part is not None]


def _result(future: Any, partition: Partition) -> Tally:
    """The task's counts; a task that failed is a broken partition, one line
    naming it (as an unreadable file is), and the others go on."""
    from distributed import KilledWorker
    from distributed.utils import CancelledError

    try:
        return _tally_of(future.result())
    except CancelledError as exc:  # not the task's doing: the scheduler dropped it
        raise AlignError(
            f"--engine dask: {partition.path} was cancelled ({_one_line(exc)}); "
            "did the scheduler go away?"
        ) from None
    except KilledWorker:
        problem = "dask workers died running it three times (out of memory? see their logs)"
    except Exception as exc:  # the task's own error, raised here by dask
        problem = f"failed on a dask worker: {_one_line(exc)}"
    return Tally(partitions=1, broken=[f"{partition.path}: {problem}"])


def _one_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__


def _check_workers(
    client: Any, where: str, patience: float, idle_since: float | None
) -> float | None:
    """None while some worker runs; else since when none has, and an
    AlignError once that is longer than ``patience``."""
    import time

    try:
        statuses = _statuses(client)
    except OSError as exc:  # distributed's CommClosedError is one
        raise AlignError(f"--engine dask: lost {where}: {_one_line(exc)}") from None
    if "running" in statuses:
        return None
    now = time.monotonic()
    if idle_since is None:
        return now
    if now - idle_since > patience:
        raise AlignError(
            f"--engine dask: {where} {_idle_state(client)} for {patience:.0f} s; giving up"
        )
    return idle_since


def _statuses(client: Any) -> list[str]:
    return [str(w.get("status")) for w in client.scheduler_info()["workers"].values()]


def _idle_state(client: Any) -> str:
    """Why a cluster runs nothing: no workers, or workers none of which runs."""
    statuses = _statuses(client)
    if not statuses:
        return "has had no worker"
    return f"has had {len(statuses)} workers, none running ({', '.join(sorted(set(statuses)))})"


def local_cluster(workers: int) -> Any:
    """The LocalCluster of ``--engine dask`` without ``--scheduler``: one
    single-threaded process per worker (spaCy is CPU-bound Python), no
    dashboard, no profiler, dask's logs only for warnings, and no memory limit. The local
    engine has none either, and dask's default (the machine's memory split
    between workers) pauses a worker at 80 % of its share: on a busy machine
    every worker paused would leave the tasks waiting for ever."""
    import dask.config
    from distributed import LocalCluster

    # No profiler in the workers: dask samples every task's stack every 10 ms,
    # CPU and memory that a lint run never looks at. (A nanny hands the config
    # it was made with to its worker process.)
    with dask.config.set({"distributed.worker.profile.enabled": False}):
        return LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.WARNING,
            memory_limit=0,
        )


class _client:
    """A Client of the scheduler, or of a LocalCluster made for this run (and
    closed after it)."""

    def __init__(self, scheduler: str | None, workers: int, patience: float) -> None:
        self.scheduler = scheduler
        self.workers = workers
        self.patience = patience
        self._cluster: Any = None
        self._client: Any = None

    def __enter__(self) -> Any:
        from distributed import Client

        if self.scheduler:
            try:
                self._client = Client(self.scheduler, timeout=f"{min(self.patience, 20)}s")
            except (OSError, TimeoutError) as exc:
                raise AlignError(f"--scheduler {self.scheduler}: cannot connect ({exc})") from None
            return self._client
        try:
            self._cluster = local_cluster(self.workers)
        except (OSError, TimeoutError, RuntimeError) as exc:
            raise AlignError(
                f"--engine dask: the local cluster did not start: {_one_line(exc)}"
            ) from None
        self._client = Client(self._cluster)
        return self._client

    def __exit__(self, *exc: object) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
