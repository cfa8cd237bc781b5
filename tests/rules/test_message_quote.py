"""A rule's message quotes the matched text as a reader would see it."""

from __future__ import annotations

from align_lint.run.linter import Linter


def test_a_quote_leaves_out_markdown_bold_and_line_breaks(linter: Linter) -> None:
    result = linter.lint_text("- our repo: **52k stars** on GitHub\n", path="notes.md")
    messages = [f.message for f in result.findings if f.rule == "vanity-metric"]
    assert messages and all("**" not in m for m in messages), messages
    assert any('"52k stars on GitHub"' in m for m in messages), messages
