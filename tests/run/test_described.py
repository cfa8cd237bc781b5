"""A result carries its document's date, author and platform (for the scorecard),
through the cache too."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from align_lint.run.cache import result_from_dict, result_to_dict
from align_lint.run.described import described_by, iso_day
from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("value", "day"),
    [
        (date(2025, 3, 4), "2025-03-04"),
        (datetime(2025, 3, 4, 23, 30, tzinfo=UTC), "2025-03-04"),
        ("2025-03-04", "2025-03-04"),
        (" 2025-03-04T09:30:00Z", "2025-03-04"),
        ("2025-03-04 09:30", "2025-03-04"),
        ("2025-02-30", ""),  # no such day
        ("2025-03-045", ""),
        ("March 4, 2025", ""),
        (20250304, ""),
        (None, ""),
    ],
)
def test_iso_day_reads_dates_and_iso_strings_only(value: object, day: str) -> None:
    assert iso_day(value) == day


def test_described_by_names_author_and_platform_on_one_line() -> None:
    described = described_by({"author": "Dana\n  Ortiz", "platform": "linkedin"})
    assert described == ("", "Dana Ortiz", "linkedin")
    assert described_by({"authors": ["Dana", "Lee", 3]}).author == "Dana, Lee"
    assert described_by({"author": {"name": "x"}, "platform": 7}) == ("", "", "")
    assert described_by({"author": "x" * 201}).author == ""


def test_a_result_carries_its_front_matter_and_the_cache_keeps_it(
    blank_linter: Linter, tmp_path: Path
) -> None:
    yaml_post = tmp_path / "a.md"
    yaml_post.write_text(
        "---\ndate: 2025-03-04\nauthor: Dana Ortiz\nplatform: linkedin\n---\n\nWe shipped.\n",
        encoding="utf-8",
    )
    toml_post = tmp_path / "b.md"
    toml_post.write_text("+++\ndate = 2025-04-05T10:00:00Z\n+++\n\nWe shipped.\n", encoding="utf-8")
    plain = tmp_path / "c.txt"
    plain.write_text("We shipped.\n", encoding="utf-8")
    results = blank_linter.lint_paths([str(tmp_path)]).results
    described = [(r.date, r.author, r.platform) for r in results]
    assert described == [
        ("2025-03-04", "Dana Ortiz", "linkedin"),
        ("2025-04-05", "", ""),
        ("", "", ""),
    ]
    assert result_from_dict(result_to_dict(results[0])) == results[0]
