"""Probe sentences written by class (issue 10), one verdict each.

    python bench/probes.py                 # wrong verdicts per file and in all
    python bench/probes.py --show          # also each wrong line with its findings

Each file in ``bench/probes/`` holds lines under ``## vanity`` (each line alone
must fail, as a post that brags without an outcome) and ``## clean`` (each line
alone must pass: aligned or neutral). The sentences are the maintainers' own,
written for a class of construction, sense or tie with its near misses; they
are never copied from the labelled development sets. Some are known misses,
kept to measure the next round: this is a benchmark, not a test.
"""

from __future__ import annotations

import os

# As the align command does (cli.main): one BLAS thread. In process, numpy's
# OpenBLAS otherwise starts a thread per core, and on a loaded machine each
# small product of the model waits and spins for them: 2,000 posts in process
# took 86 s of CPU with two threads, 55 s with one (speed41). Set before
# anything imports numpy; a user's own setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse
import sys
from pathlib import Path

from align_lint.documents import document_from_text
from align_lint.run.linter import Linter
from align_lint.settings.config import Config

PROBES = Path(__file__).parent / "probes"


def sections(path: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = found.setdefault(line[3:].strip(), [])
        elif line.strip() and current is not None:
            current.append(line.strip())
    return found


def wrong_lines(linter: Linter, path: Path) -> tuple[list[str], int]:
    """The lines of ``path`` whose verdict is wrong (with their findings), and how many lines."""
    wrong: list[str] = []
    total = 0
    for section, lines in sections(path).items():
        documents = [document_from_text(text, f"{section}{i}.md") for i, text in enumerate(lines)]
        for text, result in zip(lines, linter.lint_documents(documents), strict=True):
            total += 1
            expected_pass = section == "clean"
            if result.passed != expected_pass:
                found = "; ".join(f"{f.rule}: {f.text}" for f in result.findings)
                label = "FALSE ALARM" if expected_pass else "MISSED"
                wrong.append(f"{label}  {text}  | {found}")
    return wrong, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print each wrong line")
    args = parser.parse_args(argv)
    linter = Linter(Config())
    all_wrong = all_lines = 0
    for path in sorted(PROBES.glob("*.md")):
        wrong, total = wrong_lines(linter, path)
        all_wrong += len(wrong)
        all_lines += total
        print(f"{path.name}: {len(wrong)} wrong of {total}")
        for line in wrong if args.show else ():
            print(f"    {line}")
    print(f"all: {all_wrong} wrong of {all_lines}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
