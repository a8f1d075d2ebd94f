"""The workflows pass zizmor and actionlint, and intake never hands user text to a shell."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import REPO

WORKFLOWS = REPO / ".github" / "workflows"
BIN = Path(sys.executable).parent
PINS = {
    "actions/checkout": "3d3c42e5aac5ba805825da76410c181273ba90b1",
    "actions/setup-python": "5fda3b95a4ea91299a34e894583c3862153e4b97",
}


def tool(name: str) -> str | None:
    candidate = BIN / name
    return str(candidate) if candidate.exists() else shutil.which(name)


def test_zizmor_reports_nothing() -> None:
    zizmor = tool("zizmor")
    assert zizmor, "zizmor is missing: make test installs it from the test extra"
    out = subprocess.run([zizmor, "--offline", str(WORKFLOWS)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "No findings to report" in out.stdout


def test_actionlint_reports_nothing() -> None:
    actionlint = tool("actionlint")
    if actionlint is None:
        message = "actionlint is missing: pip install -e '.[actionlint]' (needs network: it downloads the binary)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    out = subprocess.run([actionlint, "-no-color"], cwd=REPO, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_intake_is_least_privilege_and_pinned() -> None:
    text = (WORKFLOWS / "intake.yml").read_text()
    workflow = yaml.safe_load(text)
    assert workflow["permissions"] == {}
    job = workflow["jobs"]["intake"]
    assert job["permissions"] == {"contents": "write", "issues": "write"}
    assert workflow["concurrency"]["cancel-in-progress"] is False
    for step in job["steps"]:
        if "uses" in step:
            action, sha = step["uses"].split("@")
            assert PINS[action] == sha
            assert step.get("with", {}).get("persist-credentials", False) is False
        # no expression at all inside a shell script: user text arrives via $GITHUB_EVENT_PATH
        assert "${{" not in step.get("run", "")
    assert not re.search(r"pull_request_target|workflow_run", text)
