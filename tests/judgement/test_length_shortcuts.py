"""The counting shortcuts of ``judgement/lengths.py`` (issue 10, speed): X's
count by hand for a text X counts one per code point, and the code-point count
a stretch at a time. Each must give exactly what the long way gives, offsets
included, so the findings stay the same."""

from __future__ import annotations

import random
import sys

import pytest

from align_lint.judgement import lengths
from align_lint.judgement.lengths import Counted, count
from align_lint.rules.platforms import Profile, bundled_profiles

PROFILES = bundled_profiles()


def profile(name: str) -> Profile:
    found = PROFILES.find(name)
    assert found is not None
    return found


X = profile("x")
MASTODON = profile("mastodon")
LINKEDIN = profile("linkedin")

# Pieces of text near every edge of the shortcut: links with and without a
# scheme, dots before letters and digits, © and ®, CR line ends, a decomposed
# accent (not NFC), CJK (weight 2), an emoji, a remote mention.
PIECES = [
    "We shipped the release",
    " ",
    "\n",
    "\r\n",
    ". ",
    "1.5 million",
    "v2.0",
    "example.com",
    "bench.py",
    "https://example.com/pricing",
    "www.example.org",
    "© 2025",
    "Brand®",
    "e\u0301",
    "caf\u00e9",
    "日本",
    "\U0001f680",
    "@ana@example.social",
    "#launch",
    "end.Next",
    "\u2014",
    "a" * 40,
]


def texts(seed: int, count_: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30))) for _ in range(count_)]


def long_way_units(text: str, profile_: Profile, limit: int) -> Counted:
    """The count one unit at a time, as ``_by_units`` did for code points."""
    total = 0
    over = None
    for start, weight in lengths._units(text, profile_):
        total += weight
        if over is None and total > limit:
            over = start
    return Counted(total, over)


@pytest.mark.parametrize("limit", [1, 7, 40, 125, 280])
def test_x_shortcut_counts_as_twitter_text_does(limit: int) -> None:
    for text in texts(limit, 300):
        assert count(text, X, limit) == lengths._x_by_twitter_text(text, limit, X.url_length), text


@pytest.mark.parametrize(
    "text",
    ["Plain words, 1.5 million of them: v2.0 - and more", "a" * 400, "Zürich café\nnext line"],
)
def test_x_plain_text_takes_the_shortcut(text: str) -> None:
    assert lengths._plainly_weighted(text)


@pytest.mark.parametrize(
    "text",
    [
        "see example.com",
        "https://example.com",
        "© 2025",
        "Brand®",
        "one\r\ntwo",
        "e\u0301",
        "日本",
        "\U0001f680 launch",
        "end.Next",
    ],
)
def test_x_text_it_may_count_otherwise_takes_the_long_way(text: str) -> None:
    assert not lengths._plainly_weighted(text)


def test_x_plain_posts_never_import_twitter_text(monkeypatch: pytest.MonkeyPatch) -> None:
    # None in sys.modules makes the import fail: the shortcut must not need it.
    monkeypatch.setitem(sys.modules, "twitter_text", None)
    assert count("a" * 300, X, 280) == Counted(300, 280)
    assert count("Short and plain.", X, 280) == Counted(16, None)


@pytest.mark.parametrize("limit", [1, 7, 23, 40, 500])
@pytest.mark.parametrize("profile_", [MASTODON, LINKEDIN], ids=["mastodon", "linkedin"])
def test_code_points_a_stretch_at_a_time_count_as_one_at_a_time(
    profile_: Profile, limit: int
) -> None:
    for text in texts(limit + 1000, 300):
        assert count(text, profile_, limit) == long_way_units(text, profile_, limit), text


