"""Findings of a huge draft (issue 11 item 1): a finding's text is bounded (an
excerpt past MAX_TEXT_CHARS, offsets exact, fingerprint of the whole stretch),
and findings are put in report order without a key for each at once."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from align_lint.documents import document_from_text
from align_lint.judgement import findings as found
from align_lint.judgement import platforms
from align_lint.judgement.findings import (
    ELLIPSIS,
    EXCERPT_CHARS,
    MAX_TEXT_CHARS,
    in_report_order,
    span_finding,
)
from align_lint.judgement.fingerprint import (
    _digest,
    fingerprint,
    fingerprint_in_place,
    normalised,
    sentence_around,
)
from align_lint.judgement.lengths import count
from align_lint.judgement.platforms import platform_findings
from align_lint.report.records import Finding, Severity
from align_lint.rules.platform_rules import PLATFORM_LENGTH
from align_lint.rules.platforms import bundled_profiles


def words(count: int) -> str:
    """``count`` characters of numbered words, so a head and tail differ."""
    text = " ".join(f"word{number}" for number in range(count // 4 + 1))
    return text[:count]


def test_a_stretch_over_the_bound_keeps_an_excerpt_and_its_exact_offsets() -> None:
    body = words(MAX_TEXT_CHARS + 1)
    document = document_from_text("Intro line.\n" + body + "\nlast", "a.txt")
    start, end = 12, 12 + len(body)
    finding = span_finding(PLATFORM_LENGTH, document, start, end, message="m")
    assert finding.text == body[:EXCERPT_CHARS] + ELLIPSIS + body[-EXCERPT_CHARS:]
    assert (finding.start, finding.end) == (start, end)
    assert (finding.line, finding.column, finding.end_line) == (2, 1, 2)
    assert finding.end_column == len(body) + 1


def test_a_stretch_at_the_bound_keeps_its_whole_text() -> None:
    body = words(MAX_TEXT_CHARS)
    document = document_from_text("Intro line.\n" + body + "\n", "a.txt")
    finding = span_finding(PLATFORM_LENGTH, document, 12, 12 + len(body), message="m")
    assert finding.text == body


def test_platform_length_of_a_huge_post_is_an_excerpt_fingerprinted_whole() -> None:
    body = words(MAX_TEXT_CHARS + 5_000)
    document = document_from_text(body + "\n", "a.txt")
    (finding,) = platform_findings(document, "x", {}, ())
    assert finding.rule == "platform-length"
    assert finding.end == len(body)
    assert finding.text.startswith(body[finding.start : finding.start + EXCERPT_CHARS])
    assert finding.text.endswith(ELLIPSIS + body[-EXCERPT_CHARS:])
    # The fingerprint hashes the whole stretch, as when the text was all of it.
    start, end = sentence_around(document, [0], finding.start)
    sentence = _digest(normalised(document.analysis_text[start:end]))
    whole = "\0".join((finding.rule, normalised(body[finding.start :]), sentence))
    listed = [finding]
    fingerprint_in_place(document, [0], listed)
    assert listed[0].fingerprint == hashlib.sha256(whole.encode()).hexdigest()[:32]
    assert fingerprint(document, [0], replace(finding, text="x")) == listed[0].fingerprint


def finding(line: int, column: int, rule: str, end: int, tag: int) -> Finding:
    return Finding(0, end, rule, "c", Severity.WARNING, f"m{tag}", "", "t", line, column, 1, 1)


FINDINGS = st.lists(
    st.builds(
        finding,
        st.integers(1, 4),
        st.integers(1, 3),
        st.sampled_from(["a", "b"]),
        st.integers(0, 2),
        st.integers(0, 1_000),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(FINDINGS, max_size=5), st.integers(0, 4))
def test_report_order_is_sorteds_stable_order(runs: list[list[Finding]], most: int) -> None:
    # A judgement's findings: some runs each in order (one a rule), one after another.
    listed = [f for run in runs for f in sorted(run, key=lambda f: f.sort_key)]
    expected = sorted(listed, key=lambda f: f.sort_key)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(found, "_SORTED_DIRECTLY", 0)  # merge even a short list
        patch.setattr(found, "_MERGED_RUNS", most)  # and sort when there are more runs
        ordered = in_report_order(listed)
    assert [id(f) for f in ordered] == [id(f) for f in expected]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "b ", "\n", "\r\n", "e\u0301", "\U0001f44d", "\u4e2d",
                              "https://ex.com/a", " www.ex.org ", "@ana@ex.social", "<!-- c -->"]),
             max_size=40),
    st.integers(1, 12),
    st.integers(1, 30),
)  # fmt: skip
def test_a_huge_published_text_counts_in_chunks_as_whole(
    parts: list[str], chunk: int, limit: int
) -> None:
    document = document_from_text("Hi " + "".join(parts) + "\n", "a.md")
    whole = platforms.Published.of(document)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(platforms, "HUGE_PUBLISHED_CHARS", -1)  # every text counted in chunks
        patch.setattr(platforms, "COUNTED_CHUNK_CHARS", chunk)
        chunked = platforms.Published.of(document)
        assert chunked.text is None and whole.text is not None
        assert "".join(piece for _, piece in chunked.chunks()) == whole.text
        for profile in bundled_profiles().profiles:
            expected = count(whole.text, profile, limit)
            assert chunked.counted(profile, limit) == expected, profile.name
            assert chunked.counted(profile, limit, whole=False).over == expected.over


def test_the_heap_is_trimmed_after_documents_the_analysis_windows() -> None:
    from align_lint.analysis.windows import WINDOW_CHARS
    from align_lint.run.linter import LONG_DOCUMENT_CHARS

    assert LONG_DOCUMENT_CHARS == WINDOW_CHARS
