"""The platform rules, built into align: found by counting against a platform
profile (``platforms.py``), not by a pattern. Declared as data like any pack's
rule so selection, ``align rules``, ``align explain``, the docs and the reports
treat them like the rest; ``judgement/platforms.py`` produces their findings.

They fire only for a document with a platform (``platform:`` in a config or
front matter, a calendar's platform column, ``--platform``): a draft with
none gets no finding from them. Their examples name one in front matter.
"""

from __future__ import annotations

from align_lint.report.records import Severity
from align_lint.rules.builtin_rule import builtin_rule


def _on(platform: str, text: str) -> str:
    """An example draft meant for ``platform`` (front matter, as a user writes it)."""
    return f"---\nplatform: {platform}\n---\n{text}"


_LONG_X = (
    "Our Q3 planner release cut onboarding time for new teams from two weeks to four days, "
    "and the support queue for setup questions is down 38% since launch. "
    "Here is what we changed, why it worked, and what we are fixing next in the import flow, "
    "the permissions screen and the weekly report."
)
_CJK = "新しいプランナーで、チームの導入期間が二週間から四日に短縮されました。" * 5
_PREAMBLE = (
    "We spent the summer talking to the people who run onboarding at forty companies. "
    "Most of them told us the same thing: setting up a new team took too long, and the "
    "checklist we gave them was out of date before it was finished. "
)

PLATFORM_LENGTH = builtin_rule(
    "platform-length",
    severity=Severity.ERROR,
    weight=25,
    message="the post is over the network's length limit, counted as the network counts",
    suggestion="Cut the highlighted part, or split the post; the count is the network's own.",
    description=(
        "A post longer than its network allows is refused or cut. Each network counts in its "
        "own way: X weighs characters (a link is 23, most CJK characters and emoji 2), Bluesky "
        "counts graphemes, Mastodon counts every link as 23, the rest count characters. The "
        "finding covers the part past the limit, what has to go, as the network's composer "
        "highlights it. Checked for each platform the draft is for; see "
        "`align explain --platforms` for every limit and its source."
    ),
    # Counted as the network documents its count: wrong only when a profile is out of date.
    precision="very-high",
    flagged=(_on("x", _LONG_X), _on("twitter", _CJK), _on("bluesky", _LONG_X + " " + _LONG_X)),
    passed=(
        _on("linkedin", _LONG_X),
        _on("bluesky", _LONG_X),
        _on("x", "新しいプランナーで導入期間が四日に短縮されました。"),
    ),
)

OUTCOME_AFTER_FOLD = builtin_rule(
    "outcome-after-fold",
    severity=Severity.WARNING,
    weight=10,
    message='the outcome comes after the part the feed shows before "…see more"',
    suggestion="Lead with the outcome: move the sentence that names it into the first lines.",
    description=(
        "LinkedIn shows about the first 210 characters of a post, Instagram about 125, before "
        '"…see more"; most readers never open the rest. When the draft\'s first business '
        "outcome (or, with no outcome, its only claim) starts after that point, the post's "
        "point is hidden. Checked for platforms whose profile has a fold."
    ),
    precision="high",
    flagged=(
        _on("linkedin", _PREAMBLE + "The new planner cut onboarding time by 60% in Q3."),
        _on("instagram", _PREAMBLE + "Our demo video hit 1.2 million views."),
    ),
    passed=(
        _on("linkedin", "The new planner cut onboarding time by 60% in Q3. " + _PREAMBLE),
        _on("x", "The new planner cut onboarding time by 60% in Q3."),
    ),
)

HASHTAG_LIMIT = builtin_rule(
    "hashtag-limit",
    severity=Severity.WARNING,
    weight=10,
    message="more hashtags than the network allows in a post",
    suggestion="Keep the hashtags the network allows; the rest are dropped or block the post.",
    description=(
        "Instagram takes a limited number of hashtags a post and Threads one topic tag; the "
        "extra ones are dropped, or the post is refused. The finding runs from the first "
        "hashtag past the limit to the last."
    ),
    precision="very-high",
    flagged=(
        _on(
            "instagram",
            "Onboarding now takes four days. #saas #onboarding #planner #teams #ops #b2b",
        ),
        _on("threads", "Onboarding now takes four days. #saas #onboarding"),
    ),
    passed=(
        _on("instagram", "Onboarding now takes four days. #saas #onboarding #planner"),
        _on("threads", "Onboarding now takes four days. #saas, see example.com/#pricing"),
    ),
)

MENTION_LIMIT = builtin_rule(
    "mention-limit",
    severity=Severity.WARNING,
    weight=10,
    message="more mentions than the network allows in a post",
    suggestion="Mention fewer accounts; tag the rest in a comment.",
    description=(
        "Instagram allows a limited number of accounts mentioned in a caption; past it the "
        "caption is refused. The finding runs from the first mention past the limit to the last."
    ),
    precision="very-high",
    flagged=(_on("instagram", " ".join(f"@team{n}" for n in range(21)) + " thank you!"),),
    passed=(
        _on("instagram", " ".join(f"@team{n}" for n in range(20)) + " thank you!"),
        _on("instagram", "Write to hello@example.com for the report."),
    ),
)

UNKNOWN_PLATFORM = builtin_rule(
    "unknown-platform",
    severity=Severity.INFO,
    weight=0,
    message="unknown platform; its limits are not checked",
    suggestion="Use a platform align knows (align explain --platforms), or fix the spelling.",
    description=(
        "The draft (its front matter, or its calendar row) names a platform align has no "
        "profile for, so its length, fold and hashtags are not checked for it. A document's "
        "own platform is a finding, not an error, so one row of a calendar does not stop the "
        "run; a config or --platform naming an unknown platform is an error (exit 2)."
    ),
    precision="very-high",
    flagged=(_on("linkdin", "Onboarding now takes four days."),),
    passed=(_on("LinkedIn", "Onboarding now takes four days."),),
)

PLATFORM_RULES = (
    PLATFORM_LENGTH,
    OUTCOME_AFTER_FOLD,
    HASHTAG_LIMIT,
    MENTION_LIMIT,
    UNKNOWN_PLATFORM,
)
