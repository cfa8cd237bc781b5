"""The pygls server: what each LSP message does, and when documents are linted.

Linting is blocking (spaCy), so it runs on one worker thread, never on the
event loop, which keeps answering hovers and code actions meanwhile; one
thread because a spaCy pipeline is not made for concurrent calls. A change is
linted after a pause (``debounce``, 300 ms after the last keystroke): each
new change cancels the lint that was waiting, and a result whose document
has moved on to a newer version by the time it is ready is dropped, so the
newest version always wins. Open and save lint at once.

An open CSV or TSV content calendar is linted as ``align lint`` reads it, one
document per row, each row's result kept so an edit re-analyses only the rows
it changed (``calendar.py``).

Whatever goes wrong in one document's lint is a log message and an empty
list of diagnostics for that document; a broken config or rule pack is also
shown once as an error message. The server itself never dies of it.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import traceback
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from align_lint.documents.sources import TEXT_SUFFIXES
from align_lint.errors import AlignError, InputError
from align_lint.report.records import DocumentResult, Finding
from align_lint.run.linter import Linter
from align_lint.server import actions, explain
from align_lint.server.calendar import (
    CALENDAR_SUFFIXES,
    PlacedRow,
    RowKey,
    calendar_diagnostics,
    calendar_suffix,
    is_calendar_document,
    lint_calendar,
)
from align_lint.server.diagnostics import (
    INPUT_CODE,
    SCORE_CODE,
    SOURCE,
    diagnostics_for,
    input_error_diagnostic,
)
from align_lint.server.linters import Linters
from align_lint.server.positions import PositionIndex, Units, units_for
from align_lint.version import __version__

DEBOUNCE_SECONDS = 0.3
# VS Code says plaintext, Neovim text; Neovim calls MDX markdown.mdx.
PLAIN_TEXT = frozenset({"plaintext", "text"})
LANGUAGES = frozenset({"markdown", "mdx", "markdown.mdx", *PLAIN_TEXT})
SUFFIXES = frozenset({".md", ".markdown", ".mdx", ".txt"})
WATCHED = ("**/.align.yaml", "**/.align.yml", "**/pyproject.toml", "**/*.yaml", "**/*.yml")

log = logging.getLogger("align.server")


@dataclass(frozen=True)
class Linted:
    """The last lint of one open document: what hovers and code actions read."""

    text: str
    result: DocumentResult | None
    linter: Linter | None
    diagnostics: list[types.Diagnostic]
    rows: tuple[PlacedRow, ...] = ()  # a calendar's rows (``result`` is then None)

    def placed(self) -> Iterator[tuple[int, DocumentResult]]:
        """Each result with where its document starts in ``text``: a draft's
        at 0, a calendar row's at the row's first character."""
        if self.result is not None:
            yield 0, self.result
        for row in self.rows:
            yield row.offset, row.result


@dataclass(frozen=True)
class Failed:
    """A lint that produced no result: ``message`` for the log, and for the
    user too when ``show`` (a broken config, not a broken draft)."""

    message: str
    show: bool = False


class Recent:
    """The last results by (Linter, path, text digest), a few dozen at most: a
    save after the lint of the same text, an undo back to a linted version, or
    a document opened in two editors costs no second lint. Keyed by the Linter
    itself, so a changed config never answers from an old one."""

    SIZE = 64

    def __init__(self) -> None:
        self._results: OrderedDict[tuple[Linter, str, bytes], DocumentResult] = OrderedDict()

    def get(self, key: tuple[Linter, str, bytes]) -> DocumentResult | None:
        result = self._results.get(key)
        if result is not None:
            self._results.move_to_end(key)
        return result

    def put(self, key: tuple[Linter, str, bytes], result: DocumentResult) -> None:
        self._results[key] = result
        self._results.move_to_end(key)
        while len(self._results) > self.SIZE:
            self._results.popitem(last=False)


class AlignServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("align", __version__)
        self.debounce = DEBOUNCE_SECONDS
        self.linters = Linters(Path.cwd())
        self.linted: dict[str, Linted] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.lint_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="align-lint")
        self.shown_errors: set[str] = set()
        self.recent = Recent()
        # Each open calendar's row results, with the Linter that made them:
        # only the lint thread reads and writes them.
        self.row_results: dict[str, tuple[Linter, Mapping[RowKey, DocumentResult]]] = {}

    # -- what a position means in this session -----------------------------------------

    @property
    def units(self) -> Units:
        # Set at initialize; before it (or in a test without a client) UTF-16, LSP's default.
        capabilities = getattr(self.protocol, "server_capabilities", None)
        return units_for(capabilities.position_encoding if capabilities else None)

    def index(self, text: str) -> PositionIndex:
        return PositionIndex(text, self.units)

    # -- linting -------------------------------------------------------------------------

    def schedule(self, uri: str, delay: float) -> None:
        """Lint ``uri`` after ``delay`` seconds, replacing a lint still waiting."""
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        self.pending[uri] = asyncio.get_running_loop().create_task(self._guarded(uri, delay))

    async def _guarded(self, uri: str, delay: float) -> None:
        """A lint task whose failure is logged, never lost in the event loop."""
        try:
            await self._lint_later(uri, delay)
        except Exception:
            message = f"align server failed on {uri}:\n{traceback.format_exc()}"
            self.window_log_message(
                types.LogMessageParams(type=types.MessageType.Error, message=message)
            )

    async def _lint_later(self, uri: str, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        document = self.workspace.text_documents.get(uri)
        if document is None or not wanted(uri, document.language_id):
            return
        version, text = document.version, document.source
        path = document_path(uri, document.language_id)
        loop = asyncio.get_running_loop()
        outcome = await loop.run_in_executor(
            self.lint_thread, self.lint, uri, path, text, document.language_id
        )
        current = self.workspace.text_documents.get(uri)
        if current is None:  # closed while this lint ran, which kept its rows again
            self.row_results.pop(uri, None)
            return
        if current.version != version:
            return  # edited while this lint ran: a newer lint is coming
        if self.pending.get(uri) is asyncio.current_task():
            del self.pending[uri]
        if isinstance(outcome, Failed):
            self.report_failure(outcome)
            outcome = Linted(text, None, None, [])
        self.linted[uri] = outcome
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(
                uri=uri, diagnostics=outcome.diagnostics, version=version
            )
        )

    def lint(
        self, uri: str, path: Path | None, text: str, language_id: str | None = None
    ) -> Linted | Failed:
        """One document's lint, on the lint thread: its findings as diagnostics
        (none for an empty draft), or what went wrong."""
        if not text.strip():
            return Linted(text, None, None, [])
        try:
            linter = self.linters.for_document(path)
            source = str(path) if path else "untitled" + (calendar_suffix(language_id) or ".md")
            if linter.is_calendar(source):
                return self.lint_rows(uri, linter, source, text)
            key = (linter, source, hashlib.blake2b(text.encode("utf-8", "surrogatepass")).digest())
            result = self.recent.get(key)
            if result is None:
                result = linter.lint_text(text, path=source)
            self.recent.put(key, result)
            diagnostics = diagnostics_for(result, self.index(text), self.docs_url(linter))
            return Linted(text, result, linter, diagnostics)
        except InputError as error:
            return Linted(text, None, None, [input_error_diagnostic(error.message)])
        except AlignError as error:
            return Failed(error.message, show=True)
        except Exception:
            return Failed(f"align crashed linting {uri}:\n{traceback.format_exc()}")

    def lint_rows(self, uri: str, linter: Linter, source: str, text: str) -> Linted:
        """A calendar's lint: the rows this document's last lint (with the same
        Linter) knows are not analysed again."""
        previous = self.row_results.get(uri)
        known = previous[1] if previous is not None and previous[0] is linter else {}
        linted = lint_calendar(linter, source, text, known)
        self.row_results[uri] = (linter, linted.known)
        diagnostics = calendar_diagnostics(linted, self.index(text), self.docs_url(linter))
        return Linted(text, None, linter, diagnostics, rows=linted.rows)

    def report_failure(self, failed: Failed) -> None:
        level = types.MessageType.Error if failed.show else types.MessageType.Warning
        self.window_log_message(types.LogMessageParams(type=level, message=failed.message))
        if failed.show and failed.message not in self.shown_errors:
            self.shown_errors.add(failed.message)  # once per mistake, not per keystroke
            self.window_show_message(
                types.ShowMessageParams(type=types.MessageType.Error, message=failed.message)
            )

    @staticmethod
    def docs_url(linter: Linter) -> Callable[[str], str | None]:
        def url(rule_id: str) -> str | None:
            rule = linter.catalog.get(rule_id)
            return explain.docs_url(rule) if rule is not None else None

        return url

    def relint_open_documents(self) -> None:
        for uri in list(self.workspace.text_documents):
            self.schedule(uri, 0)

    # -- reading the last lint ---------------------------------------------------------

    def findings_at(self, uri: str, position: types.Position) -> list[Finding]:
        """The findings of the last lint whose span holds ``position``: span
        findings before document-level ones, narrowest first."""
        return [finding for _, finding in self.placed_findings_at(uri, position)]

    def placed_findings_at(self, uri: str, position: types.Position) -> list[tuple[int, Finding]]:
        """``findings_at``, each with where its document starts in the text
        (a calendar row's offset; 0 for a draft)."""
        linted = self.linted.get(uri)
        if linted is None:
            return []
        offset = self.index(linted.text).offset(position)
        hits = [
            (base, finding)
            for base, result in linted.placed()
            for finding in result.findings
            if base + finding.start <= offset <= base + finding.end
        ]
        return sorted(
            hits,
            key=lambda hit: (hit[1].scope == "document", hit[1].end - hit[1].start, hit[1].start),
        )


def wanted(uri: str, language_id: str | None) -> bool:
    """Markdown, MDX and plain-text drafts, and CSV or TSV content calendars;
    not the YAML or code an editor also opens."""
    return (
        language_id in LANGUAGES
        or Path(uri).suffix.lower() in SUFFIXES
        or is_calendar_document(uri, language_id)
    )


def document_path(uri: str, language_id: str | None) -> Path | None:
    """The file a document is (its config and per_file settings follow from
    it), None for an unsaved buffer. Plain text in a file without .txt keeps
    its name with .txt added, since the suffix picks how align reads it; so
    does CSV or TSV (by language id) without its suffix. A .csv or .tsv file
    is a calendar whatever its language (VS Code calls it plain text)."""
    fs_path = to_fs_path(uri) if uri.startswith("file:") else None
    if fs_path is None:
        return None
    path = Path(fs_path)
    plain_text_file = path.suffix.lower() in (*TEXT_SUFFIXES, *CALENDAR_SUFFIXES)
    if language_id in PLAIN_TEXT and not plain_text_file:
        return path.with_name(path.name + ".txt")
    suffix = calendar_suffix(language_id)
    if suffix is not None and path.suffix.lower() != suffix:
        return path.with_name(path.name + suffix)
    return path


def is_markdown(uri: str, language_id: str | None) -> bool:
    """Where suppression comments can be written (see ``actions``): not in a
    calendar, whose cells are the posts (a comment there would be published)."""
    suffix = Path(uri).suffix.lower()
    plain_or_mdx = language_id in (*PLAIN_TEXT, "mdx", "markdown.mdx")
    if is_calendar_document(uri, language_id):
        return False
    return not (plain_or_mdx or suffix in (*TEXT_SUFFIXES, ".mdx"))


server = AlignServer()


@server.feature(types.INITIALIZE)
def initialize(ls: AlignServer, params: types.InitializeParams) -> None:
    options = params.initialization_options
    if isinstance(options, dict) and isinstance(options.get("debounceMs"), int | float):
        ls.debounce = max(0.0, options["debounceMs"] / 1000)
    folders = params.workspace_folders or []
    root = to_fs_path(folders[0].uri) if folders else None
    if root is None and params.root_uri:
        root = to_fs_path(params.root_uri)
    if root:
        ls.linters = Linters(Path(root))


@server.feature(types.INITIALIZED)
async def initialized(ls: AlignServer, params: types.InitializedParams) -> None:
    # Load the pipeline now, not on the first keystroke; a broken config is
    # reported when a document under it is linted.
    ls.lint_thread.submit(_warm_up, ls)
    await _watch_config_files(ls)


def _warm_up(ls: AlignServer) -> None:
    try:
        ls.linters.for_document(None).analyzer  # noqa: B018 (loads the pipeline)
    except Exception:
        log.debug("warm-up failed; the first lint reports why", exc_info=True)


async def _watch_config_files(ls: AlignServer) -> None:
    """Ask the client to report config and rule pack changes, where it can."""
    watched = ls.client_capabilities.workspace
    dynamic = watched and watched.did_change_watched_files
    if not (dynamic and dynamic.dynamic_registration):
        return
    options = types.DidChangeWatchedFilesRegistrationOptions(
        watchers=[types.FileSystemWatcher(glob_pattern=glob) for glob in WATCHED]
    )
    registration = types.Registration(
        id="align-config-files",
        method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
        register_options=options,
    )
    try:
        await ls.client_register_capability_async(
            types.RegistrationParams(registrations=[registration])
        )
    except Exception as error:  # a client that refuses: configs are then read per lint start
        log.warning("could not watch config files: %s", error)


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: AlignServer, params: types.DidOpenTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: AlignServer, params: types.DidChangeTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, ls.debounce)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: AlignServer, params: types.DidSaveTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: AlignServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    waiting = ls.pending.pop(uri, None)
    if waiting is not None:
        waiting.cancel()
    ls.linted.pop(uri, None)
    ls.row_results.pop(uri, None)
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def did_change_watched_files(ls: AlignServer, params: types.DidChangeWatchedFilesParams) -> None:
    paths = [to_fs_path(change.uri) for change in params.changes]
    if any(path and ls.linters.concerns(Path(path)) for path in paths):
        ls.linters.clear()
        ls.shown_errors.clear()  # a config broken again deserves a new message
        ls.relint_open_documents()


