"""Classes of own-30's first run (judge55), on sentences written for these
tests, each class with a text it must flag and a near miss it must not: a
maker reporting its own results in the trade press; a list's mail opened and
clicked (and a term's own paragraph); a run of new emoji cheering a count; a
diary's "this morning"; views from a window; e-readers; customers queuing; a
viral thing talked about; a person met and their story; an acquaintance's
audience in brackets."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import Verdict
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


# A company named as a maker reports its own results (the trade press's "Publisher X says…"); an analyst firm or a platform reports others'.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Publisher Harbour Lane Media says monthly unique visitors across its travel titles hit 9 million in May.",
            (
                False,
                [
                    (
                        "vanity-metric",
                        "WARNING",
                        "unique visitors across its travel titles hit 9 million",
                    )
                ],
            ),
        ),
        (
            "Analyst firm Brightlake said unique visitors across travel sites hit 9 million in May.",
            (
                True,
                [("audience-metric", "INFO", "unique visitors across travel sites hit 9 million")],
            ),
        ),
        (
            "Toy brand Pebblo says its stop-motion series was viewed more than 25 million times in its first month.",
            (False, [("vanity-metric", "WARNING", "viewed more than 25 million times")]),
        ),
        (
            "Netflix said the trailer was viewed 25 million times in its first day.",
            (True, [("audience-metric", "INFO", "viewed 25 million times")]),
        ),
    ],
)
def test_judge55_a_maker_reporting_its_own(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# Bare subscribers beside a list's open and click-through rates are readers, in their own paragraph even when the model runs a sentence across a blank line; beside recurring revenue they are customers.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Weekly send stats\n\n18,200 subscribers\n61% open rate\n4.8% click-through rate",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "18,200 subscribers"),
                    ("vanity-metric", "WARNING", "61% open rate"),
                    ("vanity-metric", "WARNING", "4.8% click-through rate"),
                ],
            ),
        ),
        ("Weekly numbers\n\n18,200 subscribers\n$212,000 in monthly recurring revenue", (True, [])),
    ],
)
def test_judge55_a_lists_mail_opened_and_clicked(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


# A run of an emoji the tokenizer leaves whole ("🥹🥹") cheers a bare count; money raised is no audience.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "WE DID IT. 250K 🥹🥹\nThank you for every single view.",
            (False, [("vanity-metric", "WARNING", "250K")]),
        ),
        ("We raised 250K 🥹🥹 for the shelter.", (True, [])),
    ],
)
def test_judge55_a_run_of_new_emoji_cheers(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# "Hit fifty thousand on here this morning" is a diary's milestone; the gym is not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hit fifty thousand on here this morning. Wild.",
            (False, [("vanity-metric", "WARNING", "Hit fifty thousand on here")]),
        ),
        ("Hit the gym this morning. Wild.", (True, [])),
    ],
)
def test_judge55_a_diarys_milestone_this_morning(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


# The best views from a window are scenery; the best views of a post are attention.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Built a new studio PC: eight fans, a quiet case and the best views from my window.",
            (True, []),
        ),
        (
            "Our launch reel got the best views of any post this year.",
            (False, [("vanity-metric", "WARNING", "best views")]),
        ),
    ],
)
def test_judge55_views_from_a_window(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# E-readers are devices; a newsletter's readers an audience.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reviewed six e-readers on the train this week.", (True, [])),
        (
            "Our newsletter now has 6,000 readers.",
            (False, [("vanity-metric", "WARNING", "6,000 readers")]),
        ),
    ],
)
def test_judge55_e_readers_are_devices(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# A queue round the corner is customers queuing (an outcome); a job queue is not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The reel of our baker icing buns hit 300k views and we had a queue round the corner on Saturday.",
            (True, [("vanity-metric", "INFO", "300k views")]),
        ),
        (
            "The reel of our baker icing buns hit 300k views. Our job queue backed up overnight.",
            (False, [("vanity-metric", "WARNING", "300k views")]),
        ),
    ],
)
def test_judge55_customers_queuing(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# The duck everyone talks about went viral for someone else; "our video that went viral" is ours.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Everyone's talking about the duck that went viral at the city marathon.",
            (True, [("audience-metric", "INFO", "went viral")]),
        ),
        (
            "Everyone's talking about our video that went viral at the city marathon.",
            (False, [("viral-claim", "WARNING", "went viral")]),
        ),
    ],
)
def test_judge55_a_viral_thing_talked_about(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# The person the writer interviewed, and their followers, are background; our social lead's growth of our account is ours.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Interviewed Tomas Reyna this week, the carpenter who went from a rented bench to 900k followers. We talked about dovetails.",
            (True, [("audience-metric", "INFO", "900k followers")]),
        ),
        (
            "Meet Tomas Reyna, our social lead, who grew our account to 900k followers.",
            (False, [("vanity-metric", "WARNING", "900k followers")]),
        ),
    ],
)
def test_judge55_a_person_met_and_their_story(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# An acquaintance's audience in brackets after their name is who they are; our channel's is ours.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "My old classmate Ines (80k subscribers, pottery channel) is running a workshop in Leeds on Friday.",
            (True, [("audience-metric", "INFO", "80k subscribers")]),
        ),
        (
            "Our pottery channel (80k subscribers) turns five on Friday!",
            (False, [("vanity-metric", "WARNING", "80k subscribers")]),
        ),
    ],
)
def test_judge55_an_acquaintances_bracketed_audience(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected
