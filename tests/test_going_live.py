"""A board about to go live is told, at each line, which sample values of board.yaml it still
holds (issue #11): `board validate --release` (or BOARD_RELEASE=1, which the publishing workflow
sets) warns `settings.placeholder` in English and French; without it the sample board and the
examples validate exactly as before. The board.yaml is the shipped sample, copied."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from board.cli import main
from conftest import ROOT

SAMPLE = ROOT / "content" / "board.yaml"
# Each sample value, and what a department writes instead.
OWN = {
    "applications-candidatures@micro-acquisition.example": "applications@tbs-sct.gc.ca",
    "mx.micro-acquisition.example": "mx.tbs-sct.gc.ca",
    "micro-acquisition@example.gc.ca": "micro-acquisition@tbs-sct.gc.ca",
    "atip-aiprp@example.gc.ca": "atip-aiprp@tbs-sct.gc.ca",
    "invoices-factures@example.gc.ca": "invoices-factures@tbs-sct.gc.ca",
    "Department of Example Services": "Treasury Board of Canada Secretariat",
    "Example Department": "Treasury Board of Canada Secretariat",
    "Ministère exemple": "Secrétariat du Conseil du Trésor du Canada",
    "ocds-xxxxxx": "ocds-b5fd17",
}


def content(tmp_path: Path, replace: dict[str, str] | None = None) -> Path:
    folder = tmp_path / "content"
    folder.mkdir()
    text = SAMPLE.read_text(encoding="utf-8")
    for old, new in (replace or {}).items():
        text = text.replace(old, new)
    (folder / "board.yaml").write_text(text, encoding="utf-8")
    (folder / "opportunities").mkdir()
    shutil.copy(
        ROOT / "content" / "opportunities" / "accessible-pdf-forms.yaml", folder / "opportunities"
    )
    return folder


def validate(
    runner: CliRunner, folder: Path, *args: str, env: dict[str, str] | None = None
) -> tuple[int, dict]:
    result = runner.invoke(
        main, ["validate", "--format", "json", "--content", str(folder), *args], env=env
    )
    return result.exit_code, json.loads(result.output)


def line_of(text: str) -> int:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    return next(
        n for n, line in enumerate(lines, 1) if text in line and not line.lstrip().startswith("#")
    )


def test_without_release_the_sample_board_validates_as_before(
    runner: CliRunner, tmp_path: Path
) -> None:
    code, report = validate(runner, content(tmp_path), env={"BOARD_RELEASE": ""})
    assert code == 0
    assert not [p for p in report["problems"] if p["code"] == "settings.placeholder"]


@pytest.mark.parametrize("how", ["--release", "BOARD_RELEASE=1"])
def test_release_warns_at_each_sample_value_in_both_languages(
    runner: CliRunner, tmp_path: Path, how: str
) -> None:
    folder = content(tmp_path)
    args, env = (["--release"], None) if how == "--release" else ([], {"BOARD_RELEASE": "1"})
    code, report = validate(runner, folder, *args, env=env)
    assert code == 0, "a warning does not stop the build"
    found = {
        (p["field"], p["line"]) for p in report["problems"] if p["code"] == "settings.placeholder"
    }
    assert found == {
        ("mailbox.address", line_of("applications-candidatures@micro-acquisition.example")),
        ("mailbox.received_by", line_of("mx.micro-acquisition.example")),
        ("department.en", line_of("Example Department")),
        ("department.fr", line_of("Ministère exemple")),
        ("contact", line_of("micro-acquisition@example.gc.ca")),
        ("privacy.coordinator", line_of("atip-aiprp@example.gc.ca")),
        ("supplier_guide.invoices", line_of("invoices-factures@example.gc.ca")),
        ("budgets[0].department", line_of("Department of Example Services")),
        ("ocid_prefix", line_of("ocid_prefix: ocds-xxxxxx")),
    }
    ocid = next(p for p in report["problems"] if p["field"] == "ocid_prefix")
    assert ocid["severity"] == "warning" and ocid["column"] == 14
    assert ocid["message"] == "“ocds-xxxxxx” is the unregistered OCDS prefix, a sample value"
    assert (
        ocid["message_fr"]
        == "« ocds-xxxxxx » est le préfixe OCDS non enregistré, une valeur d'exemple"
    )
    assert "Before going live" in ocid["hint"] and "mise en service" in ocid["hint_fr"]
    strict, _ = validate(runner, folder, "--strict", *args, env=env)
    assert strict == 1, "--strict refuses to go live with a sample value"


def test_a_departments_own_settings_pass_release_without_a_warning(
    runner: CliRunner, tmp_path: Path
) -> None:
    code, report = validate(runner, content(tmp_path, OWN), "--release", "--strict")
    assert (code, report["problems"]) == (0, [])


@pytest.mark.parametrize(
    ("value", "warned"),
    [
        ("ops@board.example", True),
        ("ops@BOARD.EXAMPLE", True),
        ("ops@sub.example.gc.ca", True),
        ("ops@example.gc.ca.", True),
        ("ops@notexample.gc.ca", False),
        ("ops@example.gc.cat", False),
        ("ops@board.example.com", False),
        ("see the .example domain", False),
        ("ocds-xxxxxxx", False),
        ("ocds-a1b2c3", False),
    ],
)
def test_only_sample_values_are_warned_about(
    runner: CliRunner, tmp_path: Path, value: str, warned: bool
) -> None:
    folder = content(tmp_path, {**OWN, "Ministère exemple": value})  # in a free-text field
    code, report = validate(runner, folder, "--release")
    fields = [p["field"] for p in report["problems"] if p["code"] == "settings.placeholder"]
    assert code == 0 and fields == (["department.fr"] if warned else [])
