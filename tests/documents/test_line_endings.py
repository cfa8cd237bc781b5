"""Line endings (issue 11, item 3): "\r\n", "\n" and a lone "\r" (classic Mac)
are each one line break, for masking, for the line index of findings and for
the analysis, so the same draft gives the same findings at the same lines and
columns whatever its line endings."""

from __future__ import annotations

import pytest

from align_lint.documents import LineIndex, document_from_text
from align_lint.run.linter import Linter

ENDINGS = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}

# Front matter, a heading, a wrapped paragraph, a list, a fence and a hard break:
# every block whose lines markdown-it maps.
DRAFT = f"""---
title: Fair
---
# We crossed 10k followers

Say hello to our new
followers from the spring fair.

- one item with `a code span` here
- another item

```
10k followers in a fence
```

A hard break here{"  "}
then 1.5 million views went viral.
"""


def with_endings(text: str, ending: str) -> str:
    return text.replace("\n", ending)


@pytest.mark.parametrize("name", ENDINGS)
def test_masking_is_the_same_whatever_the_line_endings(name: str) -> None:
    ending = ENDINGS[name]
    reference = document_from_text(DRAFT, "post.md")
    document = document_from_text(with_endings(DRAFT, ending), "post.md")
    assert document.meta == {"title": "Fair"}
    # Word for word the same analysis text, line for line.
    assert document.analysis_text.split() == reference.analysis_text.split()
    lines = LineIndex(document.analysis_text)
    assert lines.line_count == LineIndex(reference.analysis_text).line_count
    assert "fence" not in document.analysis_text
    assert "span" not in document.analysis_text
    # The soft break of the wrapped paragraph is joined into spaces of its length.
    assert f"our new{' ' * len(ending)}followers" in document.analysis_text


@pytest.mark.parametrize("name", ENDINGS)
def test_findings_have_the_same_lines_and_columns(linter: Linter, name: str) -> None:
    def positions(text: str) -> list[tuple[str, int, int, int, int, str]]:
        found = linter.lint_text(text, path="post.md").findings
        return [(f.rule, f.line, f.column, f.end_line, f.end_column, f.context) for f in found]

    reference = positions(DRAFT)
    assert reference  # the draft has findings to compare
    assert positions(with_endings(DRAFT, ENDINGS[name])) == reference


def test_toml_front_matter_with_lone_cr() -> None:
    document = document_from_text('+++\rtitle = "Hugo"\r+++\rBody text here.\r', "post.md")
    assert document.meta == {"title": "Hugo"}
    assert document.analysis_text == "   \n" + " " * 14 + "\n" + "   \n" + "Body text here.\n"


@pytest.mark.parametrize("name", ENDINGS)
def test_line_index_counts_every_kind_of_line_break(name: str) -> None:
    ending = ENDINGS[name]
    text = with_endings("one\ntwo\n\nfour", ending)
    index = LineIndex(text)
    assert index.line_count == 4
    four = text.index("four")
    assert index.position(four) == (4, 1)
    assert index.position(four - 1) == (3, len(ending))  # the break ends line 3
    assert [index.line_text(n) for n in (1, 2, 3, 4)] == ["one", "two", "", "four"]


def test_plain_text_paragraphs_and_bullets_with_lone_cr() -> None:
    crlf = document_from_text("First para.\r\n\r\n- a bullet\r\nSecond.\r\n", "post.txt")
    cr = document_from_text("First para.\r\r- a bullet\rSecond.\r", "post.txt")
    assert len(cr.block_starts) == len(crlf.block_starts) == 2
    assert cr.analysis_text == "First para.\n\n  a bullet\nSecond.\n"
