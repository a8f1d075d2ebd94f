"""Every example file beside the exact report a client must see; adding a case is adding files.

``tests/examples/valid/*.yaml`` must validate cleanly; each ``invalid/<name>.yaml`` must produce
exactly ``invalid/<name>.expected``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from board.cli import main
from conftest import EXAMPLES

VALID = sorted((EXAMPLES / "valid").glob("*.yaml"))
INVALID = sorted((EXAMPLES / "invalid").glob("*.yaml"))


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_example_passes(
    path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(EXAMPLES)
    result = runner.invoke(main, ["validate", "--strict", str(path.relative_to(EXAMPLES))])
    assert result.output == "1 file(s) valid\n"
    assert result.exit_code == 0


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_example_reports_expected_problems(
    path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(EXAMPLES)
    expected = path.with_suffix(".expected").read_text(encoding="utf-8")
    result = runner.invoke(main, ["validate", str(path.relative_to(EXAMPLES))])
    assert result.output == expected
    only_warnings = expected.splitlines()[-1].startswith("0 error(s),")
    assert result.exit_code == (0 if only_warnings else 1)
    assert "Traceback" not in result.output


def test_every_invalid_example_has_its_expected_report() -> None:
    missing = [p.name for p in INVALID if not p.with_suffix(".expected").exists()]
    assert missing == []
    orphans = [
        p.name
        for p in (EXAMPLES / "invalid").glob("*.expected")
        if not p.with_suffix(".yaml").exists()
    ]
    assert orphans == []
