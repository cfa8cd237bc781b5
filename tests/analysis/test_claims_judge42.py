"""Money a seller took in, said with "took" or "did" (judge42), on sentences
written for these tests: "the shop took $2,300 on Saturday" is sales (an
outcome), which ties the attention beside it; time taken, things done, a
cost, money moved or spent on content are not."""

from __future__ import annotations

from tests.analysis.claim_reading import lint_verdict

from align_lint.run.linter import Linter


def test_money_took_or_did_is_sales(linter: Linter) -> None:
    for text, metric in (
        (
            "The shop took $2,300 on Saturday after the reel got 40k views.",
            ("vanity-metric", "40k views"),
        ),
        (
            "Our stall did £4.5k that weekend, thanks to 12k views on the teaser.",
            ("vanity-metric", "12k views"),
        ),
        (
            "The pop-up took ₦2.3m, and the launch video reached 300k people.",
            ("reach-claim", "reached 300k people"),
        ),
        (
            "Our reel got 90k views and the café took €1,800 the next day.",
            ("vanity-metric", "90k views"),
        ),
    ):
        assert lint_verdict(linter, text) == [metric], text


def test_took_or_did_without_money_taken_in(linter: Linter) -> None:
    for text, metric in (
        ("Our reel got 80k views and it took 3 weeks to make.", "80k views"),
        ("The team did 50 push-ups live and the stream got 9,000 viewers.", "9,000 viewers"),
        ("It took $5,000 to build the booth and the reel got 40k views.", "40k views"),
        ("The ad took $500 of our budget and got 40k views.", "40k views"),
        ("We took $300 off the price and the post got 9k likes.", "9k likes"),
        ("We did not make $5k, but the reel got 40k views.", "40k views"),
    ):
        assert lint_verdict(linter, text) == [
            ("no-business-outcome", ""),
            ("vanity-metric", metric),
        ], text


def test_a_document_of_ours_saved_by_a_crowd(linter: Linter) -> None:
    assert lint_verdict(linter, "More than 50k+ people saved our checklist.") == [
        ("no-business-outcome", ""),
        ("vanity-metric", "50k+ people saved"),
    ]
    assert lint_verdict(linter, "40,000 people saved my guide.") == [
        ("no-business-outcome", ""),
        ("vanity-metric", "40,000 people saved"),
    ]
    # Time saved with it, and templates saved in a product, are no attention.
    assert lint_verdict(linter, "3,000 users saved two hours a week with our checklist.") == []
    assert lint_verdict(linter, "50,000 users saved 3,000 templates in the app.") == []


def test_our_total_audience_stated(linter: Linter) -> None:
    assert lint_verdict(linter, "Our total social audience is 1.47M.") == [
        ("no-business-outcome", ""),
        ("vanity-metric", "audience is 1.47M"),
    ]
    assert lint_verdict(linter, "Total social audience: 1.47M across five platforms.") == [
        ("no-business-outcome", ""),
        ("vanity-metric", "audience: 1.47M"),
    ]
    # A market told of, another's audience: no claim of ours.
    assert lint_verdict(linter, "The audience for e-bikes is 2M people.") == []
    assert lint_verdict(linter, "Their audience is 1.47M.") == []
    assert lint_verdict(linter, "The total addressable market is 1.4M companies.") == []
