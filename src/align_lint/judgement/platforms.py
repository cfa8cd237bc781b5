"""The platform rules: a draft checked against each network it is meant for.

A document's platforms are named by its settings (``platform`` in a config,
``per_file``, front matter, a calendar row's platform column, ``--platform``);
each named profile (``rules/platforms.py``) is checked on its own, so "LinkedIn,
X" gets LinkedIn's and X's findings, each message naming its network:

* ``platform-length``: the post is longer than the network allows, counted as
  the network counts; the finding covers the part past the limit (what must go);
* ``outcome-after-fold``: the draft's first business outcome, or its only claim
  when it names no outcome, begins after the part the feed shows before
  "…see more";
* ``hashtag-limit`` / ``mention-limit``: more hashtags or mentions than the
  network allows; the finding runs from the first one past the limit to the last;
* ``unknown-platform`` (info): the document names a platform align has no
  profile for, so none of the above could be checked for it. (A config or
  ``--platform`` naming one is an error at once: see ``settings/selection.py``.)

What is counted is the text as published: the document from the end of its
front matter, without HTML comments (align's directives, reviewers' notes),
with surrounding whitespace trimmed; Markdown markup is counted as written,
since a post is pasted as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from align_lint.analysis.records import CharSpan
from align_lint.datafiles.lines import LineDict, LineMapping
from align_lint.documents import Document
from align_lint.judgement.findings import document_finding, span_finding
from align_lint.judgement.lengths import Counted, count, fits
from align_lint.report.records import Finding
from align_lint.rules.platform_rules import (
    HASHTAG_LIMIT,
    MENTION_LIMIT,
    OUTCOME_AFTER_FOLD,
    PLATFORM_LENGTH,
    UNKNOWN_PLATFORM,
)
from align_lint.rules.platforms import Profile, Profiles, bundled_profiles, platform_names
from align_lint.rules.schema import Rule

_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n.*?^\1[ \t]*(?:\r?\n|\r|\Z)", re.M | re.S)
# A hashtag as networks link one: # and a word with a letter in it ("#1" is not
# one), not inside a word, a link's fragment (example.com/#a) or an entity.
_HASHTAG = re.compile(r"(?<![\w&/#@])#(?=\w*[^\W\d_])\w+")
_NON_SPACE = re.compile(r"\S")
_MENTION = re.compile(r"(?<![\w@./+#-])@\w+(?:@[\w-]+(?:\.[\w-]+)+)?")


def platform_findings(
    document: Document,
    platform: object,
    surviving: Mapping[str, Sequence[CharSpan]],
    rules: Iterable[Rule],
    profiles: Profiles | None = None,
) -> tuple[Finding, ...]:
    """Every platform rule's findings on ``document`` for the platforms
    ``platform`` names (a comma list), given the judgement's surviving matches
    (for the claims) and the rules that made them."""
    names = platform_names(platform)
    if not names:
        return ()
    profiles = profiles or bundled_profiles()
    found, unknown = profiles.resolve(names)
    published = Published.of(document)
    claims = _Claims.of(surviving, rules)
    findings: list[Finding | _PastLimit] = [
        _unknown_finding(document, name, profiles) for name in unknown
    ]
    for profile in found:
        findings += _profile_findings(document, published, profile, claims)
    # The published text is a copy of the whole draft: gone before a length
    # finding copies the part past the limit (for a huge draft, nearly all of it).
    del published
    return tuple(f.finding(document) if isinstance(f, _PastLimit) else f for f in findings)


@dataclass(frozen=True)
class _PastLimit:
    """A platform-length finding yet to be made: where the part past the limit
    runs and what the message says."""

    start: int
    end: int
    message: str

    def finding(self, document: Document) -> Finding:
        return span_finding(PLATFORM_LENGTH, document, self.start, self.end, message=self.message)


# A published text longer than this (no post of any network comes near it) is
# never copied whole: it is counted in chunks of about COUNTED_CHUNK_CHARS.
HUGE_PUBLISHED_CHARS = 1_000_000
COUNTED_CHUNK_CHARS = 65_536


@dataclass(frozen=True)
class Published:
    """The text a network would get, as stretches of the document: from the
    end of the front matter, HTML comments cut out, trimmed.

    ``text`` is that text, or None when it is longer than HUGE_PUBLISHED_CHARS:
    a copy of a 50 MB draft was 50 MB more at the peak of its run, so a huge
    one is counted a chunk at a time (``counted``)."""

    pieces: tuple[CharSpan, ...]
    text: str | None
    document_text: str = ""

    @classmethod
    def of(cls, document: Document) -> Published:
        text = document.text
        start = 0
        if document.meta:
            front = _FRONT_MATTER.match(text)
            start = front.end() if front else 0
        pieces: list[CharSpan] = []
        for comment_start, comment_end in sorted(document.comments):
            if comment_end <= start:
                continue
            if comment_start > start:
                pieces.append((start, comment_start))
            start = max(start, comment_end)
        pieces.append((start, len(text)))
        pieces = _trimmed(text, pieces)
        if sum(b - a for a, b in pieces) > HUGE_PUBLISHED_CHARS:
            return cls(tuple(pieces), None, text)
        return cls(tuple(pieces), "".join(text[a:b] for a, b in pieces))

    def counted(self, profile: Profile, limit: int, *, whole: bool = True) -> Counted:
        """``count(self.text, profile, limit)``; without ``whole`` its length may
        stop short once the limit is passed (where is all a fold needs).

        A huge text is counted a chunk at a time, each cut just after a line
        break: no unit any network counts (a grapheme, a link, a mention, an
        emoji sequence) runs across one, so the sums are those of the whole."""
        if self.text is not None:
            return count(self.text, profile, limit)
        if profile.counted == "x-weighted":
            # twitter-text normalises and weighs the text as a whole: counted
            # whole, the copy made for the count alone.
            return count("".join(chunk for _, chunk in self.chunks()), profile, limit)
        total, over = 0, None
        for at, chunk in self.chunks():
            left = limit - total
            if over is None and left == 0:
                over = at  # every unit weighs at least one: the chunk's first is past
            if over is not None and not whole:
                break
            counted = count(chunk, profile, left if over is None else len(chunk))
            if over is None and counted.over is not None:
                over = at + counted.over
                if not whole:
                    break
            total += counted.length
        return Counted(total, over)

    def chunks(self) -> Iterator[tuple[int, str]]:
        """(offset in the published text, chunk) of the published text, each
        chunk about COUNTED_CHUNK_CHARS long and ending just after a line break
        (but the last, and one inside a line longer than that)."""
        at, held = 0, ""
        for start, end in self.pieces:
            for first in range(start, end, COUNTED_CHUNK_CHARS):
                added = self.document_text[first : min(end, first + COUNTED_CHUNK_CHARS)]
                held += added
                if len(held) < COUNTED_CHUNK_CHARS:
                    continue
                # What is held past the last cut has no line break: look in the new part only.
                cut = held.rfind("\n", len(held) - len(added)) + 1
                if cut:
                    yield at, held[:cut]
                    at, held = at + cut, held[cut:]
        if held:
            yield at, held

    def offset(self, position: int) -> int:
        """The document offset of ``position`` in the published text."""
        for start, end in self.pieces:
            if position < end - start:
                return start + position
            position -= end - start
        return self.pieces[-1][1] if self.pieces else 0

    @property
    def end(self) -> int:
        return self.pieces[-1][1] if self.pieces else 0

    def spans(self) -> Iterable[CharSpan]:
        return self.pieces


def _trimmed(text: str, pieces: list[CharSpan]) -> list[CharSpan]:
    """The pieces without the whitespace at the start of the first and the end
    of the last (networks trim a post), and without empty ones. Found by
    searching the text in place: a slice of each piece and its stripped copy
    were 100 MB at once for a 50 MB draft (``\\S`` is what ``str.strip`` keeps)."""
    pieces = [(a, b) for a, b in pieces if _NON_SPACE.search(text, a, b)]
    if not pieces:
        return []
    first_start, first_end = pieces[0]
    first = _NON_SPACE.search(text, first_start, first_end)
    assert first is not None  # the pieces kept hold a non-space
    pieces[0] = (first.start(), first_end)
    last_start, last_end = pieces[-1]
    while last_end > last_start and text[last_end - 1].isspace():
        last_end -= 1
    pieces[-1] = (last_start, last_end)
    return pieces


def may_fold(document: Document, platform: object, profiles: Profiles) -> bool:
    """Could a network the document is for fold it before its end? Not when
    the whole text is shorter than every fold, however the network counts (a
    character counts at most 2, X's weight): then no claim can be past it, and
    the outcome claims need not be read for the fold."""
    found, _ = profiles.resolve(platform_names(platform))
    most = 2 * len(document.text)
    return any(p.fold is not None and most > p.fold.value for p in found)


def platform_reads(rules: Iterable[Rule]) -> frozenset[str]:
    """The rules whose matches ``_Claims`` reads and no reported rule may need:
    those that select outcome claims (a reported claim rule is analysed anyway)."""
    return frozenset(rule.id for rule in rules if _selects_outcomes(rule))


def _selects_outcomes(rule: Rule) -> bool:
    return any(claim.kind == "outcome" for claim in rule.match.claims)


@dataclass(frozen=True)
class _Claims:
    """Where the draft makes its first business outcome claim, and its only
    other claim (metric) if it has just one, from the rules that select claims
    of each kind: all the fold needs. Not every claim as a set and a sorted
    tuple: a 50 MB draft has some 100,000 of them, 15 MB as tuples."""

    first_outcome: CharSpan | None
    only_other: CharSpan | None

    @classmethod
    def of(cls, surviving: Mapping[str, Sequence[CharSpan]], rules: Iterable[Rule]) -> _Claims:
        first_outcome: CharSpan | None = None
        others: set[CharSpan] = set()  # at most two: one is the only one, two are many
        for rule in rules:
            spans = surviving.get(rule.id, ())
            if _selects_outcomes(rule):
                if spans:
                    first = min(spans)
                    first_outcome = first if first_outcome is None else min(first, first_outcome)
            elif rule.match.claims and rule.report and len(others) < 2:
                for span in spans:
                    others.add(span)
                    if len(others) > 1:
                        break
        only_other = next(iter(others)) if len(others) == 1 else None
        return cls(first_outcome, only_other)

    def after_fold(self, fold: int) -> CharSpan | None:
        """The claim a reader must see that starts past ``fold``: the first
        outcome when there is one, else the only other claim, else none."""
        if self.first_outcome is not None:
            return self.first_outcome if self.first_outcome[0] >= fold else None
        if self.only_other is not None and self.only_other[0] >= fold:
            return self.only_other
        return None

    @property
    def has_outcomes(self) -> bool:
        return self.first_outcome is not None


def _over_length(published: Published, profile: Profile) -> _PastLimit | None:
    """The part past the network's limit, counted exactly only when a cheap
    bound cannot already tell the post fits."""
    limit = profile.length.value
    if published.text is not None and fits(published.text, profile, limit):
        return None
    length = published.counted(profile, limit)
    if length.over is None:
        return None
    message = (
        f"{profile.name}: {length.length:,} {profile.counted_as}, over the limit of "
        f"{limit:,} by {length.length - limit:,}"
    )
    return _PastLimit(published.offset(length.over), published.end, message)


def _profile_findings(
    document: Document, published: Published, profile: Profile, claims: _Claims
) -> list[Finding | _PastLimit]:
    findings: list[Finding | _PastLimit] = []
    over_length = _over_length(published, profile)
    if over_length is not None:
        findings.append(over_length)
    if profile.fold is not None:
        visible = published.counted(profile, profile.fold.value, whole=False)
        if visible.over is not None:
            fold = published.offset(visible.over)
            claim = claims.after_fold(fold)
            if claim is not None:
                findings.append(_fold_finding(document, profile, claim, claims.has_outcomes))
    for rule, figure, pattern, noun in (
        (HASHTAG_LIMIT, profile.hashtags, _HASHTAG, "hashtag"),
        (MENTION_LIMIT, profile.mentions, _MENTION, "mention"),
    ):
        if figure is not None:
            tags = _Tags.of(document, published, pattern, figure.value)
            if tags.count > figure.value:
                message = (
                    f"{profile.name} allows {figure.value} {noun}{_s(figure.value)} in a post; "
                    f"this one has {tags.count}"
                )
                start, end = tags.first_past, tags.last_end
                findings.append(span_finding(rule, document, start, end, message=message))
    return findings


@dataclass(frozen=True)
class _Tags:
    """How many hashtags (or mentions) the post has, where the first past the
    limit starts and where the last ends: all the finding needs. Not each one's
    span in a list: a 50 MB draft has hundreds of thousands, 60 MB as tuples."""

    count: int
    first_past: int
    last_end: int

    @classmethod
    def of(
        cls, document: Document, published: Published, pattern: re.Pattern[str], limit: int
    ) -> _Tags:
        count, first_past, last_end = 0, 0, 0
        for a, b in published.spans():
            for match in pattern.finditer(document.text, a, b):
                if count == limit:
                    first_past = match.start()
                count += 1
                last_end = match.end()
        return cls(count, first_past, last_end)


def _fold_finding(document: Document, profile: Profile, claim: CharSpan, outcome: bool) -> Finding:
    assert profile.fold is not None
    what = "the first business outcome" if outcome else "the draft's only claim"
    text = " ".join(document.text[claim[0] : claim[1]].split())
    message = (
        f'{profile.name}: {what}, "{text}", comes after the first {profile.fold.value:,} '
        f'{profile.counted_as} the feed shows before "…see more"'
    )
    return span_finding(OUTCOME_AFTER_FOLD, document, claim[0], claim[1], message=message)


def _unknown_finding(document: Document, name: str, profiles: Profiles) -> Finding:
    message = f"{profiles.unknown_message(name)}; its limits are not checked"
    line = _platform_line(document.meta)
    if line:
        start = document.lines.line_start(line)
        end = start + len(document.lines.line_text(line))
        return span_finding(UNKNOWN_PLATFORM, document, start, end, message=message)
    return replace(document_finding(UNKNOWN_PLATFORM, document), message=message)


def _platform_line(meta: Mapping[str, object]) -> int:
    """The line of ``platform:`` in the front matter, when the document knows it."""
    if isinstance(meta, LineMapping | LineDict) and "platform" in meta:
        return meta.line_of("platform")
    return 0


def _s(number: int) -> str:
    return "" if number == 1 else "s"
