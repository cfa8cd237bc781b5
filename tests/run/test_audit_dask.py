"""``--engine dask``: the config and rule packs travel as data, each worker
process makes one Linter per config (never one per partition), a LocalCluster
of two workers writes what the local engine writes, and a cluster that cannot
work (no worker joins, every worker paused, a task fails) ends the run with
one line instead of waiting for ever. No test here can hang CI: each is
bounded by an alarm that fails it with a message (``bounded``)."""

from __future__ import annotations

import shutil
import signal
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from tests.conftest import EXAMPLES
from tests.run.audit_corpus import make_posts, write_partitions
from tests.run.test_audit import read_results

from align_lint.documents.sources import Source
from align_lint.errors import AlignError
from align_lint.run import dask_engine
from align_lint.run.audit import (
    AuditPlan,
    Partition,
    Tally,
    audit_local,
    audit_partition,
    find_partitions,
    rule_categories,
)
from align_lint.run.linter import Linter, Outcome
from align_lint.settings.config import Config

pytest.importorskip("pyarrow")
pytest.importorskip("distributed")

POSTS = make_posts(40, seed=5)
# The longest a test of this module may take: the LocalCluster ones take about
# 40 s on a quiet machine of 2 cores, a few minutes under CI's load.
BOUND = 420


@pytest.fixture(autouse=True)
def bounded() -> Iterator[None]:
    """Fail the test (with a traceback of where it waited) after BOUND
    seconds, rather than let a stuck cluster hang the CI run."""

    def expired(signum: int, frame: FrameType | None) -> None:
        pytest.fail(f"still running after {BOUND} s: a dask wait that never ended")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(BOUND)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def custom_config(tmp_path: Path) -> Config:
    """A config naming a company pack in a folder that workers do not have."""
    packs = tmp_path / "client-only" / "rules"
    shutil.copytree(EXAMPLES / "custom" / "rules", packs)
    return Config(rules=(str(packs),))


def test_shipped_config_carries_the_packs_bytes_to_a_machine_without_them(
    tmp_path: Path,
) -> None:
    config = custom_config(tmp_path)
    shipped = dask_engine.ship(config)
    assert dask_engine.ship(config).key == shipped.key, "the same config, the same key"
    shutil.rmtree(tmp_path / "client-only")  # the worker's machine has no such folder

    unpacked = dask_engine.unpacked(shipped)

    assert unpacked.rules != config.rules and Path(unpacked.rules[0]).is_dir()
    rules = {rule.id for rule in Linter(unpacked).catalog.rules}
    assert "acme-old-product-name" in rules


def test_a_worker_makes_one_linter_per_config_and_the_task_writes_like_local(
    tmp_path: Path, linter: Linter
) -> None:
    inputs = write_partitions(tmp_path / "in", POSTS, [("a.parquet", 15), ("b.csv", 25)])
    partitions = find_partitions([str(inputs)])
    categories = rule_categories(linter)
    local = AuditPlan(partitions, tmp_path / "local", "body", "post_id", categories=categories)
    audit_local(linter, local, partitions, jobs=1, on_partition=lambda done: None)
    remote = dask_engine.absolute(
        AuditPlan(partitions, tmp_path / "dask", "body", "post_id", categories=categories)
    )
    shipped = dask_engine.ship(Config())
    before = dask_engine.loads()

    counts = [dask_engine.audit_task(p, remote, shipped) for p in remote.partitions]

    assert dask_engine.loads() == before + 1, "one Linter for both partitions"
    assert [part["posts"] for part in counts] == [15, 25]
    assert read_results(tmp_path / "dask") == read_results(tmp_path / "local")


def test_a_partition_is_linted_a_batch_at_a_time_as_the_local_engine_does(
    tmp_path: Path, linter: Linter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parsed documents of a whole read (READ_ROWS) held at once made a
    dask worker larger than a local one."""
    from align_lint.run.workers import BATCH

    plan, _ = small_audit(tmp_path)
    sizes: list[int] = []
    real = linter.lint_batch

    def counted(sources: list[Source]) -> list[Outcome]:
        sizes.append(len(sources))
        outcomes: list[Outcome] = real(sources)
        return outcomes

    monkeypatch.setattr(linter, "lint_batch", counted)
    rows = 2 * BATCH + 5
    inputs = write_partitions(tmp_path / "big", make_posts(rows), [("c.parquet", rows)])
    (partition,) = find_partitions([str(inputs)])
    tally = audit_partition(linter, replace(plan, output=tmp_path / "o"), partition)
    assert tally.posts == rows and sizes == [BATCH, BATCH, 5]


def test_a_worker_of_another_align_version_says_so(tmp_path: Path) -> None:
    shipped = dask_engine.ship(Config())
    other = dask_engine.ShippedConfig("elsewhere", "0.0.1", shipped.config, shipped.packs)
    with pytest.raises(AlignError, match="install the same version everywhere"):
        dask_engine.linter_for(other)


def small_audit(tmp_path: Path) -> tuple[AuditPlan, tuple[Partition, ...]]:
    inputs = write_partitions(tmp_path / "in", POSTS, [("a.parquet", 20), ("b.csv", 20)])
    partitions = find_partitions([str(inputs)])
    return AuditPlan(partitions, tmp_path / "out", "body", "post_id"), partitions


def audit_on(cluster: Any, plan: AuditPlan, partitions: list[Partition], patience: float) -> Tally:
    """The small audit on ``cluster``'s scheduler, waiting ``patience`` seconds."""
    return dask_engine.audit_dask(
        Config(),
        plan,
        partitions,
        scheduler=cluster.scheduler_address,
        workers=1,  # only a LocalCluster of align's own is sized by it
        on_partition=lambda part: None,
        patience=patience,
    )


def test_a_cluster_that_no_worker_joins_ends_in_one_line(tmp_path: Path) -> None:
    from distributed import LocalCluster

    plan, partitions = small_audit(tmp_path)
    with LocalCluster(n_workers=0, processes=False, dashboard_address=None) as cluster:
        started = time.monotonic()
        with pytest.raises(AlignError, match=r"has had no worker for 2 s; giving up"):
            audit_on(cluster, plan, partitions, patience=2)
    assert time.monotonic() - started < 30


def test_a_cluster_whose_every_worker_is_paused_ends_in_one_line(tmp_path: Path) -> None:
    """A worker paused (dask does it at 80 % of its memory limit) takes no
    task: with every worker paused the tasks would wait for ever."""
    from distributed import LocalCluster
    from distributed.core import Status

    plan, partitions = small_audit(tmp_path)
    # No memory limit: dask's memory monitor would resume a worker paused by hand.
    with LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None, memory_limit=0
    ) as cluster:
        for worker in cluster.workers.values():
            worker.status = Status.paused
        with pytest.raises(AlignError, match=r"has had 1 workers, none running \(paused\) for 2 s"):
            audit_on(cluster, plan, partitions, patience=2)
    assert not (tmp_path / "out" / "a.parquet").exists()


