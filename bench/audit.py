"""``align audit``: --engine dask on a LocalCluster against --engine local.

    python bench/audit.py [-n 20000] [--partitions 8] [--jobs 2] [--rounds 1]

Writes ``-n`` posts from bench/corpus.py into ``--partitions`` Parquet files,
then audits them with ``--engine local --jobs N`` and ``--engine dask --jobs N``
(a LocalCluster of N single-threaded workers), alternating A, B, A, B for
``--rounds`` rounds so a busy machine slows both alike. Prints, per run, the
wall time, posts per second (and per worker), and the peak resident memory of
the largest process under align (a forked worker or a dask worker), sampled
every 0.2 s with psutil (installed with dask), and the machine's load average
at the end of the run (a shared machine slows both engines). Issue 17's targets: dask within
1.3 x local, at most 400 MB per worker.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent


def _corpus() -> object:
    spec = importlib.util.spec_from_file_location("align_bench_corpus", HERE / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_tables(folder: Path, count: int, partitions: int) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    posts = list(_corpus().posts(count))  # type: ignore[attr-defined]
    size = -(-count // partitions)
    folder.mkdir(parents=True)
    for number in range(partitions):
        part = posts[number * size : (number + 1) * size]
        table = pa.table({"id": [name for name, _ in part], "text": [text for _, text in part]})
        pq.write_table(table, folder / f"part-{number:03}.parquet")


def run(engine: str, jobs: int, tables: Path, out: Path) -> tuple[float, int]:
    """Wall seconds and the peak RSS (bytes) of the largest descendant process."""
    shutil.rmtree(out, ignore_errors=True)
    command = [
        sys.executable, "-m", "align_lint", "audit", str(tables), "--text-column", "text",
        "--id-column", "id", "--markup", "markdown", "-o", str(out), "--engine", engine,
        "--jobs", str(jobs), "--exit-zero",
    ]  # fmt: skip
    start = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    parent = psutil.Process(process.pid)
    peak: dict[int, int] = {}
    while process.poll() is None:
        try:
            for child in parent.children(recursive=True):
                try:
                    rss = child.memory_info().rss
                except psutil.Error:
                    continue
                peak[child.pid] = max(peak.get(child.pid, 0), rss)
        except psutil.Error:
            pass
        time.sleep(0.2)
    elapsed = time.perf_counter() - start
    stderr = process.stderr.read() if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"{engine}: exit {process.returncode}\n{stderr}")
    print(f"  {engine}: {stderr.strip().splitlines()[-1]}", file=sys.stderr)
    return elapsed, max(peak.values(), default=0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=20000)
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="align-bench-audit-"))
    try:
        write_tables(work / "in", args.n, args.partitions)
        times: dict[str, list[float]] = {"local": [], "dask": []}
        print(f"{args.n} posts, {args.partitions} partitions, {args.jobs} workers")
        print(
            "| round | engine | seconds | posts/s | posts/s per worker | peak RSS per worker "
            "| load average (1 min) |"
        )
        print("| --- | --- | --- | --- | --- | --- | --- |")
        for round_number in range(1, args.rounds + 1):
            for engine in ("local", "dask"):
                seconds, rss = run(engine, args.jobs, work / "in", work / f"out-{engine}")
                times[engine].append(seconds)
                rate = args.n / seconds
                print(
                    f"| {round_number} | {engine} | {seconds:.1f} | {rate:.0f} | "
                    f"{rate / args.jobs:.0f} | {rss / 2**20:.0f} MB | {os.getloadavg()[0]:.1f} |",
                    flush=True,
                )
        ratio = min(times["dask"]) / min(times["local"])
        print(f"\ndask / local (best of each): {ratio:.2f} x (target <= 1.3 x)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
