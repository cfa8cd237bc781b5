"""One large calendar spreads its rows over the worker processes (issue 15 (c)):
``--jobs 2`` on a single CSV used one process, since the runner counted paths.
The report is the one ``--jobs 1`` gives, row for row and in order; a row that
breaks is that row's error only; the cache still keeps each row on its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from align_lint.report.formatters.json_ import report_to_dict
from align_lint.run.cache import ResultCache, environment_key
from align_lint.run.linter import Linter
from align_lint.run.workers import PARALLEL_FROM

ROWS = PARALLEL_FROM + 40  # more rows than one process is kept for, in one file
VANITY = "Our launch video hit 12,000 views and 3,100 likes in a week."
ALIGNED = "The webinar brought 40 qualified demo requests and $18,000 in pipeline this quarter."


def row_text(index: int) -> str:
    if index % 7 == 0:  # a quoted cell over two lines, with a doubled quote
        return f'Row {index}: "big" week.\nWe reached 5,000 followers.'
    return f"Row {index}: {VANITY if index % 2 else ALIGNED}"


def write_calendar(path: Path, rows: int = ROWS, broken: int = -1) -> Path:
    lines = ["id,platform,text"]
    for index in range(rows):
        text = row_text(index)
        if index == broken:
            text = "Row broken: 9,000 likes break this row."
        quoted = '"' + text.replace('"', '""') + '"'
        lines.append(f"P-{index},LinkedIn,{quoted}")
    lines.insert(5, "P-none,LinkedIn,")  # a row without text: a notice, not a document
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def lint(linter: Linter, path: Path, **options: Any) -> tuple[dict[str, Any], list[str]]:
    errors: list[str] = []
    report = linter.lint_paths([str(path)], on_error=lambda e: errors.append(e.message), **options)
    return report_to_dict(report), errors


def test_one_calendars_rows_go_to_the_workers_with_the_same_report(
    linter: Linter, tmp_path: Path, forks: list[int]
) -> None:
    calendar = write_calendar(tmp_path / "cal.csv")
    one = lint(linter, calendar, jobs=1)
    assert forks == []
    two = lint(linter, calendar, jobs=2)
    assert forks == [2]  # was []: one path counted as one document
    assert one == two
    report, errors = two
    assert [d["record"] for d in report["documents"]] == [
        number for number in range(2, ROWS + 3) if number != 6
    ]
    assert report["summary"]["skipped"] == 1
    assert errors == []


def test_a_row_that_breaks_in_a_worker_loses_only_itself(
    linter: Linter, tmp_path: Path, forks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from align_lint.analysis.analyzer import Analyzer

    whole, part = Analyzer.whole, Analyzer.part

    def broken(document: Any) -> None:
        if "break this row" in document.text:
            raise RuntimeError("boom")

    def broken_whole(self: Analyzer, document: Any) -> Any:
        broken(document)
        return whole(self, document)

    def broken_part(self: Analyzer, document: Any, chunk: Any) -> Any:
        broken(document)
        return part(self, document, chunk)

    monkeypatch.setattr(Analyzer, "whole", broken_whole)
    monkeypatch.setattr(Analyzer, "part", broken_part)
    calendar = write_calendar(tmp_path / "cal.csv", broken=40)
    report, errors = lint(linter, calendar, jobs=2)
    assert forks == [2]
    documents = report["documents"]
    assert len(documents) == ROWS
    failed = [d for d in documents if "error" in d]
    assert [d["record"] for d in failed] == [43]  # row 40 is the file's row 43 (header, blank row)
    assert [d["path"] for d in failed] == [str(calendar)]
    (error,) = errors
    assert error.startswith(f"{calendar}#43: internal error, please report (RuntimeError")


def test_a_warm_cache_relints_only_the_edited_row_in_one_process(
    linter: Linter, tmp_path: Path, forks: list[int]
) -> None:
    cache_dir = tmp_path / "cache"

    def cache() -> ResultCache:
        return ResultCache(cache_dir, environment_key(linter.config, linter.catalog))

    calendar = write_calendar(tmp_path / "cal.csv")
    lint(linter, calendar, jobs=2, cache=cache())
    assert forks == [2]
    calendar.write_text(
        calendar.read_text(encoding="utf-8").replace("Row 11:", "Row eleven:"), encoding="utf-8"
    )
    warm = cache()
    edited = lint(linter, calendar, jobs=2, cache=warm)
    assert (warm.hits, warm.misses) == (ROWS - 1, 1)
    assert forks == [2]  # one row to lint: no second pool
    assert edited == lint(linter, calendar, jobs=1)
