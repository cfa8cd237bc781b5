"""Markdown drafts: mask everything that is not prose, keep every offset.

markdown-it decides what is prose, as CommonMark does. Its tokens carry line
ranges but no inline positions, so:

* block pass: front matter, fenced and indented code, HTML blocks, link
  reference definitions, thematic breaks and table delimiter rows are
  blanked whole. The inline content markdown-it gives a paragraph, heading or
  table cell is found back in its lines (``_Pieces``); what lies around it on
  those lines (list, blockquote, heading and table markers, indentation) is
  markup and is blanked;
* inline pass: where that content holds a character an inline rule acts on,
  markdown-it's own inline parser runs, its rules wrapped to note where each
  of their matches starts and ends (``_InlineLog``): code spans, HTML tags
  and comments, autolinks, link and image targets (the link text stays),
  emphasis markers that became emphasis and escaping backslashes are
  blanked. Then the social pass (URLs, mentions, hashtags, entities).

What is left of regular expressions here is linear in the size of the draft.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from align_lint.datafiles.lines import LineDict, LineMapping, line_dict, load_toml, load_yaml_nodes
from align_lint.documents.document import LINE_BREAK
from align_lint.documents.frontmatter import toml_texts, yaml_texts
from align_lint.documents.masking import (
    PICTOGRAPHS,
    blank,
    mask_range,
    social_masked,
    unify_line_breaks,
)
from align_lint.errors import InputError


@dataclass(frozen=True)
class MaskedMarkdown:
    analysis_text: str
    # The front matter, read-only, with the line of each key and the place of
    # each string value (``LineMapping.texts``), which the run may lint as copy.
    meta: Mapping[str, Any]
    block_starts: tuple[int, ...]
    # (start, end) of every HTML comment that is markup, not code: where inline
    # suppression directives (<!-- align-disable … -->) may live.
    comments: tuple[tuple[int, int], ...] = ()
    # A fenced code block, HTML block or front matter runs to the end of the
    # text unclosed: a piece of a longer draft (``segments.py``) cut there is
    # cut inside it, and is masked again with more of the draft.
    open_at_end: bool = False


# markdown-it drops what is nested deeper than its maxNesting (CommonMark's
# preset: 20 levels, ten of lists). Deeper is parsed here, and lines deeper
# still are linted as prose (``_unparsed_lines``), never dropped; the bound
# stays because markdown-it recurses for each level.
MAX_NESTING = 60

_TOML_FRONT_MATTER = re.compile(
    r"\A\+\+\+[ \t]*(?:\r\n?|\n)(.*?)(?<=[\r\n])\+\+\+[ \t]*(?:\r\n?|\n|\Z)", re.S
)
# The markers of a line markdown-it left without a block (nested too deep).
_LINE_PREFIX = re.compile(r"[ \t]*(?:(?:>|(?:[-*+•]|\d{1,9}[.)]|#{1,6})(?=[ \t]|$))[ \t]*)*")
# A task list item's box ("- [x] done") and a pasted bullet ("• item").
_TASK_BOX = re.compile(r"\[[ xX]\][ \t]+")
_BULLET = re.compile(r"•[ \t]*")
# A line that starts with a pasted bullet, an item of its own.
_PASTED_BULLET = re.compile(rf"[ \t]*[•▪◦‣→➡➜►▶{PICTOGRAPHS}]")
# The characters an inline rule that masks something can start at: content
# without any is prose as it stands, and its inline parse is skipped.
_INLINE_MARKUP = re.compile(r"[`<\\\[*_~]")
# More "[" than this in one block and links are found by _LINK_TARGET (a
# paragraph of link soup, or brackets meant to be slow).
_MAX_LINK_OPENERS = 500
# A link followed by its author: "[Title](url) by Jo Smith", "… by [Jo](url)",
# "… by @jo"; not "by far", "by June" or "by 40%" (the draft's own words).
_CITED_BY = re.compile(
    r"[ \t]+by[ \t]+(?!far\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
    r"Mon|Tue|Wed|Thu|Fri|Sat|Sun|Q[1-4]\b|End\b|Early\b|Late\b|Mid)[a-z]*)[\[@A-Z]"
)
_LINK_TARGET = re.compile(r"\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_MARKER_RUN = re.compile(r"[*_~]{33,}")
_INTRAWORD_UNDERSCORES = re.compile(r"(?<=[^\W_])_+(?=[^\W_])")
_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_LOG = "align_lint.inline_log"  # the key of the _InlineLog in markdown-it's env
# The tokens whose lines are a block of their own (the others nest them).
_BLOCKS = frozenset(
    {"front_matter", "fence", "code_block", "html_block", "hr", "table_open"}
    | {"paragraph_open", "heading_open"}
)


def mask_markdown(
    text: str,
    source: str,
    *,
    first: bool = True,
    references: Mapping[str, Any] | None = None,
) -> MaskedMarkdown:
    """Mask ``text``, a whole draft or (``segments.py``) a piece of one: a piece
    after the ``first`` has no front matter, and ``references`` are the link
    reference definitions of the whole draft (CommonMark lets a link use a
    definition made anywhere in it), each with ``"map": None``."""
    chars = list(text)
    lines = _Lines.of(text)
    meta = LineMapping()

    toml = _TOML_FRONT_MATTER.match(text) if first else None
    if toml:
        meta = _parse_toml(text, toml.start(1), toml.end(1), source)
        mask_range(chars, 0, toml.end())

    # markdown-it counts "\r\n", "\n" and a lone "\r" as one line break each,
    # as ``lines`` does, so its line maps index ``lines`` directly.
    parsed = "".join(chars)
    env: dict[str, Any] = {"references": dict(references)} if references else {}
    tokens = _parser(first).parse(parsed, env)
    masker = _Masker(chars, parsed, lines, env)
    covered: set[int] = set(_reference_lines(env))
    block_starts: list[int] = []
    item_line = -1  # the first line of the innermost list item seen
    row: _Row | None = None
    for index, token in enumerate(tokens):
        kind = token.type
        if row is not None:
            if kind == "inline":
                row.cell(token.content)
            elif kind == "tr_close":
                row.close()
                row = None
            continue
        if token.map is None:
            continue
        first, last = token.map
        if kind == "front_matter":
            meta = _parse_yaml(token.content, source, text, lines, first_line=first + 2)
            masker.mask_lines(first, last)
        elif kind in ("fence", "code_block", "html_block", "hr"):
            if kind == "html_block":
                masker.comments.extend(html_comments(parsed, *lines.block(first, last)))
            masker.mask_lines(first, last)
        elif kind == "table_open":
            # The delimiter row ("|---|:--:|") is the line after the header.
            masker.mask_lines(first + 1, first + 2)
        elif kind == "tr_open":
            block_starts.append(lines.starts[first])
            row = _Row(masker, first)
        elif kind == "list_item_open":
            item_line = first
        elif kind in ("paragraph_open", "heading_open"):
            block_starts.append(lines.starts[first])
            setext = kind == "heading_open" and token.markup in ("=", "-")
            if setext:
                masker.mask_lines(last - 1, last)  # the underline
            end = last - 1 if setext else last
            content = tokens[index + 1].content
            if kind == "heading_open" and not setext:
                masker.heading(content, first)
            else:
                masker.paragraph(content, first, end, task=first == item_line)
            block_starts.extend(_join_soft_breaks(chars, text, lines, first, end))
        if kind in _BLOCKS:
            covered.update(range(first, last))

    for line in _reference_lines(env):
        masker.mask_lines(line, line + 1)
    block_starts.extend(masker.unparsed_lines(covered))
    return MaskedMarkdown(
        unify_line_breaks(social_masked("".join(chars))),
        meta,
        tuple(sorted(set(block_starts))),
        tuple(sorted(masker.comments)),
        open_at_end=runs_to_end(tokens, lines.count - 1),
    )


# The blocks that a blank line does not end: what a piece of a draft cut
# after a blank line may leave open.
_UNENDED_BY_BLANK = frozenset({"fence", "html_block", "front_matter"})


def runs_to_end(tokens: list[Any], line_count: int) -> bool:
    """Whether a top-level block that a blank line does not end reaches the
    last of ``line_count`` lines (markdown-it closes an unclosed fence or
    HTML block at the end of what it parses)."""
    return any(
        token.level == 0
        and token.type in _UNENDED_BY_BLANK
        and token.map is not None
        and token.map[1] >= line_count
        for token in tokens
    )


def block_references(text: str, *, first: bool) -> tuple[dict[str, Any], bool]:
    """The link reference definitions of ``text`` (markdown-it's block parse
    alone), and whether a block runs unclosed to its end (``runs_to_end``)."""
    env: dict[str, Any] = {}
    # As mask_markdown parses it: TOML front matter blanked first (markdown-it
    # would read its closing "+++" line into the paragraph of a definition
    # right under it, and miss that definition).
    toml_end = toml_front_matter_end(text) if first else 0
    parsed = blank(text[:toml_end]) + text[toml_end:] if toml_end else text
    tokens = _parser(first).parse(parsed, env)
    return env.get("references", {}), runs_to_end(tokens, _Lines.of(text).count - 1)


def toml_front_matter_end(text: str) -> int:
    """Where TOML front matter (``+++``) at the start of ``text`` ends, or 0."""
    toml = _TOML_FRONT_MATTER.match(text)
    return toml.end() if toml else 0


def html_comments(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The HTML comments in ``text[start:end]``, found with ``str.find``: a
    regex that looks for ``-->`` from every ``<!--`` is quadratic."""
    position = text.find("<!--", start, end)
    while position >= 0:
        if text.startswith(("<!-->", "<!--->"), position):
            close = position + (5 if text.startswith("<!-->", position) else 6)
        else:
            close = text.find("-->", position + 4, end)
            if close < 0:
                return  # no "-->" left: no further comment can end either
            close += 3
        yield position, close
        position = text.find("<!--", close, end)


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

    def block(self, first: int, last: int) -> tuple[int, int]:
        """Offsets of lines [first, last), line breaks included."""
        return self.starts[min(first, self.count)], self.starts[min(last, self.count)]


