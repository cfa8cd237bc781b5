"""``align server``: the language server, when the ``lsp`` extra is installed.

Kept out of ``app.py`` so the command costs ``align --help`` nothing: pygls
is imported only when the server starts.
"""

from __future__ import annotations

import importlib.util

import typer

from align_lint.cli.output import EXIT_ERROR, error

INSTALL_HINT = "pip install 'align-lint[lsp]'"


def server() -> None:
    """Run the language server on stdin/stdout (for editors; see docs/editors.md)."""
    missing = [name for name in ("pygls", "lsprotocol") if importlib.util.find_spec(name) is None]
    if missing:
        error(f"align server needs {' and '.join(missing)}: install them with {INSTALL_HINT}")
        raise typer.Exit(EXIT_ERROR)
    from align_lint.server.lsp import serve

    serve()
