"""Fuzzing the Markdown masking against markdown-it's own parse (issue 11,
items 3, 6 and 8).

Generated drafts mix "\\n", "\\r\\n" and lone "\\r" line endings, code spans
with runs of backticks, escapes, inline and block HTML, comments (closed and
not), links, images, emphasis, tables, fences, and lists and blockquotes
nested deeper than markdown-it's preset allows. Properties:

* masking never raises;
* every offset is kept: ``analysis_text`` has the length of the draft, a line
  break wherever the draft has one (a soft break of a paragraph may be joined
  into spaces, a lone "\\r" is read as "\\n"), and every other character is
  the draft's own, a space, or a decoded entity;
* the prose is markdown-it's: ``reference_prose`` walks the tokens of a full
  markdown-it parse (front matter plugin, tables, strikethrough, the same
  nesting bound) and keeps the text of text tokens, of escapes and entities
  as markdown-it decodes them, of link text and image alt text, and nothing
  of code spans, HTML, autolinks, link targets or markers. What is compared
  is the sequence of non-whitespace characters of that text with the one of
  ``analysis_text``: whitespace is left out because masking turns markup
  into spaces where rendering turns it into nothing ("a**b**c").

The vocabulary has no URLs, e-mails, @mentions or #hashtags (the social pass
masks those in prose on purpose) and no task boxes or "•" bullets.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from align_lint.documents import document_from_text
from align_lint.documents.markdown import MAX_NESTING
from align_lint.errors import InputError

WORD = st.sampled_from(
    ["we", "grew", "10k", "followers", "Q3", "café", "😀", "1.5", "a", "b", "it's", "x-y"]
)
WORDS = st.lists(WORD, min_size=1, max_size=4).map(" ".join)
TICKS = st.sampled_from(["`", "``", "```"])


def _code(ticks: str, words: str) -> str:
    return f"{ticks}{words}{ticks}"


INLINE = st.one_of(
    WORDS,
    WORDS,
    st.builds(_code, TICKS, WORDS),
    st.sampled_from(
        [
            "`", "``", "\\`", "\\", "\\*", "\\_", "\\[", "\\<", "*", "**", "_", "~~", "<", ">",
            "[", "]", "](", "<!--", "-->", "<!-- a -->", "<span class='x'>", "</span>",
            "<b and", "&amp;", "&copy;", "&#35;", "&nope;", "<https://e.com/a>", "<a@b.co>",
            "  \n", "\\\n", "\n", "\r", "\r\n", "|",
        ]
    ),
    WORDS.map(lambda w: f"*{w}*"),
    WORDS.map(lambda w: f"**{w}**"),
    WORDS.map(lambda w: f"_{w}_"),
    WORDS.map(lambda w: f"~~{w}~~"),
    WORDS.map(lambda w: f'[{w}](/dest/{len(w)} "title")'),
    WORDS.map(lambda w: f"[{w}][ref]"),
    WORDS.map(lambda w: f"![{w}](img.png)"),
    WORDS.map(lambda w: f"[{w} `code` *em*](/x)"),
)  # fmt: skip
PARAGRAPH = st.lists(INLINE, min_size=1, max_size=8).map(" ".join).map(str.strip)


def _nested(prefix: str, depth: int, body: str) -> str:
    return prefix * depth + body


def _list(depth: int, body: str) -> str:
    return "".join(f"{'  ' * level}- item {level}\n" for level in range(depth)) + (
        "  " * depth + f"- {body}"
    )


BLOCK = st.one_of(
    PARAGRAPH,
    PARAGRAPH,
    PARAGRAPH.map(lambda p: f"## {p} ##"),
    PARAGRAPH.map(lambda p: f"{p}\n===="),
    st.builds(_nested, st.just("> "), st.integers(1, 25), PARAGRAPH),
    st.builds(_list, st.integers(0, 12), PARAGRAPH),
    PARAGRAPH.map(lambda p: f"1. {p}\n2. {p}"),
    PARAGRAPH.map(lambda p: f"```\n{p}\n```"),
    PARAGRAPH.map(lambda p: f"    {p}"),
    PARAGRAPH.map(lambda p: f"<div>\n{p}\n</div>"),
    PARAGRAPH.map(lambda p: f"<!-- {p} -->"),
    PARAGRAPH.map(lambda p: f"| {p} | x |\n|---|---|\n| 1 | {p} |"),
    st.just("[ref]: /dest/ref"),
    st.just("---"),
)
ENDING = st.sampled_from(["\n", "\r\n", "\r"])


@st.composite
def drafts(draw: st.DrawFn) -> str:
    """Blocks between blank lines; each line break is one of the three."""
    front = draw(st.sampled_from(["", "---\ntitle: t\n---\n"]))
    text = front + "\n\n".join(draw(st.lists(BLOCK, min_size=1, max_size=5))) + "\n"
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    mixed = "".join(line + draw(ENDING) for line in lines[:-1]) + lines[-1]
    return mixed if mixed.strip() else "text"


@lru_cache(maxsize=1)
def _reference_parser() -> Any:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    parser = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING})
    return parser.use(front_matter_plugin).enable(["table", "strikethrough"])


def _inline_prose(children: list[Any], out: list[str]) -> None:
    autolink = False
    for token in children:
        if token.type == "link_open" and token.markup == "autolink":
            autolink = True
        elif token.type == "link_close":
            autolink = False
        elif autolink:
            continue
        elif token.type in ("text", "text_special"):
            out.append(token.content)
        elif token.type == "image":
            _inline_prose(token.children or [], out)


def reference_prose(text: str) -> str:
    """The non-whitespace characters of the prose markdown-it renders."""
    out: list[str] = []
    tokens = _reference_parser().parse(text)
    for index, token in enumerate(tokens):
        if token.type == "inline":
            children = token.children or []
            if index >= 2 and tokens[index - 2].type == "list_item_open":
                children = _without_task_box(children)
            _inline_prose(children, out)
    return "".join("".join(out).split())


def _without_task_box(children: list[Any]) -> list[Any]:
    """A list item's first paragraph without its GFM task box ("- [ ] todo"),
    which align masks as markup and CommonMark keeps as text."""
    if children and children[0].type == "text":
        box = re.match(r"\[[ xX]\][ \t]+", children[0].content)
        if box:
            first = children[0].copy(content=children[0].content[box.end() :])
            return [first, *children[1:]]
    return children


def _assert_offsets_kept(text: str, analysis: str) -> None:
    assert len(analysis) == len(text)
    for original, masked in zip(text, analysis, strict=True):
        if original == "\n":
            assert masked in "\n "  # " ": a soft break joined
        elif original == "\r":
            assert masked in "\r\n "  # "\n": a lone "\r", read as a line break
        else:
            assert masked not in "\r\n"
            assert masked in (original, " ") or original == "&"


def _check(text: str) -> None:
    try:
        document = document_from_text(text, "generated.md")
    except InputError as error:  # the one error a draft may give: its front matter
        assert "front matter is not valid" in str(error)
        return
    _assert_offsets_kept(text, document.analysis_text)
    assert "".join(document.analysis_text.split()) == reference_prose(text)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts())
def test_masked_text_is_markdown_its_prose(text: str) -> None:
    _check(text)


@pytest.mark.slow
@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts())
def test_masked_text_is_markdown_its_prose_at_length(text: str) -> None:
    _check(text)
