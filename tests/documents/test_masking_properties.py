"""Property: for generated Markdown, masking keeps every offset, and every
finding's text is exactly the source between its offsets, at its line/column."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from align_lint.documents import document_from_text
from align_lint.run.linter import Linter

WORDS = st.sampled_from(
    [
        "we", "crossed", "10k", "followers", "and", "1.5", "million", "views", "revenue",
        "grew", "12%", "in", "Q3", "game-changing", "likes", "everyone", "went", "viral",
        "the", "campaign", "was", "a", "huge", "success", "émoji", "😀", "données", "café",
    ]
)  # fmt: skip
SENTENCE = st.lists(WORDS, min_size=1, max_size=12).map(lambda words: " ".join(words) + ".")
INLINE = st.one_of(
    SENTENCE,
    SENTENCE.map(lambda s: f"**{s}**"),
    SENTENCE.map(lambda s: f"`{s}`"),
    SENTENCE.map(lambda s: f"[{s}](https://example.com/a?b=1)"),
    SENTENCE.map(lambda s: f"{s} https://t.co/xyz @acme #launch"),
    SENTENCE.map(lambda s: f"{s} <span>{s}</span>"),
    SENTENCE.map(lambda s: f"{s} &amp; more"),
)
PARAGRAPH = st.lists(INLINE, min_size=1, max_size=4).map(" ".join)
BLOCK = st.one_of(
    PARAGRAPH,
    PARAGRAPH.map(lambda p: f"# {p}"),
    PARAGRAPH.map(lambda p: f"- {p}\n- {p}"),
    PARAGRAPH.map(lambda p: f"> {p}"),
    PARAGRAPH.map(lambda p: f"```\n{p}\n```"),
    PARAGRAPH.map(lambda p: f"<!-- {p} -->"),
    PARAGRAPH.map(lambda p: f"| {p} | x |\n|---|---|\n| 1 | 2 |"),
)
NEWLINE = st.sampled_from(["\n\n", "\r\n\r\n", "\n\n\n"])
DOCUMENT = st.tuples(
    st.sampled_from(["", "---\ntitle: t\n---\n", "+++\ntitle = 't'\n+++\n"]),
    st.lists(BLOCK, min_size=1, max_size=5),
    NEWLINE,
).map(lambda parts: parts[0] + parts[2].join(parts[1]) + "\n")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENT)
def test_masking_keeps_length_and_line_breaks(text: str) -> None:
    document = document_from_text(text, "generated.md")
    assert len(document.analysis_text) == len(text)
    for original, masked in zip(text, document.analysis_text, strict=True):
        assert masked == original or masked == " " or original in "&"
        if original in "\r\n":
            assert masked == original


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=DOCUMENT)
def test_findings_point_at_their_text(linter: Linter, text: str) -> None:
    document = document_from_text(text, "generated.md")
    matches, _ = next(linter.analyzer.analyze([(document, None)]))
    for finding in linter.judge.judge(matches).findings:
        if finding.scope == "document":
            # At 1:1, or at the start of what made the rule apply.
            assert finding.text == ""
            if (finding.start, finding.end) != (0, 0):
                assert document.analysis_text[finding.start : finding.end].strip()
            continue
        assert text[finding.start : finding.end] == finding.text
        assert finding.text.strip() == finding.text and finding.text
        assert document.analysis_text[finding.start : finding.end].strip()
        lines = text.split("\n")
        assert lines[finding.line - 1][finding.column - 1 :].startswith(finding.text.split("\n")[0])
        end_prefix = "\n".join(lines[: finding.end_line - 1])
        end_offset = len(end_prefix) + (1 if finding.end_line > 1 else 0) + finding.end_column - 1
        assert end_offset == finding.end
