"""End to end: a real LSP client over stdio and ``align server`` in its own process.

The first test is the editor's everyday loop and runs by default (one server
start, one spaCy load); the others start servers of their own and are slow.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient
from tests.server.lsp_session import (
    accept_registrations,
    initialize_params,
    open_and_wait,
    replace_all,
    server_config,
    wait_for_diagnostics,
)

# An emoji (two UTF-16 units) before the vanity metric on its line.
DRAFT = "# Launch week\n\n🎉 Our launch post got 3,100 likes this week.\n"
FIXED = "# Launch week\n\n🎉 Our launch post brought 40 qualified demo requests this week.\n"


@pytest.fixture()
def workspace(tmp_path: Path) -> Path:
    (tmp_path / ".align.yaml").write_text("fail_under: 70\n", encoding="utf-8")
    return tmp_path


@pytest_lsp.fixture(config=server_config())
async def client(lsp_client: LanguageClient, workspace: Path):  # type: ignore[no-untyped-def]
    accept_registrations(lsp_client)
    await lsp_client.initialize_session(initialize_params(workspace))
    yield
    await lsp_client.shutdown_session()


def by_code(diagnostics: list[types.Diagnostic], code: str) -> types.Diagnostic:
    found = [d for d in diagnostics if d.code == code]
    assert found, f"no {code} in {[d.code for d in diagnostics]}"
    return found[0]


@pytest.mark.asyncio
async def test_diagnose_hover_fix_and_edit_away(client: LanguageClient, workspace: Path) -> None:
    post = workspace / "post.md"
    uri = post.as_uri()
    diagnostics = await open_and_wait(client, post, DRAFT)

    vanity = by_code(diagnostics, "vanity-metric")
    # "🎉 Our launch post got " is 22 code points (the CLI's column 23) but 23 UTF-16 units.
    assert vanity.range == types.Range(
        start=types.Position(line=2, character=23), end=types.Position(line=2, character=34)
    )
    assert vanity.severity == types.DiagnosticSeverity.Warning
    assert vanity.source == "align"
    assert vanity.code_description is not None
    assert vanity.code_description.href.endswith(("vanity.yaml#L9", "vanity.yaml"))
    score = by_code(diagnostics, "score")
    assert score.message.startswith("score ") and "fails" in score.message

    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=2, character=28),
        )
    )
    assert hover is not None and isinstance(hover.contents, types.MarkupContent)
    assert hover.contents.value.startswith("**vanity-metric**")
    assert "**no-business-outcome**" in hover.contents.value  # placed at the same words
    assert "Suggestion:" in hover.contents.value
    assert "Flagged:" in hover.contents.value and "Passed:" in hover.contents.value

    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=vanity.range,
            context=types.CodeActionContext(diagnostics=[vanity]),
        )
    )
    assert actions is not None
    titles = [a.title for a in actions if isinstance(a, types.CodeAction)]
    assert titles == ["Disable vanity-metric for this line", "Disable vanity-metric for this file"]
    line_action = actions[0]
    assert isinstance(line_action, types.CodeAction) and line_action.edit is not None
    assert line_action.edit.changes is not None
    (edit,) = line_action.edit.changes[uri]
    assert edit.range.start == types.Position(line=2, character=0)
    suppressed = DRAFT.replace("🎉", edit.new_text + "🎉", 1)
    assert "<!-- align-disable-next-line vanity-metric -->\n🎉" in suppressed

    replace_all(client, uri, 2, suppressed)
    diagnostics = await wait_for_diagnostics(client, uri)
    assert "vanity-metric" not in [d.code for d in diagnostics]

    replace_all(client, uri, 3, FIXED)
    diagnostics = await wait_for_diagnostics(client, uri)
    assert [d.code for d in diagnostics] == ["score"]
    assert "passes" in diagnostics[0].message
