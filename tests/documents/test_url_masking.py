"""The social pass's link expression (speed13): its possessive word runs and
the cheap check that skips a text with no link in it find exactly what the
plain backtracking expression finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from align_lint.documents.masking import _MAYBE_URL, _TLDS, _URL, social_masked

# The expression as it was before the possessive runs: the reference.
_BACKTRACKING_URL = re.compile(
    r"(?:https?://|ftp://|www\.)[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]}]"
    rf"|(?<![\w-])(?<![\w-]\.)[\w-]+(?:\.[\w-]+)*\.(?:{_TLDS})\b"
    r"(?:/[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]}])?",
    re.IGNORECASE,
)

PIECES = st.sampled_from(
    [
        "a", "sub", "x-y", "_", ".", "-", "com", "io", "community", "co", "COM", "org",
        "/", "path", "?q=1", ")", ",", " ", "\n", "https://", "www.", "://", "@", "é", "1",
    ]
)  # fmt: skip


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=14).map("".join))
def test_the_possessive_expression_finds_what_the_backtracking_one_finds(text: str) -> None:
    assert _spans(_URL, text) == _spans(_BACKTRACKING_URL, text)
    if _MAYBE_URL.search(text) is None:
        assert not _spans(_URL, text)


def test_a_bare_domain_is_masked_and_a_longer_word_after_a_dot_is_not() -> None:
    text = "See docs.example.com/start, not the x.community page."
    masked = social_masked(text)
    assert "docs.example.com/start" not in masked
    assert masked.startswith("See ") and ", not the x.community page." in masked
    assert len(masked) == len(text)


def test_a_capitalised_bare_domain_keeps_its_name_and_a_link_does_not() -> None:
    text = "Kelvo.com gets 2M visits a day; see kelvo.com or Kelvo.com/pricing. Ask Kelvo.io."
    assert social_masked(text) == (
        "Kelvo     gets 2M visits a day; see "
        + " " * len("kelvo.com")
        + " or "
        + " " * len("Kelvo.com/pricing")
        + ". Ask Kelvo   ."
    )
