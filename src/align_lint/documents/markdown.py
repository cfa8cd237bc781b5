"""Markdown drafts: mask everything that is not prose, keep every offset.

markdown-it gives block structure with line ranges (no inline positions), so
the work is split in two:

* block pass (markdown-it): front matter, fenced and indented code, HTML
  blocks, link reference definitions, thematic breaks and table delimiter
  rows are blanked whole; heading, list, blockquote and table markers are
  blanked at the start of their lines;
* inline pass (regular expressions over what is left): code spans, HTML tags
  and comments, link and image targets (link text stays), emphasis markers,
  escapes, then the social pass (URLs, mentions, hashtags, entities).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from align_lint.datafiles.lines import LineDict, LineMapping, line_dict, load_toml, load_yaml
from align_lint.documents.document import LINE_BREAK
from align_lint.documents.masking import mask_matches, mask_range, mask_social, unify_line_breaks
from align_lint.errors import InputError


@dataclass(frozen=True)
class MaskedMarkdown:
    analysis_text: str
    meta: Mapping[str, Any]  # the front matter, read-only, with the line of each key
    block_starts: tuple[int, ...]
    # (start, end) of every HTML comment that is markup, not code: where inline
    # suppression directives (<!-- align-disable … -->) may live.
    comments: tuple[tuple[int, int], ...] = ()


@lru_cache(maxsize=1)
def _parser() -> Any:
    # Imported here so `align --help` never pays for markdown-it.
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    parser = MarkdownIt("commonmark").use(front_matter_plugin).enable(["table", "strikethrough"])
    # Only block tokens are used: skipping the inline parse changes none of them.
    return parser.disable(["inline", "text_join"])


_TOML_FRONT_MATTER = re.compile(
    r"\A\+\+\+[ \t]*(?:\r\n?|\n)(.*?)(?<=[\r\n])\+\+\+[ \t]*(?:\r\n?|\n|\Z)", re.S
)
_LINE_PREFIX = re.compile(
    r"[ \t]{0,3}(?:>[ \t]?)*"  # blockquote markers
    r"(?:#{1,6}(?=[ \t]|$)"  # ATX heading marker
    r"|[ \t]*(?:[-*+•]|\d{1,9}[.)])(?=[ \t]|$)(?:[ \t]+\[[ xX]\](?=[ \t]))?"  # list item, task
    r")?"
)
_ATX_CLOSING = re.compile(r"[ \t]+#+[ \t]*$")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<[A-Za-z][\w+.-]*:[^\s<>]*>")
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
# Leftmost wins between a code span and a comment, as in CommonMark, so
# `<!-- align-disable -->` written inside backticks is code, not a directive.
_CODE_OR_COMMENT = re.compile(rf"{_CODE_SPAN.pattern}|(?P<comment>{_HTML_COMMENT.pattern})", re.S)
_INLINE_LINK = re.compile(r"(!?\[)[^\[\]\n]*(\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\))")
_REF_LINK = re.compile(r"(!?\[)[^\[\]\n]+(\]\[[^\[\]\n]*\])")
_EMPHASIS = re.compile(r"(?<![\w*_~])[*_~]+(?=\S)|(?<=\S)[*_~]+(?![\w*_~])")
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
_TABLE_PIPE = re.compile(r"\|")


def mask_markdown(text: str, source: str) -> MaskedMarkdown:
    chars = list(text)
    lines = _Lines.of(text)
    meta = LineMapping()

    toml = _TOML_FRONT_MATTER.match(text)
    if toml:
        meta = _parse_toml(toml.group(1), source)
        mask_range(chars, 0, toml.end())

    # markdown-it counts "\r\n", "\n" and a lone "\r" as one line break each,
    # as ``lines`` does, so its line maps index ``lines`` directly.
    tokens = _parser().parse("".join(chars))
    covered: set[int] = set()
    block_starts: list[int] = []
    comments: list[tuple[int, int]] = []
    for token in tokens:
        if token.map is None:
            continue
        first, last = token.map
        kind = token.type
        if kind == "front_matter":
            meta = _parse_yaml(token.content, source, first_line=first + 2)
            _mask_lines(chars, lines, first, last)
            covered.update(range(first, last))
        elif kind in ("fence", "code_block", "html_block", "hr"):
            if kind == "html_block":
                offset, end = lines.block(first, last)
                block = "".join(chars[offset:end])
                comments.extend(
                    (offset + m.start(), offset + m.end()) for m in _HTML_COMMENT.finditer(block)
                )
            _mask_lines(chars, lines, first, last)
            covered.update(range(first, last))
        elif kind == "table_open":
            covered.update(range(first, last))
            # The delimiter row ("|---|:--:|") is the line after the header.
            _mask_lines(chars, lines, first + 1, first + 2)
            _mask_pipes(chars, lines, first, last)
        elif kind in ("paragraph_open", "heading_open"):
            covered.update(range(first, last))
            block_starts.append(lines.starts[first])
            _mask_line_prefixes(chars, lines, first, last, heading=kind == "heading_open")
            setext = kind == "heading_open" and token.markup in ("=", "-")
            if setext:
                _mask_lines(chars, lines, last - 1, last)  # setext underline
            _join_soft_breaks(chars, text, lines, first, last - 1 if setext else last)
        elif kind == "tr_open":
            block_starts.append(lines.starts[first])

    _mask_uncovered_lines(chars, lines, covered)
    comments.extend(
        match.span("comment")
        for match in _CODE_OR_COMMENT.finditer("".join(chars))
        if match.group("comment")
    )
    for pattern in (_HTML_COMMENT, _CODE_SPAN, _HTML_TAG):
        mask_matches(chars, pattern)
    for pattern in (_INLINE_LINK, _REF_LINK):
        mask_matches(chars, pattern, groups=(1, 2))
    for pattern in (_EMPHASIS, _ESCAPE):
        mask_matches(chars, pattern)
    mask_social(chars)
    return MaskedMarkdown(
        unify_line_breaks("".join(chars)),
        meta,
        tuple(sorted(set(block_starts))),
        tuple(sorted(comments)),
    )


@dataclass(frozen=True)
class _Lines:
    """Where each line of the draft starts and where its content ends (before
    its "\r\n", "\n" or "\r"), with ``starts[count] == len(text)`` as a sentinel."""

    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, text: str) -> _Lines:
        starts, ends = [0], []
        for match in LINE_BREAK.finditer(text):
            ends.append(match.start())
            starts.append(match.end())
        ends.append(len(text))
        return cls([*starts, len(text)], ends)

    @property
    def count(self) -> int:
        return len(self.ends)

    def span(self, line: int) -> tuple[int, int]:
        """Offsets of a 0-based line's content, without its line break."""
        return self.starts[line], self.ends[line]

    def block(self, first: int, last: int) -> tuple[int, int]:
        """Offsets of lines [first, last), line breaks included."""
        return self.starts[min(first, self.count)], self.starts[min(last, self.count)]


