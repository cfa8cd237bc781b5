"""Classes of own-24's first run (judge49), on sentences written for these
tests, each class with a text it must flag and a near miss it must not: a
show's downloads beside an app word; an outcome only hoped for; a crowd in a
relative clause; a count in a "whose" clause about someone else; views of a
place; patrons counted; "No" inside a title."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import Verdict
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


# A show's downloads are attention whatever else the paragraph names; an app's are installs.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our podcast passed 1 million downloads this year. We're playing the long game.",
            (False, [("vanity-metric", "WARNING", "1 million downloads")]),
        ),
        ("Our podcast app passed 1 million downloads.", (True, [])),
        ("Our game passed 1 million downloads.", (True, [])),
    ],
)
def test_judge49_downloads_of_a_show(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# An outcome after a marker of hope is no result; a result before one stays.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our reel hit 2M views. Fingers crossed it shows up in sales.",
            (False, [("vanity-metric", "WARNING", "2M views")]),
        ),
        (
            "Sales rose 12% in May, fingers crossed for June too. Our reel hit 2M views.",
            (True, [("vanity-metric", "WARNING", "2M views")]),
        ),
    ],
)
def test_judge49_an_outcome_only_hoped_for(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# Fans who packed a venue are a crowd; fans who follow us are an audience.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Huge thanks to the 41,000 fans who packed the stadium tonight.", (True, [])),
        (
            "Thanks to the 20,000 fans who follow us on Instagram.",
            (False, [("vanity-metric", "WARNING", "20,000 fans who follow")]),
        ),
    ],
)
def test_judge49_a_crowd_in_a_relative_clause(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# A count held in a "whose" clause about someone else is background; about us it is ours.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This week: Mara Lin, whose sketch account has 2 million followers, on writing jokes.",
            (True, [("audience-metric", "INFO", "2 million followers")]),
        ),
        (
            "My first job was at a soda company whose Facebook page had 3,000 fans.",
            (True, [("audience-metric", "INFO", "3,000 fans")]),
        ),
        (
            "We are the brand whose page has 2 million fans.",
            (False, [("vanity-metric", "WARNING", "2 million fans")]),
        ),
    ],
)
def test_judge49_a_whose_clause_about_someone(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# Views of a place are scenery; counted views of it are an audience.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our suites have the best views of the lake.", (True, [])),
        ("Window seat to Denver today: the best views of the Rockies.", (True, [])),
        (
            "Our video tour got 40,000 views of the city in a week.",
            (False, [("vanity-metric", "WARNING", "40,000 views")]),
        ),
    ],
)
def test_judge49_views_of_a_place(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# Patrons counted are paying supporters; named only, they tie nothing.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "June report: 1,412 patrons (+86) and $9,840 for the month. YouTube views were flat.",
            (True, [("vanity-metric", "WARNING", "views were")]),
        ),
        (
            "Our reel got 2M views and our patrons loved it.",
            (False, [("vanity-metric", "WARNING", "2M views")]),
        ),
    ],
)
def test_judge49_patrons_counted(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


# "No" inside a campaign's title denies nothing; a subject that is "no post" does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 'Leave No Trace' campaign reached 4.1 million people on Facebook.",
            (False, [("reach-claim", "WARNING", "reached 4.1 million people")]),
        ),
        (
            "No post of ours got 1,000 views this year.",
            (True, [("audience-metric", "INFO", "1,000 views")]),
        ),
    ],
)
def test_judge49_no_in_a_title(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected
