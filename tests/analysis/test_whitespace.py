"""Runs of whitespace inside a line (issue 11): the token patterns see through
them, and every finding's offsets stay those of the file."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from align_lint.analysis.whitespace import collapsed
from align_lint.documents import Document, document_from_text
from align_lint.run.linter import Linter


def plain(text: str) -> Document:
    return Document(source="post.txt", text=text, analysis_text=text)


def test_a_document_without_runs_is_not_copied() -> None:
    document = plain("Say hello to our new followers.\n\nNext  \n  line.")
    assert collapsed(document) == (document, None)


def test_runs_inside_a_line_become_one_space_and_map_back() -> None:
    text = "our new  followers\tand\t\t more"
    shorter, offsets = collapsed(plain(text))
    assert offsets is not None
    assert shorter.analysis_text == shorter.text == "our new followers and more"
    for word in ("our", "new", "followers", "and", "more"):
        at = shorter.analysis_text.index(word)
        assert offsets.original(at) == text.index(word)
        assert offsets.original(at + len(word)) == text.index(word) + len(word)
    assert offsets.original(len(shorter.text)) == len(text)


def test_block_starts_and_comments_move_with_the_text() -> None:
    text = "One  two.\nThree   four <!-- x -->"
    document = Document(
        source="post.md",
        text=text,
        analysis_text=text,
        block_starts=(0, text.index("Three")),
        comments=((text.index("<!--"), len(text)),),
    )
    shorter, offsets = collapsed(document)
    assert offsets is not None
    assert shorter.block_starts == (0, shorter.text.index("Three"))
    assert shorter.comments == ((shorter.text.index("<!--"), len(shorter.text)),)


def test_content_masked_to_spaces_is_not_collapsed() -> None:
    # A code span's words are not prose: the words around it were not written side by side.
    document = document_from_text("Our new `code` followers and more.\n", "post.md")
    shorter, _ = collapsed(document)
    assert "new        followers" in shorter.analysis_text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("We got **80k** views.", "We got 80k views."),
        ("We got __80k__ ~~new~~ views.", "We got 80k new views."),
        ('A [12,000 follower](https://example.com/a "t") week.', "12,000 follower week."),
        ("We got [80k][stats] views.\n\n[stats]: https://example.com", "got 80k views."),
        ("We got <b>80k</b> views.", "We got 80k views."),
    ],
    ids=["strong", "emphasis-and-strikethrough", "inline-link", "reference-link", "html"],
)
def test_markup_that_renders_as_nothing_is_collapsed(text: str, read: str) -> None:
    """Emphasis and link syntax render as nothing between two words: "got **80k**
    views" is read "got 80k views", so a count keeps its noun."""
    shorter, offsets = collapsed(document_from_text(text, "post.md"))
    assert offsets is not None
    assert read in shorter.analysis_text


def test_a_bold_count_is_read_with_its_noun(linter: Linter) -> None:
    text = "Our launch reel got **80k** views in a weekend.\n"
    found = [f for f in linter.lint_text(text, path="post.md").findings if f.category == "vanity"]
    assert [text[f.start : f.end] for f in found] == ["80k** views"]


def test_an_image_between_words_is_not_collapsed() -> None:
    document = document_from_text("Our new ![a chart](c.png) followers.\n", "post.md")
    shorter, _ = collapsed(document)
    assert "new followers" not in shorter.analysis_text


@given(st.lists(st.sampled_from(["w", "ab", " ", "  ", "\t", " \t ", "\n", "\n  "]), max_size=40))
def test_every_offset_maps_back_to_the_same_character(parts: list[str]) -> None:
    text = "".join(parts)
    shorter, offsets = collapsed(plain(text))
    if offsets is None:
        assert shorter.text == text
        return
    for at, char in enumerate(shorter.text):
        back = offsets.original(at)
        assert text[back] == char or (char == " " and text[back] in " \t")
        assert offsets.collapsed(back) == at
    assert shorter.text.split() == text.split()


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("Say hello to our new\r\nfollowers.\r\n", "post.md"),  # CRLF soft break
        ("Say hello to our new  followers.\n", "post.txt"),  # a double space
        ("Say hello to our new\tfollowers.\n", "post.txt"),  # a tab
        ("- Say hello to our new\n  followers from the fair.\n", "post.md"),  # wrapped item
        ("Say hello to our new \t  followers.\n", "post.md"),
    ],
    ids=["crlf", "double-space", "tab", "wrapped-item", "mixed"],
)
def test_token_patterns_match_across_whitespace_with_exact_offsets(
    linter: Linter, text: str, path: str
) -> None:
    found = [f for f in linter.lint_text(text, path=path).findings if f.rule == "audience-metric"]
    assert len(found) == 1
    finding = found[0]
    matched = text[finding.start : finding.end]
    assert matched.split() == ["new", "followers"]
    assert finding.line == 1 and finding.column == text.index("new") + 1


def test_offsets_after_collapsed_runs_stay_exact(linter: Linter) -> None:
    # Findings after several collapsed runs, one of them at the end of a long line.
    text = "We  grew.  Say hello to our new   followers.\tThen  our new\t\tfollowers came.\n"
    found = linter.lint_text(text, path="post.txt").findings
    audience = [f for f in found if f.rule == "audience-metric"]
    assert len(audience) == 2
    for finding in found:
        assert text[finding.start : finding.end].strip() == text[finding.start : finding.end]
    assert [text[f.start : f.end].split() for f in audience] == [["new", "followers"]] * 2


def test_windows_of_a_long_document_map_back_too(linter: Linter) -> None:
    filler = "Plain words about the weather today.\n\n" * 1200  # over one window
    text = filler + "Say hello to our new  followers.\n\n" + filler
    assert len(text) > 60_000
    found = [
        f for f in linter.lint_text(text, path="post.md").findings if f.rule == "audience-metric"
    ]
    assert [text[f.start : f.end] for f in found] == ["new  followers"]
