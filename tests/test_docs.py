"""Every command is documented in the README, with help text."""

from __future__ import annotations

import click

from board.cli import main
from conftest import REPO


def commands(group: click.Group, prefix: str = "board") -> list[tuple[str, click.Command]]:
    out = []
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            out += commands(command, f"{prefix} {name}")
        else:
            out.append((f"{prefix} {name}", command))
    return out


def test_every_command_is_in_the_readme_with_help() -> None:
    readme = (REPO / "README.md").read_text()
    found = commands(main)
    assert {"board keys new", "board seal", "board intake", "board applications open"} <= {
        n for n, _ in found
    }
    for name, command in found:
        assert f"`{name}" in readme, name
        assert command.help, name