@dataclass
class _Pieces:
    """Where markdown-it's inline content of a block lies in the draft: one
    piece per line, each the end of its line (the container markers and
    indentation before it cut off), or a cell or heading text within it."""

    content_starts: list[int] = field(default_factory=list)
    text_starts: list[int] = field(default_factory=list)
    text_ends: list[int] = field(default_factory=list)
    # Leading spaces markdown-it made of a tab the container half consumed:
    # they stand on the first character of the piece.
    padding: list[int] = field(default_factory=list)

    def add(self, content_start: int, text_start: int, text_end: int, padding: int = 0) -> None:
        self.content_starts.append(content_start)
        self.text_starts.append(text_start)
        self.text_ends.append(text_end)
        self.padding.append(padding)

    def offset(self, position: int) -> int:
        """The draft offset of a position in the content."""
        piece = bisect_right(self.content_starts, position) - 1
        within = position - self.content_starts[piece] - self.padding[piece]
        return min(self.text_starts[piece] + max(within, 0), self.text_ends[piece])

    def end_offset(self, position: int) -> int:
        """The draft offset just after the character before ``position``."""
        return self.offset(position - 1) + 1 if position > 0 else self.offset(0)


@dataclass
class _Masker:
    chars: list[str]
    parsed: str  # the draft as markdown-it read it (TOML front matter blanked)
    lines: _Lines
    env: dict[str, Any]  # markdown-it's: the link reference definitions
    comments: list[tuple[int, int]] = field(default_factory=list)

    def mask_lines(self, first: int, last: int) -> None:
        mask_range(self.chars, *self.lines.block(first, last))

    def paragraph(self, content: str, first: int, last: int, *, task: bool) -> None:
        """A paragraph (or setext heading) over lines [first, last)."""
        pieces = _Pieces()
        position = 0
        for line, piece in zip(range(first, last), content.split("\n"), strict=False):
            start, end = self.lines.starts[line], self.lines.ends[line]
            found = self.parsed.rfind(piece, start, end)
            padding = 0
            if found < 0:  # a half-consumed tab became spaces at its start
                unpadded = piece.lstrip(" ")
                found = self.parsed.rfind(unpadded, start, end) if unpadded else -1
                if found < 0:
                    self._unmapped(first, last)
                    return
                padding = len(piece) - len(unpadded)
            pieces.add(position, found, found + len(piece) - padding, padding)
            position += len(piece) + 1
        self._mask_around(pieces)
        if task and (box := _TASK_BOX.match(content)):
            mask_range(self.chars, pieces.offset(0), pieces.offset(box.end()))
        self.inline(content, pieces)

    def heading(self, content: str, line: int) -> None:
        """An ATX heading: its text is after the run of "#"s."""
        start, end = self.lines.starts[line], self.lines.ends[line]
        hashes = self.parsed.find("#", start, end)
        while hashes < end and self.parsed[hashes] == "#":
            hashes += 1
        found = self.parsed.find(content, hashes, end) if content else -1
        if found < 0:
            mask_range(self.chars, start, end)  # "#" alone, or not found: no prose
            return
        pieces = _Pieces()
        pieces.add(0, found, found + len(content))
        self._mask_around(pieces)
        self.inline(content, pieces)

    def inline(self, content: str, pieces: _Pieces) -> None:
        for match in _BULLET.finditer(content):
            if match.start() in pieces.content_starts:
                mask_range(self.chars, pieces.offset(match.start()), pieces.end_offset(match.end()))
        if not _INLINE_MARKUP.search(content):
            return
        content = self._blank_marker_runs(content, pieces)
        log = _InlineLog()
        links = self._may_link(content)
        if not links and "](" in content:  # too many brackets: targets found linearly
            for match in _LINK_TARGET.finditer(content):
                log.blank(None, match.start() + 1, match.end())
        parser = _inline_parser(links)
        self.env[_LOG] = log
        try:
            parser.inline.parse(content, parser, self.env, [])
        finally:
            del self.env[_LOG]
        for start, end, comment in log.spans:
            text_start, text_end = pieces.offset(start), pieces.end_offset(end)
            mask_range(self.chars, text_start, text_end)
            if comment:
                self.comments.append((text_start, text_end))

    def _blank_marker_runs(self, content: str, pieces: _Pieces) -> str:
        """The content as the inline parse gets it. A run of emphasis markers
        too long to be emphasis is blanked before
        the parse, which spends tens of µs on each delimiter: a run of 250,000
        "*" took 14 s. Same length, so positions stay."""
        runs = list(_MARKER_RUN.finditer(content))
        for run in runs:
            mask_range(self.chars, pieces.offset(run.start()), pieces.end_offset(run.end()))
        if runs:
            content = _MARKER_RUN.sub(lambda run: " " * len(run.group()), content)
        # "_" between letters or digits ("snake_case") can neither open nor
        # close emphasis; read as a letter, it costs the parse nothing.
        return _INTRAWORD_UNDERSCORES.sub(lambda run: "x" * len(run.group()), content)

    def _may_link(self, content: str) -> bool:
        """Whether a "[" of ``content`` may open a link: "](" or "][" is in it,
        or "]" and the draft defines references; and it has not so many "["
        that markdown-it's link parse would take seconds."""
        inline_link = "](" in content or "][" in content
        reference = "]" in content and bool(self.env.get("references"))
        return (inline_link or reference) and content.count("[") <= _MAX_LINK_OPENERS

    def unparsed_lines(self, covered: set[int]) -> Iterator[int]:
        """Lines no block claims hold prose markdown-it did not parse (nested
        deeper than MAX_NESTING): their markers are blanked, their text stays,
        and each is a block of its own. Yields their starts."""
        for line in range(self.lines.count):
            start, end = self.lines.starts[line], self.lines.ends[line]
            if line in covered or not self.parsed[start:end].strip():
                continue
            prefix = _LINE_PREFIX.match(self.parsed, start, end)
            if prefix:
                mask_range(self.chars, start, prefix.end())
            yield start

    def _mask_around(self, pieces: _Pieces) -> None:
        """Blank what is on the pieces' lines but not in them: markers, indentation."""
        last_line = self.lines.count - 1
        for text_start, text_end in zip(pieces.text_starts, pieces.text_ends, strict=True):
            # An empty piece on the last line (a paragraph markdown-it made of a
            # last line of Unicode spaces, "x\n\n\u00a0") starts at len(text),
            # the sentinel start: it belongs to the last line, not after it.
            line = min(bisect_right(self.lines.starts, text_start) - 1, last_line)
            mask_range(self.chars, self.lines.starts[line], text_start)
            mask_range(self.chars, text_end, self.lines.ends[line])

    def _unmapped(self, first: int, last: int) -> None:
        """Content not found in its lines (never seen): blank the line markers only."""
        for line in range(first, last):
            start, end = self.lines.starts[line], self.lines.ends[line]
            prefix = _LINE_PREFIX.match(self.parsed, start, end)
            if prefix:
                mask_range(self.chars, start, prefix.end())


