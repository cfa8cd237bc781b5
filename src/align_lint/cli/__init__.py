"""The ``align`` command line: options → settings → run → report → exit code.

Nothing else in align imports this package; it sits on top of the others.
"""

from align_lint.cli.app import app, main

__all__ = ["app", "main"]
