"""I/O happens at one edge each: git in `repository` (gitpython, and the push script), file writes in `writers`, click in `cli/`.

A second place that calls git or writes files is a second place to get it wrong (a half-written
ledger, a private file readable by others, a repository opened without the shallow-clone
check); a click exception below the CLI would print itself where no one reads it. A user's
mistake below the CLI is a `BoardError`, which the CLI turns into a message and an exit code.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

from click.testing import CliRunner

from board.cli import main

PACKAGE = Path(__file__).resolve().parents[1] / "tools" / "board"
WRITES = {"write_text", "write_bytes", "mkstemp", "replace", "fdopen", "chmod"}


def modules() -> dict[str, ast.Module]:
    return {
        str(p.relative_to(PACKAGE)): ast.parse(p.read_text(encoding="utf-8"))
        for p in sorted(PACKAGE.rglob("*.py"))
    }


def imported(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_only_the_repository_module_calls_git() -> None:
    found = [name for name, tree in modules().items() if {"git", "subprocess"} & imported(tree)]
    # gitpython in repository/__init__.py; the ledger's push script run in repository/push.py
    assert found == ["repository/__init__.py", "repository/push.py"]


def test_only_the_cli_uses_click() -> None:
    found = [
        name
        for name, tree in modules().items()
        if "click" in imported(tree) and not name.startswith("cli/")
    ]
    assert found == []


def test_only_the_writers_module_writes_files() -> None:
    found = set()
    for name, tree in modules().items():
        for node in ast.walk(tree):
            call = node.func if isinstance(node, ast.Call) else None
            if isinstance(call, ast.Attribute) and call.attr in WRITES:
                owner = call.value
                if call.attr == "replace" and not (
                    isinstance(owner, ast.Name) and owner.id == "os"
                ):
                    continue  # str.replace, dataclasses.replace
                found.add(name)
            if isinstance(call, ast.Name) and call.id == "open" and len(node.args) > 1:  # type: ignore[attr-defined]
                found.add(name)
    assert found == {"writers.py"}


def test_a_users_mistake_below_the_cli_is_a_message_and_exit_code_2(tmp_path: Path) -> None:
    """A push payload without its commits (intake/answers.py raises `BoardError`), reported once."""
    event = tmp_path / "push.json"
    event.write_text(json.dumps({"ref": "refs/heads/main"}), encoding="utf-8")
    result = CliRunner().invoke(
        main, ["answers", "--event", str(event), "--site-url", "https://example.org/"]
    )
    assert result.exit_code == 2
    assert "Error:" in result.output and "not a push event" in result.output
    assert "Traceback" not in result.output
