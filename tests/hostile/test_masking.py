"""Hostile Markdown (issue 11, items 3, 6 and 8), run as CI runs align: line
endings, masking that must agree with CommonMark, and text that made the
masking regexes quadratic."""

from __future__ import annotations

import json
from pathlib import Path

from tests.hostile.harness import run_align


def test_lone_cr_line_endings_are_linted_with_the_right_lines(tmp_path: Path) -> None:
    # Before: IndexError traceback in Markdown masking, exit 1.
    draft = "# Launch\r\rIntro line.\r\rSay hello to our new\rfollowers from the fair.\r"
    (tmp_path / "mac.md").write_bytes(draft.encode())
    (tmp_path / "unix.md").write_bytes(draft.replace("\r", "\n").encode())
    outcome = run_align("lint", "--format", "json", "mac.md", "unix.md", cwd=tmp_path)
    assert not outcome.has_traceback, outcome.stderr[-2000:]
    assert outcome.exit in (0, 1), outcome.stderr[-2000:]
    documents = {d["path"]: d for d in json.loads(outcome.stdout)["documents"]}

    def positions(path: str) -> list[tuple[str, int, int]]:
        return [(f["rule"], f["line"], f["column"]) for f in documents[path]["findings"]]

    assert positions("mac.md") == positions("unix.md")
    assert ("audience-metric", 5, 18) in positions("mac.md")