class _Row:
    """A table row: its cells are found in order along the line; what is between
    them (pipes, padding) is blanked."""

    def __init__(self, masker: _Masker, line: int) -> None:
        self.masker = masker
        self.line = line
        self.cursor = masker.lines.starts[line]
        self.pieces: list[_Pieces] = []
        self.lost = False  # a cell not found as it stands ("\|" in it)

    def cell(self, content: str) -> None:
        end = self.masker.lines.ends[self.line]
        found = self.masker.parsed.find(content, self.cursor, end) if content else -1
        if found < 0:
            self.lost = self.lost or bool(content)
            return
        pieces = _Pieces()
        pieces.add(0, found, found + len(content))
        self.pieces.append(pieces)
        self.cursor = found + len(content)
        self.masker.inline(content, pieces)

    def close(self) -> None:
        chars, start = self.masker.chars, self.masker.lines.starts[self.line]
        end = self.masker.lines.ends[self.line]
        if self.lost:  # keep the text, blank the pipes
            for offset in range(start, end):
                if chars[offset] == "|":
                    chars[offset] = " "
            return
        for pieces in self.pieces:
            mask_range(chars, start, pieces.text_starts[0])
            start = pieces.text_ends[0]
        mask_range(chars, start, end)


def _reference_lines(env: Mapping[str, Any]) -> Iterator[int]:
    """The lines of link reference definitions, which make no token."""
    definitions = [*env.get("references", {}).values(), *env.get("duplicate_refs", ())]
    for definition in definitions:
        if definition["map"] is None:  # made in another piece of the draft
            continue
        first, last = definition["map"]
        yield from range(first, last)


def _join_soft_breaks(
    chars: list[str], text: str, lines: _Lines, first: int, last: int
) -> list[int]:
    """A paragraph hard-wrapped over lines [first, last) is read as the one line
    it renders as: each soft line break becomes a space ("passed 25,000⏎
    followers" is matched; "\\r\\n" becomes two). A hard break (two trailing
    spaces, or a backslash, in ``text``) stays a line break, as it renders; so
    does one before a pasted bullet or a pictograph ("• Followers: +12,400"
    under "• Video views: 1.9M", "📸 14,000 tagged posts"), which starts an
    item as a list marker would: the starts of such lines are returned, to
    begin blocks of their own."""
    items: list[int] = []
    for line in range(first, min(last, lines.count) - 1):
        end = lines.ends[line]
        next_start = lines.starts[line + 1]
        if _PASTED_BULLET.match(text, next_start):
            items.append(next_start)
            continue
        if text[max(0, end - 2) : end] == "  " or text[end - 1 : end] == "\\":
            continue
        chars[end:next_start] = " " * (next_start - end)
    return items


@dataclass
class _InlineLog:
    """What the wrapped inline rules of one parse noted, in positions of the
    content they parse (an image's alt text is parsed on its own and shifted
    back, see ``_note_image``): ``spans`` to blank, as (start, end, is a
    comment); emphasis delimiters, kept until the pairs are settled."""

    spans: list[tuple[int, int, bool]] = field(default_factory=list)
    owners: list[int] = field(default_factory=list)  # id() of the state of each span
    delimiters: list[tuple[int, Any, int, int]] = field(default_factory=list)

    def blank(self, state: Any, start: int, end: int, *, comment: bool = False) -> None:
        if start < end:
            self.spans.append((start, end, comment))
            self.owners.append(id(state))


