"""``align audit --engine dask``: the partitions of an audit as a dask DataFrame.

``dask.dataframe.from_map`` makes one partition per input file; the function
mapped over them (``audit_task``) reads that file on the worker, lints its rows
and writes its output file, returning one row of counts. So the texts never
travel through the scheduler, the output is partitioned like the input, and
the same partition code as the local engine runs (the same findings).

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
    import pandas as pd

    from align_lint.run.linter import Linter
    from align_lint.settings.config import Config

INSTALL_HINT = "pip install 'align-lint[dask]'"


def require_dask() -> None:
    import importlib.util

    missing = [
        name for name in ("dask", "distributed", "pandas") if importlib.util.find_spec(name) is None
    ]
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
    from align_lint.rules.loader import pack_files

    packs = []
    for given in config.rules:
        path = Path(given)
        files = tuple((file.name, file.read_bytes()) for file in pack_files([path]))
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


# -- the dask DataFrame ---------------------------------------------------------------

_COUNTS = ("partitions", "posts", "passed", "failed", "errors", "findings", "score_total")


def audit_task(partition: Partition, plan: AuditPlan, shipped: ShippedConfig) -> pd.DataFrame:
    """The function mapped over the partitions: lint one partition on this
    worker, write its output, and return its counts as a one-row frame."""
    import pandas as pd

    linter, lock = linter_for(shipped)
    with lock:
        tally = audit_partition(linter, plan, partition)
    row: dict[str, Any] = {name: [getattr(tally, name)] for name in _COUNTS}
    row["broken"] = ["\n".join(tally.broken)]
    return pd.DataFrame(row)


def _meta() -> pd.DataFrame:
    import pandas as pd

    frame = pd.DataFrame({name: pd.Series(dtype="int64") for name in _COUNTS})
    frame["broken"] = pd.Series(dtype="object")
    return frame


def _tally_of(frame: pd.DataFrame) -> Tally:
    tally = Tally()
    for record in frame.to_dict("records"):
        for name in _COUNTS:
            setattr(tally, name, getattr(tally, name) + int(record[name]))
        if record["broken"]:
            tally.broken.extend(str(record["broken"]).split("\n"))
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
) -> Tally:
    """Every partition on a dask cluster: the one at ``scheduler``, or a
    LocalCluster of ``workers`` single-threaded processes."""
    import dask.dataframe as dd
    from distributed import as_completed

    plan = absolute(plan)
    todo = [replace(p, path=str(Path(p.path).resolve())) for p in partitions]
    tally = Tally()
    if not todo:
        return tally
    shipped = ship(config)
    frame = dd.from_map(
        audit_task,
        todo,
        args=(plan, shipped),
        meta=_meta(),
        label="align-audit",
        enforce_metadata=False,
    )
    with _client(scheduler, workers) as client:
        futures = client.compute(frame.to_delayed())
        for future in as_completed(futures):
            done = _tally_of(future.result())
            tally.merge(done)
            on_partition(done)
    return tally


class _client:
    """A Client of the scheduler, or of a LocalCluster made for this run (and
    closed after it); dask's own logging only for warnings."""

    def __init__(self, scheduler: str | None, workers: int) -> None:
        self.scheduler = scheduler
        self.workers = workers
        self._cluster: Any = None
        self._client: Any = None

    def __enter__(self) -> Any:
        from distributed import Client, LocalCluster

        if self.scheduler:
            try:
                self._client = Client(self.scheduler, timeout="20s")
            except (OSError, TimeoutError) as exc:
                raise AlignError(f"--scheduler {self.scheduler}: cannot connect ({exc})") from None
            return self._client
        self._cluster = LocalCluster(
            n_workers=self.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.WARNING,
        )
        self._client = Client(self._cluster)
        return self._client

    def __exit__(self, *exc: object) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
