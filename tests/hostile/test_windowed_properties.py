"""Fuzzing long documents (issue 11, item 3 of hostile2's re-run): the
properties of ``tests/documents/test_masking_properties.py`` held only for
drafts shorter than one analysis window (30,000 characters), and the excerpt
of an over-long finding text (past 65,536 characters) was tested on one
shape. Here generated Markdown and MDX with "\\n", "\\r\\n" and lone "\\r"
line endings are

* analysed in windows of a few hundred characters (so every draft is cut
  several times, at section starts, line breaks or spaces): every finding's
  text is the draft's own between its offsets, at its line and column, and the
  findings are those of the draft analysed whole;
* checked against an X length limit with the excerpt bound made small: the
  platform-length finding keeps exact offsets, lines and columns, and its text
  is the stretch's head and tail around an ellipsis.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.documents.test_masking_properties import BLOCK, MDX_BLOCK, NEWLINE, line_starts, position

from align_lint.analysis.analyzer import Analyzer
from align_lint.analysis.windows import window_cores
from align_lint.documents import Document, document_from_text
from align_lint.judgement import findings as found
from align_lint.judgement.platforms import platform_findings
from align_lint.report.records import Finding
from align_lint.run.linter import Linter


def _joined(parts: tuple[list[str], str]) -> str:
    blocks, newline = parts
    return newline.join(blocks) + "\n"


LONG_MARKDOWN = st.tuples(st.lists(BLOCK, min_size=6, max_size=24), NEWLINE).map(_joined)
LONG_MDX = st.tuples(st.lists(MDX_BLOCK, min_size=6, max_size=24), NEWLINE).map(_joined)
LONG = st.one_of(
    LONG_MARKDOWN.map(lambda text: (text, "long.md")),
    LONG_MDX.map(lambda text: (text, "long.mdx")),
    # One paragraph longer than a window: cut at a line break or a space.
    LONG_MARKDOWN.map(lambda text: (" ".join(text.split()) + "\n", "one-paragraph.md")),
)


def _analysed(linter: Linter, document: Document, window_chars: int) -> tuple[Finding, ...]:
    rules, pipeline = linter.catalog.rule_set, linter.analyzer.pipeline
    analyzer = Analyzer(rules, pipeline, window_chars=window_chars)
    ((matches, _),) = list(analyzer.analyze([(document, None)]))
    return linter.judge.judge(matches).findings


def _assert_points_at_its_text(text: str, document: Document, finding: Finding) -> None:
    starts = line_starts(text)
    assert finding.start <= finding.end, finding
    if finding.scope == "document":
        assert finding.text == ""
        return
    assert text[finding.start : finding.end] == finding.text
    assert document.analysis_text[finding.start : finding.end].strip()
    assert (finding.line, finding.column) == position(starts, finding.start)
    assert (finding.end_line, finding.end_column) == position(starts, finding.end)


def check_windows(linter: Linter, generated: tuple[str, str], window_chars: int) -> None:
    text, name = generated
    document = document_from_text(text, name)
    windowed = _analysed(linter, document, window_chars)
    for finding in windowed:
        _assert_points_at_its_text(text, document, finding)
    assert windowed == _analysed(linter, document, 10**9)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(generated=LONG, window_chars=st.integers(150, 1_200))
def test_findings_of_a_windowed_draft_point_at_their_text(
    linter: Linter, generated: tuple[str, str], window_chars: int
) -> None:
    check_windows(linter, generated, window_chars)


@pytest.mark.slow
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(generated=LONG, window_chars=st.integers(150, 1_200))
def test_findings_of_a_windowed_draft_point_at_their_text_at_length(
    linter: Linter, generated: tuple[str, str], window_chars: int
) -> None:
    check_windows(linter, generated, window_chars)


def test_the_generated_drafts_are_cut_into_windows() -> None:
    # The property is only worth its time if the drafts are longer than a window.
    text = "\n\n".join(["We grew 10k followers in Q3 and revenue grew 12%."] * 24)
    assert len(window_cores(document_from_text(text, "a.md"), 400)) > 2


@contextmanager
def excerpts_past(bound: int, each_end: int) -> Iterator[None]:
    """The excerpt bound made small, so a post of a few hundred characters has one."""
    saved = found.MAX_TEXT_CHARS, found.EXCERPT_CHARS
    found.MAX_TEXT_CHARS, found.EXCERPT_CHARS = bound, each_end
    try:
        yield
    finally:
        found.MAX_TEXT_CHARS, found.EXCERPT_CHARS = saved


def check_platform_excerpt(generated: tuple[str, str], bound: int, each_end: int) -> None:
    text, name = generated
    document = document_from_text(text, name)
    with excerpts_past(bound, each_end):
        findings = platform_findings(document, "x", {}, ())
    for finding in findings:
        stretch = text[finding.start : finding.end]
        expected = stretch
        if len(stretch) > bound:
            expected = stretch[:each_end] + found.ELLIPSIS + stretch[-each_end:]
        assert finding.text == expected
        starts = line_starts(text)
        assert (finding.line, finding.column) == position(starts, finding.start)
        assert (finding.end_line, finding.end_column) == position(starts, finding.end)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(generated=LONG, bound=st.integers(20, 400), each_end=st.integers(1, 9))
def test_an_excerpted_finding_keeps_exact_offsets(
    generated: tuple[str, str], bound: int, each_end: int
) -> None:
    check_platform_excerpt(generated, bound, each_end)


def test_the_last_window_keeps_its_context_to_the_end_of_the_text(linter: Linter) -> None:
    """A window cut inside "grew followers." with no space after the cut used
    to be analysed without the words after its core, so the claim was lost."""
    text = "Notes on the launch, in order. " * 3 + "This quarter we grew followers.\n"
    limit = text.index("followers") + 1  # the cut falls right after "grew "
    document = document_from_text(text, "notes.md")
    assert window_cores(document, limit)[0][1] == text.index("followers")
    whole = _analysed(linter, document, 10**9)
    assert "grew followers" in {f.text for f in whole}
    assert _analysed(linter, document, limit) == whole
