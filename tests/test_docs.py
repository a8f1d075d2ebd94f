"""Docs that stay true: every command has help text and a line in the README's table."""

from __future__ import annotations

import re

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


SECURITY = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")


def test_every_test_the_threat_model_names_exists() -> None:
    # docs/security.md proves each promise by naming the test that attacks it: a renamed or
    # deleted test must not leave the threat model pointing at nothing.
    named = re.findall(r"`(tests/[\w/]+\.py)::(\w+)`", SECURITY)
    assert len(named) >= 40
    missing = [
        f"{path}::{name}"
        for path, name in named
        if not (ROOT / path).is_file()
        or not re.search(rf"^def {name}\(", (ROOT / path).read_text(encoding="utf-8"), re.M)
    ]
    files = re.findall(r"`(tests/[\w/]+\.py)`", SECURITY)
    missing += [path for path in files if not (ROOT / path).is_file()]
    assert not missing, f"docs/security.md names tests that do not exist: {missing}"


def test_the_readme_links_the_threat_model() -> None:
    assert "(docs/security.md)" in README


def test_the_architecture_page_names_only_modules_that_exist() -> None:
    # A renamed module must not leave the map pointing at nothing.
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    package = ROOT / "tools" / "board"
    named = set(re.findall(r"`((?:[a-z_]+/)*[a-z_]+\.py)`", text))
    files = {p.relative_to(package).as_posix() for p in package.rglob("*.py")}
    missing = sorted(
        n
        for n in named
        if not (ROOT / n).is_file() and not any(f == n or f.endswith("/" + n) for f in files)
    )
    assert len(named) >= 30 and missing == [], missing
    assert "(docs/architecture.md)" in README
