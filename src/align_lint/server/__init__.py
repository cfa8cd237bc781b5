"""``align server``: a Language Server Protocol server for editors (pygls, stdio).

An entry point beside ``cli/``: it uses the Linter (``run/``) and the result
records (``report/``), never spaCy itself. One ``Linter`` per config file,
all sharing the one loaded pipeline; every open document is linted through
the same ``Linter.lint_text`` path as ``align lint``. Modules:

* ``positions``: code-point offsets ↔ the UTF-16 positions LSP counts in;
* ``diagnostics``: findings, score and verdict → LSP diagnostics;
* ``explain``: hover text for a finding (what ``align explain`` says);
* ``actions``: quick fixes (suppression comments);
* ``linters``: the nearest config per file, its Linter, reloads;
* ``lsp``: the pygls server: handlers, debounce, the lint thread.

pygls is an optional dependency (the ``lsp`` extra); only ``lsp`` and the
modules it uses import it, and only ``align server`` imports ``lsp``.
"""
