"""An open CSV or TSV calendar in the server: each row a document, diagnostics
at the file's own lines and columns, rows named, rows kept between edits.

In this process, as ``test_server_units.py`` drives the server's pieces; the
end-to-end session over stdio is in ``test_lsp_session.py``."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from lsprotocol import types

from align_lint.documents import Source
from align_lint.errors import InputError
from align_lint.report.records import DocumentResult
from align_lint.run.linter import Linter
from align_lint.server.linters import Linters
from align_lint.server.lsp import (
    AlignServer,
    Linted,
    code_action,
    document_path,
    hover,
    is_markdown,
    wanted,
)
from align_lint.server.positions import PositionIndex

# Row 3 is a quoted cell over two lines with doubled quotes before its vanity
# metric; row 4 starts on line 5 of the file.
CALENDAR = (
    "id,platform,text\r\n"
    'P-1,LinkedIn,"The webinar brought 40 qualified demo requests and $18,000 in pipeline."\r\n'
    'P-2,X,"Our ""big"" launch week 🎉\r\nwe hit 3,100 likes on the teaser."\r\n'
    "P-3,LinkedIn,Our guide cut onboarding time by 30% for 12 new customers this quarter.\r\n"
)
URI = "file:///p/cal.csv"


@pytest.fixture()
def server(tmp_path: Path) -> AlignServer:
    ls = AlignServer()
    ls.linters = Linters(tmp_path)
    return ls


@pytest.fixture()
def analysed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The records of the rows each lint analysed."""
    seen: list[int] = []
    real = Linter.lint_batch

    def counting(self: Linter, sources: list[Source]) -> list[DocumentResult | InputError]:
        seen.extend(source.row.record for source in sources if source.row is not None)
        return real(self, sources)

    monkeypatch.setattr(Linter, "lint_batch", counting)
    return seen


def lint(server: AlignServer, tmp_path: Path, text: str, name: str = "cal.csv") -> Linted:
    outcome = server.lint(URI, tmp_path / name, text)
    assert isinstance(outcome, Linted)
    server.linted[URI] = outcome
    return outcome


def by_code(outcome: Linted, code: str) -> list[types.Diagnostic]:
    return [d for d in outcome.diagnostics if d.code == code]


def span_of(text: str, words: str) -> types.Range:
    start = text.index(words)
    return PositionIndex(text).range(start, start + len(words))


def test_each_row_is_linted_at_its_place_in_the_file(
    server: AlignServer, tmp_path: Path, linter: Linter
) -> None:
    outcome = lint(server, tmp_path, CALENDAR)
    (vanity,) = by_code(outcome, "vanity-metric")
    # Line 3 of the file (0-based 2), after the emoji's line break, in UTF-16 units.
    assert vanity.range == span_of(CALENDAR, "3,100 likes")
    assert vanity.range.start == types.Position(line=3, character=7)
    assert vanity.message.startswith("row 3: ")
    verdicts = by_code(outcome, "score")
    assert [v.message.split(":")[0] for v in verdicts] == ["row 2", "row 3", "row 4"]
    assert [v.range.start.line for v in verdicts] == [1, 2, 4]  # each row's first line
    failed = [v for v in verdicts if v.severity == types.DiagnosticSeverity.Error]
    assert [v.message.split(":")[0] for v in failed] == ["row 3"]
    # The CLI's line and column for the same finding (1-based code points).
    path = tmp_path / "cal.csv"
    path.write_text(CALENDAR, encoding="utf-8", newline="")
    (row3,) = [r for r in linter.lint_paths([str(path)]).results if r.record == 3]
    (finding,) = [f for f in row3.findings if f.rule == "vanity-metric"]
    assert (finding.line - 1, finding.column - 1) == (3, 7)


def test_editing_one_row_analyses_only_that_row(
    server: AlignServer, tmp_path: Path, analysed: list[int]
) -> None:
    lint(server, tmp_path, CALENDAR)
    assert analysed == [2, 3, 4]
    analysed.clear()
    edited = CALENDAR.replace("3,100 likes", "3,100 likes and 900 shares")
    outcome = lint(server, tmp_path, edited)
    assert analysed == [3]
    assert [d.range for d in by_code(outcome, "vanity-metric")] == [
        span_of(edited, "3,100 likes"),
        span_of(edited, "900 shares"),
    ]
    analysed.clear()
    # A line added above moves the rows below without analysing them again.
    moved = edited.replace("P-1,", "P-0,LinkedIn,\r\nP-1,", 1)
    outcome = lint(server, tmp_path, moved)
    assert analysed == []
    vanity = by_code(outcome, "vanity-metric")
    assert [d.range for d in vanity] == [
        span_of(moved, "3,100 likes"),
        span_of(moved, "900 shares"),
    ]
    assert vanity[0].message.startswith("row 4: ")  # its row number moved too


