"""The CLI reference (docs/cli.md) is generated from the commands, so it cannot drift; and every
command and option explains itself in --help."""

from __future__ import annotations

import click
import pytest

from board.cli import main
from board.cli.reference import reference
from conftest import ROOT

CLI_MD = ROOT / "docs" / "cli.md"


def _commands(group: click.Group, path: str = "board") -> list[tuple[str, click.Command]]:
    found: list[tuple[str, click.Command]] = [(path, group)]
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            found += _commands(command, f"{path} {name}")
        else:
            found.append((f"{path} {name}", command))
    return found


COMMANDS = _commands(main)


def test_cli_reference_is_up_to_date() -> None:
    assert CLI_MD.read_text(encoding="utf-8") == reference(main), (
        "docs/cli.md is stale: run `.venv/bin/python -m board.cli.reference docs/cli.md`"
    )


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[p for p, _ in COMMANDS])
def test_every_command_and_option_has_help_text(path: str, command: click.Command) -> None:
    assert (command.help or "").strip(), f"{path} has no help text"
    for param in command.params:
        if isinstance(param, click.Option):
            assert (param.help or "").strip(), f"{path} {param.opts[0]} has no help text"


def test_cli_reference_lists_every_command_and_option() -> None:
    text = CLI_MD.read_text(encoding="utf-8")
    for path, command in COMMANDS:
        assert f"## `{path}`" in text
        for param in command.params:
            if isinstance(param, click.Option):
                assert f"`{param.opts[0]}" in text.split(f"## `{path}`")[1].split("\n## ")[0]


def test_cli_reference_stays_out_of_the_published_board() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    excluded = config.split("exclude_docs:", 1)[1].split("\n\n", 1)[0]
    assert "/cli.md" in excluded
