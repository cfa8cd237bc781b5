"""`align report`: the scorecard in HTML and Markdown, its numbers against the
JSON report of the same run, and the model's arithmetic on hand-built results."""

from __future__ import annotations

import json
import re
import statistics
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import html5lib
import pytest
from markdown_it import MarkdownIt
from tests.conftest import RunCli

from align_lint.report.records import DocumentResult, Finding, Report, Score, ScoreLine, Severity
from align_lint.report.scorecard import write_scorecard
from align_lint.report.scorecard.model import build, context_parts

BLANK = ["--isolated", "--model", "blank", "--no-cache"]
XHTML = "{http://www.w3.org/1999/xhtml}"

POSTS = {
    "team/a/launch.md": "---\ndate: 2025-03-04\nauthor: Dana\nplatform: linkedin\n---\n\n"
    "We hit 10k followers and the video went viral! Best launch ever.\n",
    "team/a/case.md": "---\ndate: 2025-03-12\nauthor: Lee\n---\n\n"
    "The webinar booked 40 demos and added $120k in pipeline this quarter.\n",
    "team/b/tips.md": "---\ndate: 2025-05-20\nauthor: Dana\nplatform: blog\n---\n\n"
    "Three tips for better onboarding emails.\n",
    "team/b/odd | <script>alert(1)</script>.md": "Likes are up 300% and our reach is huge.\n",
    "team/c.txt": "Our followers grew to 5,000 this month.\n",
}


def write_posts(root: Path) -> Path:
    for name, text in POSTS.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root / "team"


@pytest.fixture()
def team(tmp_path: Path) -> Path:
    return write_posts(tmp_path)


