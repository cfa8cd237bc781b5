"""The server's pieces in this process: diagnostics, quick fixes, failures.

The same Linter the CLI tests use (loaded once per session); the end-to-end
tests in ``test_lsp_session.py`` check that the pieces are wired to LSP.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
from lsprotocol import types

from align_lint.report.records import DocumentResult
from align_lint.run.linter import Linter
from align_lint.server import actions
from align_lint.server.diagnostics import diagnostics_for
from align_lint.server.explain import docs_url
from align_lint.server.linters import Linters
from align_lint.server.lsp import AlignServer, Failed, Linted, is_markdown
from align_lint.server.positions import PositionIndex

DRAFT = "Our launch post got 3,100 likes this week.\n"
HOUSE_PACK = (
    "rules:\n  - id: house-word\n    category: tone\n    severity: info\n    weight: 1\n"
    "    message: house word\n    match:\n      phrases: [synergy]\n"
    "    examples:\n      flagged: [Pure synergy.]\n      passed: [Plain words.]\n"
)


def apply(text: str, edit: types.TextEdit) -> str:
    index = PositionIndex(text)
    start, end = index.offset(edit.range.start), index.offset(edit.range.end)
    return text[:start] + edit.new_text + text[end:]


def rules_found(linter: Linter, text: str, name: str = "post.md") -> list[str]:
    return [f.rule for f in linter.lint_text(text, path=name).findings]


def test_findings_become_diagnostics_with_code_link_severity_and_verdict(linter: Linter) -> None:
    result = linter.lint_text(DRAFT, path="post.md")
    diagnostics = diagnostics_for(
        result,
        PositionIndex(DRAFT),
        lambda rule: docs_url(linter.catalog.get(rule)),  # type: ignore[arg-type]
    )
    codes = {d.code: d for d in diagnostics}
    vanity = codes["vanity-metric"]
    assert vanity.severity == types.DiagnosticSeverity.Warning
    assert vanity.code_description is not None
    # The same page as SARIF's helpUri: the rule's section of docs/rules.md.
    assert (
        vanity.code_description.href
        == "https://github.com/align-lint/align/blob/main/docs/rules.md#vanity-metric"
    )
    assert codes["no-business-outcome"].severity == types.DiagnosticSeverity.Error
    assert codes["no-business-outcome"].data == {"scope": "document"}
    verdict = diagnostics[-1]
    assert verdict.code == "score"
    assert verdict.severity == types.DiagnosticSeverity.Error
    assert verdict.message.startswith(f"score {result.score.value}/100, fails: ")
    assert verdict.range.start == verdict.range.end == types.Position(line=0, character=0)


def test_a_custom_packs_rule_links_to_its_own_file(tmp_path: Path) -> None:
    pack = tmp_path / "house.yaml"
    pack.write_text(HOUSE_PACK, encoding="utf-8")
    (tmp_path / ".align.yaml").write_text("rules: [house.yaml]\n", encoding="utf-8")
    linter = Linters(tmp_path).for_document(tmp_path / "post.md")
    rule = linter.catalog.get("house-word")
    assert rule is not None
    assert docs_url(rule) == f"{pack.resolve().as_uri()}#L2"


def test_a_custom_rule_with_help_uri_links_to_that_page(tmp_path: Path) -> None:
    pack = tmp_path / "house.yaml"
    pack.write_text(
        HOUSE_PACK.replace(
            "  - id: house-word\n", "  - id: house-word\n    help_uri: https://wiki.example/house\n"
        ),
        encoding="utf-8",
    )
    (tmp_path / ".align.yaml").write_text("rules: [house.yaml]\n", encoding="utf-8")
    linter = Linters(tmp_path).for_document(tmp_path / "post.md")
    rule = linter.catalog.get("house-word")
    assert rule is not None
    assert docs_url(rule) == "https://wiki.example/house"


def test_disable_next_line_above_a_paragraph_silences_the_finding(linter: Linter) -> None:
    text = "# Launch\n\n" + DRAFT
    edit = actions.disable_next_line_edit(PositionIndex(text), 2, "vanity-metric")
    fixed = apply(text, edit)
    assert fixed == "# Launch\n\n<!-- align-disable-next-line vanity-metric -->\n" + DRAFT
    assert "vanity-metric" not in rules_found(linter, fixed)
    assert "unused-suppression" not in rules_found(linter, fixed)


def test_disable_next_line_inside_a_paragraph_keeps_the_paragraph_whole(linter: Linter) -> None:
    text = "We shipped the new onboarding flow\nand the post got 3,100 likes this week.\n"
    edit = actions.disable_next_line_edit(PositionIndex(text), 1, "vanity-metric")
    fixed = apply(text, edit)
    assert fixed.splitlines()[0].endswith("flow <!-- align-disable-next-line vanity-metric -->")
    assert "vanity-metric" in rules_found(linter, text)
    assert "vanity-metric" not in rules_found(linter, fixed)


def test_disable_for_the_file_goes_after_front_matter(linter: Linter) -> None:
    text = "---\ntitle: Launch\n---\n" + DRAFT
    edit = actions.disable_file_edit(PositionIndex(text), "no-business-outcome")
    fixed = apply(text, edit)
    assert fixed.splitlines()[3] == "<!-- align-disable-file no-business-outcome -->"
    assert "no-business-outcome" in rules_found(linter, text)
    assert "no-business-outcome" not in rules_found(linter, fixed)


def test_suppression_is_offered_only_where_align_reads_comments() -> None:
    assert is_markdown("file:///p/post.md", "markdown")
    assert not is_markdown("file:///p/post.txt", "plaintext")
    assert not is_markdown("file:///p/post.mdx", "mdx")


@pytest.fixture()
def server(tmp_path: Path) -> AlignServer:
    ls = AlignServer()
    ls.linters = Linters(tmp_path)
    return ls


def test_a_crash_in_one_lint_is_a_failure_not_an_exception(
    server: AlignServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(self: Linter, text: str, *, path: str | None = None) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(Linter, "lint_text", crash)
    outcome = server.lint("file:///p/post.md", tmp_path / "post.md", DRAFT)
    assert isinstance(outcome, Failed)
    assert not outcome.show
    assert "RuntimeError: boom" in outcome.message


def test_a_broken_config_is_shown_to_the_user(server: AlignServer, tmp_path: Path) -> None:
    (tmp_path / ".align.yaml").write_text("fail_under: [\n", encoding="utf-8")
    outcome = server.lint("file:///p/post.md", tmp_path / "post.md", DRAFT)
    assert isinstance(outcome, Failed)
    assert outcome.show
    assert ".align.yaml" in outcome.message


def test_bad_front_matter_is_a_diagnostic_at_its_line(server: AlignServer, tmp_path: Path) -> None:
    text = "---\nalign:\n  fail_under: 200\n---\n" + DRAFT
    outcome = server.lint("file:///p/post.md", tmp_path / "post.md", text)
    assert isinstance(outcome, Linted)
    (diagnostic,) = outcome.diagnostics
    assert diagnostic.code == "input"
    assert diagnostic.range.start.line == 2
    assert "fail_under" in diagnostic.message


def test_an_empty_draft_has_no_diagnostics(server: AlignServer, tmp_path: Path) -> None:
    outcome = server.lint("file:///p/post.md", tmp_path / "post.md", "  \n")
    assert isinstance(outcome, Linted)
    assert outcome.diagnostics == []


def test_an_edited_config_is_read_again_without_a_watcher(tmp_path: Path) -> None:
    config = tmp_path / ".align.yaml"
    config.write_text("fail_under: 70\n", encoding="utf-8")
    linters = Linters(tmp_path)
    first = linters.for_document(tmp_path / "post.md")
    assert linters.for_document(tmp_path / "other.md") is first  # one Linter per config
    config.write_text("fail_under: 90\n", encoding="utf-8")
    os.utime(config, ns=(config.stat().st_atime_ns, config.stat().st_mtime_ns + 1_000_000))
    second = linters.for_document(tmp_path / "post.md")
    assert second is not first and second.config.fail_under == 90


def test_configs_and_the_packs_they_load_concern_the_server(tmp_path: Path) -> None:
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "house.yaml").write_text(HOUSE_PACK, encoding="utf-8")
    (tmp_path / ".align.yaml").write_text("rules: [packs]\n", encoding="utf-8")
    linters = Linters(tmp_path)
    linters.for_document(tmp_path / "post.md")
    assert linters.concerns(tmp_path / "sub" / "pyproject.toml")
    assert linters.concerns(tmp_path / "packs" / "house.yaml")
    assert not linters.concerns(tmp_path / "docker-compose.yaml")
    assert not linters.concerns(tmp_path / "post.md")


def test_an_edited_rule_pack_is_read_again_without_a_watcher(tmp_path: Path) -> None:
    pack = tmp_path / "house.yaml"
    pack.write_text(HOUSE_PACK, encoding="utf-8")
    (tmp_path / ".align.yaml").write_text("rules: [house.yaml]\n", encoding="utf-8")
    linters = Linters(tmp_path)
    first = linters.for_document(tmp_path / "post.md")
    assert linters.for_document(tmp_path / "post.md") is first
    pack.write_text(HOUSE_PACK.replace("synergy", "leverage"), encoding="utf-8")
    os.utime(pack, ns=(pack.stat().st_atime_ns, pack.stat().st_mtime_ns + 1_000_000))
    second = linters.for_document(tmp_path / "post.md")
    assert second is not first
    rule = second.catalog.get("house-word")
    assert rule is not None and "leverage" in str(rule.match)


def test_a_failing_lint_task_is_logged_not_lost(
    server: AlignServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    logged: list[types.LogMessageParams] = []

    async def broken(uri: str, delay: float) -> None:
        raise RuntimeError("publish failed")

    monkeypatch.setattr(server, "_lint_later", broken)
    monkeypatch.setattr(server, "window_log_message", logged.append)
    asyncio.run(server._guarded("file:///p/post.md", 0))
    (message,) = logged
    assert message.type == types.MessageType.Error
    assert "RuntimeError: publish failed" in message.message


def test_disable_next_line_after_a_code_fence_is_a_line_of_its_own(linter: Linter) -> None:
    text = "```\nalign lint\n```\n" + DRAFT
    edit = actions.disable_next_line_edit(PositionIndex(text), 3, "vanity-metric")
    fixed = apply(text, edit)
    assert fixed.splitlines()[2:4] == ["```", "<!-- align-disable-next-line vanity-metric -->"]
    assert "vanity-metric" in rules_found(linter, text)
    assert "vanity-metric" not in rules_found(linter, fixed)


def test_an_undo_back_to_a_linted_text_is_not_linted_again(
    server: AlignServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    linted: list[str] = []
    real_lint_text = Linter.lint_text

    def counting(self: Linter, text: str, *, path: str | None = None) -> DocumentResult:
        linted.append(text)
        return real_lint_text(self, text, path=path)

    monkeypatch.setattr(Linter, "lint_text", counting)
    post = tmp_path / "post.md"
    first = server.lint("file:///p/post.md", post, DRAFT)
    server.lint("file:///p/post.md", post, DRAFT + "More.\n")
    again = server.lint("file:///p/post.md", post, DRAFT)
    assert linted == [DRAFT, DRAFT + "More.\n"]
    assert isinstance(first, Linted) and isinstance(again, Linted)
    assert again.diagnostics == first.diagnostics
    (tmp_path / ".align.yaml").write_text("fail_under: 90\n", encoding="utf-8")
    server.lint("file:///p/post.md", post, DRAFT)  # a new config: linted again
    assert len(linted) == 3


def test_disable_for_the_file_goes_after_toml_front_matter(linter: Linter) -> None:
    text = '+++\ntitle = "Launch"\n+++\n' + DRAFT
    fixed = apply(text, actions.disable_file_edit(PositionIndex(text), "vanity-metric"))
    assert fixed.splitlines()[3] == "<!-- align-disable-file vanity-metric -->"
    assert "vanity-metric" not in rules_found(linter, fixed)


@pytest.mark.parametrize("fence", ["---", "+++"])
def test_a_finding_in_front_matter_is_offered_only_the_file_wide_fix(fence: str) -> None:
    """A comment line inside YAML or TOML would break the front matter."""
    from types import SimpleNamespace

    from align_lint.server.lsp import code_action

    uri = "file:///p/post.md"
    text = f"{fence}\ntitle: We passed 3,100 likes\n{fence}\n" + DRAFT
    document = SimpleNamespace(source=text, language_id="markdown")
    server = SimpleNamespace(
        workspace=SimpleNamespace(text_documents={uri: document}), index=PositionIndex
    )

    def titles(line: int) -> list[str]:
        spot = types.Range(
            start=types.Position(line=line, character=7),
            end=types.Position(line=line, character=12),
        )
        diagnostic = types.Diagnostic(range=spot, message="m", source="align", code="vanity-metric")
        params = types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=spot,
            context=types.CodeActionContext(diagnostics=[diagnostic]),
        )
        return [action.title for action in code_action(server, params)]  # type: ignore[arg-type]

    assert titles(1) == ["Disable vanity-metric for this file"]
    assert titles(3) == [
        "Disable vanity-metric for this line",
        "Disable vanity-metric for this file",
    ]
