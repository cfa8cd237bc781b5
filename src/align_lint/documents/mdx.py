"""MDX drafts: Markdown with JSX components, expressions and ESM, masked.

MDX (v2 and later) reads a draft as Markdown in which

* ``import``/``export`` statements at the top level are JavaScript (ESM),
  running to the next blank line (``export const meta = {…}`` may span many);
* ``{…}`` is a JavaScript expression, and ``{/* … */}`` a comment;
* ``<Callout type="info">``, ``</Callout>``, ``<Chart />`` and ``<>`` are JSX
  tags, whose children are Markdown again (prose to lint);
* there are no indented code blocks, no HTML blocks and no autolinks.

So before the Markdown masking runs, a first pass (``_MdxScanner``) finds
the ESM blocks, expressions and tags outside code and blanks them (spaces,
line breaks kept). What is left is Markdown, with one difference:
indentation means nothing in MDX, but ``mask_markdown`` would read children
indented four spaces as code, and a line that held ``<Callout>`` before its
prose as indented too. So the lines are handed to it without their leading
whitespace and its result is put back in place (``_Dedented``). Every offset
of the draft stays where it was.

``{/* align-disable-next-line RULE */}`` comments are returned as comment
ranges, so inline suppression works as ``<!-- … -->`` does in Markdown.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from align_lint.documents.document import LINE_BREAK
from align_lint.documents.markdown import MaskedMarkdown
from align_lint.documents.masking import blank
from align_lint.documents.segments import mask_long_markdown

# YAML or TOML front matter: left to mask_markdown, never scanned or dedented
# (a YAML flow mapping "{a: 1}" is no expression; indentation is YAML's).
_FRONT_MATTER = re.compile(
    r"\A(---|\+\+\+)[ \t]*(?:\r\n?|\n)(?:.*?(?:\r\n?|\n))??\1[ \t]*(?:\r\n?|\n|\Z)", re.S
)
# What the inline scan stops at: an escape, a code span, an expression, a tag,
# the end of a line (the next line may open a fence or an ESM block).
_SCAN_STOP = re.compile(r"[\\`{<]|\r\n?|\n")
_FENCE_OPEN = re.compile(r"[ \t]*(`{3,}|~{3,})")
_ESM_START = re.compile(r"(?:import|export)(?=[ \t{*]|\r|\n|\Z)")
_BLANK_REST = re.compile(r"[ \t]*(?:\r\n?|\n|\Z)")
_BACKTICKS = re.compile(r"`+")
# A paragraph ends at a blank line: a code span cannot run past one.
_PARAGRAPH_END = re.compile(r"(?:\r\n?|\n)[ \t]*(?:\r\n?|\n|\Z)")
_JS_STOP = re.compile(r"[{}()\[\]\"'`/]|\r\n?|\n")
_TEMPLATE_STOP = re.compile(r"\\.|`|\$\{", re.S)
_JS_STRING_STOP = {'"': re.compile(r'\\.|"', re.S), "'": re.compile(r"\\.|'", re.S)}
# A tag's name: what follows "<" or "</" (``Foo.Bar`` is a member of Foo).
_TAG_NAME = re.compile(r"[A-Za-z_$][\w$-]*(?:\.[A-Za-z_$][\w$-]*)*")
_ATTRIBUTE_NAME = re.compile(r"[A-Za-z_$][\w$:.-]*")
_COMMENT = re.compile(r"\{\s*/\*.*\*/\s*\}\Z", re.S)
# Nested template literals ("`${`${…}`}`") recurse; deeper than this is
# read as not closing (the braces are then prose), never a RecursionError.
_MAX_TEMPLATE_NESTING = 32


def mask_mdx(text: str, source: str) -> MaskedMarkdown:
    """The draft with ESM, expressions and JSX tags blanked and the rest
    masked as Markdown; the ``{/* */}`` comments are its comment ranges."""
    front = _FRONT_MATTER.match(text)
    body = front.end() if front else 0
    scanner = _MdxScanner(text)
    scanner.scan(body)
    dedented = _Dedented.of(_blanked(text, scanner.masked), body)
    # The rest is Markdown: a long draft is masked in segments (segments.py),
    # so reading a long MDX file stays bounded in memory as a Markdown one does.
    masked = mask_long_markdown(dedented.text, source)
    return replace(
        masked,
        analysis_text=dedented.restore(masked.analysis_text),
        block_starts=tuple(dedented.offset(start) for start in masked.block_starts),
        comments=tuple(
            sorted(
                [(dedented.offset(s), dedented.offset(e)) for s, e in masked.comments]
                + scanner.comments
            )
        ),
    )


def _blanked(text: str, ranges: list[tuple[int, int]]) -> str:
    """``text`` with ``ranges`` blanked, joined from slices: a list of every
    character would cost 8 bytes a character (400 MB for a 50 MB draft)."""
    pieces: list[str] = []
    last = 0
    for start, end in sorted(ranges):
        start = max(start, last)  # what overlaps a range before is blank already
        if end <= start:
            continue
        pieces += (text[last:start], blank(text[start:end]))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


@dataclass
class _MdxScanner:
    """Finds the ranges of ESM, expressions and JSX tags outside code."""

    text: str
    masked: list[tuple[int, int]] = field(default_factory=list)
    comments: list[tuple[int, int]] = field(default_factory=list)
    # Set once an expression runs to the end of the draft unclosed (invalid
    # MDX): each later "{" would scan to the end again, so they stay prose.
    unclosed: bool = False
    # The end of the paragraph last looked for, so a paragraph of thousands
    # of code spans is searched for its end once, not once per span.
    paragraph: tuple[int, int] = (-1, -1)

    def scan(self, position: int) -> None:
        text = self.text
        line_start, previous_blank = True, True
        while position < len(text):
            if line_start:
                line_start = False
                skipped = self._block(position, previous_blank)
                if skipped is not None:
                    position, line_start, previous_blank = skipped, True, True
                    continue
                line_blank = _BLANK_REST.match(text, position) is not None
            stop = _SCAN_STOP.search(text, position)
            if stop is None:
                return
            char, at = stop.group(), stop.start()
            if char in "\r\n":
                position, line_start, previous_blank = stop.end(), True, line_blank
            elif char == "\\":
                position = at + 2  # "\{" and "\<" are characters, not syntax
            elif char == "`":
                position = self._code_span_end(at)
            elif char == "{":
                position = self._expression(at)
            else:
                position = self._tag(at)
            if "\n" in text[at:position] or "\r" in text[at:position]:
                line_blank = False  # a construct over lines: its last line holds it

    def _block(self, position: int, previous_blank: bool) -> int | None:
        """At a line start: skip a fenced code block (left to the Markdown
        masking) or blank an ESM block; the line start after it, or None."""
        fence = _FENCE_OPEN.match(self.text, position)
        if fence:
            marker = fence.group(1)
            info_end = _line_end(self.text, fence.end())
            if marker[0] == "~" or "`" not in self.text[fence.end() : info_end]:
                return _fence_end(self.text, info_end, marker)
        if previous_blank and _ESM_START.match(self.text, position):
            end = _js_end(self.text, position, esm=True)
            self.masked.append((position, end))
            return _next_line(self.text, end)
        return None

    def _code_span_end(self, at: int) -> int:
        """After the code span a run of backticks opens (its content is code:
        no "{" or "<" in it is syntax), or after the run if none closes it."""
        run = _BACKTICKS.match(self.text, at)
        assert run is not None
        length = run.end() - at
        limit = self._paragraph_end(run.end())
        for candidate in _BACKTICKS.finditer(self.text, run.end(), limit):
            if candidate.end() - candidate.start() == length:
                return candidate.end()
        return run.end()

    def _paragraph_end(self, position: int) -> int:
        searched_from, end = self.paragraph
        if not searched_from <= position <= end:
            found = _PARAGRAPH_END.search(self.text, position)
            end = found.start() if found else len(self.text)
            self.paragraph = (position, end)
        return end

    def _expression_end(self, at: int) -> int:
        """After the "}" closing the "{" at ``at``, or -1."""
        end = -1 if self.unclosed else _js_end(self.text, at, esm=False)
        if end < 0:
            self.unclosed = True
        return end

    def _expression(self, at: int) -> int:
        end = self._expression_end(at)
        if end < 0:
            return at + 1
        self.masked.append((at, end))
        if _COMMENT.match(self.text, at, end):
            self.comments.append((at, end))
        return end

    def _tag(self, at: int) -> int:
        end = self._tag_end(at)
        if end < 0:
            return at + 1  # "<" in prose ("a < b", "<3"), or an autolink
        self.masked.append((at, end))
        return end

    def _tag_end(self, at: int) -> int:
        """The end of the JSX tag at ``at`` ("<Name attr="v" {...spread} />",
        "</Name>", "<>", "</>"), or -1 if none starts there."""
        text = self.text
        position = at + 1
        closing = text.startswith("/", position)
        position = _skip_space(text, position + closing)
        if text.startswith(">", position):
            return position + 1  # a fragment
        name = _TAG_NAME.match(text, position)
        if name is None:
            return -1
        position = name.end()
        # A name must end at a space, "/", ">" or "{": "<https://…>" and
        # "<a@b.c>" are Markdown's autolinks, not tags.
        if position < len(text) and not (text[position].isspace() or text[position] in "/>{"):
            return -1
        while position < len(text):
            position = _skip_space(text, position)
            if text.startswith(">", position):
                return position + 1
            if text.startswith("/>", position) and not closing:
                return position + 2
            if text.startswith("{", position):
                position = self._expression_end(position)  # {...props}
            elif attribute := _ATTRIBUTE_NAME.match(text, position):
                position = self._attribute_value_end(attribute.end())
            else:
                return -1
            if position < 0:
                return -1
        return -1

    def _attribute_value_end(self, position: int) -> int:
        """After an attribute's ``="value"`` or ``={expression}`` (if any)."""
        text = self.text
        after = _skip_space(text, position)
        if not text.startswith("=", after):
            return position  # a boolean attribute
        value = _skip_space(text, after + 1)
        if text.startswith(("'", '"'), value):
            close = text.find(text[value], value + 1)  # JSX strings have no escapes
            return close + 1 if close >= 0 else -1
        if text.startswith("{", value):
            return self._expression_end(value)
        return -1


