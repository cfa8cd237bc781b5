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
        suggestion='Tie it to an outcome: "12k followers, who sent 40 demo requests".',
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


def _finding(rule: str, category: str, severity: Severity, message: str, **kw: object) -> Finding:
    defaults: dict[str, object] = {
        "start": 0,
        "end": 0,
        "suggestion": "",
        "text": "",
        "line": 1,
        "column": 1,
        "end_line": 1,
        "end_column": 1,
        "scope": "span",
        "context": "",
    }
    defaults.update(kw)
    return Finding(
        rule=rule,
        category=category,
        severity=severity,
        message=message,
        **defaults,  # type: ignore[arg-type]
    )


NO_OUTCOME = _finding(
    "no-business-outcome",
    "outcome",
    Severity.ERROR,
    "the post never names a business outcome",
    suggestion="Name what changed for the business, and by how much.",
    scope="document",
)
FOLLOWERS = _finding(
    "vanity-metric",
    "vanity",
    Severity.WARNING,
    '"10k followers" grew 100% in a week;\n::error::this line is post text, not a command',
    suggestion='Tie it to an outcome: "12k followers, who sent 40 demo requests".',
    text="10k followers",
    start=40,
    end=53,
    line=3,
    column=12,
    end_line=3,
    end_column=25,
    context="We passed 10k followers today",
)
WRAPPED = _finding(
    "vanity-metric",
    "vanity",
    Severity.WARNING,
    '"2M\nviews" is a vanity metric; say what it changed for the business',
    suggestion='Tie it to an outcome: "12k followers, who sent 40 demo requests".',
    text="2M\nviews",
    start=120,
    end=128,
    line=5,
    column=70,
    end_line=6,
    end_column=6,
)
HYPE = _finding(
    "hype-word",
    "tone",
    Severity.WARNING,
    '"<b>best-in-class</b> & co|op" is hype; show the result instead',
    suggestion="Replace the adjective with what changed.",
    text="<b>best-in-class</b> & co|op",
    start=200,
    end=228,
    line=8,
    column=1,
    end_line=8,
    end_column=29,
)
TIED = _finding(
    "vanity-metric",
    "vanity",
    Severity.INFO,
    '"12k followers" is a vanity metric; say what it changed for the business'
    " (tied to an outcome in the same sentence)",
    suggestion='Tie it to an outcome: "12k followers, who sent 40 demo requests".',
    text="12k followers",
    start=10,
    end=23,
    line=2,
    column=11,
    end_line=2,
    end_column=24,
)
# A rule the report does not describe (say, a Report built by other code).
UNDESCRIBED = _finding(
    "exclamation-pileup",
    "tone",
    Severity.INFO,
    "stacked exclamation marks read as hype",
    text="!!!",
    start=5,
    end=8,
    line=1,
    column=6,
    end_line=1,
    end_column=9,
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
