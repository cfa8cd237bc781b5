"""Markdown tables typed without padding (judge35), on tables written for
these tests: "|Week|Followers|" blanks to cells parted by one space, so only
the last column is read, where the term ends the header and every row below
ends in a figure. A header cell's word that tallies its metric ("New
followers", "Total views") is part of the cell."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import assert_prefilter_agrees, passes

from align_lint.analysis.claims.layout import _figure_cell
from align_lint.documents.markdown import mask_markdown
from align_lint.run.linter import Linter

_UNPADDED = "Our month:\n\n|Week|Followers|\n|---|---|\n|1|4,100|\n|2|4,600|\n"


def _masked_cell(text: str, word: str) -> tuple[int, int] | None:
    masked = mask_markdown(text, "t.md").analysis_text
    start = text.index(word)
    return _figure_cell(masked, start, start + len(word))


def test_the_last_column_of_an_unpadded_table_is_read() -> None:
    start = _UNPADDED.index("Followers")
    assert _masked_cell(_UNPADDED, "Followers") == (start, start + len("Followers"))


def test_an_unpadded_column_not_last_or_over_words_is_not_read() -> None:
    assert _masked_cell(_UNPADDED, "Week") is None
    words = "|Week|Followers|\n|---|---|\n|1|fine|\n"
    assert _masked_cell(words, "Followers") is None
    middle = "|Followers|Week|\n|---|---|\n|4,100|1|\n"
    assert _masked_cell(middle, "Followers") is None


@pytest.mark.parametrize(
    ("text", "fails"),
    [
        (_UNPADDED, True),
        ("Our stats:\n\n|Platform|Followers|\n|-|-|\n|Instagram|4,100|\n|TikTok|9,800|\n", True),
        ("Growth:\n\n|Month|New followers|\n|---|---|\n|Jan|1,200|\n|Feb|1,900|\n", True),
        ("Growth:\n\n| Month | Total followers |\n| --- | --- |\n| Jan | 1,200 |\n", True),
        ("Our shop:\n\n|Month|Orders|\n|---|---|\n|Jan|120|\n|Feb|190|\n", False),
        (
            "Goals:\n\n| Metric | Follower count goal |\n| --- | --- |\n| Instagram | 5,000 |\n",
            False,
        ),
        (
            "A competitor's launch, week by week:\n\n|Week|Followers|\n|---|---|\n|1|41,000|\n",
            False,
        ),
    ],
)
def test_markdown_tables_without_padding(linter: Linter, text: str, fails: bool) -> None:
    assert (not passes(linter, text)) is fails


def test_the_prefilter_finds_what_the_full_pass_finds_in_unpadded_tables(linter: Linter) -> None:
    tables = (_UNPADDED, "|Plan|Seats|\n|---|---|\n|Pro|10|\n")
    assert_prefilter_agrees(linter, tables, suffix=".md")
