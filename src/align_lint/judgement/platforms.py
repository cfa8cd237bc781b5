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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from align_lint.analysis.records import CharSpan
from align_lint.datafiles.lines import LineDict, LineMapping
from align_lint.documents import Document
from align_lint.judgement.findings import document_finding, span_finding
from align_lint.judgement.lengths import count, fits
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


@dataclass(frozen=True)
class Published:
    """The text a network would get, as stretches of the document: from the
    end of the front matter, HTML comments cut out, trimmed."""

    pieces: tuple[CharSpan, ...]
    text: str

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
        return cls(tuple(pieces), "".join(text[a:b] for a, b in pieces))

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
    of the last (networks trim a post), and without empty ones."""
    pieces = [(a, b) for a, b in pieces if text[a:b].strip()]
    if not pieces:
        return []
    first_start, first_end = pieces[0]
    pieces[0] = (first_end - len(text[first_start:first_end].lstrip()), first_end)
    last_start, last_end = pieces[-1]
    pieces[-1] = (last_start, last_start + len(text[last_start:last_end].rstrip()))
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
    """Where the draft makes its business outcome claims, and its other claims
    (metrics), from the rules that select claims of each kind."""

    outcomes: tuple[CharSpan, ...]
    others: tuple[CharSpan, ...]

    @classmethod
    def of(cls, surviving: Mapping[str, Sequence[CharSpan]], rules: Iterable[Rule]) -> _Claims:
        outcomes: set[CharSpan] = set()
        others: set[CharSpan] = set()
        for rule in rules:
            spans = surviving.get(rule.id, ())
            if _selects_outcomes(rule):
                outcomes.update(spans)
            elif rule.match.claims and rule.report:
                others.update(spans)
        return cls(tuple(sorted(outcomes)), tuple(sorted(others)))

    def after_fold(self, fold: int) -> CharSpan | None:
        """The claim a reader must see that starts past ``fold``: the first
        outcome when there is one, else the only other claim, else none."""
        if self.outcomes:
            first = self.outcomes[0]
            return first if first[0] >= fold else None
        if len(self.others) == 1 and self.others[0][0] >= fold:
            return self.others[0]
        return None


def _over_length(published: Published, profile: Profile) -> _PastLimit | None:
    """The part past the network's limit, counted exactly only when a cheap
    bound cannot already tell the post fits."""
    limit = profile.length.value
    if fits(published.text, profile, limit):
        return None
    length = count(published.text, profile, limit)
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
        visible = count(published.text, profile, profile.fold.value)
        if visible.over is not None:
            fold = published.offset(visible.over)
            claim = claims.after_fold(fold)
            if claim is not None:
                findings.append(_fold_finding(document, profile, claim, bool(claims.outcomes)))
    for rule, figure, pattern, noun in (
        (HASHTAG_LIMIT, profile.hashtags, _HASHTAG, "hashtag"),
        (MENTION_LIMIT, profile.mentions, _MENTION, "mention"),
    ):
        if figure is not None:
            tags = [
                m.span()
                for a, b in published.spans()
                for m in pattern.finditer(document.text, a, b)
            ]
            if len(tags) > figure.value:
                message = (
                    f"{profile.name} allows {figure.value} {noun}{_s(figure.value)} in a post; "
                    f"this one has {len(tags)}"
                )
                start, end = tags[figure.value][0], tags[-1][1]
                findings.append(span_finding(rule, document, start, end, message=message))
    return findings


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
