"""The publishing workflow: zizmor and actionlint report nothing, and it deploys with the
pinned official Pages actions under least-privilege permissions."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from .conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
PINS = {
    "actions/checkout": "3d3c42e5aac5ba805825da76410c181273ba90b1",
    "actions/setup-python": "5fda3b95a4ea91299a34e894583c3862153e4b97",
    "actions/configure-pages": "983d7736d9b0ae728b81ab479565c72886d7745b",
    "actions/upload-pages-artifact": "fc324d3547104276b827a68afc52ff2a11cc49c9",
    "actions/deploy-pages": "cd2ce8fcbc39b97be8ca5fce6e763baed58fa128",
}


def tool(name: str) -> str:
    """The linter installed beside this Python (the pinned test dependency)."""
    found = Path(sys.executable).parent / name
    path = str(found) if found.exists() else shutil.which(name)
    assert path, f"{name} is not installed: run `make` to install the test dependencies"
    return path


def test_zizmor_reports_nothing() -> None:
    run = subprocess.run(
        [tool("zizmor"), "--offline", "--no-progress", str(WORKFLOWS)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "No findings" in run.stdout


def test_actionlint_reports_nothing() -> None:
    files = sorted(str(p) for p in WORKFLOWS.glob("*.y*ml"))
    run = subprocess.run([tool("actionlint"), *files], capture_output=True, text=True)
    assert run.returncode == 0 and not run.stdout.strip(), run.stdout + run.stderr


def test_pages_workflow_least_privilege_and_pinned() -> None:
    text = (WORKFLOWS / "pages.yml").read_text(encoding="utf-8")
    flow = yaml.safe_load(text)
    triggers = flow[True]  # YAML 1.1 reads the key `on` as true
    assert triggers["push"]["branches"] == ["main"] and triggers["schedule"]
    assert flow["permissions"] == {}
    build, deploy = flow["jobs"]["build"], flow["jobs"]["deploy"]
    assert build["permissions"] == {"contents": "read"}
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    checkout = build["steps"][0]
    assert checkout["with"] == {"fetch-depth": 0, "persist-credentials": False}
    for action, sha in re.findall(r"uses: ([\w/-]+)@(\S+)", text):
        assert PINS.get(action) == sha, f"{action}@{sha} is not the pinned commit"
    assert {
        "actions/configure-pages",
        "actions/upload-pages-artifact",
        "actions/deploy-pages",
    } <= set(re.findall(r"uses: ([\w/-]+)@", text))
    assert "${{" not in "".join(str(s.get("run", "")) for s in build["steps"])