@server.feature(types.TEXT_DOCUMENT_HOVER)
def hover(ls: AlignServer, params: types.HoverParams) -> types.Hover | None:
    """Every finding under the cursor explained, the span's own before any
    document-level finding placed at the same words."""
    uri = params.text_document.uri
    placed = ls.placed_findings_at(uri, params.position)
    linted = ls.linted.get(uri)
    if not placed or linted is None or linted.linter is None:
        return None
    catalog = linted.linter.catalog
    text = "\n\n---\n\n".join(explain.hover_markdown(f, catalog.get(f.rule)) for _, f in placed)
    base, first = placed[0]
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text),
        range=ls.index(linted.text).range(base + first.start, base + first.end),
    )


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
)
def code_action(ls: AlignServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    uri = params.text_document.uri
    document = ls.workspace.text_documents.get(uri)
    if document is None or not is_markdown(uri, document.language_id):
        return []
    index = ls.index(document.source)
    found: list[types.CodeAction] = []
    offered: set[tuple[str, str]] = set()
    for diagnostic in params.context.diagnostics:
        rule = diagnostic.code
        if (
            diagnostic.source != SOURCE
            or not isinstance(rule, str)
            or rule in (SCORE_CODE, INPUT_CODE)
        ):
            continue
        whole = isinstance(diagnostic.data, dict) and diagnostic.data.get("scope") == "document"
        in_front_matter = diagnostic.range.start.line < actions.after_front_matter(index)
        # Only align-disable-file silences a finding about the whole draft, and
        # only it can be written for one in front matter (no comment fits in YAML).
        choices = [] if whole or in_front_matter else [("line", diagnostic.range.start.line)]
        choices.append(("file", 0))
        for kind, line in choices:
            if (kind, rule) in offered or (kind == "line" and (kind, f"{rule}:{line}") in offered):
                continue
            offered.add((kind, rule) if kind == "file" else (kind, f"{rule}:{line}"))
            if kind == "line":
                title = f"Disable {rule} for this line"
                edit = actions.disable_next_line_edit(index, line, rule)
            else:
                title = f"Disable {rule} for this file"
                edit = actions.disable_file_edit(index, rule)
            found.append(
                types.CodeAction(
                    title=title,
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic],
                    edit=types.WorkspaceEdit(changes={uri: [edit]}),
                )
            )
    return found


def serve() -> None:
    """Speak LSP on stdin and stdout until the client says exit."""
    logging.basicConfig(level=logging.WARNING, format="align server: %(message)s")
    server.start_io()
