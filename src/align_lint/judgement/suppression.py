"""Inline suppression in Markdown (and MDX) comments, and the report of unused ones.

A draft may silence findings with HTML comments (invisible once published):

* ``<!-- align-disable [names] -->`` … ``<!-- align-enable [names] -->``: a
  region, from the disable comment to the matching enable (or the end of the
  document);
* ``<!-- align-disable-next-line [names] -->``: findings that start on the
  line after the comment;
* ``<!-- align-disable-file [names] -->``: the whole document, wherever the
  comment is. Only this form suppresses document-level findings (such as
  ``no-business-outcome``), because they are about the whole draft, not a
  stretch of it.

``names`` are rule ids or categories, separated by spaces or commas; none
means every rule. In MDX, which has no HTML comments, the same directives
are written as JSX comments: ``{/* align-disable-next-line vanity-metric */}``.
Comments inside code (fenced, indented or in backticks) are
text, not directives. Suppressed findings are dropped before scoring, so
they cost nothing.

A directive (or a name in it) that suppressed nothing is itself reported as
``unused-suppression`` (severity info, weight 0) at the comment, like ruff's
RUF100: a stale comment would otherwise hide the next real finding. Its
findings are never suppressed by comments; turn the rule off with ``ignore``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from align_lint.documents import Document
from align_lint.errors import did_you_mean
from align_lint.judgement.findings import span_finding
from align_lint.report.records import Finding
from align_lint.rules.builtin import UNUSED_SUPPRESSION
from align_lint.rules.schema import CATEGORIES

DIRECTIVES = ("disable", "enable", "disable-next-line", "disable-file")
_COMMENT = re.compile(r"\A<!--\s*align-([a-z][a-z-]*?)(?=\s|-->|,)(.*?)-->\Z", re.S)
# MDX has no HTML comments: there the directive is a JSX comment, {/* align-… */}.
_MDX_COMMENT = re.compile(r"\A\{\s*/\*\s*align-([a-z][a-z-]*?)(?=\s|\*/|,)(.*?)\*/\s*\}\Z", re.S)
_SEPARATORS = re.compile(r"[\s,]+")
ALL = ""  # the name a directive without names stands for


@dataclass(frozen=True)
class Directive:
    kind: str  # one of DIRECTIVES, or the unknown word
    names: tuple[str, ...]  # empty: every rule
    start: int
    end: int
    line: int
    end_line: int

    @property
    def text(self) -> str:
        return f"align-{self.kind}"

    @property
    def keys(self) -> tuple[str, ...]:
        return self.names or (ALL,)


def directives(document: Document) -> list[Directive]:
    """The align comments of a document, in order (typos included: they are reported)."""
    found = []
    for start, end in document.comments:
        comment = document.text[start:end]
        match = _COMMENT.match(comment) or _MDX_COMMENT.match(comment)
        if match is None:
            continue
        kind, rest = match.groups()
        names = tuple(n for n in _SEPARATORS.split(rest.strip()) if n)
        line, _ = document.lines.position(start)
        end_line, _ = document.lines.position(end)
        found.append(Directive(kind, names, start, end, line, end_line))
    return found


def apply_suppressions(
    document: Document,
    findings: Iterable[Finding],
    *,
    known: Iterable[str],
    selected: frozenset[str],
) -> tuple[list[Finding], list[Finding]]:
    """(findings that survive, unused-suppression findings).

    ``findings`` are already selected; ``known`` is every rule id and category
    a name may use; ``selected`` the ids reported for this document.
    """
    found = directives(document)
    findings = list(findings)
    if not found:
        return findings, []
    known = frozenset(known)
    regions = _regions(found)
    region_starts = [start for start, _ in regions]
    used: set[tuple[int, str]] = set()
    kept = []
    for finding in findings:
        covering = [
            (index, key)
            for index, directive in enumerate(found)
            if directive.kind == "disable-file"
            for key in directive.keys
            if _names(key, finding)
        ]
        if finding.scope == "span":
            covering.extend(
                (index, key)
                for index, directive in enumerate(found)
                if directive.kind == "disable-next-line" and directive.end_line + 1 == finding.line
                for key in directive.keys
                if _names(key, finding)
            )
            at = bisect_right(region_starts, finding.start) - 1
            if at >= 0:
                covering.extend(
                    (index, key)
                    for index, key, exceptions in regions[at][1]
                    if _names(key, finding) and not any(_names(x, finding) for x in exceptions)
                )
        if covering:
            used.update(covering)
        else:
            kept.append(finding)
    whole_document = [f for f in findings if f.scope == "document"]
    unused = [
        _unused_finding(document, directive, problems)
        for index, directive in enumerate(found)
        if (problems := _problems(index, directive, used, known, selected, whole_document))
    ]
    return kept, unused


_Open = tuple[int, str, frozenset[str]]  # (directive index, name, names enabled since)


def _regions(found: list[Directive]) -> list[tuple[int, tuple[_Open, ...]]]:
    """(offset, open disables) after each disable/enable comment, in order.

    ``align-enable X`` closes a disable of exactly X and carves X out of any
    wider one still open (``align-disable`` … ``align-enable vanity-metric``
    leaves every other rule disabled)."""
    open_: list[_Open] = []
    regions: list[tuple[int, tuple[_Open, ...]]] = []
    for index, directive in enumerate(found):
        if directive.kind == "disable":
            open_.extend((index, key, frozenset()) for key in directive.keys)
        elif directive.kind == "enable" and not directive.names:
            open_ = []
        elif directive.kind == "enable":
            names = set(directive.names)
            open_ = [
                (i, key, exceptions | names) for i, key, exceptions in open_ if key not in names
            ]
        else:
            continue
        regions.append((directive.start, tuple(open_)))
    return regions


def _names(key: str, finding: Finding) -> bool:
    return key == ALL or key in (finding.rule, finding.category)


def _problems(
    index: int,
    directive: Directive,
    used: set[tuple[int, str]],
    known: frozenset[str],
    selected: frozenset[str],
    whole_document: list[Finding],
) -> list[str]:
    if directive.kind not in DIRECTIVES:
        hint = did_you_mean(directive.text, [f"align-{d}" for d in DIRECTIVES])
        return [f"unknown directive {directive.text!r}{hint}"] if hint else []
    problems = []
    for key in directive.keys:
        if key != ALL and key not in known:
            problems.append(f"unknown rule or category {key!r}{did_you_mean(key, known)}")
        elif directive.kind == "enable" or (index, key) in used:
            continue
        elif key != ALL and key not in selected and key not in CATEGORIES:
            problems.append(f"{key} is not enabled for this document")
        else:
            what = directive.text if key == ALL else f"{directive.text} {key}"
            problem = f"{what} suppressed nothing"
            if directive.kind != "disable-file" and any(_names(key, f) for f in whole_document):
                problem += " (findings about the whole document need align-disable-file)"
            problems.append(problem)
    return problems


def _unused_finding(document: Document, directive: Directive, problems: list[str]) -> Finding:
    message = "unused suppression: " + "; ".join(problems)
    return span_finding(
        UNUSED_SUPPRESSION, document, directive.start, directive.end, message=message
    )