def test_a_task_that_fails_on_a_worker_is_one_line_naming_its_partition(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from distributed import LocalCluster

    def broken_on_csv(linter: Linter, plan: AuditPlan, partition: Partition) -> object:
        if partition.kind == "csv":
            raise RuntimeError("disk full\nand more lines")
        return audit_partition(linter, plan, partition)

    monkeypatch.setattr(dask_engine, "audit_partition", broken_on_csv)  # the worker is a thread
    plan, partitions = small_audit(tmp_path)
    with LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        tally = audit_on(cluster, plan, partitions, patience=5)
    csv = Path(partitions[1].path).resolve()
    assert tally.broken == [f"{csv}: failed on a dask worker: RuntimeError: disk full"]
    assert tally.partitions == 2 and tally.posts == 20, "the other partition was audited"
    assert (tmp_path / "out" / "a.parquet").exists()


def test_a_partition_the_scheduler_cancels_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    from distributed import Client, LocalCluster

    _, partitions = small_audit(tmp_path)
    with (
        LocalCluster(n_workers=0, processes=False, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        future = client.submit(sum, [1, 2])  # no worker: it waits, then is cancelled
        client.cancel(future)
        with pytest.raises(AlignError, match=r"a\.parquet was cancelled .* scheduler go away"):
            dask_engine._result(future, partitions[0])


@pytest.mark.slow
def test_a_local_cluster_of_two_workers_writes_what_the_local_engine_writes(
    tmp_path: Path, linter: Linter
) -> None:
    from distributed import Client

    posts = make_posts(300, seed=9)
    layout = [(f"part-{n}.parquet", 50) for n in range(6)]
    inputs = write_partitions(tmp_path / "in", posts, layout)
    partitions = find_partitions([str(inputs)])
    categories = rule_categories(linter)
    local = AuditPlan(partitions, tmp_path / "local", "body", "post_id", categories=categories)
    audit_local(linter, local, partitions, jobs=1, on_partition=lambda done: None)
    plan = AuditPlan(partitions, tmp_path / "dask", "body", "post_id", categories=categories)
    done: list[int] = []

    with dask_engine.local_cluster(2) as cluster:  # the cluster --engine dask makes
        tally = dask_engine.audit_dask(
            Config(),
            plan,
            partitions,
            scheduler=cluster.scheduler_address,
            workers=2,
            on_partition=lambda part: done.append(part.posts),
        )
        with Client(cluster) as client:
            loads = client.run(dask_engine.loads)
            # pandas is not named: pyarrow imports it whenever it is installed
            # (the [dask] extra no longer installs it).
            heavy = client.run(lambda: "dask.dataframe" in sys.modules)
            profiling = client.run(
                lambda: __import__("dask").config.get("distributed.worker.profile.enabled")
            )

    assert read_results(tmp_path / "dask") == read_results(tmp_path / "local")
    assert tally.posts == 300 and sorted(done) == [50] * 6
    # Six partitions, two workers: each made its Linter once (or never, if the
    # other took every partition), not once per partition.
    assert sorted(loads.values()) in ([0, 1], [1, 1])
    assert not any(heavy.values()), "a worker needs no dask.dataframe"
    assert not any(profiling.values()), "no profiler sampling the workers' stacks"


@pytest.mark.slow
def test_the_command_on_a_local_cluster(tmp_path: Path, run_process: object) -> None:
    inputs = write_partitions(tmp_path / "in", POSTS, [("a.parquet", 20), ("b.jsonl", 20)])
    args = ["audit", str(inputs), "--text-column", "body", "--id-column", "post_id"]
    local = run_process(*args, "-o", str(tmp_path / "local"))  # type: ignore[operator]
    dask = run_process(*args, "-o", str(tmp_path / "dask"), "--engine", "dask", "-j", "2")  # type: ignore[operator]
    assert dask.returncode == local.returncode == 1 and dask.stdout == ""
    assert (
        dask.stderr.splitlines()[-1].split(" → ")[0]
        == local.stderr.splitlines()[-1].split(" → ")[0]
    )
    assert read_results(tmp_path / "dask") == read_results(tmp_path / "local")
