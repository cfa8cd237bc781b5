"""Masking agrees with CommonMark (issue 11, item 8): code spans, escapes,
HTML and comments are what markdown-it parses, so code is never reported and
prose never hidden; content nested deeper than markdown-it's preset allows
is still linted."""

from __future__ import annotations

import pytest

from align_lint.documents import document_from_text


def analysis(text: str) -> str:
    document = document_from_text(text, "post.md")
    assert len(document.analysis_text) == len(text)
    return document.analysis_text


@pytest.mark.parametrize(
    ("source", "kept", "masked"),
    [
        # An escaped backtick is text: it opens no code span.
        ("Not \\`code, our 10k followers, and `real code` here.", "10k followers", "real"),
        # Code spans pair within a paragraph, never across a blank line.
        ("One `tick here.\n\nOur 10k followers grew `again.", "10k followers grew `again", None),
        # A comment opener inside code hides nothing after it.
        ("Use `<!--` to open.\n\nWe have 10k followers.\n\nClose with `-->`.", "followers", "<!--"),
        # "<b and …>" over a blank line is no tag.
        ("Keep a <b and\n\nour 10k followers > 5k.", "our 10k followers > 5k.", None),
        # Inline HTML and comments, on one line or over a soft break.
        ("Hi <span class='x'>10k followers</span> <!-- a\nnote -->.", "10k followers", "span"),
        # Link text stays; target, reference and image target go.
        ('See [our 10k followers](https://x.io "title") now.', "our 10k followers", "title"),
        ("See [our 10k followers][ref].\n\n[ref]: https://x.io\n", "10k followers", "ref"),
        ("![10k followers chart](chart.png) below.", "10k followers chart", "png"),
        ("Mail <https://x.io/followers> or <me@x.io>.", "Mail", "x.io"),
        # Emphasis markers go; an underscore inside a word is the word's.
        ("**10k followers** and ~~old~~ and snake_case_name.", "snake_case_name", "**"),
        # Entities and escapes: the backslash goes, the character stays.
        ("Grew 10k followers \\*really\\* &amp; more.", "*really * &", "\\"),
    ],
)
def test_masking_follows_commonmark(source: str, kept: str, masked: str | None) -> None:
    text = analysis(source)
    assert kept in text
    assert masked is None or masked not in text


def test_comments_are_those_markdown_it_sees() -> None:
    source = (
        "Use `<!-- align-disable -->` in code.\n\n"
        "Text <!-- align-disable vanity-metric --> here.\n\n"
        "<!-- align-enable -->\n"
    )
    document = document_from_text(source, "post.md")
    assert [source[a:b] for a, b in document.comments] == [
        "<!-- align-disable vanity-metric -->",
        "<!-- align-enable -->",
    ]


def test_a_table_keeps_its_cells_and_masks_its_pipes() -> None:
    source = "| Metric | `code` |\n|---|---|\n| 10k **followers** | a \\| b |\n"
    text = analysis(source)
    assert "|" not in text.replace("\\|", "")
    assert "Metric" in text and "10k" in text and "followers" in text
    assert "code" not in text and "**" not in text


def test_task_boxes_bullets_and_heading_markers_are_masked() -> None:
    text = analysis("## Our 10k followers ##\n\n- [x] done 10k\n- [ ] todo\n\n• pasted bullet\n")
    assert text.split() == ["Our", "10k", "followers", "done", "10k", "todo", "pasted", "bullet"]


def nested_list(depth: int) -> str:
    return "".join(f"{'  ' * level}- level {level}\n" for level in range(depth)) + (
        "  " * depth + "- our 10k followers went viral\n"
    )


@pytest.mark.parametrize(
    "source",
    [
        nested_list(12),
        "> " * 25 + "our 10k followers went viral\n",
        # Deeper than the parser goes: the lines are still prose, markers blanked.
        "> " * 80 + "our 10k followers went viral\n",
        nested_list(70),
    ],
    ids=["list-12", "quote-25", "quote-80", "list-70"],
)
def test_deeply_nested_content_is_not_skipped(source: str) -> None:
    text = analysis(source)
    assert "our 10k followers went viral" in text
    assert ">" not in text and "-" not in text
