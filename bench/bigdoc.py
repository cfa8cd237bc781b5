"""Large documents and pathological token runs: time and memory of one file (issue 11).

    python bench/bigdoc.py                       # every case, table on stdout
    python bench/bigdoc.py --cases 1mb,5mb       # some of them
    python bench/bigdoc.py --make OUT_DIR        # only write the inputs
    python bench/bigdoc.py --out table.md        # also write the table there

Every case is one run of ``align lint --no-cache --format json --jobs 1`` on
inputs generated here (never committed), measured as the whole process:
user CPU time and peak resident memory (``wait4``'s rusage), which a shared
machine disturbs far less than wall time. The cases:

* ``1mb`` (1 MiB, over spaCy's max_length), ``2mb``, ``5mb``, ``10mb``, ``20mb``,
  ``50mb``: one Markdown
  file of realistic paragraphs, ``corpus.py``'s posts concatenated (the first
  post's front matter kept, the others' dropped, so the file is one long post);
* ``900kb``: the same, just under spaCy's ``max_length`` of 1,000,000;
* ``posts1mb``: generated posts as separate files, 1 MiB together: the
  reference for what a MB of text costs (the time per MB of a long post is
  best read against it on a shared machine);
* ``parens``: 16 KB of ``(`` in one line; ``abab``: 60 KB of ``ab-ab-…``;
* ``20long``: 20 long posts, 621 KB together (the size of a real blog's 20
  longest posts), in one directory.

The bounds of issue 11: ≤ 500 MB peak RSS for any single file up to 50 MB,
and time linear in size, ≤ 10 s per MB. Memory per MB is best read from
``1mb,2mb,5mb,10mb``: up to about 2 MB the peak is the model's batch, past it
what the analysis keeps per MB shows (bench/RESULTS.md, mem12).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (bench/ is scripts, not a package)

MB = 1_000_000


def body(index: int) -> str:
    """One generated post without its front matter."""
    text = corpus.post(index)
    if text.startswith("---\n"):
        text = text[text.index("\n---\n", 4) + 5 :]
    return text.lstrip("\n")


def front_matter(index: int) -> str:
    """The front matter of generated post ``index`` and a blank line."""
    text = corpus.post(index)
    return text[: text.index("\n---\n", 4) + 5] + "\n"


def bodies(size: int, first: int = 0) -> Iterator[str]:
    """Post bodies ``first``, ``first``+1, … (each once, so the text is not one
    block repeated), about ``size`` characters together, cut to exactly that."""
    written = 0
    index = first
    while written < size:
        part = (body(index) + "\n")[: size - written]
        written += len(part)
        index += 1
        yield part


def long_post(size: int, first: int = 0) -> str:
    """A Markdown post of about ``size`` characters: posts ``first``, ``first``+1, …
    one after another, under the first one's front matter."""
    head = front_matter(first)
    return head + "".join(bodies(size - len(head), first)).rstrip() + "\n"


def write_long(path: Path, size: int, first: int = 0) -> Path:
    """Write a long post piece by piece (a 50 MB one is never one string)."""
    head = front_matter(first)
    with path.open("w", encoding="utf-8") as out:
        out.write(head)
        for part in bodies(size - len(head) - 1, first):
            out.write(part)
        out.write("\n")
    return path


