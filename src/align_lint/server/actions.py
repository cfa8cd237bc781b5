"""Quick fixes: the suppression comments of ``judgement/suppression.py``.

"Disable RULE for this line" writes ``<!-- align-disable-next-line RULE -->``
so that it ends on the line before the finding: as a line of its own above a
block's first line, or at the end of the previous line inside a paragraph or
list (a comment line there would split the paragraph in two and change how
its sentences are read). "Disable RULE for this file" writes
``<!-- align-disable-file RULE -->`` on the first line after any front matter.
A finding in the front matter (its copy: a title, a description) gets only the
second: a comment line inside YAML or TOML would break the front matter.

Only Markdown has them: plain-text drafts have no comments (align reads no
suppression there), and MDX 2 rejects HTML comments, so neither is offered.
No rule offers a mechanical replacement yet, so there is no "apply fix".
"""

from __future__ import annotations

from lsprotocol import types

from align_lint.server.positions import PositionIndex

NEXT_LINE = "<!-- align-disable-next-line {rule} -->"
WHOLE_FILE = "<!-- align-disable-file {rule} -->"
_FRONT_MATTER_FENCE = "---"
_TOML_FENCE = "+++"
# Lines a comment must not be appended to: it would change what they are (a
# heading's text, a fence's info string, the end of front matter or a comment).
_NOT_PROSE = ("#", "<!--", "```", "~~~", _FRONT_MATTER_FENCE)


def disable_next_line_edit(index: PositionIndex, line: int, rule: str) -> types.TextEdit:
    """The edit that silences ``rule`` on ``line`` (0-based) alone."""
    comment = NEXT_LINE.format(rule=rule)
    previous = index.line_text(line - 1) if line > 0 else ""
    if previous.strip() and not previous.lstrip().startswith(_NOT_PROSE):
        end = index.line_end(line - 1)
        return types.TextEdit(range=types.Range(start=end, end=end), new_text=f" {comment}")
    indent = _indent(index.line_text(line))
    start = types.Position(line=line, character=0)
    return types.TextEdit(
        range=types.Range(start=start, end=start), new_text=f"{indent}{comment}\n"
    )


def disable_file_edit(index: PositionIndex, rule: str) -> types.TextEdit:
    """The edit that silences ``rule`` in the whole document."""
    line = after_front_matter(index)
    start = types.Position(line=line, character=0)
    new_text = WHOLE_FILE.format(rule=rule) + "\n"
    if line >= index.line_count:  # front matter with nothing after its fence
        start = index.line_end(line - 1)
        new_text = "\n" + new_text
    return types.TextEdit(range=types.Range(start=start, end=start), new_text=new_text)


def after_front_matter(index: PositionIndex) -> int:
    """The first line after a ``---`` (YAML) or ``+++`` (TOML) front matter
    block (0 without one)."""
    fence = index.line_text(0).strip()
    if fence not in (_FRONT_MATTER_FENCE, _TOML_FENCE):
        return 0
    ends = (_FRONT_MATTER_FENCE, "...") if fence == _FRONT_MATTER_FENCE else (_TOML_FENCE,)
    for line in range(1, index.line_count):
        if index.line_text(line).strip() in ends:
            return line + 1
    return 0


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" \t"))]
