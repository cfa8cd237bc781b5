"""Currencies named after the amount (the ``money_words`` lexicon), as posts
from India, Nigeria, Kenya, South Africa and Malaysia write them: an amount in
naira or shillings is money made, not a count of attention. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import passes

from align_lint.analysis.claims import ClaimExtractor
from align_lint.analysis.claims.counts import is_money
from align_lint.run.linter import Linter


def test_an_amount_before_a_currency_name_is_money(
    linter: Linter, extractor: ClaimExtractor
) -> None:
    doc = linter.analyzer.pipeline.nlp("We made 450,000 naira, 85,000 shillings and 9,000 likes.")
    extractor.claims(doc)  # the Doc read carries the extractor's money words
    assert [t.text for t in doc if t.like_num and is_money(t)] == ["450,000", "85,000"]


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our reel got 2M views and we made 450,000 naira from the pop-up.", True),
        ("Our reel got 2M views. We made 85,000 shillings at the stall.", True),
        ("Our reel got 2M views and 40,000 ringgit in orders.", True),
        # near misses: the same reel with no money after it
        ("Our reel got 2M views and 450,000 people saw the pop-up.", False),
        ("Our reel got 2M views. The rand fell 3% against the dollar.", False),
    ],
)
def test_money_in_a_named_currency_ties_a_metric(linter: Linter, text: str, passed: bool) -> None:
    assert passes(linter, text, path="post.txt") is passed