def write_posts(folder: Path, size: int) -> Path:
    """Generated posts as separate files, about ``size`` characters together:
    what the long post costs per MB is compared with this."""
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for name, text in corpus.posts(size // 500):
        if written >= size:
            break
        (folder / name).write_text(text, encoding="utf-8")
        written += len(text)
    return folder


def write_twenty_long(folder: Path, total: int = 621_000) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(20):
        text = long_post(total // 20, first=number * 400)
        (folder / f"long-{number:02d}.md").write_text(text, encoding="utf-8")
    return folder


@dataclass(frozen=True)
class Case:
    name: str
    what: str
    make: Callable[[Path], Path]


CASES = [
    Case("900kb", "one Markdown post, 900 KB", lambda d: write_long(d / "900kb.md", 900_000)),
    Case("1mb", "one Markdown post, 1 MiB", lambda d: write_long(d / "1mb.md", 1_048_576)),
    Case(
        "posts1mb",
        "the same 1 MiB as separate posts (reference)",
        lambda d: write_posts(d / "posts1mb", 1_048_576),
    ),
    Case("2mb", "one Markdown post, 2 MB", lambda d: write_long(d / "2mb.md", 2 * MB)),
    Case("5mb", "one Markdown post, 5 MB", lambda d: write_long(d / "5mb.md", 5 * MB)),
    Case("10mb", "one Markdown post, 10 MB", lambda d: write_long(d / "10mb.md", 10 * MB)),
    Case("20mb", "one Markdown post, 20 MB", lambda d: write_long(d / "20mb.md", 20 * MB)),
    Case("50mb", "one Markdown post, 50 MB", lambda d: write_long(d / "50mb.md", 50 * MB)),
    Case(
        "parens",
        "16 KB of `(` in one line",
        lambda d: _write(d / "parens.md", "(" * 16_000 + "\n"),
    ),
    Case(
        "abab",
        "60 KB of `ab-ab-…` in one line",
        lambda d: _write(d / "abab.md", "ab-" * 20_000 + "\n"),
    ),
    Case(
        "20long",
        "20 long posts (621 KB together)",
        lambda d: write_twenty_long(d / "20long"),
    ),
]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@dataclass(frozen=True)
class Measured:
    case: Case
    size: int
    exit: int
    user: float
    wall: float
    peak_mb: float
    stderr: str


def measure(case: Case, path: Path, command: Sequence[str]) -> Measured:
    start = time.perf_counter()
    process = subprocess.Popen(
        [*command, str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert process.stderr is not None
    stderr = process.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    size = sum(p.stat().st_size for p in _files(path))
    return Measured(
        case,
        size,
        os.waitstatus_to_exitcode(status),
        usage.ru_utime,
        wall,
        usage.ru_maxrss / 1024,
        stderr.strip().splitlines()[-1] if stderr.strip() else "",
    )


def _files(path: Path) -> Iterator[Path]:
    yield from sorted(path.rglob("*.md")) if path.is_dir() else [path]


def align_command() -> list[str]:
    return [sys.executable, "-m", "align_lint", "lint", "--no-cache", "--format", "json"]


def table(rows: list[Measured]) -> str:
    lines = [
        "| case | size | exit | user time | s per MB | wall time | peak RSS |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        per_mb = row.user / (row.size / MB)
        lines.append(
            f"| {row.case.what} | {row.size / MB:.2f} MB | {row.exit} | {row.user:.1f} s"
            f" | {per_mb:.1f} s | {row.wall:.1f} s | {row.peak_mb:.0f} MB |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", help="comma-separated case names [default: all]")
    parser.add_argument("--work", type=Path, help="where inputs go [default: a temporary dir]")
    parser.add_argument("--make", type=Path, help="only write the inputs into this directory")
    parser.add_argument("--jobs", default="1", help="align's --jobs [default: 1]")
    parser.add_argument("--out", type=Path, help="also write the table here")
    args = parser.parse_args(argv)
    names = args.cases.split(",") if args.cases else [c.name for c in CASES]
    unknown = set(names) - {c.name for c in CASES}
    if unknown:
        parser.error(f"unknown cases: {', '.join(sorted(unknown))}")
    chosen = [c for c in CASES if c.name in names]
    work = args.make or args.work or Path(tempfile.mkdtemp(prefix="align-bigdoc-"))
    work.mkdir(parents=True, exist_ok=True)
    inputs = {case.name: case.make(work) for case in chosen}
    if args.make:
        print(f"wrote {', '.join(inputs)} to {work}", file=sys.stderr)
        return 0
    command = [*align_command(), "--jobs", args.jobs]
    rows = []
    for case in chosen:
        row = measure(case, inputs[case.name], command)
        print(
            f"  {case.name}: exit {row.exit}, {row.user:.1f} s user, {row.peak_mb:.0f} MB"
            + (f"  [{row.stderr[:100]}]" if row.exit == 2 or row.exit > 2 else ""),
            file=sys.stderr,
        )
        rows.append(row)
    text = table(rows)
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
