"""Classes of own-31's first run (judge56), on sentences written for these
tests, each class with a text it must flag and a near miss it must not:
counted people who signed up (a clause the parse hangs on the noun); a
misparsed "Thank you"; "until" before "and"; a floor kept; a quoted gerund
defined; a count before a hyphened word; a named person's past audience; more
spent per order."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import Verdict
from tests.analysis.claim_reading import verdict_with_severities as _verdict
from tests.analysis.test_windows import findings, windowed

from align_lint.analysis.windows import window_cores
from align_lint.documents import document_from_text
from align_lint.run.linter import Linter


# Counted people the parse made a noun with a clause still signed up; watching is attention.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "900K views on the keynote, and more importantly 31,000 developers signed up for the free tier in two days.",
            (True, [("vanity-metric", "INFO", "900K views")]),
        ),
        (
            "900K views on the keynote, and more importantly 31,000 developers watched it live.",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "900K views"),
                    ("vanity-metric", "WARNING", "31,000 developers watched"),
                ],
            ),
        ),
    ],
)
def test_judge56_counted_people_who_signed_up(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# A misparsed "Thank you" makes no general statement of the count before it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We did it guys!! A quarter of a million subscribers 🎮 Thank you for sticking with this channel.",
            (
                False,
                [
                    ("exclamation-pileup", "INFO", "!!"),
                    ("vanity-metric", "WARNING", "million subscribers"),
                ],
            ),
        ),
        ("A quarter of a million people now pay $5 a month for the app. Thank you!", (True, [])),
    ],
)
def test_judge56_a_thank_you_is_no_rule_of_thumb(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


# "Until" on the first clause does not make the clause after "and" conditional.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ten days until the campaign goes live on Kickstarter, and our teaser already has 150,000 views on Facebook.",
            (False, [("vanity-metric", "WARNING", "150,000 views")]),
        ),
        (
            "If the campaign goes live and the teaser gets 150,000 views, we'll celebrate.",
            (True, [("audience-metric", "INFO", "150,000 views")]),
        ),
    ],
)
def test_judge56_until_does_not_reach_past_and(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


# "Has never dropped below 48%" reports a level kept; "never rose" denies.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three years in, and the open rate has never dropped below 48%.",
            (False, [("vanity-metric", "WARNING", "open rate has never dropped below 48")]),
        ),
        (
            "Three years in, and our open rate never rose, whatever we tried.",
            (True, [("audience-metric", "INFO", "open rate never rose")]),
        ),
    ],
)
def test_judge56_a_floor_kept(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# A quoted "'going viral' is…" defines going viral; our reel's going viral is ours.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hot take: 'going viral' is the worst thing that can happen to a new startup.",
            (True, [("audience-metric", "INFO", "going viral")]),
        ),
        (
            "Our reel 'going viral' was the best thing that happened to us this year.",
            (False, [("viral-claim", "WARNING", "going viral")]),
        ),
    ],
)
def test_judge56_a_quoted_gerund_defined(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# A count before a hyphened word counts the noun after it ("one million all-time listens").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Quiet Acre Podcast just passed one million all-time listens 🌱 From a barn in Kent.",
            (False, [("vanity-metric", "WARNING", "million all-time listens")]),
        ),
        ("She listens to 20 all-time favourite albums every week.", (True, [])),
    ],
)
def test_judge56_a_count_before_a_hyphened_word(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


# A named person's past audience in a "whose" clause is who they are; our studio's growth story is ours.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agency Northlight has hired former presenter Mara Holt as head of audio. Holt, whose weekend show had 900,000 listeners, starts in May.",
            (True, [("audience-metric", "INFO", "900,000 listeners")]),
        ),
        (
            "Our studio, whose morning show had 1.8 million listeners last year, now has 2.4 million.",
            (False, [("vanity-metric", "WARNING", "1.8 million listeners")]),
        ),
    ],
)
def test_judge56_a_named_persons_past_audience(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


# Buyers who spend more per order are an outcome; more time per visit is attention.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shoppers who arrive from Pinterest spend 35% more per order, and Pinterest drives 15% of our web traffic.",
            (True, [("vanity-metric", "INFO", "15% of our web traffic")]),
        ),
        (
            "Visitors from TikTok spend 35% more time per visit, and TikTok drives 15% of our web traffic.",
            (False, [("vanity-metric", "WARNING", "15% of our web traffic")]),
        ),
    ],
)
def test_judge56_more_per_order(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# A channel named in the title (a short first paragraph) gives bare "subscribers" under
# it their sense; a business named there leaves them customers.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two years of this newsletter today.\n\nWhen I started I had 60 subscribers. "
            "This morning there are 21,400 of you.\n\nThank you, see you Sunday.",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "60 subscribers"),
                    ("vanity-metric", "WARNING", "21,400 of you"),  # the readers counted (lead19)
                ],
            ),
        ),
        (
            "Two years of our software business today.\n\nWhen I started I had 60 subscribers. "
            "Now 2,100 of them pay for the Pro plan.\n\nThank you, see you Sunday.",
            (True, []),
        ),
    ],
)
def test_judge56_a_channel_named_in_the_title(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


def test_judge56_the_title_reaches_every_chunk_and_window(linter: Linter) -> None:
    """The title's channel word reaches a stat list far below it whether the
    document is read whole, prefiltered into chunks or cut into windows."""
    filler = "".join(f"We met the team in room {n} on Tuesday.\n\n" for n in range(120))
    text = "Five years of this newsletter\n\n" + filler + "Then: 60 subscribers. Now: 31,400.\n"
    document = document_from_text(text, "long.md")
    assert document.title == "Five years of this newsletter"
    assert len(window_cores(document, 2_000)) >= 3
    whole = findings(windowed(linter, 10**9, prefilter=False), document)
    assert ("vanity-metric", "60 subscribers") in {(f.rule, f.text) for f in whole}
    assert findings(windowed(linter, 10**9), document) == whole
    assert findings(windowed(linter, 2_000), document) == whole
