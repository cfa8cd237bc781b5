"""Reports to stakeholders (judge33), on sentences written for these tests: a
rate's label with its unit before the value ("views per video 48k", "| Views
per post | 12,400 |"), reach as a table row's label, the ads managers' names
of video plays, a rival's audience told as the rival's, and results a meeting
or a deck will hold (not results reported)."""

from __future__ import annotations

from tests.analysis.claim_reading import asserted_metric_texts as metric_texts
from tests.analysis.claim_reading import lint_verdict

from align_lint.analysis.claims import ClaimExtractor
from align_lint.run.linter import Linter

_HEADER = "| Metric | March | April |\n|---|---|---|\n"


def test_a_rate_label_with_its_unit_before_the_value(
    linter: Linter, extractor: ClaimExtractor
) -> None:
    assert metric_texts(linter, extractor, "Average views per video 48k (target 30k).") == [
        "views per video 48k"
    ]
    assert metric_texts(linter, extractor, "Avg. likes per post 1,100 (+40%).") == [
        "likes per post 1,100"
    ]
    # A term that needs a count takes it so too.
    assert metric_texts(linter, extractor, "June: comments per post 240 (+60%).") == [
        "comments per post 240"
    ]
    # A small value is no audience's size; a noun after the value is what is counted.
    assert metric_texts(linter, extractor, "Clicks per visit 2.3 on average.") == []
    assert metric_texts(linter, extractor, "We charge $2 per video 100 times a year.") == []


def test_a_qualified_label_ends_at_a_table_bar(linter: Linter) -> None:
    assert lint_verdict(linter, _HEADER + "| Views per post | 12,400 | 15,900 |\n") == [
        ("no-business-outcome", ""),
        ("vanity-metric", "Views per post | 12,400"),
    ]
    assert (
        lint_verdict(
            linter, "| Team | Posts per week | Hours |\n|---|---|---|\n| Social | 12 | 38 |\n"
        )
        == []
    )


def test_reach_as_a_table_rows_label(linter: Linter) -> None:
    assert lint_verdict(linter, _HEADER + "| Reach | 12,400 | 15,900 |\n") == [
        ("no-business-outcome", ""),
        ("reach-claim", "Reach | 12,400"),
    ]
    assert lint_verdict(linter, _HEADER + "| Reach per post | 12,400 | 15,900 |\n") == [
        ("no-business-outcome", ""),
        ("reach-claim", "Reach per post | 12,400"),
    ]
    assert lint_verdict(linter, "| Region | Stores we reach |\n|---|---|\n| North | 38 |\n") == []


def test_the_ads_managers_names_of_video_plays(linter: Linter, extractor: ClaimExtractor) -> None:
    assert metric_texts(linter, extractor, "Our reels got 2.4M ThruPlays last month.") == [
        "2.4M ThruPlays"
    ]
    assert metric_texts(linter, extractor, "The ad drove 900k 3-second video plays.") == [
        "900k 3-second video plays"
    ]
    assert (
        metric_texts(linter, extractor, "We optimise for ThruPlays when recall is the goal.") == []
    )


def test_a_rivals_audience_is_the_rivals(linter: Linter) -> None:
    assert lint_verdict(
        linter, "Our biggest competitor just passed 1M followers on Instagram."
    ) == [("audience-metric", "1M followers")]
    assert lint_verdict(linter, "The competitor says it passed 5M followers on TikTok.") == [
        ("audience-metric", "5M followers")
    ]
    assert lint_verdict(linter, "A rival brand gained 40k followers in a week.") == [
        ("audience-metric", "40k followers")
    ]
    # Ours, beside a rival or reported by one, stays ours.
    assert lint_verdict(linter, "We passed our biggest competitor with 1M followers.") == [
        ("no-business-outcome", ""),
        ("vanity-metric", "1M followers"),
    ]
    assert lint_verdict(linter, "Our rival says we passed 5M followers.") == [
        ("no-business-outcome", ""),
        ("vanity-metric", "5M followers"),
    ]


def test_results_a_meeting_will_hold_are_no_report(linter: Linter) -> None:
    for text in (
        "Agenda: 15 min social results, 20 min budget.",
        "We'll present the campaign results on Friday.",
        "The campaign results will be shared at the all-hands next week.",
        "Please send your slides on social results by Tuesday.",
    ):
        assert lint_verdict(linter, text) == [], text
    for text in (
        "The social results were amazing this quarter.",
        "Here are our campaign results for Q3.",
    ):
        assert lint_verdict(linter, text) == [("no-business-outcome", "")], text


def test_a_stat_cells_count_is_not_the_next_cells(linter: Linter) -> None:
    """ "Clicks: 4,100 | Reach: 890k": the parse hangs the first count on the
    second label; each label keeps its own value."""
    assert lint_verdict(linter, "Clicks: 4,100 | Reach: 890k", path="report.txt") == [
        ("no-business-outcome", ""),
        ("vanity-metric", "Clicks: 4,100"),
        ("reach-claim", "Reach: 890k"),
    ]


def test_a_qualified_label_ends_at_a_plain_text_bar(linter: Linter) -> None:
    assert lint_verdict(
        linter, _HEADER + "| Views per post | 12,400 | 15,900 |\n", path="report.txt"
    ) == [
        ("no-business-outcome", ""),
        ("vanity-metric", "Views per post | 12,400"),
    ]
    assert (
        lint_verdict(
            linter,
            "| Item | Cost per seat | Seats |\n|---|---|---|\n| Tool | $40 | 120 |\n",
            path="report.txt",
        )
        == []
    )


def test_a_metric_that_drifted_up(linter: Linter, extractor: ClaimExtractor) -> None:
    assert metric_texts(linter, extractor, "Engagement ticked up this month.") == [
        "Engagement ticked up"
    ]
    assert metric_texts(
        linter, extractor, "Our engagement rate is trending upward this quarter."
    ) == ["engagement rate is trending"]
    assert metric_texts(linter, extractor, "Clicks moved higher after the new thumbnails.") == [
        "Clicks moved"
    ]
    # A swing, a place, a fall, a verb with no direction: no rise.
    assert metric_texts(linter, extractor, "Our followers go up and down every week.") == []
    assert metric_texts(linter, extractor, "Engagement moved to the top of the agenda.") == []
    assert metric_texts(linter, extractor, "Our follower count moves around a lot.") == []
