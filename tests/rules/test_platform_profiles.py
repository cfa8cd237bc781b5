"""The platform profile file: every figure sourced and dated, names
normalised, and one clear line for a bad file."""

from __future__ import annotations

from pathlib import Path

import pytest

from align_lint.errors import RuleError
from align_lint.rules.platforms import bundled_profiles, platform_names, read_profiles


def test_every_bundled_figure_has_a_source_and_a_date() -> None:
    profiles = bundled_profiles()
    assert {p.id for p in profiles.profiles} >= {
        "x",
        "bluesky",
        "threads",
        "mastodon",
        "linkedin",
        "instagram",
        "facebook",
        "tiktok",
    }
    for profile in profiles.profiles:
        for figure in (profile.length, profile.fold, profile.hashtags, profile.mentions):
            if figure is not None:
                assert figure.source.startswith("as documented by")
                assert figure.checked == "2026-12-01"


@pytest.mark.parametrize(
    ("name", "platform"),
    [
        ("Twitter/X", "x"),
        ("twitter", "x"),
        ("X (Twitter)", "x"),
        ("LinkedIn", "linkedin"),
        ("IG", "instagram"),
        ("Blue Sky", "bluesky"),
        ("bsky", "bluesky"),
        ("Threads", "threads"),
        ("Mastodon", "mastodon"),
        ("TikTok", "tiktok"),
        ("facebook", "facebook"),
    ],
)
def test_names_are_normalised(name: str, platform: str) -> None:
    found = bundled_profiles().find(name)
    assert found is not None and found.id == platform


def test_platform_lists() -> None:
    assert platform_names("LinkedIn, X") == ("LinkedIn", "X")
    assert platform_names("x; threads | bluesky") == ("x", "threads", "bluesky")
    assert platform_names(["x", "x", " "]) == ("x",)
    assert platform_names("Twitter/X") == ("Twitter/X",)
    assert platform_names(None) == ()


GOOD = """platforms:
  x:
    length: {limit: 280, counted: x-weighted, source: as documented by X, checked: 2026-12-01}
"""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- a list\n", "p.yaml:1: a profile file is a mapping with 'platforms:'"),
        (
            "platforms:\n  x:\n    lenght: {}\n",
            "p.yaml:3: platforms.x: unknown key 'lenght' (did you mean 'length'?)",
        ),
        (
            GOOD.replace("x-weighted", "bytes"),
            'p.yaml:3: platforms.x.length.counted: must be one of code-points, graphemes, x-weighted (got "bytes")',
        ),
        (
            GOOD.replace("280", "-5"),
            "p.yaml:3: platforms.x.length.limit: must be a whole number of at least 1 (got -5)",
        ),
        (
            GOOD.replace(", checked: 2026-12-01", ""),
            "p.yaml:3: platforms.x.length: checked is required (every figure names its source and date)",
        ),
        (
            GOOD.replace("2026-12-01", "last week"),
            'p.yaml:3: platforms.x.length.checked: must be a date, YYYY-MM-DD (got "last week")',
        ),
        (
            GOOD
            + GOOD.replace("platforms:\n  x:", "  twitter:").replace("x-weighted", "code-points")
            + "    aliases: [X]\n",
            "p.yaml: platforms.twitter: the name 'X' already names x",
        ),
    ],
)
def test_a_bad_profile_file_is_one_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(text)
    with pytest.raises(RuleError) as caught:
        read_profiles(path, "p.yaml")
    assert str(caught.value) == message


def test_a_good_profile_file(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(GOOD)
    [x] = read_profiles(path).profiles
    assert (x.length.value, x.counted, x.fold) == (280, "x-weighted", None)