Note = Callable[[_InlineLog, Any, int, int, int], None]


def _noting(rule: Callable[[Any, bool], bool], note: Note) -> Callable[[Any, bool], bool]:
    """``rule`` as it is, but a match (not a look-ahead, which is ``silent``)
    is noted in the log of the parse, if it has one."""

    def noted(state: Any, silent: bool) -> bool:
        log = None if silent else state.env.get(_LOG)
        if log is None:
            return rule(state, silent)
        start, tokens, mark = state.pos, len(state.tokens), len(log.spans)
        if not rule(state, silent):
            return False
        note(log, state, start, tokens, mark)
        return True

    return noted


def _note_code_span(log: _InlineLog, state: Any, start: int, tokens: int, mark: int) -> None:
    # An unmatched run of backticks is text, and pushes no token.
    if len(state.tokens) > tokens and state.tokens[-1].type == "code_inline":
        log.blank(state, start, state.pos)


def _note_escape(log: _InlineLog, state: Any, start: int, tokens: int, mark: int) -> None:
    # "\*" is "*", "\⏎" a hard break: the backslash is markup. "\a" is text.
    if state.src[start + 1] in _ASCII_PUNCTUATION or state.src[start + 1] == "\n":
        log.blank(state, start, start + 1)


def _note_html(log: _InlineLog, state: Any, start: int, tokens: int, mark: int) -> None:
    log.blank(state, start, state.pos, comment=state.src.startswith("<!--", start))


