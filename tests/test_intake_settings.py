"""Intake under branch protection and in a burst: what the repository itself can show.

Required reviews on main and intake's pushes to main hold together only if the intake identity
can write nothing but the ledger (docs/sealed-envelope.md, "Branch protection"). GitHub's
settings cannot be read from a clone, so these tests check the parts the repository holds: the
workflows and scripts only ever commit content/applications/, the code owners cover the ledger,
reconciliation runs on a schedule and on demand, and the push loop really decides again when
another run pushed first.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from fnmatch import fnmatch
from pathlib import Path

import yaml

from board.forms import load_forms
from conftest import ROOT, render, sealed, webhook

WORKFLOWS = ROOT / ".github" / "workflows"
SCRIPTS = ROOT / ".github" / "scripts"
LEDGER_DIR = "content/applications"
DRAW_FILE = "content/outcomes/$id/draw.yaml"


def shell_texts() -> dict[str, str]:
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(SCRIPTS.glob("*.sh"))}
    for path in sorted(WORKFLOWS.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for job in data["jobs"].values():
            for step in job.get("steps", []):
                texts[f"{path.name}: {step.get('name', '')}"] = step.get("run", "")
    return texts


def git_commands(text: str, verb: str) -> list[list[str]]:
    """The arguments of every ``git VERB`` in a shell text (up to the end of its command)."""
    joined = text.replace("\\\n", " ")
    found = []
    for match in re.finditer(rf"\bgit {verb}\b([^\n;&|)]*)", joined):
        args = re.sub(r"\s#.*", "", match.group(1))
        found.append(shlex.split(args))
    return found


def test_intake_only_ever_commits_the_ledger() -> None:
    adds, commits = [], []
    for where, text in shell_texts().items():
        adds += [(where, args) for args in git_commands(text, "add")]
        commits += [(where, args) for args in git_commands(text, "commit")]
    assert adds, "the ledger is committed somewhere"
    for where, args in adds:
        paths = [a for a in args if not a.startswith("-")]
        # the draw workflow (#10) shares the deploy key and commits one draw file, nothing else
        allowed = [DRAW_FILE] if where == "record-draws.sh" else [LEDGER_DIR]
        assert paths == allowed, f"{where}: git add {' '.join(args)}"
    for where, args in commits:
        assert not {"-a", "--all", "-am"} & set(args), f"{where}: git commit {' '.join(args)}"


def test_only_the_record_script_pushes_and_only_to_main() -> None:
    pushes = {
        where: git_commands(text, "push")
        for where, text in shell_texts().items()
        if git_commands(text, "push")
    }
    assert list(pushes) == ["record-draws.sh", "record-ledger.sh"]
    for script in pushes:
        assert all(args[-1] == "HEAD:main" for args in pushes[script])
        assert "--force" not in SCRIPTS.joinpath(script).read_text()


def owners(path: str) -> list[str]:
    """Who owns ``path`` by .github/CODEOWNERS (the last matching line wins)."""
    matched: list[str] = []
    for line in (ROOT / ".github" / "CODEOWNERS").read_text(encoding="utf-8").splitlines():
        words = line.split("#")[0].split()
        if not words:
            continue
        pattern, *who = words
        anchored = pattern.startswith("/")
        pattern = pattern.lstrip("/")
        if pattern.endswith("/"):
            hit = path.startswith(pattern) if anchored else f"/{pattern}" in f"/{path}"
        else:
            hit = fnmatch(path, pattern) or (not anchored and fnmatch(path.split("/")[-1], pattern))
        if hit:
            matched = who
    return matched


def test_code_owners_review_every_hand_change_to_the_ledger() -> None:
    assert owners("content/applications/accessible-pdf-forms.yaml") == ["@example-org/procurement"]
    assert owners(".github/workflows/intake.yml") == ["@example-org/board-maintainers"]
    assert owners(".github/scripts/record-ledger.sh") == ["@example-org/board-maintainers"]


def test_reconciliation_runs_on_a_schedule_and_on_demand_for_the_forms_label() -> None:
    flow = yaml.safe_load((WORKFLOWS / "reconcile.yml").read_text(encoding="utf-8"))
    triggers = flow[True]  # YAML 1.1 reads `on` as true
    assert "workflow_dispatch" in triggers
    [schedule] = triggers["schedule"]
    minutes = schedule["cron"].split()[0]
    assert schedule["cron"].split()[1:] == ["*", "*", "*", "*"]  # every hour
    gaps = sorted(int(m) for m in minutes.split(","))
    assert max(b - a for a, b in zip(gaps, gaps[1:] + [gaps[0] + 60], strict=True)) <= 15
    assert 0 not in gaps  # off the top of the hour, when scheduled runs are most often delayed
    job = flow["jobs"]["reconcile"]
    assert flow["permissions"] == {}
    assert job["permissions"] == {"contents": "write", "issues": "write"}
    assert job["env"]["LABEL"] in load_forms(ROOT)["application.yml"].labels
    runs = "\n".join(s.get("run", "") for s in job["steps"])
    assert "gh api --paginate" in runs and "board reconcile" in runs


def test_every_script_passes_shellcheck() -> None:
    tool = Path(sys.executable).with_name("shellcheck")
    scripts = sorted(map(str, SCRIPTS.glob("*.sh")))
    result = subprocess.run([str(tool), *scripts], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout


def git(cwd: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org"}
    env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    done = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_run_that_loses_the_race_to_push_decides_again_and_records_both(
    repo: Path, tmp_path: Path
) -> None:
    """The real record-ledger.sh and the real board intake: while run A decides, run B pushes
    another applicant's receipt; A's push is refused, A fetches, decides again and pushes."""
    form = load_forms(ROOT)["application.yml"]
    events = []
    for number, login in ((1, "ada"), (2, "grace")):
        text = render(form, {"opportunity": "accessible-pdf-forms", "envelope": sealed(repo)})
        path = tmp_path / f"event-{number}.json"
        path.write_text(json.dumps(webhook("issues", text, author=login, number=number)))
        events.append(path)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "board")
    origin = tmp_path / "origin.git"
    git(tmp_path, "clone", "-q", "--bare", str(repo), str(origin))
    a, b = tmp_path / "a", tmp_path / "b"
    git(tmp_path, "clone", "-q", str(origin), str(a))
    git(tmp_path, "clone", "-q", str(origin), str(b))
    board = Path(sys.executable).with_name("board")
    racer = tmp_path / "race.sh"
    racer.write_text(
        "#!/bin/sh\nset -e\n"
        f'if [ ! -e "{tmp_path}/raced" ]; then touch "{tmp_path}/raced"\n'
        f'  (cd "{b}" && "{board}" intake --event "{events[1]}" --write-ledger >/dev/null'
        " && git add content/applications && git commit -qm B && git push -q origin HEAD:main)\n"
        "fi\n"
        f'exec "{board}" intake --event "{events[0]}" --form application.yml --write-ledger\n'
    )
    racer.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k not in ("GH_TOKEN", "INTAKE_DEPLOY_KEY")}
    env |= {"RUNNER_TEMP": str(tmp_path), "GITHUB_REPOSITORY": "example-org/board"}
    env |= {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org"}
    env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    output = tmp_path / "decision.json"
    done = subprocess.run(
        [str(SCRIPTS / "record-ledger.sh"), str(output), str(racer)],
        cwd=a,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "main moved; deciding again" in done.stdout
    final = tmp_path / "final"
    git(tmp_path, "clone", "-q", str(origin), str(final))
    ledger = yaml.safe_load((final / LEDGER_DIR / "accessible-pdf-forms.yaml").read_text())
    assert sorted(e["account"] for e in ledger["applications"]) == ["ada", "grace"]
    assert json.loads(output.read_text())["add_labels"] == ["received · reçue"]
    start = git(repo, "rev-parse", "HEAD").strip()
    log = git(final, "log", "--format=%s", "--name-only", f"{start}..main")
    assert "Receive application" in log
    changed = {line for line in log.splitlines() if "/" in line and not line.startswith("Receive")}
    assert changed == {f"{LEDGER_DIR}/accessible-pdf-forms.yaml"}
