"""What the scorecard costs on top of the lint (issue 16): 2,000 posts from a
warm cache, ``align lint --format json`` against ``align report -o card.html``.

    python bench/scorecard.py                 # 2,000 posts, 3 runs each
    python bench/scorecard.py --posts 500 --runs 5

Both commands read the same warm result cache (one untimed run fills it), so
the difference is the scorecard: building its numbers, the charts and the page.
Target: at most 2 s more than the lint, and the HTML at most 2 MB.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (bench/ is scripts, not a package)

TARGET_SECONDS = 2.0
TARGET_BYTES = 2 * 1024 * 1024


def timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each (median)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        posts = corpus.write_corpus(work / "posts", args.posts)
        align = [sys.executable, "-m", "align_lint"]
        cache = ["--cache-dir", str(work / "cache")]
        lint = [*align, "lint", "--format", "json", *cache, str(posts)]
        card = work / "card.html"
        report = [*align, "report", "--exit-zero", *cache, str(posts), "-o", str(card)]
        timed(lint, work)  # fills the cache
        lints, reports = [], []
        for _ in range(args.runs):  # in turn, so a busy minute slows both alike
            lints.append(timed(lint, work))
            reports.append(timed(report, work))
        size = card.stat().st_size
    lint_s, report_s = statistics.median(lints), statistics.median(reports)
    extra = report_s - lint_s
    print(f"{args.posts} posts, warm cache, median of {args.runs}")
    print(f"  align lint --format json : {lint_s:.2f} s")
    target = f"target +{TARGET_SECONDS:.0f} s"
    print(f"  align report -o card.html: {report_s:.2f} s  (+{extra:.2f} s, {target})")
    print(f"  card.html: {size / 1e6:.2f} MB (target {TARGET_BYTES / 1e6:.1f} MB)")
    return 0 if extra <= TARGET_SECONDS and size <= TARGET_BYTES else 1


if __name__ == "__main__":
    sys.exit(main())