@pytest.mark.parametrize("limit", [7, 40, 125, 280])
def test_x_fits_only_what_twitter_text_counts_within_the_limit(limit: int) -> None:
    """``fits`` is a bound: whenever it says a text fits, twitter-text agrees
    (and it does say so for many texts the shortcut above cannot count)."""
    said_fits = 0
    for text in texts(1000 + limit, 400):
        if lengths.fits(text, X, limit):
            said_fits += 1
            assert lengths._x_by_twitter_text(text, limit, X.url_length).over is None, text
    assert said_fits > 0


def test_x_fits_an_emoji_post_with_a_link_and_counts_one_that_may_not() -> None:
    post = "\U0001f680 launch day at https://example.com/launch"
    assert lengths.fits(post, X, 280)  # no twitter-text for it
    cjk = "日本 " * 60  # 300 as X weighs it
    assert not lengths.fits(cjk, X, 280)
    assert count(cjk, X, 280) == Counted(300, 168)  # 56 "日本 " weigh 280


def test_fits_is_only_a_bound_for_x() -> None:
    assert not lengths.fits("short", LINKEDIN, 3000)


# Light pieces only (X weighs each code point one, no emoji), links of every
# kind twitter-text knows or refuses: with a scheme, bare domains, a path, a
# t.co link, a domain it does not take ("bench.py"), one glued to a word.
LIGHT_PIECES = [
    "We shipped the release",
    " ",
    "\n",
    ". ",
    "1.5 million",
    "example.com",
    "bench.py",
    "https://example.com/pricing?plan=pro",
    "http://a.io",
    "www.example.org",
    "t.co/AbCdEf123",
    "https://t.co/AbCdEf123/more",
    "sub.example.co.uk/path",
    "end.Next",
    "caf\u00e9",
    "#1",
    "*",
    "a" * 40,
]


def light_texts(seed: int, count_: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(LIGHT_PIECES) for _ in range(rng.randint(1, 40))) for _ in range(count_)
    ]


@pytest.mark.parametrize("limit", [1, 7, 23, 40, 125, 280])
def test_x_light_text_with_links_counts_as_twitter_text_does(limit: int) -> None:
    checked = 0
    for text in light_texts(limit + 2000, 300):
        assert lengths._x_light(text), text
        if lengths._plainly_weighted(text):
            continue
        checked += 1
        counted = lengths._x_light_with_links(text, limit, X.url_length)
        assert counted == lengths._x_by_twitter_text(text, limit, X.url_length), text
        assert count(text, X, limit) == counted
    assert checked > 100


def test_twitter_text_finds_no_emoji_in_light_code_points() -> None:
    """Why the light path may skip twitter-text's emoji pass: of the code
    points X weighs one, its emoji expression reads only ©, ® (never light
    here), #, * and digits, which make an emoji only with U+20E3 after them."""
    from twitter_text.regexp.emoji import emoji

    light = "".join(chr(c) for c in range(0x1100) if chr(c) not in "\u00a9\u00ae")
    assert emoji.search(light) is None
    keycap_parts = "#*0123456789"
    pairs = [a + b + c for a in keycap_parts for b in keycap_parts for c in " #"]
    assert all(emoji.search(text) is None for text in pairs)
    assert emoji.search("1\ufe0f\u20e3") is not None  # the keycap itself is heavy


def test_x_link_post_with_an_emoji_still_takes_twitter_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    post = "Launch day \U0001f680 " + "a" * 300 + " https://example.com"
    assert not lengths._x_light(post)
    light = "Launch day " + "a" * 300 + " https://example.com"
    assert lengths._x_light(light)
    assert count(light, X, 280) == Counted(335, 280)
    called: list[str] = []
    real = lengths._x_by_twitter_text

    def spy(text: str, limit: int, url_length: int | None) -> Counted:
        called.append(text)
        return real(text, limit, url_length)

    monkeypatch.setattr(lengths, "_x_by_twitter_text", spy)
    assert count(post, X, 280).length == 338  # the emoji (and its space) weigh three
    count(light, X, 280)
    assert called == [post]
