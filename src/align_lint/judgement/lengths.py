"""How long a post is, as each network counts it, and where it runs over.

Three countings (``rules/platforms.py`` ``COUNTINGS``):

* ``x-weighted``: X's own count, by twitter-text-parser (the Python port of
  X's twitter-text 3 configuration): a link is 23, most CJK characters and
  emoji 2, the rest 1. Imported on first use only: compiling its URL and emoji
  expressions takes about half a second, which a run without an X post never pays.
* ``graphemes``: user-perceived characters (``regex``'s ``\\X``, which follows
  the current Unicode segmentation rules, so a ZWJ family emoji or a flag is
  one), as Bluesky counts with its grapheme splitter.
* ``code-points``: what most networks call characters; a profile may count
  every link as a fixed length (Mastodon: 23) and a mention by its local part
  (Mastodon: ``@ana@example.social`` counts as ``@ana``).

``Counted.over`` is the offset of the first character past the limit: where
the part the network would refuse (or cut) begins.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from align_lint.rules.platforms import Profile

# A link as the networks that shorten links see one: a scheme or www., up to
# whitespace, without the punctuation that usually ends the sentence around it.
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+[^\s<>\".,;:!?)\]'\u2019\u201d]")
# A fediverse mention: @user@example.social (the domain part is not counted).
_REMOTE_MENTION = re.compile(r"(?<![\w@./+-])@\w+(@[\w-]+(?:\.[\w-]+)+)")


@dataclass(frozen=True)
class Counted:
    length: int  # as the network counts it
    over: int | None  # offset (into the text counted) of the first character past the limit


def count(text: str, profile: Profile, limit: int) -> Counted:
    """``text``'s length as ``profile``'s network counts it, and where it passes ``limit``."""
    if profile.counted == "x-weighted":
        return _x_weighted(text, limit, profile.url_length)
    return _by_units(text, profile, limit)


def _by_units(text: str, profile: Profile, limit: int) -> Counted:
    if profile.counted != "graphemes":
        return _by_code_points(text, profile, limit)
    total = 0
    over: int | None = None
    for start, weight in _units(text, profile):
        total += weight
        if over is None and total > limit:
            over = start
    return Counted(total, over)


def _by_code_points(text: str, profile: Profile, limit: int) -> Counted:
    """``_by_units`` for code points, a stretch of plain text at a time: the
    same sums as one unit at a time (which cost a generator step per
    character, 2 % of a run over the bench corpus)."""
    total = 0
    over: int | None = None
    position = 0
    for start, end, weight in [*_fixed_spans(text, profile), (len(text), len(text), 0)]:
        plain = start - position
        if over is None and total + plain > limit:
            over = position + limit - total  # the unit that takes the sum past the limit
        total += plain
        if weight:
            total += weight
            if over is None and total > limit:
                over = start
        position = end
    return Counted(total, over)


def _units(text: str, profile: Profile) -> Iterator[tuple[int, int]]:
    """(offset, weight) of each unit the network counts, in order."""
    fixed = _fixed_spans(text, profile)
    position = 0
    for start, end, weight in fixed:
        yield from _plain_units(text, position, start, profile.counted)
        if weight:
            yield start, weight
        position = end
    yield from _plain_units(text, position, len(text), profile.counted)


def _fixed_spans(text: str, profile: Profile) -> list[tuple[int, int, int]]:
    """Stretches the network counts at a fixed weight: links (at
    ``url_length``) and the domain of a remote mention (at 0)."""
    spans: list[tuple[int, int, int]] = []
    if profile.url_length is not None:
        spans += [(m.start(), m.end(), profile.url_length) for m in _URL.finditer(text)]
    if profile.mentions_counted == "local-part":
        spans += [(m.start(1), m.end(1), 0) for m in _REMOTE_MENTION.finditer(text)]
    spans.sort()
    kept: list[tuple[int, int, int]] = []
    for span in spans:  # a mention inside a link is the link's
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _plain_units(text: str, start: int, end: int, counted: str) -> Iterator[tuple[int, int]]:
    if counted == "graphemes":
        for match in _graphemes().finditer(text, start, end):
            yield match.start(), 1
    else:
        for offset in range(start, end):
            yield offset, 1


@cache
def _graphemes() -> Any:
    import regex  # lazily: only Bluesky posts need it

    return regex.compile(r"\X")


def grapheme_count(text: str) -> int:
    return sum(1 for _ in _graphemes().finditer(text))


def _x_weighted(text: str, limit: int, url_length: int | None) -> Counted:
    """X's weighted count: by hand for a text X counts one per code point,
    with twitter-text's links only for a light text with links, else by
    twitter-text-parser."""
    if limit > 0 and _x_light(text):
        if _MAYBE_LINK.search(text) is None:
            return Counted(len(text), limit if len(text) > limit else None)
        return _x_light_with_links(text, limit, url_length)
    return _x_by_twitter_text(text, limit, url_length)


def _x_light_with_links(text: str, limit: int, url_length: int | None) -> Counted:
    """``parse_tweet``'s count of a light text (``_x_light``) that may hold
    links, without its emoji pass: twitter-text's emoji expression can match
    no text of light code points (its only ones are ©, ®, #, * and digits, and
    a keycap needs U+20E3), and that pass took two thirds of parse_tweet's
    time (4 % of a run over the bench corpus, whose long posts have links).
    The same loop as parse_tweet's: a link weighs ``url_length``, any other
    light code point one; ``over`` follows the last code point within the
    limit (a link's last one when the link still fits)."""
    from twitter_text.extract_urls import extract_urls_with_indices  # lazily, as below

    links = {found["indices"][0]: len(found["url"]) for found in extract_urls_with_indices(text)}
    link_weight = url_length if url_length is not None else _x_options()["transformed_url_length"]
    # The loop taken a run of plain code points or a link at a time, not one
    # code point at a time (that loop was 1.5 % of a 2,000-post run).
    total = 0
    last_within = 0
    index = 0
    for start in sorted(links):
        if start < index:
            continue  # inside the link before it, as the code-point loop skipped it
        total, last_within = _plain_run(total, last_within, index, start, limit)
        index = start + links[start]
        total += link_weight
        if total <= limit:
            last_within = index - 1
    total, last_within = _plain_run(total, last_within, index, len(text), limit)
    return Counted(total, None if total <= limit else last_within + 1)


def _plain_run(total: int, last_within: int, start: int, end: int, limit: int) -> tuple[int, int]:
    """The count and the last code point within ``limit`` after the plain code
    points ``start`` to ``end`` (each weighs one) follow a count of ``total``."""
    if end <= start:
        return total, last_within
    if total + (end - start) <= limit:
        last_within = end - 1
    elif total < limit:
        last_within = start + (limit - total) - 1
    return total + (end - start), last_within


def _x_by_twitter_text(text: str, limit: int, url_length: int | None) -> Counted:
    """X's weighted count by twitter-text-parser with its default (v3)
    configuration and the profile's limit. Its ``validRangeEnd`` is the UTF-16
    index of the last character within the limit; the next one is ``over``."""
    from twitter_text import parse_tweet  # lazily: ~0.5 s to import

    options = dict(_x_options())
    options["max_weighted_tweet_length"] = limit
    if url_length is not None:
        options["transformed_url_length"] = url_length
    parsed = parse_tweet(text, options)
    if parsed.weightedLength <= limit:
        return Counted(parsed.weightedLength, None)
    return Counted(parsed.weightedLength, _after_utf16_index(text, parsed.validRangeEnd))


# X weighs every code point below U+1100 as one (twitter-text 3's first range)
# except the two emoji among them, © and ®, which count two; a link (with a
# scheme, or a bare domain: a dot before a letter) counts 23; a text not in NFC
# or with CR line ends is rewritten first.
_X_PLAIN_LIMIT = 0x1100
_X_EMOJI_BELOW_LIMIT = frozenset("\u00a9\u00ae")
_MAYBE_LINK = re.compile(r"://|\.[^\W\d_]")


def _plainly_weighted(text: str) -> bool:
    """Does X count ``text`` as one per code point, nothing rewritten? Then
    its weighted length is ``len(text)`` and the first code point past a
    limit is at the limit, as twitter-text would say; most posts are such, and
    they skip twitter-text's 17 ms a post (and its import, half a second)."""
    return _x_light(text) and _MAYBE_LINK.search(text) is None


def _x_light(text: str) -> bool:
    """Does X weigh every code point of ``text`` one, with no emoji and
    nothing rewritten (links aside)?"""
    return (
        (not text or max(text) < chr(_X_PLAIN_LIMIT))
        and "\r" not in text
        and _X_EMOJI_BELOW_LIMIT.isdisjoint(text)
        and unicodedata.is_normalized("NFC", text)
    )


# What twitter-text 3 weighs one (its config v3 ranges); every other code point
# at most two, and an emoji sequence two in all, never more than its parts.
_X_HEAVY = re.compile("[^\u0000-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]|[\u00a9\u00ae]")


def fits(text: str, profile: Profile, limit: int) -> bool:
    """Is ``text`` surely within ``limit`` as ``profile``'s network counts it,
    by a bound cheaper than the count? Only for X, whose exact count takes
    twitter-text about 20 ms a post with an emoji or a link (6 % of a run).
    The bound: each code point weighs at most 2 (one in X's light ranges),
    each link at most its own characters plus 23, and a text in NFC is not
    rewritten longer. False means "count it", not "over"."""
    if profile.counted != "x-weighted" or not unicodedata.is_normalized("NFC", text):
        return False
    links = len(_MAYBE_LINK.findall(text))
    url = profile.url_length if profile.url_length is not None else 23
    return len(text) + len(_X_HEAVY.findall(text)) + links * url <= limit


@cache
def _x_options() -> dict[str, Any]:
    from twitter_text.config import config

    return dict(config["defaults"])


def _after_utf16_index(text: str, index: int) -> int:
    """The code point offset just after the character at UTF-16 ``index``."""
    units = 0
    for offset, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > index:
            return offset + 1
    return len(text)
