"""Markdown tables (judge32), on tables written for these tests: the analysis
text Markdown leaves (pipes and the rule under the header blanked, every
offset kept) is read as a table, and a header cell over a column of figures
names the column's metric, as in a plain-text table."""

from __future__ import annotations

from tests.analysis.claim_reading import assert_prefilter_agrees

from align_lint.analysis.claims.layout import _figure_cell, _table_figure
from align_lint.documents.markdown import mask_markdown
from align_lint.run.linter import Linter

_TABLE = "| Week | New followers | Clicks | Notes |\n| --- | --- | --- | --- |\n| 1 | 300 | 4,100 | ok |\n"


def _cell(text: str, word: str) -> tuple[int, int] | None:
    start = text.index(word)
    return _figure_cell(text, start, start + len(word))


def test_a_masked_header_over_figures_is_its_whole_cell() -> None:
    masked = mask_markdown(_TABLE, "t.md").analysis_text
    assert "|" not in masked
    start = _TABLE.index("New followers")
    assert _cell(masked, "followers") == (start, start + len("New followers"))
    assert _table_figure(masked, _TABLE.index("Clicks"), _TABLE.index("Clicks") + 6)


def test_the_plain_text_table_gives_the_same_cells() -> None:
    masked = mask_markdown(_TABLE, "t.md").analysis_text
    for word in ("followers", "Clicks", "Notes", "Week"):
        assert _cell(_TABLE, word) == _cell(masked, word), word


def test_a_column_of_words_or_no_rule_is_no_figure_column() -> None:
    masked = mask_markdown(_TABLE, "t.md").analysis_text
    assert _cell(masked, "Notes") is None
    # Two paragraphs (a blank line, no rule of spaces) are no table.
    prose = "Week   Clicks\n\n1   4,100\n"
    assert _cell(prose, "Clicks") is None


def test_a_row_with_other_cells_than_the_header_is_not_read() -> None:
    """ "|1|4,100|" blanks to single spaces: its columns are unknown."""
    text = "| Week | Clicks |\n|---|---|\n|1|4,100|\n"
    masked = mask_markdown(text, "t.md").analysis_text
    assert _cell(masked, "Clicks") is None


_WIDE = (
    "Recap.\n\n| Week | Clicks | Region | Owner | Channel | Format | Status | Notes |\n"
    "| --- | --- | --- | --- | --- | --- | --- | --- |\n"
    "| one | 4,100 | north | Ana | blog | long | done | fine |\n"
)


def test_the_prefilter_finds_what_the_full_pass_finds_in_markdown_tables(linter: Linter) -> None:
    """A header cell's counts are in other sentences, rows below: the
    prefilter's reach (a count within ``REACH`` tokens of the term in the
    section) must still find the section of a wide table."""
    tables = (_TABLE, _WIDE, "| Plan | Seats |\n| --- | --- |\n| Pro | 10 |\n")
    assert_prefilter_agrees(linter, tables, suffix=".md")
