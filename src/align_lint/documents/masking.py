"""Same-length masking helpers shared by the Markdown and plain-text readers.

A mask replaces characters with spaces but keeps line breaks, so offsets and
line numbers survive. The social-text pass treats URLs, e-mail addresses,
@mentions and #hashtags as non-prose (they are handles and tags, not claims)
and decodes HTML entities such as ``&amp;`` in place.
"""

from __future__ import annotations

import html
import re

_NOT_A_BREAK = re.compile(r"[^\r\n]")
# The pictographs a social post puts at the start of a line as its bullet
# ("📸 14,000 tagged posts", "✅ 40 demos booked", "➡️ 3 hires"), as the
# ranges of a regular expression's character class: arrows, technical and
# enclosed symbols, shapes, dingbats and the emoji planes.
PICTOGRAPHS = (
    "\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u25a0-\u27bf\u2900-\u297f"
    "\u2b00-\u2bff\U0001f000-\U0001faff"
)
_LONE_CR = re.compile(r"\r(?!\n)")


def blank(text: str) -> str:
    """``text`` as spaces, keeping its line breaks."""
    return _NOT_A_BREAK.sub(" ", text)


def unify_line_breaks(analysis_text: str) -> str:
    """A lone "\\r" (classic Mac) as "\\n": the analysis (sentences, blank
    lines between paragraphs) then sees the line breaks that the line index
    and markdown-it see, and every offset stays the same."""
    return _LONE_CR.sub("\n", analysis_text) if "\r" in analysis_text else analysis_text


def mask_range(chars: list[str], start: int, end: int) -> None:
    """Blank ``chars[start:end]`` in place, keeping line breaks."""
    chars[start:end] = blank("".join(chars[start:end]))


def mask_matches(
    chars: list[str], pattern: re.Pattern[str], groups: tuple[int, ...] = (0,)
) -> None:
    """Blank every match of ``pattern`` (or the given groups of it) in the current text."""
    text = "".join(chars)
    for match in pattern.finditer(text):
        for group in groups:
            start, end = match.span(group)
            if start >= 0:
                chars[start:end] = blank(text[start:end])


_TLDS = "com|org|net|io|co|ly|me|ai|app|dev|info|biz|us|uk|de|fr|ca|au|gov|edu|tv|gl|gg|ws"
# Trailing sentence punctuation is not part of a URL ("see https://x.io.").
# A bare domain starts where no word, "-" or "word." is before it: tried from
# inside "a.a.a…" or "ab-ab-…", each start would scan the rest of the run
# again (quadratic time); so is an e-mail address. A word's letters are taken
# possessively (``++``): what follows them must be a ".", which no letter
# given back could be, so the matches are the same without the backtracking
# through every word of the text (a quarter of this expression's time).
_URL = re.compile(
    r"(?:https?://|ftp://|www\.)[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]}]"
    rf"|(?<![\w-])(?<![\w-]\.)[\w-]++(?:\.[\w-]++)*\.(?:{_TLDS})\b"
    r"(?:/[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]}])?",
    re.IGNORECASE,
)
# What every match of _URL holds: a scheme, "www." or a dot before a top-level
# domain. A text without one (a third of posts) is not scanned for links.
_MAYBE_URL = re.compile(rf"://|www\.|\.(?:{_TLDS})\b", re.IGNORECASE)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# Instagram and TikTok handles hold dots: "@mira.bakes" is one handle.
_MENTION = re.compile(r"(?<![\w@.])@\w{1,30}(?:\.\w{1,30})*")
# A retweet's or modified tweet's marker is markup too: "RT @acme: …" left "RT :"
# before the quoted tweet, which the parser read as its subject.
_RETWEET = re.compile(r"\b(?:RT|MT)[ \t]+@\w{1,30}:?")
# A hashtag needs a letter: "#1 in our market" is prose, "#followers" is a tag.
_HASHTAG = re.compile(r"(?<![\w&#])#(?=\w*[^\W\d])\w+")
# The nouns a milestone hashtag glues to its count ("#100kFollowers", "#1MViews"):
# such a tag is a claim, so only its "#" is masked (the analysis pipeline splits
# the count from the noun, see analysis/pipeline.py).
COUNTED_TAG_NOUNS = ("followers", "subscribers", "subs", "fans", "views", "likes", "streams")
# A count tagged on its own and followed by the noun ("#100k followers", "#25k+
# subscribers") is kept too.
_COUNTED_TAG = re.compile(
    rf"#(?=\d[\d.,]*[kmb]?\+?[ \t]?(?:{'|'.join(COUNTED_TAG_NOUNS)})\b)", re.IGNORECASE
)
# A company written as its domain ("Ctrip.com receives 1.6M visits a day",
# "Booking.com moved its search to us") names the company: its name is kept
# and only the rest of the address masked, so that the sentence still has an
# owner to read. Only a capitalised bare domain, with no path: a lowercase one
# or one with a path is a link to follow.
_NAMED_DOMAIN = re.compile(rf"[A-Z][a-z]{{2,}}(?=\.(?:{_TLDS})\b(?![/\w-])(?!\.[\w-]))")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def mask_social(chars: list[str]) -> None:
    """Mask URLs, e-mails, mentions (with a retweet's "RT @x:") and hashtags;
    decode HTML entities in place."""
    chars[:] = social_masked("".join(chars))


def social_masked(text: str) -> str:
    """``text`` with URLs, e-mails, mentions and hashtags masked and HTML
    entities decoded. Each pass scans the text the passes before it left, as
    a string: joining a list of characters again for every pass was 1 % of a
    run. Passes that cannot match are skipped."""
    masked = text
    if "@" in text:
        masked = _blanked(masked, _EMAIL)  # before URLs: "c.com" in "a@c.com" is not a link
    if "." in text and _MAYBE_URL.search(masked) is not None:
        masked = _blanked(masked, _URL, spare=_NAMED_DOMAIN)
    if "@" in text:
        if "RT" in text or "MT" in text:
            masked = _blanked(masked, _RETWEET)
        masked = _blanked(masked, _MENTION)
    if "#" in text:
        masked = _blanked(masked, _HASHTAG, keep=_COUNTED_TAG)
    if "&" in text:
        masked = _entities_decoded(masked)
    return masked


def _blanked(
    text: str,
    pattern: re.Pattern[str],
    keep: re.Pattern[str] | None = None,
    spare: re.Pattern[str] | None = None,
) -> str:
    """``text`` with every match of ``pattern`` blanked (found in ``text`` as given);
    of a match that ``keep`` matches at its start, only what ``keep`` matched;
    of one that ``spare`` matches at its start, all but what ``spare`` matched."""
    pieces: list[str] = []
    last = 0
    for match in pattern.finditer(text):
        start, end = match.span()
        kept = keep.match(text, start) if keep is not None else None
        if kept is not None:
            end = kept.end()
        spared = spare.match(text, start) if spare is not None else None
        if spared is not None:
            pieces.append(text[last : spared.end()])
            start = last = spared.end()
        pieces += (text[last:start], blank(text[start:end]))
        last = end
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _entities_decoded(text: str) -> str:
    """``&amp;`` becomes ``&`` followed by spaces, so "Q&amp;A" reads "Q&    A"."""
    pieces: list[str] = []
    last = 0
    for match in _ENTITY.finditer(text):
        decoded = html.unescape(match.group())
        if len(decoded) != 1 or decoded == match.group():
            continue
        start, end = match.span()
        first = " " if decoded.isspace() else decoded
        pieces += (text[last:start], first, blank(text[start + 1 : end]))
        last = end
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)
