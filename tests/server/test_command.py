"""``align server`` as a command: how it says the lsp extra is missing."""

from __future__ import annotations

import importlib.util
from importlib.machinery import ModuleSpec

import pytest
from tests.conftest import RunCli

from align_lint.cli import server_command


def test_without_the_lsp_extra_says_how_to_install_it(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_find_spec = importlib.util.find_spec

    def without_pygls(name: str, package: str | None = None) -> ModuleSpec | None:
        return None if name == "pygls" else real_find_spec(name, package)

    monkeypatch.setattr(server_command.importlib.util, "find_spec", without_pygls)
    result = run_cli("server")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        "align: error: align server needs pygls: install them with pip install 'align-lint[lsp]'\n"
    )


def test_the_command_is_listed(run_cli: RunCli) -> None:
    result = run_cli("--help")
    assert " server " in result.stdout


@pytest.mark.slow
def test_the_server_exits_when_the_editor_closes_its_input(run_process: RunCli) -> None:
    result = run_process("server", stdin=b"")
    assert result.returncode == 0
    assert result.stdout == ""
