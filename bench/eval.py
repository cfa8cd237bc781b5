"""Measure align's judgement on a labelled set of real posts (issue 3).

    python bench/eval.py                       # ../shared/eval/dev.jsonl, table + JSON
    python bench/eval.py --data other.jsonl --json results.json --details

Each line of the data is a JSON object with ``id``, ``text``, ``verdict``
(vanity | aligned | neutral), ``metric_mentions`` (exact substrings used as
audience-attention metrics), optionally ``metric_mentions_extra`` (mentions
only one annotator listed: a finding there is not a false positive, but
missing one costs no recall) and ``outcome_mentions``.

Metrics (a post *fails* when its document result does not pass, the same rule
as the CLI's exit code):

* vanity recall: vanity posts that fail;
* false-alarm rate on aligned posts and on neutral posts: posts that fail;
* span precision: vanity-category findings (any severity) whose text
  overlaps a labelled metric mention (main or extra);
* span recall: labelled main mentions covered by a vanity-category finding.

The posts are evaluation data only: they are read at run time and never
copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "dev.jsonl"
TARGETS = {
    "vanity_recall": (">=", 0.90),
    "aligned_false_alarm": ("<=", 0.05),
    "neutral_false_alarm": ("<=", 0.05),
    "span_precision": (">=", 0.90),
    "span_recall": (">=", 0.85),
}

Span = tuple[int, int]


@dataclass
class PostResult:
    id: str
    verdict: str
    failed: bool
    score: int
    findings: list[dict[str, Any]]
    missed_mentions: list[str] = field(default_factory=list)
    wrong_spans: list[str] = field(default_factory=list)


@dataclass
class Evaluation:
    metrics: dict[str, float]
    counts: dict[str, int]
    posts: list[PostResult]

    def meets_targets(self) -> dict[str, bool]:
        return {
            name: (self.metrics[name] >= bound if op == ">=" else self.metrics[name] <= bound)
            for name, (op, bound) in TARGETS.items()
        }


def load_posts(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def occurrences(text: str, mention: str) -> list[Span]:
    """Where a labelled mention occurs, as whole words (exact case, as labelled)."""
    pattern = r"(?<!\w)" + re.escape(mention) + r"(?!\w)"
    return [m.span() for m in re.finditer(pattern, text)]


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate(posts: Iterable[dict[str, Any]], config: Any = None) -> Evaluation:
    from align_lint.documents import document_from_text
    from align_lint.run.linter import Linter
    from align_lint.settings.config import Config

    posts = list(posts)
    linter = Linter(config or Config())
    documents = [document_from_text(post["text"], f"{post['id']}.txt") for post in posts]
    results: list[PostResult] = []
    span_found = span_correct = mentions_total = mentions_covered = 0
    for post, result in zip(posts, linter.lint_documents(documents), strict=True):
        text = post["text"]
        vanity = [f for f in result.findings if f.category == "vanity" and f.scope == "span"]
        spans = [(f.start, f.end) for f in vanity]
        labelled = list(post.get("metric_mentions", []))
        acceptable = labelled + list(post.get("metric_mentions_extra", []))
        acceptable_spans = [s for m in set(acceptable) for s in occurrences(text, m)]
        record = PostResult(
            id=post["id"],
            verdict=post["verdict"],
            failed=not result.passed,
            score=result.score.value,
            findings=[
                {"rule": f.rule, "severity": f.severity.label, "text": f.text}
                for f in result.findings
            ],
        )
        for finding, span in zip(vanity, spans, strict=True):
            span_found += 1
            if any(overlaps(span, s) for s in acceptable_spans):
                span_correct += 1
            else:
                record.wrong_spans.append(finding.text)
        for mention in sorted(set(labelled)):
            wanted = labelled.count(mention)
            covered = sum(
                1 for s in occurrences(text, mention) if any(overlaps(s, f) for f in spans)
            )
            mentions_total += wanted
            mentions_covered += min(wanted, covered)
            record.missed_mentions.extend([mention] * max(0, wanted - covered))
        results.append(record)

    def rate(verdict: str) -> float:
        group = [r for r in results if r.verdict == verdict]
        return sum(r.failed for r in group) / len(group) if group else 0.0

    metrics = {
        "vanity_recall": rate("vanity"),
        "aligned_false_alarm": rate("aligned"),
        "neutral_false_alarm": rate("neutral"),
        "span_precision": span_correct / span_found if span_found else 1.0,
        "span_recall": mentions_covered / mentions_total if mentions_total else 1.0,
    }
    counts = {
        "posts": len(results),
        **{v: sum(r.verdict == v for r in results) for v in ("vanity", "aligned", "neutral")},
        "vanity_findings": span_found,
        "vanity_findings_correct": span_correct,
        "mentions": mentions_total,
        "mentions_covered": mentions_covered,
    }
    return Evaluation(metrics, counts, results)


def table(evaluation: Evaluation) -> str:
    met = evaluation.meets_targets()
    lines = ["| metric | value | target | met |", "| --- | --- | --- | --- |"]
    for name, (op, bound) in TARGETS.items():
        value = evaluation.metrics[name]
        lines.append(
            f"| {name} | {value:.3f} | {op} {bound:.2f} | {'yes' if met[name] else 'NO'} |"
        )
    c = evaluation.counts
    lines.append("")
    lines.append(
        f"{c['posts']} posts ({c['vanity']} vanity, {c['aligned']} aligned, "
        f"{c['neutral']} neutral); "
        f"{c['vanity_findings_correct']}/{c['vanity_findings']} vanity findings correct; "
        f"{c['mentions_covered']}/{c['mentions']} mentions covered"
    )
    return "\n".join(lines)


def details(evaluation: Evaluation) -> dict[str, list[dict[str, Any]]]:
    posts = evaluation.posts
    return {
        "missed_vanity_posts": [
            {"id": p.id, "score": p.score, "findings": p.findings}
            for p in posts
            if p.verdict == "vanity" and not p.failed
        ],
        "false_alarms": [
            {"id": p.id, "verdict": p.verdict, "score": p.score, "findings": p.findings}
            for p in posts
            if p.verdict != "vanity" and p.failed
        ],
        "span_false_positives": [
            {"id": p.id, "texts": p.wrong_spans} for p in posts if p.wrong_spans
        ],
        "span_misses": [
            {"id": p.id, "mentions": p.missed_mentions} for p in posts if p.missed_mentions
        ],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="labelled JSONL")
    parser.add_argument("--json", type=Path, help="also write metrics and error lists here")
    parser.add_argument("--details", action="store_true", help="print the error lists")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"eval: no labelled data at {args.data}", file=sys.stderr)
        return 2
    evaluation = evaluate(load_posts(args.data))
    print(table(evaluation))
    payload = {
        "metrics": evaluation.metrics,
        "counts": evaluation.counts,
        "targets_met": evaluation.meets_targets(),
        **details(evaluation),
    }
    if args.details:
        print(json.dumps(details(evaluation), indent=1, ensure_ascii=False))
    if args.json:
        args.json.write_text(
            json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return 0 if all(evaluation.meets_targets().values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