def _note_autolink(log: _InlineLog, state: Any, start: int, tokens: int, mark: int) -> None:
    log.blank(state, start, state.pos)


def _note_delimiters(log: _InlineLog, state: Any, start: int, tokens: int, mark: int) -> None:
    """An emphasis or strikethrough run pushes one text token per delimiter
    (after any pending text); which of them pair up is settled later."""
    remaining, end = state.pos - start, state.pos
    for token in reversed(state.tokens[tokens:]):
        if remaining <= 0:
            break
        length = len(token.content)
        end -= length
        remaining -= length
        log.delimiters.append((id(state), token, end, length))


def _note_link(log: _InlineLog, state: Any, start: int, tokens: int, mark: int) -> None:
    """The text of ``[text](target "title")`` or ``[text][label]`` is prose: the
    brackets and what follows the text are not. The label's end is found again
    as the link rule found it (its look-ahead is cached in the state). A
    cited title ("[A game-changer for forms](…) by Jo Smith") is another
    writer's words, not the draft's: it is blanked whole."""
    if _CITED_BY.match(state.src, state.pos):
        log.blank(state, start, state.pos)
        return
    label_end = state.md.helpers.parseLinkLabel(state, start, True)
    log.blank(state, start, start + 1)
    log.blank(state, label_end, state.pos)


def _note_image(log: _InlineLog, state: Any, start: int, tokens: int, mark: int) -> None:
    """As a link; markdown-it parses the alt text as a string of its own, so
    what was noted in it is shifted to where the alt text starts."""
    label_end = state.md.helpers.parseLinkLabel(state, start + 1, False)
    for index in range(mark, len(log.spans)):
        if log.owners[index] != id(state):
            span_start, span_end, comment = log.spans[index]
            log.spans[index] = (span_start + start + 2, span_end + start + 2, comment)
            log.owners[index] = id(state)
    log.blank(state, start, start + 2)
    log.blank(state, label_end, state.pos)


