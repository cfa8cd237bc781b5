"""What SARIF says about each rule: ``helpUri`` (align's rules link their
section of docs/rules.md, a project's rules only the page they name),
``precision`` and ``problem.severity`` (what GitHub code scanning reads)."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from tests.conftest import ROOT

from align_lint.errors import RuleError
from align_lint.report.formatters.sarif import report_to_sarif
from align_lint.report.records import (
    DocumentResult,
    FailOn,
    Finding,
    Report,
    RuleInfo,
    Score,
    Severity,
)
from align_lint.rules.docs import REPOSITORY, RULES_DOC, heading_anchor
from align_lint.rules.loader import load_pack
from align_lint.run.linter import Linter
from align_lint.settings.config import Config

RULES_MD = ROOT / "docs" / "rules.md"
_HEADING = re.compile(r"^(#{1,6}) +(.+?) *#*$")


def github_anchors(markdown: str) -> dict[str, str]:
    """Anchor → heading text, as GitHub makes them (its slugger): lowercase,
    every character but letters, digits, ``_``, ``-`` and spaces dropped,
    spaces to ``-``, and ``-1``, ``-2``… added to a repeated one. Headings in
    fenced code are not headings. Written apart from ``heading_anchor`` so
    that the test does not check the code against itself."""
    anchors: dict[str, str] = {}
    seen: Counter[str] = Counter()
    fenced = False
    for line in markdown.splitlines():
        if line.startswith(("```", "~~~")):
            fenced = not fenced
            continue
        match = None if fenced else _HEADING.match(line)
        if match is None:
            continue
        text = match.group(2)
        slug = "".join(c for c in text.lower() if c.isalnum() or c in "-_ ").replace(" ", "-")
        anchor = slug if not seen[slug] else f"{slug}-{seen[slug]}"
        seen[slug] += 1
        anchors[anchor] = text
    return anchors


def descriptors(linter: Linter) -> dict[str, dict[str, Any]]:
    driver = report_to_sarif(linter.report([]))["runs"][0]["tool"]["driver"]
    return {rule["id"]: rule for rule in driver["rules"]}


def test_every_bundled_rule_links_its_own_section_of_the_rules_page(linter: Linter) -> None:
    markdown = RULES_MD.read_text(encoding="utf-8")
    anchors = github_anchors(markdown)
    bundled = markdown[markdown.index("\n## Bundled rules\n") :]
    rules = descriptors(linter)
    assert {"vanity-metric", "no-business-outcome", "unused-suppression"} <= set(rules)
    for rule_id, rule in rules.items():
        page, _, anchor = rule["helpUri"].partition("#")
        assert page == f"{REPOSITORY}/blob/main/docs/rules.md" == RULES_DOC
        # The anchor GitHub gives the rule's heading, and that heading is in the
        # generated "Bundled rules" section, naming the rule.
        assert anchors.get(anchor) == rule_id
        assert f"\n### {rule_id}\n" in bundled


def test_the_rules_page_has_one_section_per_bundled_reported_rule(linter: Linter) -> None:
    bundled = RULES_MD.read_text(encoding="utf-8").split("\n## Bundled rules\n")[1]
    headings = re.findall(r"^### (.+)$", bundled, flags=re.MULTILINE)
    assert sorted(headings) == sorted(rule.id for rule in linter.catalog.reported)


@pytest.mark.parametrize(
    ("heading", "anchor"),
    [
        ("vanity-metric", "vanity-metric"),
        (
            "Logic: unless, downgrade, when, require, report",
            "logic-unless-downgrade-when-require-report",
        ),
        ("rules: reuse other rules' matches", "rules-reuse-other-rules-matches"),
        ("patterns: spaCy token patterns", "patterns-spacy-token-patterns"),
        ("snake_case and  two spaces", "snake_case-and--two-spaces"),
    ],
)
def test_heading_anchor_is_githubs(heading: str, anchor: str) -> None:
    assert heading_anchor(heading) == anchor
    assert github_anchors(f"## {heading}\n") == {anchor: heading}


def test_the_docs_base_is_the_projects_repository_url() -> None:
    urls = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["urls"]
    assert urls["Repository"] == REPOSITORY
    assert RULES_DOC.startswith(urls["Documentation"].replace("/tree/", "/blob/"))


PACK = """\
rules:
  - id: acme-pipes
    category: tone
    severity: warning
    message: 'say "Acme Flow", not "{text}"'
    help_uri: https://wiki.example.com/style#acme-pipes
    precision: very-high  # the old name, matched exactly
    match: {phrases: [acme pipes]}
  - id: acme-hype
    category: tone
    severity: info
    message: hype
    match: {phrases: [unbelievable]}
  - id: hype-word
    override: true
    category: tone
    severity: warning
    message: '"{text}" is hype'
    match: {phrases: [revolutionary]}
"""


@pytest.fixture(scope="module")
def project_linter(tmp_path_factory: pytest.TempPathFactory) -> Linter:
    pack = tmp_path_factory.mktemp("pack") / "acme.yaml"
    pack.write_text(PACK, encoding="utf-8")
    return Linter(Config(rules=(str(pack),), model="blank"))


def test_a_projects_rule_links_only_the_page_it_names(project_linter: Linter) -> None:
    rules = descriptors(project_linter)
    assert rules["acme-pipes"]["helpUri"] == "https://wiki.example.com/style#acme-pipes"
    # No page of its own: no link, rather than one to align's docs, which do
    # not describe it; likewise a project's rule that replaces a bundled one.
    assert "helpUri" not in rules["acme-hype"]
    assert "helpUri" not in rules["hype-word"]
    assert rules["jargon"]["helpUri"] == f"{RULES_DOC}#jargon"


def test_precision_and_problem_severity_are_what_github_reads(
    project_linter: Linter, linter: Linter
) -> None:
    rules = descriptors(project_linter)
    assert rules["acme-pipes"]["properties"]["precision"] == "very-high"
    assert rules["acme-pipes"]["properties"]["problem.severity"] == "warning"
    assert "precision" not in rules["acme-hype"]["properties"]  # the pack does not say
    assert rules["acme-hype"]["properties"]["problem.severity"] == "recommendation"
    bundled = descriptors(linter)
    assert bundled["vanity-metric"]["properties"]["precision"] == "high"
    assert bundled["no-business-outcome"]["properties"]["problem.severity"] == "error"
    assert bundled["unused-suppression"]["properties"]["precision"] == "very-high"
    assert not any("security-severity" in rule["properties"] for rule in bundled.values())


def test_every_bundled_reported_rule_states_its_precision_and_why(linter: Linter) -> None:
    for rule in linter.catalog.reported:
        assert rule.precision in {"very-high", "high", "medium", "low"}, rule.id
        if rule.origin.builtin:
            continue
        path, line = Path(rule.origin.path), rule.origin.line
        assert line is not None
        block = path.read_text(encoding="utf-8").splitlines()[line - 1 : line + 8]
        stated = [text for text in block if text.strip().startswith("precision:")]
        assert stated and "  # " in stated[0], f"{rule.id}: precision with no reason beside it"


@pytest.mark.parametrize(
    ("key", "value", "problem"),
    [
        ("precision", "very high", "precision must be one of very-high, high, medium, low"),
        ("help_uri", "docs/acme.md", "help_uri must be an http:// or https:// URL"),
    ],
)
def test_a_bad_precision_or_help_uri_names_the_rule_and_line(
    tmp_path: Path, key: str, value: str, problem: str
) -> None:
    pack = tmp_path / "acme.yaml"
    pack.write_text(
        "rules:\n  - id: acme\n    category: tone\n    severity: info\n    message: m\n"
        f"    {key}: {value}\n    match: {{phrases: [acme]}}\n",
        encoding="utf-8",
    )
    with pytest.raises(RuleError) as error:
        load_pack(pack)
    assert f"acme.yaml:6: rule acme: {problem}" in str(error.value)


def test_sarif_with_help_uri_and_precision_is_valid(sarif_schema: dict[str, Any]) -> None:
    rule = RuleInfo(
        "acme",
        "tone",
        Severity.INFO,
        "m",
        precision="low",
        help_uri="https://wiki.example.com/style#acme",
    )
    finding = Finding(0, 4, "acme", "tone", Severity.INFO, "m", "", "Acme", 1, 1, 1, 5)
    result = DocumentResult("p.md", None, (finding,), Score(100), passed=True)
    report = Report((result,), "blank", "0.1.0", 70, FailOn.ERROR, rules=(rule,))
    sarif = report_to_sarif(report)
    validator = jsonschema.Draft4Validator(sarif_schema, format_checker=jsonschema.FormatChecker())
    assert [e.message for e in validator.iter_errors(sarif)] == []
    (descriptor,) = sarif["runs"][0]["tool"]["driver"]["rules"]
    assert descriptor["helpUri"] == "https://wiki.example.com/style#acme"
    assert descriptor["properties"]["precision"] == "low"