def _mask_lines(chars: list[str], lines: _Lines, first: int, last: int) -> None:
    start, end = lines.block(first, last)
    mask_range(chars, start, end)


def _mask_line_prefixes(
    chars: list[str], lines: _Lines, first: int, last: int, *, heading: bool
) -> None:
    for line in range(first, min(last, lines.count)):
        start, end = lines.span(line)
        content = "".join(chars[start:end])
        prefix = _LINE_PREFIX.match(content)
        if prefix:
            mask_range(chars, start, start + prefix.end())
        if heading:
            closing = _ATX_CLOSING.search(content)
            if closing:
                mask_range(chars, start + closing.start(), end)


def _join_soft_breaks(chars: list[str], text: str, lines: _Lines, first: int, last: int) -> None:
    """A paragraph hard-wrapped over lines [first, last) is read as the one line
    it renders as: each soft line break becomes a space ("passed 25,000⏎
    followers" is matched; "\\r\\n" becomes two). A hard break (two trailing
    spaces, or a backslash, in ``text``) stays a line break, as it renders."""
    for line in range(first, min(last, lines.count) - 1):
        end = lines.ends[line]
        if text[max(0, end - 2) : end] == "  " or text[end - 1 : end] == "\\":
            continue
        next_start = lines.starts[line + 1]
        chars[end:next_start] = " " * (next_start - end)


def _mask_pipes(chars: list[str], lines: _Lines, first: int, last: int) -> None:
    for line in range(first, min(last, lines.count)):
        start, end = lines.span(line)
        for match in _TABLE_PIPE.finditer("".join(chars[start:end])):
            chars[start + match.start()] = " "


def _mask_uncovered_lines(chars: list[str], lines: _Lines, covered: set[int]) -> None:
    """Blank non-empty lines no block claims: link reference definitions."""
    for line in range(lines.count):
        if line in covered:
            continue
        start, end = lines.span(line)
        if "".join(chars[start:end]).strip():
            mask_range(chars, start, end)


def _parse_yaml(content: str, source: str, first_line: int) -> LineMapping:
    """YAML front matter with the line of each key, counted in the draft, so the
    settings in it are reported as ``post.md:LINE``. A repeated key is not an
    error: front matter belongs to the site generator, which lets the last win."""
    data = load_yaml(
        content,
        source,
        InputError,
        first_line=first_line,
        unique_keys=False,
        invalid="front matter is not valid YAML",
    )
    return LineMapping(data if isinstance(data, LineDict) else line_dict({}, first_line - 1))


def _parse_toml(content: str, source: str) -> LineMapping:
    """TOML front matter (Hugo's ``+++``), which starts on the draft's second line."""
    data = load_toml(
        # TOML knows only "\n" and "\r\n" as line breaks; the lines stay the same.
        LINE_BREAK.sub("\n", content),
        source,
        InputError,
        first_line=2,
        invalid="front matter is not valid TOML",
    )
    return LineMapping(data)
