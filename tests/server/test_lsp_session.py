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


@pytest.fixture()
def registrations() -> list[types.Registration]:
    return []


@pytest_lsp.fixture(config=server_config())
async def client(  # type: ignore[no-untyped-def]
    lsp_client: LanguageClient, workspace: Path, registrations: list[types.Registration]
):
    accept_registrations(lsp_client, registrations)
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
    assert vanity.code_description.href.endswith("docs/rules.md#vanity-metric")
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


def watched_change(client: LanguageClient, path: Path) -> None:
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=path.as_uri(), type=types.FileChangeType.Changed)]
        )
    )


@pytest.mark.slow
@pytest.mark.asyncio
async def test_a_config_change_relints_open_documents(
    client: LanguageClient, workspace: Path
) -> None:
    post = workspace / "post.md"
    diagnostics = await open_and_wait(client, post, DRAFT)
    assert "vanity-metric" in [d.code for d in diagnostics]

    config = workspace / ".align.yaml"
    config.write_text("ignore: [vanity-metric]\n", encoding="utf-8")
    watched_change(client, config)
    diagnostics = await wait_for_diagnostics(client, post.as_uri())
    assert "vanity-metric" not in [d.code for d in diagnostics]


@pytest.mark.slow
@pytest.mark.asyncio
async def test_a_malformed_config_is_an_error_message_not_a_crash(
    client: LanguageClient, workspace: Path
) -> None:
    post = workspace / "post.md"
    await open_and_wait(client, post, DRAFT)

    config = workspace / ".align.yaml"
    config.write_text("fail_under: [\n", encoding="utf-8")
    watched_change(client, config)
    assert await wait_for_diagnostics(client, post.as_uri()) == []
    errors = [m for m in client.messages if m.type == types.MessageType.Error]
    assert len(errors) == 1 and ".align.yaml" in errors[0].message

    config.write_text("fail_under: 70\n", encoding="utf-8")  # fixed: the server is still there
    watched_change(client, config)
    diagnostics = await wait_for_diagnostics(client, post.as_uri())
    assert "vanity-metric" in [d.code for d in diagnostics]


@pytest.mark.slow
@pytest.mark.asyncio
async def test_quick_edits_publish_once_for_the_newest_version(
    client: LanguageClient, workspace: Path
) -> None:
    post = workspace / "post.md"
    uri = post.as_uri()
    await open_and_wait(client, post, DRAFT)
    published: list[int | None] = []
    for version, text in enumerate((DRAFT + "More.\n", DRAFT + "More text.\n", FIXED), start=2):
        replace_all(client, uri, version, text)
    params = await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    published.append(params.version)
    assert published == [4]
    assert [d.code for d in params.diagnostics] == ["score"]


@pytest.mark.slow
@pytest.mark.asyncio
async def test_plain_text_is_linted_and_config_files_are_watched(
    client: LanguageClient, workspace: Path, registrations: list[types.Registration]
) -> None:
    draft = workspace / "tweet"  # no suffix: the language id says it is plain text
    diagnostics = await open_and_wait(
        client, draft, "We got 3,100 likes on launch day.\n", "plaintext"
    )
    assert "vanity-metric" in [d.code for d in diagnostics]
    (registration,) = registrations
    assert registration.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES


@pytest.mark.slow
@pytest.mark.asyncio
async def test_a_csv_calendar_is_linted_row_by_row(client: LanguageClient, workspace: Path) -> None:
    calendar = workspace / "plan.csv"
    text = (
        "id,text\r\n"
        '1,"Our ""big"" week 🎉\r\nwe hit 3,100 likes."\r\n'
        "2,The webinar brought 40 qualified demo requests and $18000 in pipeline.\r\n"
    )
    diagnostics = await open_and_wait(client, calendar, text, "csv")
    vanity = by_code(diagnostics, "vanity-metric")
    assert vanity.message.startswith("row 2: ")
    assert vanity.range == types.Range(
        start=types.Position(line=2, character=7), end=types.Position(line=2, character=18)
    )
    assert [d.message.split(":")[0] for d in diagnostics if d.code == "score"] == [
        "row 2",
        "row 3",
    ]
    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=calendar.as_uri()),
            position=types.Position(line=2, character=10),
        )
    )
    assert hover is not None and isinstance(hover.contents, types.MarkupContent)
    assert hover.contents.value.startswith("**vanity-metric**")
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=calendar.as_uri()),
            range=vanity.range,
            context=types.CodeActionContext(diagnostics=[vanity]),
        )
    )
    assert not actions  # no comment can be written in a cell