def test_a_new_config_analyses_every_row_again(
    server: AlignServer, tmp_path: Path, analysed: list[int]
) -> None:
    lint(server, tmp_path, CALENDAR)
    (tmp_path / ".align.yaml").write_text("fail_under: 90\n", encoding="utf-8")
    analysed.clear()
    lint(server, tmp_path, CALENDAR)
    assert analysed == [2, 3, 4]


def test_hover_explains_the_finding_under_the_cursor_in_a_row(
    server: AlignServer, tmp_path: Path
) -> None:
    lint(server, tmp_path, CALENDAR)
    spot = span_of(CALENDAR, "3,100 likes")
    params = types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=URI),
        position=types.Position(line=spot.start.line, character=spot.start.character + 3),
    )
    shown = hover(server, params)
    assert shown is not None and isinstance(shown.contents, types.MarkupContent)
    assert shown.contents.value.startswith("**vanity-metric**")
    assert shown.range == spot


def test_no_suppression_is_offered_in_a_calendar(server: AlignServer, tmp_path: Path) -> None:
    """A comment in a cell would be part of the post: none is offered."""
    outcome = lint(server, tmp_path, CALENDAR)
    (vanity,) = by_code(outcome, "vanity-metric")
    document = SimpleNamespace(source=CALENDAR, language_id="csv")
    fake: Any = SimpleNamespace(
        workspace=SimpleNamespace(text_documents={URI: document}), index=PositionIndex
    )
    params = types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=URI),
        range=vanity.range,
        context=types.CodeActionContext(diagnostics=[vanity]),
    )
    assert code_action(fake, params) == []
    assert not is_markdown(URI, "csv")
    assert not is_markdown("file:///p/cal", "tsv")


def test_a_malformed_calendar_is_one_diagnostic_at_its_line(
    server: AlignServer, tmp_path: Path
) -> None:
    text = 'id,text\n1,"We hit 3,100 likes.\n2,fine\n'
    outcome = lint(server, tmp_path, text)
    (diagnostic,) = outcome.diagnostics
    assert diagnostic.code == "input"
    assert diagnostic.range.start.line == 1
    assert "never closed" in diagnostic.message


def test_tsv_by_language_id_and_csv_by_suffix_are_wanted(server: AlignServer) -> None:
    assert wanted("file:///p/cal.csv", "plaintext")
    assert wanted("file:///p/plan", "tsv")
    assert not wanted("file:///p/data.json", "json")
    path = document_path("file:///p/plan", "tsv")
    assert path is not None and path.name == "plan.tsv"
    # VS Code without a CSV extension calls a .csv file plain text: still a calendar.
    path = document_path("file:///p/cal.csv", "plaintext")
    assert path is not None and path.name == "cal.csv"


def test_a_tsv_opened_by_language_id_is_split_at_tabs(server: AlignServer, tmp_path: Path) -> None:
    text = "id\ttext\n1\tLaunch day: we hit 3,100 likes, 200 shares.\n"
    path = document_path((tmp_path / "plan").as_uri(), "tsv")
    outcome = server.lint((tmp_path / "plan").as_uri(), path, text)
    assert isinstance(outcome, Linted)
    assert {d.range.start.line for d in by_code(outcome, "vanity-metric")} == {1}
    assert [d.message.split(":")[0] for d in by_code(outcome, "score")] == ["row 2"]


def test_an_unsaved_csv_buffer_is_read_as_a_calendar(server: AlignServer) -> None:
    outcome = server.lint("untitled:Untitled-1", None, CALENDAR, "csv")
    assert isinstance(outcome, Linted)
    assert len(outcome.rows) == 3


def test_a_calendar_closed_while_it_was_linted_keeps_no_rows(
    server: AlignServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio

    from pygls.workspace import Workspace

    uri = (tmp_path / "cal.csv").as_uri()
    workspace = Workspace(tmp_path.as_uri())
    workspace.put_text_document(types.TextDocumentItem(uri, "csv", 1, CALENDAR))
    server.protocol._workspace = workspace
    real_lint = server.lint

    def closed_meanwhile(*args: Any) -> Any:
        workspace.remove_text_document(uri)  # didClose is handled while the lint runs,
        server.row_results.pop(uri, None)  # before the lint keeps its rows
        return real_lint(*args)

    monkeypatch.setattr(server, "lint", closed_meanwhile)
    asyncio.run(server._lint_later(uri, 0))
    assert uri not in server.row_results
    assert uri not in server.linted
