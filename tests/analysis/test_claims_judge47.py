"""judge47: audience metrics talked about as a topic, by class, on sentences
written for these tests. Every own set labels a metric word in its attention
sense as a mention whatever the verdict (labels14), so the context rule
`metric-topic` reports them as info (`audience-metric`, weight 0): the post
still passes. Each class has near misses that must stay silent: other senses
(views of a harbour, reporting abusive comments, customer engagement), a
leader's followers, a call to action, people addressed."""

from __future__ import annotations

import pytest

from align_lint.run.linter import Linter


def _findings(linter: Linter, text: str) -> tuple[bool, list[tuple[str, str, str]]]:
    result = linter.lint_text(text, path="t.md")
    found = [(f.rule, f.severity.name, f.text) for f in result.findings if f.text]
    return result.passed, found


CASES = [
    # Reported, tracked or shown by a tool.
    (
        "Our agency still reports follower growth to every client each month.",
        (True, [("audience-metric", "INFO", "reports follower growth")]),
    ),
    (
        "The studio reports monthly on reach, saves and follower growth.",
        (
            True,
            [("audience-metric", "INFO", "reports monthly on reach, saves and follower growth")],
        ),
    ),
    (
        "Our new weekly reports now show views, saves and replies beside each order.",
        (
            True,
            [
                ("audience-metric", "INFO", "reports now show views, saves and"),
                ("audience-metric", "INFO", "replies"),  # the list's last item (lead19)
            ],
        ),
    ),
    ("Our sales team reports on sales every Friday.", (True, [])),
    ("Report abusive comments to the moderators.", (True, [])),
    ("The suite shows views of the harbour from every window.", (True, [])),
    # A metric judged or dismissed.
    (
        "Subscriber counts are the most overrated number on a media kit.",
        (True, [("audience-metric", "INFO", "Subscriber counts are the most overrated number")]),
    ),
    (
        "Reach is a vanity metric unless someone buys.",
        (True, [("audience-metric", "INFO", "Reach is a vanity metric")]),
    ),
    (
        "Followers are nice, but paying members keep us open.",
        (True, [("audience-metric", "INFO", "Followers are nice")]),
    ),
    ("A retweet is not a sale.", (True, [("audience-metric", "INFO", "A retweet is not a sale")])),
    ("Customer engagement isn't a metric, it's a habit.", (True, [])),
    ("The views are nice from the terrace.", (True, [])),
    ("Her views on pricing are not the point of this memo.", (True, [])),
    # Defined or counted.
    (
        "Impressions count how many times a post appeared on a screen.",
        (True, [("audience-metric", "INFO", "Impressions count how")]),
    ),
    (
        "What counts as a 'like' on a story?",
        (True, [("audience-metric", "INFO", "counts as a 'like'")]),
    ),
    (
        "Engagement rate is likes plus saves divided by followers.",
        (
            True,
            [
                (
                    "audience-metric",
                    "INFO",
                    "Engagement rate is likes plus saves divided by followers",
                )
            ],
        ),
    ),
    ("The recipe counts as a main course.", (True, [])),
    # Chased, optimised for or refused.
    (
        "Stop chasing likes and start answering customers.",
        (True, [("audience-metric", "INFO", "Stop chasing likes")]),
    ),
    (
        "Our studio stopped optimising for reach last spring.",
        (True, [("audience-metric", "INFO", "optimising for reach")]),
    ),
    ("Great leaders don't chase followers.", (True, [])),
    (
        "Like and share this post to enter the draw!",
        (True, [("engagement-bait", "WARNING", "Like and share")]),
    ),
    # A change for everyone, or on a condition.
    (
        "If your likes are up but bookings are flat, look at who is liking.",
        (True, [("audience-metric", "INFO", "If your likes are up")]),
    ),
    (
        "Before you celebrate impressions, check the orders.",
        (True, [("audience-metric", "INFO", "celebrate impressions")]),
    ),
    ("If your views on tax are different, say so.", (True, [])),
    ("We finally reached our fundraising goal.", (True, [])),
    # Questions.
    (
        "Likes or customers? Pick one for this quarter.",
        (True, [("audience-metric", "INFO", "Likes or customers")]),
    ),
    (
        "Do subscriber counts still matter for newsletters?",
        (True, [("audience-metric", "INFO", "Do subscriber counts still matter")]),
    ),
    ("Fans or critics, everyone came to the opening night.", (True, [])),
    ("Do your homework before the pitch.", (True, [])),
    # Headings and compounds.
    (
        "Beyond clicks: what a good landing page really does.",
        (True, [("audience-metric", "INFO", "Beyond clicks")]),
    ),
    (
        "A 50k-view reel can sell less than a 2k-view one.",
        (True, [("audience-metric", "INFO", "50k-view"), ("audience-metric", "INFO", "2k-view")]),
    ),
    ("Beyond the hills lies a quiet lake.", (True, [])),
    ("Thanks to all our followers for a wonderful year.", (True, [])),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_judge47_metric_topics(
    linter: Linter, text: str, expected: tuple[bool, list[tuple[str, str, str]]]
) -> None:
    assert _findings(linter, text) == expected
