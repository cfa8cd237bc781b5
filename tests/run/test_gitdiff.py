"""``--diff``: the changed lines git reports (run/gitdiff.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests.conftest import git

from align_lint.errors import AlignError
from align_lint.run.gitdiff import (
    WHOLE,
    changed_since,
    parse_diff,
    renames_since_baseline,
    touches,
)


@pytest.fixture(autouse=True)
def _no_outer_git(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [n for n in os.environ if n.startswith("GIT_")]:
        monkeypatch.delenv(name)


DIFF = b"""\
diff --git a/posts/a.md b/posts/a.md
index 1..2 100644
--- a/posts/a.md
+++ b/posts/a.md
@@ -3 +3 @@ heading
-old line
+new line
@@ -9,0 +10,2 @@
+++ an added line that looks like a header
+@@ -1 +1 @@ and one like a hunk
@@ -20,3 +22,0 @@
-gone
-gone
-gone
diff --git a/with space.md b/with space.md
--- a/with space.md\t
+++ b/with space.md\t
@@ -4,0 +5 @@
+added
diff --git a/gone.md b/gone.md
deleted file mode 100644
--- a/gone.md
+++ /dev/null
@@ -1 +0,0 @@
-bye
diff --git a/old.md b/new.md
similarity index 100%
rename from old.md
rename to new.md
diff --git "a/caf\\303\\251 \\"x\\".md" "b/caf\\303\\251 \\"x\\".md"
--- "a/caf\\303\\251 \\"x\\".md"
+++ "b/caf\\303\\251 \\"x\\".md"
@@ -1,2 +1,3 @@
-a
-b
+a
+b
+c
"""


def test_parse_diff_reads_added_and_changed_lines_per_file() -> None:
    assert parse_diff(DIFF) == {
        "posts/a.md": ((3, 3), (10, 11)),
        'café "x".md': ((1, 3),),
        "with space.md": ((5, 5),),
    }


def test_touches_any_line_of_a_range() -> None:
    ranges = ((3, 3), (10, 11))
    assert touches(ranges, 3, 3)
    assert touches(ranges, 1, 3)
    assert touches(ranges, 11, 14)
    assert touches(ranges, 4, 12)
    assert not touches(ranges, 4, 9)
    assert not touches(ranges, 12, 20)
    assert not touches((), 1, 1)
    assert touches(WHOLE, 5000, 5001)


_LINES = "".join(f"line {n}\n" for n in range(1, 11))


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    git("init", "-q", cwd=tmp_path)
    (tmp_path / "a.md").write_text("one\ntwo\nthree\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(_LINES, encoding="utf-8")
    git("add", "-A", cwd=tmp_path)
    git("commit", "-q", "-m", "one", cwd=tmp_path)
    return tmp_path


def test_changed_since_follows_renames_and_counts_untracked_files_whole(repo: Path) -> None:
    git("mv", "b.md", "c.md", cwd=repo)
    (repo / "c.md").write_text(_LINES.replace("line 2\n", "line 2, edited\n"), encoding="utf-8")
    (repo / "new.md").write_text("brand new\n", encoding="utf-8")
    (repo / "a.md").write_text("zero\none\ntwo\nthree\n", encoding="utf-8")
    changed = changed_since("HEAD", [str(repo)])
    assert changed.of(str(repo / "a.md")) == ((1, 1),)
    assert changed.of(str(repo / "c.md")) == ((2, 2),)
    assert changed.of(str(repo / "new.md")) == WHOLE
    assert changed.of(str(repo / "b.md")) is None


def test_renames_since_the_baseline_was_committed(repo: Path) -> None:
    (repo / ".align-baseline.json").write_text("{}", encoding="utf-8")
    git("add", "-A", cwd=repo)
    git("commit", "-q", "-m", "baseline", cwd=repo)
    git("mv", "a.md", "renamed.md", cwd=repo)
    git("commit", "-q", "-m", "rename", cwd=repo)
    renames = renames_since_baseline(repo / ".align-baseline.json")
    assert renames == {os.path.realpath(repo / "renamed.md"): os.path.realpath(repo / "a.md")}


def test_no_renames_outside_a_repository(tmp_path: Path) -> None:
    assert renames_since_baseline(tmp_path / "baseline.json") == {}


def test_a_ref_that_looks_like_an_option_is_refused(repo: Path) -> None:
    with pytest.raises(AlignError, match="not a git ref"):
        changed_since("--output=x", [str(repo)])


def test_no_git_on_path_is_one_clear_error(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(repo / "nowhere"))
    with pytest.raises(AlignError, match="git is not installed"):
        changed_since("HEAD", [str(repo)])
