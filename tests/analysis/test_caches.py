"""Word caches are bounded, and emptying one never changes a finding."""

from __future__ import annotations

import pytest

from align_lint.analysis import caches
from align_lint.run.linter import Linter
from align_lint.settings.config import Config


def test_a_full_cache_is_emptied_before_a_new_key() -> None:
    cache = {index: index for index in range(caches.WORD_CACHE_LIMIT - 1)}
    caches.make_room(cache)
    assert len(cache) == caches.WORD_CACHE_LIMIT - 1  # room left: kept
    cache[-1] = -1
    caches.make_room(cache)
    assert cache == {}


def _findings(linter: Linter, text: str) -> list[tuple[str, int, int, str]]:
    result = linter.lint_text(text, path="archive.md")
    return [(f.rule, f.line, f.column, f.text) for f in result.findings]


def test_findings_are_the_same_when_every_word_cache_keeps_emptying(
    linter: Linter, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Many distinct words, as an archive has, around claims of every kind.
    filler = " ".join(f"word{index}" for index in range(400))
    text = (
        f"Our reel got 2 million views. {filler}\n\n"
        "We gained 12k followers and 300 new customers in March.\n\n"
        f"{filler} Our audience doubled, and the launch went viral.\n"
    )
    expected = _findings(linter, text)
    assert expected  # the text makes claims
    small = Linter(Config())
    monkeypatch.setattr(caches, "WORD_CACHE_LIMIT", 16)
    assert _findings(small, text) == expected
