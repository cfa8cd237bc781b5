"""Masking Markdown: what becomes spaces, what stays, and that offsets survive."""

from __future__ import annotations

import pytest

from align_lint.documents import document_from_text
from align_lint.errors import InputError
from align_lint.run.linter import Linter


def analysis(text: str, name: str = "post.md") -> str:
    document = document_from_text(text, name)
    assert len(document.analysis_text) == len(text)
    return document.analysis_text


def test_front_matter_is_masked_and_parsed_into_meta() -> None:
    text = "--- \ntitle: Launch\nplatform: linkedin\n---  \nWe grew 10k followers.\n"
    document = document_from_text(text, "post.md")
    assert document.meta == {"title": "Launch", "platform": "linkedin"}
    assert document.analysis_text.splitlines()[1].strip() == ""
    assert "We grew 10k followers." in document.analysis_text


def test_toml_front_matter_is_masked_and_parsed() -> None:
    text = '+++\ntitle = "Hugo"\n+++\nBody text here.\n'
    document = document_from_text(text, "post.md")
    assert document.meta == {"title": "Hugo"}
    assert document.analysis_text.startswith(" " * 3 + "\n")
    assert "Hugo" not in document.analysis_text


def test_broken_front_matter_is_an_input_error_naming_the_file() -> None:
    with pytest.raises(InputError, match=r"^post\.md:\d+: front matter is not valid YAML"):
        document_from_text("---\ntitle: [unclosed\n---\nBody\n", "post.md")


@pytest.mark.parametrize(
    ("source", "kept", "masked"),
    [
        ("Text `10k followers` here.", "Text", "followers"),
        ("```\n10k followers\n```\nAfter.", "After.", "followers"),
        ("    indented code with 10k followers\n\nAfter.", "After.", "followers"),
        ("<div>10k followers</div>\n\nAfter.", "After.", "followers"),
        ("Before <!-- 10k followers --> after.", "after.", "followers"),
        ("See [our launch](https://x.io/10k-followers) now.", "our launch", "x.io"),
        ("![a chart](chart-of-followers.png) below.", "a chart", "png"),
        ("Visit https://example.com/followers today.", "today", "example.com"),
        ("Thanks @followers_club and #followers!", "Thanks", "followers"),
        ("[ref]: https://example.com/followers\n\nText.", "Text.", "example"),
    ],
)
def test_non_prose_is_masked(source: str, kept: str, masked: str) -> None:
    text = analysis(source)
    assert kept in text
    assert masked not in text


@pytest.mark.parametrize("name", ["post.md", "tweet.txt"])
def test_a_hashtag_gluing_a_count_to_a_metric_noun_stays_prose(name: str) -> None:
    # "#250kSubs" claims an audience; "#blessed" and "#2024Goals" are tags.
    text = analysis("Made it to #250kSubs today #blessed #2024Goals", name)
    assert " 250kSubs today" in text
    assert "blessed" not in text and "Goals" not in text and "#" not in text
    # A count tagged alone keeps its noun after it; a tag before another word goes.
    assert " 50K fans" in analysis("Now #50K fans strong", name)
    assert "100k" not in analysis("The #100k bonus pool is open", name)


def test_markup_characters_become_spaces_but_words_stay() -> None:
    text = analysis(
        "# Title ##\n\n- **bold** and _em_ item\n> quote\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
    )
    assert "#" not in text and "*" not in text and "|" not in text and ">" not in text
    for word in ("Title", "bold", "em", "item", "quote", "a", "b", "1", "2"):
        assert word in text


def test_html_entities_decode_in_place() -> None:
    assert analysis("R&amp;D and Q&amp;A", "tweet.txt") == "R&    D and Q&    A"


def test_newlines_and_crlf_survive_masking() -> None:
    source = "Line one `code`\r\n\r\n```\ncode\n```\r\nLast line\r\n"
    text = analysis(source)
    assert [i for i, c in enumerate(text) if c in "\r\n"] == [
        i for i, c in enumerate(source) if c in "\r\n"
    ]


def test_soft_line_breaks_of_a_paragraph_become_spaces() -> None:
    source = "We passed 25,000\nfollowers,\r\nthen more.\n\n- a list item\n  wraps here\n"
    assert analysis(source) == (
        "We passed 25,000 followers,  then more.\n\n  a list item   wraps here\n"
    )


def test_a_line_opening_with_a_pasted_bullet_keeps_its_line_break() -> None:
    """ "•" is no Markdown list marker, but it starts an item: the count of one
    line must not reach the term of the next ("1.9M⏎• Followers")."""
    source = "• Video views: 1.9M\n• Followers: +12,400\nwrapped\n"
    assert analysis(source) == "  Video views: 1.9M\n  Followers: +12,400 wrapped\n"


