"""A huge draft's span findings carry no context of their own: its result
reads their lines off the draft (judgement/findings.SHARED_LINES_CHARS,
``DocumentResult.source_lines``), and every report shows what it showed when
each finding held its line. The limit is lowered here so a short draft takes
that path."""

from __future__ import annotations

from pathlib import Path

import pytest

from align_lint.judgement import findings as found
from align_lint.report.formatters import FormatOptions, get_formatter
from align_lint.report.records import DocumentResult
from align_lint.report.scorecard import write_scorecard
from align_lint.run.cache import ResultCache, environment_key
from align_lint.run.linter import Linter

# Span findings on several lines, two on one line, and a line with none.
DRAFT = (
    "# Our quarter\n\n"
    "We passed 12k followers and the teaser went viral!!\n\n"
    "Nothing to report on the office move.\n\n"
    "The webinar reached 40,000 people, a huge success.\n"
)


def linted(linter: Linter, monkeypatch: pytest.MonkeyPatch, limit: int) -> DocumentResult:
    monkeypatch.setattr(found, "SHARED_LINES_CHARS", limit)
    return linter.lint_text(DRAFT, path="quarter.md")


def test_a_huge_drafts_findings_read_their_lines_off_the_draft(
    linter: Linter, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = linted(linter, monkeypatch, 1_000_000)
    shared = linted(linter, monkeypatch, 10)
    spans = [f for f in shared.findings if f.scope == "span"]
    assert whole.source_lines is None and shared.source_lines is not None
    assert len(spans) >= 3 and all(f.context == "" for f in spans)
    assert all(f.context for f in whole.findings if f.scope == "span")
    assert [shared.context_of(f) for f in shared.findings] == [f.context for f in whole.findings]
    assert shared.with_contexts().findings == whole.findings
    assert shared.with_contexts().source_lines is None


def test_reports_of_a_huge_draft_show_the_same_lines(
    linter: Linter, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = linted(linter, monkeypatch, 1_000_000)
    shared = linted(linter, monkeypatch, 10)
    info = linter.pipeline_info()
    for name in ("rich", "text", "json"):
        render = get_formatter(name)
        options = FormatOptions()
        rendered = render(linter.report([shared], info), options)
        assert rendered == render(linter.report([whole], info), options), name
    assert "12k followers" in get_formatter("rich")(linter.report([shared], info), FormatOptions())
    for kind in ("markdown", "html"):
        cards = []
        for result in (whole, shared):
            chunks: list[str] = []
            write_scorecard(linter.report([result], info), kind, chunks.append, folder_of=str)
            cards.append("".join(chunks))
        assert cards[0] == cards[1], kind


def test_the_cache_stores_a_huge_drafts_findings_with_their_lines(
    linter: Linter, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    whole = linted(linter, monkeypatch, 1_000_000)
    shared = linted(linter, monkeypatch, 10)
    cache = ResultCache(tmp_path, environment_key(linter.config, linter.catalog))
    cache.put("k" * 64, shared)
    back = cache.get("k" * 64)
    assert back is not None and back.source_lines is None
    assert back.findings == whole.findings
