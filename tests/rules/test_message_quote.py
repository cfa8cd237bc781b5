"""A rule's message quotes the matched text as a reader would see it."""

from __future__ import annotations

from align_lint.rules.schema import as_quoted
from align_lint.run.linter import Linter


def test_a_quote_leaves_out_markdown_bold_and_line_breaks(linter: Linter) -> None:
    result = linter.lint_text("- our repo: **52k stars** on GitHub\n", path="notes.md")
    messages = [f.message for f in result.findings if f.rule == "vanity-metric"]
    assert messages and all("**" not in m for m in messages), messages
    assert any('"52k stars on GitHub"' in m for m in messages), messages


def test_a_quote_across_a_wrapped_blockquote_leaves_out_its_markers(linter: Linter) -> None:
    text = (
        "> Our monthly update: downloads of\n"
        "> the image passed 1.2 million this spring, and we crossed\n"
        "> 40,000 followers on Mastodon.\n"
    )
    result = linter.lint_text(text, path="update.md")
    wrapped = [f for f in result.findings if "\n" in f.text]
    assert wrapped, [f.text for f in result.findings]  # a finding spans the wrapped line
    assert all(">" in f.text for f in wrapped)  # the record keeps the source slice
    messages = [f.message for f in result.findings]
    assert messages and all(" > " not in m for m in messages), messages


def test_a_quote_keeps_a_greater_than_sign_inside_a_line() -> None:
    # Only a wrapped line's opening ">" is a blockquote marker; nested levels too.
    assert as_quoted("reach > 10k and\n> > 40k views") == "reach > 10k and 40k views"
    assert as_quoted("**52k stars**\non GitHub") == "52k stars on GitHub"
