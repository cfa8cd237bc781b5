"""What a huge draft's findings hold per finding and per line (issue 11 item 1):
a 50 MB draft has about a million lines and 200,000 findings, so bytes per
line and per finding decide its peak memory."""

from __future__ import annotations

import sys

from align_lint.documents.document import LONG_TEXT, Document, LineIndex
from align_lint.report.records import Finding, Severity


def test_findings_on_one_line_share_its_text() -> None:
    lines = LineIndex("first line\nsecond line, long and shared\nthird\n")
    assert lines.line_text(2) == "second line, long and shared"
    assert lines.line_text(2) is lines.line_text(2)
    assert lines.line_text(3) == "third"
    assert lines.line_text(1) == "first line"


def test_a_long_text_keeps_its_line_starts_in_eight_bytes_each() -> None:
    text = "a line of text\n" * (LONG_TEXT // 10)
    lines = LineIndex(text)
    assert lines.line_count == LONG_TEXT // 10 + 1
    assert lines.position(len(text) - 3) == (LONG_TEXT // 10, 13)
    assert lines.line_start(LONG_TEXT // 10) == len(text) - 15
    assert sys.getsizeof(lines._starts) < 9 * lines.line_count  # a list: 8 + 28 an int


def test_a_finding_has_no_dict_of_its_own() -> None:
    """Slots: about 600 bytes less a finding than a dataclass with a __dict__."""
    finding = Finding(0, 4, "hype", "tone", Severity.WARNING, "m", "s", "Huge", 1, 1, 1, 5)
    assert not hasattr(finding, "__dict__")


def test_a_long_text_keeps_its_block_starts_in_four_bytes_each() -> None:
    """Half a million block starts in a 50 MB draft: 20 MB as a tuple of ints."""
    text = "A paragraph.\n\n" * (LONG_TEXT // 10)
    starts = tuple(range(0, len(text), 14))
    long = Document("long.md", text, text, block_starts=starts)
    assert list(long.block_starts) == list(starts)
    assert sys.getsizeof(long.block_starts) < 5 * len(starts)
    short = Document("short.md", text[:140], text[:140], block_starts=starts[:10])
    assert short.block_starts == starts[:10]  # a post keeps its tuple
