"""The ``board`` command as a user meets it: help everywhere, exit codes, output formats."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from board.cli import main
from conftest import EXAMPLES, ROOT


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out = []
    for name, command in group.commands.items():
        out.append(prefix + (name,))
        if isinstance(command, click.Group):
            out.extend(_commands(command, prefix + (name,)))
    return out


@pytest.mark.parametrize("command", [()] + _commands(main), ids=lambda c: " ".join(c) or "board")
def test_every_command_has_help(command: tuple[str, ...], runner: CliRunner) -> None:
    result = runner.invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage: board" in result.output
    # a real description, not just the usage line
    assert len(result.output.splitlines()) > 3


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [" ".join(c) for c in _commands(main) if f"board {' '.join(c)}" not in readme]
    assert missing == []


def test_shipped_content_is_valid(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = runner.invoke(main, ["validate", "--strict"])
    assert result.exit_code == 0, result.output
    count = len(list((ROOT / "content" / "opportunities").glob("*.yaml")))
    assert count >= 9
    assert result.output.endswith("files valid\n")


def test_shipped_content_covers_every_state() -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from board.validate import load_content

    content = load_content(ROOT / "content")
    now = datetime(2026, 11, 26, 12, tzinfo=ZoneInfo("America/Toronto"))
    tz = ZoneInfo("America/Toronto")
    states = [o.status_at(now, tz).value for o in content.opportunities]
    assert states.count("open") >= 3
    assert {"closed", "cancelled", "draft", "scheduled"} <= set(states)


def test_usage_error_exits_2(runner: CliRunner) -> None:
    result = runner.invoke(main, ["validate", "--format", "xml"])
    assert result.exit_code == 2
    assert "Try 'board validate --help' for help." in result.output


def test_missing_path_is_an_io_error(runner: CliRunner) -> None:
    result = runner.invoke(main, ["validate", "no/such/file.yaml"])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_one_run_reports_every_bad_file(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(EXAMPLES)
    result = runner.invoke(main, ["validate", "invalid"])
    assert result.exit_code == 1
    reported = {line.split(":")[0] for line in result.output.splitlines()[:-1]}
    bad = {f"invalid/{p.name}" for p in (EXAMPLES / "invalid").glob("*.yaml")}
    assert bad - {"invalid/daylight-saving-offset.yaml"} <= reported


def test_strict_fails_on_warnings(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(EXAMPLES)
    path = "invalid/daylight-saving-offset.yaml"
    assert runner.invoke(main, ["validate", path]).exit_code == 0
    assert runner.invoke(main, ["validate", "--strict", path]).exit_code == 1


def test_json_format_carries_the_same_problems(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(EXAMPLES)
    result = runner.invoke(main, ["validate", "--format", "json", "invalid/price-over-cap.yaml"])
    data = json.loads(result.output)
    assert data["errors"] == 1
    [problem] = data["problems"]
    assert problem["path"] == "invalid/price-over-cap.yaml"
    assert (problem["line"], problem["column"], problem["field"]) == (42, 11, "price.amount")
    assert "10,350 CAD" in problem["message"]
    assert "8,695 CAD" in problem["hint"]


def test_github_format_annotates_the_line(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(EXAMPLES)
    result = runner.invoke(main, ["validate", "--format", "github", "invalid/price-over-cap.yaml"])
    first = result.output.splitlines()[0]
    assert first.startswith(
        "::error file=invalid/price-over-cap.yaml,line=42,col=11,title=price.amount::9,000 CAD"
    )
    assert result.exit_code == 1


def test_json_format_carries_both_languages(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(EXAMPLES)
    result = runner.invoke(main, ["validate", "--format", "json", "invalid/price-over-cap.yaml"])
    [problem] = json.loads(result.output)["problems"]
    assert "10,350 CAD" in problem["message"]
    assert "10 350 CAD" in problem["message_fr"] and "dépasse" in problem["message_fr"]
    assert "8 695 CAD" in problem["hint_fr"] and "taxes en sus" in problem["hint_fr"]


def test_github_annotations_carry_both_languages(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(EXAMPLES)
    args = ["validate", "--format", "github", "invalid/daylight-saving-offset.yaml"]
    annotation, summary = runner.invoke(main, args).output.splitlines()
    _, body = annotation.split("::", 2)[1:]
    english, french = body.split(" / ")
    assert annotation.startswith("::warning file=invalid/daylight-saving-offset.yaml,line=46,")
    assert english == (
        "offset -05:00 is not America/Toronto's offset on 2027-04-02 "
        "(write 2027-04-02T23:59:59-04:00)"
    )
    assert french == (
        "le décalage -05:00 n'est pas celui du fuseau horaire America/Toronto le 2027-04-02 "
        "(écrivez 2027-04-02T23:59:59-04:00)"
    )
    assert summary == "0 errors, 1 warning in 1 file"


FRENCH_SUMMARY = "1 erreur, 0 avertissement dans 1 fichier"


@pytest.mark.parametrize(
    ("env", "options", "french"),
    [
        ({}, [], False),
        ({}, ["--lang", "fr"], True),
        ({"BOARD_LANG": "fr"}, [], True),
        ({"BOARD_LANG": "fr"}, ["--lang", "en"], False),
        ({"BOARD_LANG": None, "LC_ALL": None, "LANG": "fr_CA.UTF-8"}, [], True),
        ({"BOARD_LANG": None, "LC_ALL": None, "LANG": "en_CA.UTF-8"}, [], False),
    ],
)
def test_the_reader_chooses_the_language(
    env: dict[str, str | None],
    options: list[str],
    french: bool,
    runner: CliRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(EXAMPLES)
    for name, value in env.items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    result = runner.invoke(main, ["validate", *options, "invalid/price-over-cap.yaml"])
    assert result.exit_code == 1
    first, summary = result.output.splitlines()
    assert first.startswith("invalid/price-over-cap.yaml:42:11: price.amount")
    if french:
        assert first.startswith("invalid/price-over-cap.yaml:42:11: price.amount : 9 000 CAD")
        assert summary == FRENCH_SUMMARY
    else:
        assert first.startswith("invalid/price-over-cap.yaml:42:11: price.amount: 9,000 CAD")
        assert summary == "1 error, 0 warnings in 1 file"


def test_build_reports_content_problems_in_the_chosen_language(
    tmp_path: Path, runner: CliRunner
) -> None:
    shutil.copy(EXAMPLES / "board.yaml", tmp_path / "board.yaml")
    (tmp_path / "opportunities").mkdir()
    shutil.copy(
        EXAMPLES / "invalid" / "price-over-cap.yaml",
        tmp_path / "opportunities" / "price-over-cap.yaml",
    )
    args = ["build", "--content", str(tmp_path), "--site-dir", str(tmp_path / "site")]
    result = runner.invoke(main, [*args, "--lang", "fr"])
    assert result.exit_code == 1
    assert "price.amount : 9 000 CAD plus 15 % de taxes donne 10 350 CAD" in result.output
    assert result.output.splitlines()[-1] == FRENCH_SUMMARY
    assert not (tmp_path / "site").exists()


def test_duplicate_ids_across_files(tmp_path: Path, runner: CliRunner) -> None:
    shutil.copy(EXAMPLES / "board.yaml", tmp_path / "board.yaml")
    folder = tmp_path / "opportunities"
    folder.mkdir()
    text = (EXAMPLES / "valid" / "pdf-forms-minimal.yaml").read_text(encoding="utf-8")
    (folder / "pdf-forms-minimal.yaml").write_text(text, encoding="utf-8")
    (folder / "copy.yaml").write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["validate", "--content", str(tmp_path)])
    assert result.exit_code == 1
    assert "'pdf-forms-minimal' does not match the file name 'copy.yaml'" in result.output
    assert "is already used by" in result.output


def test_broken_board_rules_are_reported(tmp_path: Path, runner: CliRunner) -> None:
    (tmp_path / "board.yaml").write_text("max_total: lots\n", encoding="utf-8")
    result = runner.invoke(main, ["validate", "--content", str(tmp_path)])
    assert result.exit_code == 1
    assert "board.yaml:1:12: max_total: expected a number, found text" in result.output
    assert "name: is missing" in result.output


def test_installed_console_script_runs() -> None:
    board = Path(sys.executable).parent / "board"
    result = subprocess.run(
        [str(board), "validate", "--strict"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