@pytest.mark.parametrize("name", ["post.md", "post.txt"])
def test_a_line_opening_with_a_pictograph_starts_a_block(name: str) -> None:
    """A social post's lines that open with an emoji are items, as bulleted
    lines are: each starts a block, so one line's words ("we didn't count
    them") say nothing of the line before; a line that goes on in lower case
    starts none."""
    text = "2024 in numbers:\n📸 9,000 tagged posts\n👀 12M impressions\nand counting\n"
    document = document_from_text(text, name)
    starts = {text[offset : offset + 2] for offset in document.block_starts}
    assert {"📸 ", "👀 "} <= starts
    assert not any(text[offset:].startswith("and") for offset in document.block_starts)


def test_a_spaced_middle_dot_separates_the_items_of_a_plain_stat_line() -> None:
    """ "11 cities · 38,000 samples · 2.2M impressions": each item starts a
    block and the dot is masked; a dot inside a word ("L·A") is text."""
    text = "Tour: 11 cities · 38,000 samples handed out · 2.2M impressions. L·A stays.\n"
    document = document_from_text(text, "post.txt")
    starts = {text[offset : offset + 6] for offset in document.block_starts}
    assert {"38,000", "2.2M i"} <= starts
    assert "·" not in document.analysis_text.replace("L·A", "")
    assert "L·A" in document.analysis_text


def test_hard_line_breaks_and_plain_text_keep_their_newlines() -> None:
    # The backslash of a hard break is markup, as the one of an escape.
    assert analysis("Line with a hard break  \nnext\\\nlast\n") == (
        "Line with a hard break  \nnext \nlast\n"
    )
    # A plain-text line that starts with a capital, a digit or a bullet is a
    # line of its own; one that goes on in lower case after a full line is a
    # wrapped paragraph's; after a short line (a stat list) it is its own.
    assert analysis("One line\nAnother\n", "post.txt") == "One line\nAnother\n"
    assert analysis("Stats:\n12k followers\n", "post.txt") == "Stats:\n12k followers\n"
    wrapped = "When we opened the studio account two springs ago we had 312\r\nfollowers\n"
    assert analysis(wrapped, "post.txt") == wrapped.replace("\r\n", "  ")
    listed = "reach 120k\nprofile visits 8k\nnew followers 1.9k\n"
    assert analysis(listed, "post.txt") == listed
    # A short line before a long one is still a paragraph broken mid-sentence.
    broken = "We crossed 100k\nsubscribers on the newsletter this morning, four years in.\n"
    assert analysis(broken, "post.txt") == broken.replace("100k\n", "100k ")


def test_a_phrase_wrapped_over_two_lines_is_matched(linter: Linter) -> None:
    wrapped = "Say hello to our new\nfollowers from the spring fair.\n"
    found = linter.lint_text(wrapped, path="post.md").findings
    assert [(f.rule, f.line, f.column, f.end_line, f.end_column) for f in found] == [
        ("audience-metric", 1, 18, 2, 10)
    ]
    # A hard break renders as a line break: the phrase is not one line there.
    hard = wrapped.replace("new\n", "new  \n")
    assert linter.lint_text(hard, path="post.md").findings == ()


def test_block_starts_mark_headings_paragraphs_and_list_items() -> None:
    text = "# Heading\nPara one\ncontinued\n\n- item one\n- item two\n"
    document = document_from_text(text, "post.md")
    starts = {text[offset : offset + 4] for offset in document.block_starts}
    assert starts == {"# He", "Para", "- it"}
    assert len(document.block_starts) == 4


def test_plain_text_keeps_markdown_characters_but_masks_links_and_tags() -> None:
    text = analysis("# not a heading, *not emphasis* https://x.io #tag", "post.txt")
    assert text.startswith("# not a heading, *not emphasis*")
    assert "x.io" not in text and "#tag" not in text


@pytest.mark.parametrize(
    ("source", "masked"),
    [
        # A title cited with its author is another writer's words.
        ("- [Why our editor is a game changer](https://e.com/a) by Jo Smith\n", "game changer"),
        ("- [A game-changing plugin](https://e.com/b) by [Ana](https://e.com/ana)\n", "plugin"),
    ],
)
def test_a_link_title_cited_with_its_author_is_masked(source: str, masked: str) -> None:
    text = analysis(source)
    assert masked not in text
    assert "by" in text


@pytest.mark.parametrize(
    ("source", "kept"),
    [
        # "by" in the draft's own sentence: a degree, a deadline, a month.
        (
            "Our [game-changing release](https://e.com/d) by far beats the old one.\n",
            "game-changing",
        ),
        ("We hit [12k followers](https://e.com/e) by June.\n", "12k followers"),
        ("See [our launch recap](https://e.com/f) for details.\n", "our launch recap"),
    ],
)
def test_a_link_in_the_drafts_own_sentence_stays_prose(source: str, kept: str) -> None:
    assert kept in analysis(source)