def _settle_delimiters(rule: Callable[[Any], None]) -> Callable[[Any], None]:
    """Before ``fragments_join`` merges unused delimiters back into text: a
    delimiter that became emphasis has a new type or lost its content."""

    def settled(state: Any) -> None:
        log = state.env.get(_LOG)
        if log is not None:
            pending = []
            for owner, token, start, length in log.delimiters:
                if owner != id(state):
                    pending.append((owner, token, start, length))
                elif token.type != "text" or not token.content:
                    log.blank(state, start, start + length)
            log.delimiters = pending
        rule(state)

    return settled


_NOTES: dict[str, Note] = {
    "backticks": _note_code_span,
    "escape": _note_escape,
    "html_inline": _note_html,
    "autolink": _note_autolink,
    "emphasis": _note_delimiters,
    "strikethrough": _note_delimiters,
    "link": _note_link,
    "image": _note_image,
}


@lru_cache(maxsize=2)
def _parser(front_matter: bool = True) -> Any:
    """The block parser. Its core inline pass is off: ``_Masker.inline`` runs
    an inline parser on the blocks whose content has markup. Without
    ``front_matter`` (a piece of a draft after its first), a "---" on the
    first line is a thematic break, as it is there in the whole draft."""
    # Imported here so `align --help` never pays for markdown-it.
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    parser = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING})
    if front_matter:
        parser.use(front_matter_plugin)
    parser.enable(["table", "strikethrough"])
    return parser.disable(["inline", "text_join"])


@lru_cache(maxsize=2)
def _inline_parser(links: bool) -> Any:
    """markdown-it's inline parser with its rules noting what they match.
    Without ``links``, brackets are text: markdown-it spends some 100 µs on
    each "[" that might open a link, so a block where none can (or with
    thousands) is parsed without, see ``_Masker.inline``."""
    from markdown_it import MarkdownIt

    # CommonMark's preset nesting: inline, it bounds recursion in link text.
    parser = MarkdownIt("commonmark").enable(["strikethrough"])
    rules = {rule.name: rule.fn for rule in parser.inline.ruler.__rules__}
    for name, note in _NOTES.items():
        parser.inline.ruler.at(name, _noting(rules[name], note))
    if not links:
        parser.inline.ruler.disable(["link", "image"])
    joins = {rule.name: rule.fn for rule in parser.inline.ruler2.__rules__}
    parser.inline.ruler2.at("fragments_join", _settle_delimiters(joins["fragments_join"]))
    return parser


def _parse_yaml(
    content: str, source: str, text: str, lines: _Lines, first_line: int
) -> LineMapping:
    """YAML front matter with the line of each key, counted in the draft, so the
    settings in it are reported as ``post.md:LINE``, and the place of its
    string values in ``text``. A repeated key is not an error: front matter
    belongs to the site generator, which lets the last win."""
    data, root = load_yaml_nodes(
        content,
        source,
        InputError,
        first_line=first_line,
        unique_keys=False,
        invalid="front matter is not valid YAML",
    )
    if not isinstance(data, LineDict):
        return LineMapping(line_dict({}, first_line - 1))
    # markdown-it's content has "\n" for every line break, so a node's line
    # and column (in code points) are the draft's, counted from first_line.
    content_line = first_line - 1  # 0-based, as lines.starts

    def place(line: int, column: int) -> int:
        return lines.starts[min(content_line + line, lines.count)] + column

    return LineMapping(data, yaml_texts(root, text, place))


def _parse_toml(text: str, start: int, end: int, source: str) -> LineMapping:
    """TOML front matter (Hugo's and Zola's ``+++``), ``text[start:end]``,
    which starts on the draft's second line."""
    data = load_toml(
        # TOML knows only "\n" and "\r\n" as line breaks; the lines stay the same.
        LINE_BREAK.sub("\n", text[start:end]),
        source,
        InputError,
        first_line=2,
        invalid="front matter is not valid TOML",
    )
    return LineMapping(data, toml_texts(text, start, end, data))
