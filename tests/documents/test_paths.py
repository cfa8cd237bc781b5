"""real_path caches directories but must answer exactly as Path.resolve()."""

from __future__ import annotations

from pathlib import Path

import pytest

from align_lint.documents.paths import display_path, real_path


def test_real_path_agrees_with_resolve(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "posts").mkdir()
    (tmp_path / "posts" / "a.md").write_text("x", encoding="utf-8")
    (tmp_path / "linked").symlink_to(tmp_path / "posts")
    (tmp_path / "posts" / "alias.md").symlink_to(tmp_path / "posts" / "a.md")
    monkeypatch.chdir(tmp_path)
    cases = [
        Path("posts/a.md"),
        Path("linked/a.md"),  # a linked directory: the cached parent is its target
        Path("posts/alias.md"),  # a linked file resolves to its target's name
        Path("posts/../posts/a.md"),
        Path(".."),
        Path("."),
        tmp_path / "posts" / "a.md",
    ]
    for case in cases:
        assert real_path(case) == case.resolve(), case
    # The same relative path after a chdir is another file.
    monkeypatch.chdir(tmp_path / "posts")
    assert real_path(Path("a.md")) == (tmp_path / "posts" / "a.md").resolve()
    assert display_path(Path("a.md")) == "a.md"
    assert display_path(tmp_path / "linked" / "a.md") == "a.md"
