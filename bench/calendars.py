"""Content calendars (issue 15): time and memory of a 10,000-row calendar.

    python bench/calendars.py                    # every case, table on stdout
    python bench/calendars.py --cases cal10k     # some of them
    python bench/calendars.py --jobs 2           # processes (default 1)
    python bench/calendars.py --make OUT_DIR     # only write the inputs
    python bench/calendars.py --server 1000      # the editor server on a calendar

Each case is one run of ``align lint --no-cache --format jsonl --jobs N`` (a
streaming format: no result is held) on inputs generated here from
``corpus.py``'s sentences (never committed), measured as the whole process:
wall and user+system CPU time and peak resident memory (``wait4``'s rusage).

* ``cal1k``, ``cal10k``: a CSV calendar of 1,000 and 10,000 rows (id, date,
  platform, author, goal, text; every fifth text a quoted multi-line cell
  with doubled quotes), so peak memory can be read against the row count;
* ``txt1k``: the first 1,000 rows' texts as separate ``.txt`` files: the
  reference per post (the target is the same cost per post as files).

``--server ROWS`` times the editor server's lint of an open ROWS-row calendar
in this process (the pipeline loaded first): the first lint, a lint after one
row's text changed, and one after a line was added at the top (which moves
every row's line and row number); only the changed rows are analysed again.

With ``--jobs 2`` the rows of one calendar are linted in two worker processes
(issue 15 (c)); the parent's own peak is its own column, since it reads the
calendar and writes every result while the workers lint.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (bench/ is scripts, not a package)

PLATFORMS = ("X", "LinkedIn", "Bluesky", "Threads", "LinkedIn, X")
KINDS = ("vanity", "aligned", "neutral")


def row_text(index: int) -> str:
    """One social post: one to four of the corpus's sentences."""
    rng = random.Random(f"calendar:{index}")
    kind = KINDS[index % 3]
    sentences = [
        corpus._decorate(corpus._sentence(kind, rng), rng) for _ in range(rng.randint(1, 4))
    ]
    if index % 5 == 0:  # a cell with a line break and a quotation
        sentences.insert(1, '"Worth it," said the team.\n')
    return " ".join(sentences)


def quoted(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"'


def write_calendar(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("id,date,platform,author,goal,text\r\n")
        for index in range(rows):
            platform = PLATFORMS[index % len(PLATFORMS)]
            out.write(
                f"P-{index},2026-{index % 12 + 1:02d}-{index % 28 + 1:02d},{quoted(platform)},"
                f"author{index % 7},pipeline,{quoted(row_text(index))}\r\n"
            )
    return path


def write_texts(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        (folder / f"post-{index:05d}.txt").write_text(row_text(index) + "\n", encoding="utf-8")
    return folder


CASES = {
    "cal1k": ("CSV calendar, 1,000 rows", 1_000, lambda d: write_calendar(d / "cal1k.csv", 1_000)),
    "cal10k": (
        "CSV calendar, 10,000 rows",
        10_000,
        lambda d: write_calendar(d / "cal10k.csv", 10_000),
    ),
    "txt1k": (
        "the same 1,000 texts as .txt files",
        1_000,
        lambda d: write_texts(d / "txt1k", 1_000),
    ),
}


def measure(target: Path, jobs: int) -> tuple[float, float, float, float, int]:
    """Wall seconds, CPU seconds (user + system, children included), peak RSS
    in MB of the largest process (the parent or a worker: ``wait4`` folds the
    workers' peaks in), the parent's own peak RSS in MB (``VmHWM``, read while
    it writes its results), and the number of documents reported."""
    command = [
        sys.executable, "-m", "align_lint", "lint", "--no-cache", "--format", "jsonl",
        "--jobs", str(jobs), str(target),
    ]  # fmt: skip
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert process.stdout is not None
    documents = 0
    parent_peak = 0
    for line in process.stdout:
        if line.startswith(b'{"path"'):
            documents += 1
            if documents % 100 == 0:
                parent_peak = max(parent_peak, _peak_kb(process.pid))
    parent_peak = max(parent_peak, _peak_kb(process.pid))  # the summary is not written yet
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"align failed on {target} (exit {os.waitstatus_to_exitcode(status)})")
    cpu = usage.ru_utime + usage.ru_stime
    return elapsed, cpu, usage.ru_maxrss / 1024, parent_peak / 1024, documents


def _peak_kb(pid: int) -> int:
    """A running process's peak resident memory so far, in kB (0 off Linux)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure_server(rows: int) -> None:
    """Seconds per server lint of an open calendar: first, one row edited, moved."""
    from align_lint.server.linters import Linters
    from align_lint.server.lsp import AlignServer

    with tempfile.TemporaryDirectory() as scratch:
        path = write_calendar(Path(scratch) / "plan.csv", rows)
        text = path.read_bytes().decode("utf-8")  # CRLF kept, as an editor holds it
        server = AlignServer()
        server.linters = Linters(Path(scratch))
        linter = server.linters.for_document(path)
        linter.analyzer  # noqa: B018 (loads the pipeline)
        analysed: list[int] = []
        lint_batch = linter.lint_batch

        def counted(sources: list[Any]) -> list[Any]:
            analysed.append(len(sources))
            return lint_batch(sources)

        linter.lint_batch = counted  # type: ignore[method-assign]
        middle = text.index(f"\r\nP-{rows // 2},") + 2
        edited = (
            text[:middle]
            + f"P-{rows // 2},2026-01-01,X,me,goal,We hit 9 likes.\r\n"
            + text[text.index("\r\nP-", middle) + 2 :]
        )
        moved = "id,date,platform,author,goal,text\r\n,,,,,\r\n" + edited.split("\r\n", 1)[1]
        print(f"| server lint of a {rows:,}-row calendar | seconds | rows analysed |")
        print("| --- | ---: | ---: |")
        for what, version in (("first", text), ("one row edited", edited), ("moved", moved)):
            analysed.clear()
            start = time.perf_counter()
            server.lint(path.as_uri(), path, version)
            took = time.perf_counter() - start
            print(f"| {what} | {took:.2f} | {sum(analysed)} |", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated case names")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--make", metavar="OUT_DIR", help="only write the inputs there")
    parser.add_argument("--server", type=int, metavar="ROWS", help="time the editor server")
    args = parser.parse_args(argv)
    if args.server:
        measure_server(args.server)
        return 0
    names = [name.strip() for name in args.cases.split(",") if name.strip()]
    unknown = [name for name in names if name not in CASES]
    if unknown:
        parser.error(f"unknown case {unknown[0]!r} (cases: {', '.join(CASES)})")
    if args.make:
        out = Path(args.make)
        out.mkdir(parents=True, exist_ok=True)
        for name in names:
            print(CASES[name][2](out))
        return 0
    print(f"--jobs {args.jobs}\n")
    print(
        "| case | what | documents | wall s | CPU s | ms CPU / post | peak RSS MB "
        "| parent peak RSS MB |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as scratch:
        for name in names:
            what, _, make = CASES[name]
            target = make(Path(scratch))
            wall, cpu, rss, parent, documents = measure(target, args.jobs)
            per_post = 1000 * cpu / max(documents, 1)
            print(
                f"| {name} | {what} | {documents} | {wall:.1f} | {cpu:.1f} | {per_post:.1f} "
                f"| {rss:.0f} | {parent:.0f} |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
