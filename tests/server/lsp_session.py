"""A real client over stdio (pytest-lsp) driving ``python -m align_lint server``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

pytest.importorskip("pytest_lsp")

from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

ROOT = Path(__file__).resolve().parents[2]


def server_config() -> ClientServerConfig:
    """The server from this checkout's sources (what the tests import too)."""
    paths = [str(ROOT / "src"), *filter(None, [os.environ.get("PYTHONPATH")])]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths), "OPENBLAS_NUM_THREADS": "1"}
    return ClientServerConfig(
        server_command=[sys.executable, "-m", "align_lint", "server"], server_env=env
    )


def initialize_params(root: Path, *, debounce_ms: int = 300) -> types.InitializeParams:
    """What an editor sends: UTF-16 positions, dynamic file watching, a workspace."""
    capabilities = types.ClientCapabilities(
        general=types.GeneralClientCapabilities(
            position_encodings=[types.PositionEncodingKind.Utf16]
        ),
        workspace=types.WorkspaceClientCapabilities(
            did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(
                dynamic_registration=True
            )
        ),
        text_document=types.TextDocumentClientCapabilities(
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(version_support=True),
            hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown]),
        ),
    )
    return types.InitializeParams(
        capabilities=capabilities,
        root_uri=root.as_uri(),
        initialization_options={"debounceMs": debounce_ms},
    )


async def open_and_wait(
    client: LanguageClient, path: Path, text: str, language: str = "markdown"
) -> list[types.Diagnostic]:
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id=language, version=1, text=text
            )
        )
    )
    return await wait_for_diagnostics(client, uri)


async def wait_for_diagnostics(client: LanguageClient, uri: str) -> list[types.Diagnostic]:
    """The next diagnostics published for ``uri``."""
    while True:
        params = await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        if params.uri == uri:
            return list(params.diagnostics)


def replace_all(client: LanguageClient, uri: str, version: int, text: str) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


def accept_registrations(client: LanguageClient, registered: list[types.Registration]) -> None:
    """Answer ``client/registerCapability`` as an editor does, keeping what was asked."""

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams) -> None:
        registered.extend(params.registrations)