def _js_end(text: str, start: int, *, esm: bool, level: int = 0) -> int:
    """Where the JavaScript at ``start`` ends: after the "}" matching the
    "{" there (-1 if none does), or for an ESM block the end of its last
    line, the first line break outside brackets followed by a blank line
    (or the end of the draft). Strings, template literals and comments are
    skipped, so a "}" in them closes nothing."""
    depth = 0
    position = start
    while True:
        stop = _JS_STOP.search(text, position)
        if stop is None:
            return len(text) if esm else -1
        char, at = stop.group(), stop.start()
        position = at + 1
        if char in "{([":
            depth += 1
        elif char in "})]":
            depth = max(depth - 1, 0)
            if depth == 0 and not esm:
                return position
        elif char in "\"'":
            position = _string_end(text, at)
        elif char == "`":
            position = _template_end(text, at, level)
        elif char == "/":
            position = _comment_end(text, at)
        elif depth == 0 and esm and _BLANK_REST.match(text, stop.end()):
            return at  # a blank line ends the ESM block
        else:
            position = stop.end()
        if position < 0:
            return len(text) if esm else -1


def _string_end(text: str, at: int) -> int:
    pattern = _JS_STRING_STOP[text[at]]
    for stop in pattern.finditer(text, at + 1):
        if stop.group() == text[at]:
            return stop.end()
    return -1


