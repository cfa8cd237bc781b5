"""A Report built by hand for the golden-file tests: no spaCy, no rule files,
so a golden changes only when a formatter does.

It holds the awkward cases on purpose: a file name with a comma and a space,
a message with ``%``, a newline and a would-be workflow command after it,
XML/Markdown/HTML metacharacters, a match spanning two lines, a
document-level finding, a passing document with findings, two records of one
file (a future content calendar), and a finding whose rule the report does not
describe.
"""

from __future__ import annotations

from align_lint.report.records import (
    DocumentResult,
    Finding,
    Report,
    RuleInfo,
    Score,
    ScoreLine,
    Severity,
)

LAUNCH = "posts/Q3 recap, final.md"
CASE_STUDY = "posts/case-study.md"
CALENDAR = "calendar.csv"

TIE_IT = 'Tie it to an outcome: "12k followers, who sent 40 demo requests".'

RULES = (
    RuleInfo(
        id="vanity-metric",
        category="vanity",
        severity=Severity.WARNING,
        message='"{text}" is a vanity metric; say what it changed for the business',
        description=(
            "Counts of followers, likes and views measure attention, e.g. reach. "
            "Executives fund revenue, savings and retention."
        ),
        suggestion=TIE_IT,
        flagged=("We just crossed 10k followers!",),
        passed=("Those 10k followers sent 40 *demo* requests.",),
    ),
    RuleInfo(
        id="no-business-outcome",
        category="outcome",
        severity=Severity.ERROR,
        message="the post never names a business outcome",
        description="Fires when a draft reports results but names no business outcome.",
        suggestion="Name what changed for the business, and by how much.",
        flagged=("Our post went viral!",),
        passed=("The webinar brought 40 qualified leads.",),
    ),
    RuleInfo(
        id="hype-word",
        category="tone",
        severity=Severity.WARNING,
        message='"{text}" is hype; show the result instead',
    ),
)


def _finding(
    rule: str,
    category: str,
    severity: Severity,
    message: str,
    *,
    offsets: tuple[int, int] = (0, 0),
    lines: tuple[tuple[int, int], tuple[int, int]] = ((1, 1), (1, 1)),
    suggestion: str = "",
    text: str = "",
    scope: str = "span",
    context: str = "",
) -> Finding:
    """``offsets``: start and end in characters; ``lines``: (line, column) of
    the start and of the end, as the formatters print them."""
    (line, column), (end_line, end_column) = lines
    return Finding(
        rule=rule,
        category=category,
        severity=severity,
        message=message,
        start=offsets[0],
        end=offsets[1],
        suggestion=suggestion,
        text=text,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        scope=scope,
        context=context,
    )


def _vanity(
    message: str,
    text: str,
    severity: Severity = Severity.WARNING,
    *,
    offsets: tuple[int, int],
    lines: tuple[tuple[int, int], tuple[int, int]],
    context: str = "",
) -> Finding:
    """A vanity-metric finding, with the rule's own suggestion."""
    return _finding(
        "vanity-metric",
        "vanity",
        severity,
        message,
        offsets=offsets,
        lines=lines,
        suggestion=TIE_IT,
        text=text,
        context=context,
    )


NO_OUTCOME = _finding(
    "no-business-outcome",
    "outcome",
    Severity.ERROR,
    "the post never names a business outcome",
    suggestion="Name what changed for the business, and by how much.",
    scope="document",
)
FOLLOWERS = _vanity(
    '"10k followers" grew 100% in a week;\n::error::this line is post text, not a command',
    "10k followers",
    offsets=(40, 53),
    lines=((3, 12), (3, 25)),
    context="We passed 10k followers today",
)
WRAPPED = _vanity(
    '"2M\nviews" is a vanity metric; say what it changed for the business',
    "2M\nviews",
    offsets=(120, 128),
    lines=((5, 70), (6, 6)),
)
HYPE = _finding(
    "hype-word",
    "tone",
    Severity.WARNING,
    '"<b>best-in-class</b> & co|op" is hype; show the result instead',
    suggestion="Replace the adjective with what changed.",
    text="<b>best-in-class</b> & co|op",
    offsets=(200, 228),
    lines=((8, 1), (8, 29)),
)
TIED = _vanity(
    '"12k followers" is a vanity metric; say what it changed for the business'
    " (tied to an outcome in the same sentence)",
    "12k followers",
    Severity.INFO,
    offsets=(10, 23),
    lines=((2, 11), (2, 24)),
)
# A rule the report does not describe (say, a Report built by other code).
UNDESCRIBED = _finding(
    "exclamation-pileup",
    "tone",
    Severity.INFO,
    "stacked exclamation marks read as hype",
    text="!!!",
    offsets=(5, 8),
    lines=((1, 6), (1, 9)),
)


def golden_report() -> Report:
    launch = DocumentResult(
        path=LAUNCH,
        record=None,
        findings=(NO_OUTCOME, FOLLOWERS, WRAPPED, HYPE),
        score=Score(
            value=17,
            lines=(
                ScoreLine("no-business-outcome", "outcome", 1, 30),
                ScoreLine("vanity-metric", "vanity", 2, 23),
                ScoreLine("hype-word", "tone", 1, 30),
            ),
        ),
        passed=False,
        fail_reasons=("score 17 is below 70", "1 error: no-business-outcome"),
    )
    case_study = DocumentResult(
        path=CASE_STUDY,
        record=None,
        findings=(TIED,),
        score=Score(value=100),
        passed=True,
    )
    calendar = tuple(
        DocumentResult(
            path=CALENDAR,
            record=record,
            findings=findings,
            score=Score(value=100),
            passed=True,
        )
        for record, findings in ((1, ()), (2, (UNDESCRIBED,)))
    )
    return Report(
        results=(launch, case_study, *calendar),
        pipeline="en_core_web_sm 3.8.0",
        tool_version="0.1.0",
        fail_under=70,
        fail_on="error",
        rules=RULES,
    )
