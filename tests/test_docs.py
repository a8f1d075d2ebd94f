"""Docs that stay true: every command has help text and a line in the README's table."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from board.cli import main
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_command_is_documented(name: str) -> None:
    assert f"| `board {name}" in README, f"add board {name} to the README's command table"
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0 and (main.commands[name].help or "").strip()
