"""The workflows pass zizmor and actionlint, and keep the project's rules for Actions:
least privilege, actions pinned to commit SHAs, no untrusted ``${{ }}`` in a shell, and no
pull-request code run with a write token."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
BIN = Path(sys.executable).parent
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")
UNTRUSTED = re.compile(r"\$\{\{[^}]*github\.(event|head_ref)[^}]*\}\}")


def _load(path: Path) -> dict[Any, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _triggers(data: dict[Any, Any]) -> set[str]:
    on = data.get(True, data.get("on"))  # YAML 1.1 reads a bare `on` as true
    if isinstance(on, str):
        return {on}
    return set(on or {})


def test_there_are_workflows() -> None:
    assert WORKFLOWS


def test_zizmor_reports_nothing() -> None:
    result = subprocess.run(
        [str(BIN / "zizmor"), "--offline", "--no-progress", str(ROOT / ".github" / "workflows")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout, result.stdout


def test_actionlint_reports_nothing() -> None:
    result = subprocess.run(
        [str(BIN / "actionlint"), *map(str, WORKFLOWS)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_policy(path: Path) -> None:
    data = _load(path)
    assert "permissions" in data, "set top-level permissions explicitly"
    assert "pull_request_target" not in _triggers(data)
    for job_name, job in data["jobs"].items():
        for step in job.get("steps", []):
            uses = step.get("uses")
            if uses:
                assert PINNED.match(uses), f"{job_name}: {uses} is not pinned to a commit SHA"
            run = step.get("run", "")
            assert not UNTRUSTED.search(run), f"{job_name}: untrusted input inside run:"
        if "pull_request" in _triggers(data):
            perms = {**(data.get("permissions") or {}), **(job.get("permissions") or {})}
            writes = [k for k, v in perms.items() if v == "write"]
            assert writes == [], f"{job_name} runs pull-request code with write access: {writes}"