def parse_html(text: str) -> ElementTree.Element:
    """As a browser parses it, failing on any parse error."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
    document: ElementTree.Element = parser.parse(text)
    return document


def by_id(root: ElementTree.Element, id_: str) -> ElementTree.Element:
    found = root.find(f".//*[@id='{id_}']")
    assert found is not None, id_
    return found


def text_of(element: ElementTree.Element) -> str:
    return "".join(element.itertext()).strip()


def table_rows(table: ElementTree.Element) -> list[list[str]]:
    return [[text_of(cell) for cell in row] for row in table.iter(f"{XHTML}tr")][1:]


def test_html_parses_loads_nothing_and_matches_the_json_report(
    run_cli: RunCli, team: Path, tmp_path: Path
) -> None:
    out = tmp_path / "card.html"
    lint = run_cli("lint", *BLANK, "--format", "json", str(team), cwd=tmp_path)
    made = run_cli("report", *BLANK, str(team), "-o", str(out), cwd=tmp_path)
    assert made.returncode == lint.returncode == 1, made.stderr
    assert made.stdout == ""
    data: dict[str, Any] = json.loads(lint.stdout)
    page = out.read_text(encoding="utf-8")
    root = parse_html(page)
    _assert_loads_nothing(root, page)

    documents = data["documents"]
    scores = [d["score"] for d in documents]
    summary = data["summary"]
    assert text_of(by_id(root, "k-documents")) == str(summary["documents"]) == "5"
    assert text_of(by_id(root, "k-passed")) == str(summary["passed"])
    assert text_of(by_id(root, "k-failed")) == str(summary["failed"])
    assert text_of(by_id(root, "k-findings")) == str(summary["findings"])
    assert text_of(by_id(root, "k-pass-rate")) == f"{100 * summary['passed'] / 5:.1f}%"
    assert text_of(by_id(root, "k-mean")) == f"{statistics.fmean(scores):.1f}"
    assert text_of(by_id(root, "k-median")) == f"{statistics.median(scores):.1f}"
    # Every document's row: its name, score, verdict and number of findings.
    rows = table_rows(by_id(root, "t-documents"))
    expected = [
        [d["path"], str(d["score"]), "pass" if d["passed"] else "fail", str(len(d["findings"]))]
        for d in documents
    ]
    assert [row[:4] for row in rows] == expected
    # The histogram's data table counts every scored document once.
    bins = table_rows(by_id(root, "t-bins"))
    assert sum(int(count) for _, count in bins) == 5
    # Points lost per rule add up to what the documents lost.
    lost = sum(100 - d["score"] for d in documents)
    assert sum(int(row[2]) for row in table_rows(by_id(root, "t-rules"))) >= lost
    # Each chart is an image with a label, its data table beside it.
    charts = list(root.iter("{http://www.w3.org/2000/svg}svg"))
    assert len(charts) == 3  # scores, rules, over time (the posts have dates)
    assert all(chart.get("role") == "img" and chart.get("aria-label") for chart in charts)
    # By month? Two weeks of March and one of May: by week.
    assert [row[0] for row in table_rows(by_id(root, "t-time"))] == [
        "2025-03-03",
        "2025-03-10",
        "2025-05-19",
    ]
    authors = {row[0]: row[1] for row in table_rows(by_id(root, "t-authors"))}
    assert authors == {"Dana": "2", "Lee": "1", "(none)": "2"}


def _assert_loads_nothing(root: ElementTree.Element, page: str) -> None:
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        assert tag not in {"link", "iframe", "img", "object", "embed"}, tag
        if tag == "script":
            assert element.get("src") is None
        for name, value in element.attrib.items():
            if name.rsplit("}", 1)[-1] in {"src", "href", "srcset", "action", "data"}:
                assert not re.match(r"\s*(https?:)?//", value), (tag, name, value)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", page)
    assert "@import" not in page


def test_html_escapes_what_documents_say(run_cli: RunCli, team: Path, tmp_path: Path) -> None:
    out = tmp_path / "card.html"
    run_cli("report", *BLANK, str(team), "-o", str(out), cwd=tmp_path)
    page = out.read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page
    assert "odd | &lt;script&gt;alert(1)&lt;/script&gt;.md" in page
    assert page.count("<script>") == 1  # the page's own sorting and filtering


def test_markdown_is_valid_tables_with_the_same_numbers(
    run_cli: RunCli, team: Path, tmp_path: Path
) -> None:
    made = run_cli("report", *BLANK, "--exit-zero", str(team), cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    text = made.stdout
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    tables = [t for t in tokens if t.type == "table_open"]
    assert len(tables) >= 8
    # Every row has as many cells as its table's header: a "|" in a path did not split it.
    widths: list[int] = []
    for token in tokens:
        if token.type == "table_open":
            widths.append(-1)
        elif token.type == "tr_open":
            widths.append(0)
        elif token.type in {"th_open", "td_open"}:
            widths[-1] += 1
        elif token.type == "table_close":
            header, *rows = widths[widths.index(-1) + 1 :]
            assert rows and all(width == header for width in rows)
            del widths[widths.index(-1) :]
    assert "| Documents | 5 |" in text
    assert "odd \\| &lt;script&gt;" in text
    assert "<script>" not in text
    lint = run_cli("lint", *BLANK, "--format", "json", str(team), cwd=tmp_path)
    data = json.loads(lint.stdout)
    scores = [d["score"] for d in data["documents"]]
    assert f"| Mean score | {statistics.fmean(scores):.1f} |" in text


def test_format_follows_the_output_suffix(run_cli: RunCli, team: Path, tmp_path: Path) -> None:
    run_cli("report", *BLANK, str(team), "-o", str(tmp_path / "card.md"), cwd=tmp_path)
    assert (tmp_path / "card.md").read_text(encoding="utf-8").startswith("# align scorecard\n")
    run_cli("report", *BLANK, str(team), "-o", str(tmp_path / "card.html"), cwd=tmp_path)
    assert (tmp_path / "card.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    titled = run_cli("report", *BLANK, "--title", "Q3 <posts>", str(team), cwd=tmp_path)
    assert titled.stdout.startswith("# Q3 &lt;posts&gt;\n")


def test_errors_are_one_line_and_other_documents_still_reported(
    run_cli: RunCli, team: Path, tmp_path: Path
) -> None:
    (team / "broken.md").write_bytes(b"\xff\xfe not utf-8")
    out = tmp_path / "card.html"
    made = run_cli("report", *BLANK, str(team), "-o", str(out), cwd=tmp_path)
    assert made.returncode == 2
    errors = [line for line in made.stderr.splitlines() if line.startswith("align: error:")]
    assert len(errors) == 1 and "broken.md" in errors[0]
    root = parse_html(out.read_text(encoding="utf-8"))
    assert text_of(by_id(root, "k-documents")) == "6"
    assert text_of(by_id(root, "k-errors")) == "1"

    missing = run_cli("report", *BLANK, str(team), "-o", str(tmp_path / "no/dir/x.html"))
    assert missing.returncode == 2
    assert _errors(missing.stderr) == 1 and "Traceback" not in missing.stderr

    bad = run_cli("report", *BLANK, str(team), "--format", "pdf")
    assert bad.returncode == 2 and _errors(bad.stderr) == 1

    overwrite = run_cli("report", *BLANK, str(team), "-o", str(team / "a" / "launch.md"))
    assert overwrite.returncode == 2 and "refusing to overwrite" in overwrite.stderr


def _errors(stderr: str) -> int:
    return sum(line.startswith("align: error:") for line in stderr.splitlines())


def test_a_failed_write_keeps_the_last_scorecard(
    run_cli: RunCli, team: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "card.html"
    out.write_text("last week's", encoding="utf-8")
    from align_lint.report import scorecard

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(scorecard, "write_scorecard", broken)
    made = run_cli("report", *BLANK, str(team), "-o", str(out), cwd=tmp_path)
    assert made.returncode == 2
    assert "No space left on device" in made.stderr
    assert out.read_text(encoding="utf-8") == "last week's"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".card")] == []


# ---- the model, on hand-built results ----


def finding(
    rule: str, line: int = 1, column: int = 1, text: str = "x", context: str = ""
) -> Finding:
    return Finding(
        start=0,
        end=len(text),
        rule=rule,
        category="vanity",
        severity=Severity.WARNING,
        message=f'"{text}" is a vanity metric',
        suggestion=f"fix {rule}",
        text=text,
        line=line,
        column=column,
        end_line=line,
        end_column=column + len(text),
        context=context,
    )


def result(path: str, score: int, *rules: str, date: str = "", **extra: Any) -> DocumentResult:
    lines = tuple(ScoreLine(rule, "vanity", 1, 10) for rule in rules)
    return DocumentResult(
        path=path,
        record=None,
        findings=tuple(finding(rule) for rule in rules),
        score=Score(score, lines),
        passed=score >= 70,
        date=date,
        **extra,
    )


def report(*results: DocumentResult) -> Report:
    return Report(results, "blank", "0.1.0", 70, "error")  # type: ignore[arg-type]


def test_bins_include_both_ends_and_errors_have_no_score() -> None:
    card = build(
        report(
            result("a", 0),
            result("b", 9),
            result("c", 10),
            result("d", 100),
            result("e", 99),
            DocumentResult.not_linted("f", "f: not UTF-8"),
        ),
        lambda path: ".",
    )
    assert [b.documents for b in card.bins] == [2, 1, 0, 0, 0, 0, 0, 0, 0, 2]
    assert (card.bins[0].label, card.bins[-1].label) == ("0-9", "90-100")
    assert (card.documents, card.errors, card.failed) == (6, 1, 4)
    assert card.mean == pytest.approx((0 + 9 + 10 + 100 + 99) / 5)
    assert card.median == 10
    assert "f" not in [entry.name for entry in card.worst]


def test_rules_ranked_by_points_and_worst_documents_by_score() -> None:
    results = [result(f"p{i:02}", 50 + i, "vanity-metric") for i in range(25)]
    results.append(result("q", 30, "hype-word", "vanity-metric"))
    card = build(report(*results), lambda path: ".")
    assert [(c.rule, c.points, c.findings, c.documents) for c in card.rule_costs] == [
        ("vanity-metric", 260, 26, 26),
        ("hype-word", 10, 1, 1),
    ]
    assert [entry.name for entry in card.worst] == ["q"] + [f"p{i:02}" for i in range(19)]


def test_timeline_is_by_week_then_by_month_over_26_weeks() -> None:
    weekly = build(
        report(result("a", 50, date="2025-03-05"), result("b", 70, date="2025-03-09")),
        lambda path: ".",
    )
    assert weekly.period == "week"
    assert [(g.name, g.documents, g.mean) for g in weekly.timeline] == [("2025-03-03", 2, 60.0)]
    days = [f"2025-{month:02}-{day:02}" for month in range(1, 13) for day in (1, 10, 20)]
    monthly = build(report(*(result(d, 80, date=d) for d in days)), lambda path: ".")
    assert monthly.period == "month"
    assert [g.name for g in monthly.timeline][:2] == ["2025-01", "2025-02"]
    assert build(report(result("a", 80)), lambda path: ".").timeline == ()


def test_groups_lowest_mean_first() -> None:
    card = build(
        report(
            result("x/a", 90, author="Dana"),
            result("x/b", 40, author="Lee"),
            result("y/c", 60, author="Dana"),
        ),
        lambda path: path.split("/")[0],
    )
    assert [(g.name, g.documents, g.mean) for g in card.folders] == [
        ("y", 1, 60.0),
        ("x", 2, 65.0),
    ]
    assert [(g.name, g.passed) for g in card.authors] == [("Lee", 0), ("Dana", 1)]


def test_context_marks_exactly_the_finding_and_cuts_long_lines() -> None:
    line = "a" * 100 + " 10k followers " + "b" * 100
    found = finding("vanity-metric", column=102, text="10k followers", context=line)
    before, matched, after = context_parts(found, around=10)
    assert matched == "10k followers"
    assert before == "…" + "a" * 9 + " "
    assert after.startswith(" b") and after.endswith("…")
    short = finding("vanity-metric", column=5, text="likes", context="300 likes today")
    assert context_parts(short) == ("300 ", "likes", " today")


def test_a_long_marked_span_is_cut_in_the_middle() -> None:
    # platform-length marks everything past the network's limit: without a
    # cut, each over-long post would repeat most of itself in the report.
    excess = "first words " + "x" * 200 + " last words"
    line = "Short start. " + excess
    found = finding("platform-length", column=14, text=excess, context=line)
    _, matched, _ = context_parts(found, around=10)
    assert matched.startswith("first word") and matched.endswith("last words")
    assert " … " in matched and len(matched) <= 4 * 10 + 3
    within = finding(
        "platform-length", column=14, text="y" * 40, context="Short start. " + "y" * 40
    )
    assert context_parts(within, around=10)[1] == "y" * 40


def test_markdown_and_html_render_from_records_alone() -> None:
    card_report = report(result("a.md", 40, "vanity-metric", date="2025-01-02", platform="x"))
    chunks: list[str] = []
    write_scorecard(card_report, "markdown", chunks.append, folder_of=lambda path: ".")
    assert "## By platform" in "".join(chunks)
    pages: list[str] = []
    write_scorecard(card_report, "html", pages.append, folder_of=lambda path: ".")
    page = "".join(pages)
    parse_html(page)
    pages_again: list[str] = []
    write_scorecard(card_report, "html", pages_again.append, folder_of=lambda path: ".")
    assert "".join(pages_again) == page  # deterministic: no random chart ids, no dates
