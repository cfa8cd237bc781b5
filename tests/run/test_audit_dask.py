"""``--engine dask``: the config and rule packs travel as data, each worker
process makes one Linter per config (never one per partition), and a
LocalCluster of two workers writes what the local engine writes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.conftest import EXAMPLES
from tests.run.audit_corpus import make_posts, write_partitions
from tests.run.test_audit import read_results

from align_lint.errors import AlignError
from align_lint.run import dask_engine
from align_lint.run.audit import AuditPlan, audit_local, find_partitions, rule_categories
from align_lint.run.linter import Linter
from align_lint.settings.config import Config

pytest.importorskip("pyarrow")
pytest.importorskip("dask.dataframe")
pytest.importorskip("distributed")

POSTS = make_posts(40, seed=5)


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

    frames = [dask_engine.audit_task(p, remote, shipped) for p in remote.partitions]

    assert dask_engine.loads() == before + 1, "one Linter for both partitions"
    assert [int(frame["posts"].iloc[0]) for frame in frames] == [15, 25]
    assert read_results(tmp_path / "dask") == read_results(tmp_path / "local")


def test_a_worker_of_another_align_version_says_so(tmp_path: Path) -> None:
    shipped = dask_engine.ship(Config())
    other = dask_engine.ShippedConfig("elsewhere", "0.0.1", shipped.config, shipped.packs)
    with pytest.raises(AlignError, match="install the same version everywhere"):
        dask_engine.linter_for(other)


@pytest.mark.slow
def test_a_local_cluster_of_two_workers_writes_what_the_local_engine_writes(
    tmp_path: Path, linter: Linter
) -> None:
    from distributed import Client, LocalCluster

    posts = make_posts(300, seed=9)
    layout = [(f"part-{n}.parquet", 50) for n in range(6)]
    inputs = write_partitions(tmp_path / "in", posts, layout)
    partitions = find_partitions([str(inputs)])
    categories = rule_categories(linter)
    local = AuditPlan(partitions, tmp_path / "local", "body", "post_id", categories=categories)
    audit_local(linter, local, partitions, jobs=1, on_partition=lambda done: None)
    plan = AuditPlan(partitions, tmp_path / "dask", "body", "post_id", categories=categories)
    done: list[int] = []

    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
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

    assert read_results(tmp_path / "dask") == read_results(tmp_path / "local")
    assert tally.posts == 300 and sorted(done) == [50] * 6
    # Six partitions, two workers: each made its Linter once (or never, if the
    # other took every partition), not once per partition.
    assert sorted(loads.values()) in ([0, 1], [1, 1])


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