def _template_end(text: str, at: int, level: int) -> int:
    if level >= _MAX_TEMPLATE_NESTING:
        return -1
    position = at + 1
    while (stop := _TEMPLATE_STOP.search(text, position)) is not None:
        if stop.group() == "`":
            return stop.end()
        if stop.group() == "${":
            position = _js_end(text, stop.end() - 1, esm=False, level=level + 1)
            if position < 0:
                return -1
        else:
            position = stop.end()
    return -1


def _comment_end(text: str, at: int) -> int:
    """After a ``//`` or ``/* */`` comment at ``at``; after the "/" of anything else."""
    if text.startswith("//", at):
        return _line_end(text, at)
    if text.startswith("/*", at):
        close = text.find("*/", at + 2)
        return close + 2 if close >= 0 else -1
    return at + 1


def _skip_space(text: str, position: int) -> int:
    """After the whitespace (line breaks too) at ``position``."""
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _line_end(text: str, position: int) -> int:
    """Where the line holding ``position`` ends (before its line break)."""
    found = LINE_BREAK.search(text, position)
    return found.start() if found else len(text)


def _next_line(text: str, position: int) -> int:
    """The start of the line after the one holding ``position``."""
    found = LINE_BREAK.search(text, position)
    return found.end() if found else len(text)


def _fence_end(text: str, info_end: int, marker: str) -> int:
    """The line start after the fence that closes ``marker`` (any indentation:
    MDX has no indented code), or the end of the draft."""
    closing = re.compile(rf"[ \t]*{re.escape(marker[0])}{{{len(marker)},}}[ \t]*(?:\r\n?|\n|\Z)")
    position = _next_line(text, info_end)
    while position < len(text):
        found = closing.match(text, position)
        if found:
            return found.end()
        position = _next_line(text, position)
    return len(text)


@dataclass(frozen=True)
class _Dedented:
    """The draft with each line's leading whitespace cut (after ``body``, so
    the front matter keeps its own), and the way back."""

    text: str
    starts: list[int]  # where each line starts in ``text``
    shifts: list[int]  # whitespace cut on each line
    totals: list[int]  # whitespace cut up to and including each line

    @classmethod
    def of(cls, prepared: str, body: int) -> _Dedented:
        pieces, starts, shifts, totals = [prepared[:body]], [], [], []
        total = 0
        line = body
        for match in [*LINE_BREAK.finditer(prepared, body), None]:
            end = match.end() if match else len(prepared)
            if line == end and match is None:
                break
            content = prepared[line:end]
            stripped = content.lstrip(" \t")
            starts.append(line - total)
            shifts.append(len(content) - len(stripped))
            total += shifts[-1]
            totals.append(total)
            pieces.append(stripped)
            line = end
        return cls("".join(pieces), starts, shifts, totals)

    def restore(self, analysis: str) -> str:
        """``analysis`` (of ``text``) with the cut whitespace back, as spaces."""
        if not self.starts:
            return analysis
        pieces = [analysis[: self.starts[0]]]
        for index, start in enumerate(self.starts):
            end = self.starts[index + 1] if index + 1 < len(self.starts) else len(analysis)
            pieces.append(" " * self.shifts[index])
            pieces.append(analysis[start:end])
        return "".join(pieces)

    def offset(self, position: int) -> int:
        """The draft offset of an offset in ``text``."""
        line = bisect_right(self.starts, position) - 1
        if line < 0:
            return position
        # An offset at a line's start stands for its content, after the indentation.
        return position + self.totals[line]
