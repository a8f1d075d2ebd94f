"""A ledger that cannot be quietly changed: real git repositories, attacked the way a reviewer
would (deleted files, backdated commits, merges, forged receipts, reverts), and the incidents
that repair a mistake in the open."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml

from board.applications import ledger
from board.forms import Form
from board.intake import dispatch, event
from board.problems import Severity
from board.validate import run
from board.writers import write_ledger
from conftest import OPPORTUNITY, render, sealed, webhook
from dated_git import commit as _commit
from dated_git import git as _git

NOW = __import__("datetime").datetime.fromisoformat("2027-01-20T16:00:00+00:00")
AFTER_CLOSING = "2027-02-02T09:00:00+00:00"
BACKDATED = "2027-01-10T08:00:00+00:00"  # before the opportunity was even posted


def git(repo: Path, *args: str, when: str = "2027-01-20T16:00:00+00:00") -> str:
    return _git(repo, *args, when=when)


def commit(repo: Path, message: str, when: str = "2027-01-20T16:00:00+00:00") -> str:
    return _commit(repo, message, when)


def receive(repo: Path, form: Form, author: str, number: int) -> Path:
    data = webhook(
        "issues",
        render(form, {"opportunity": OPPORTUNITY, "envelope": sealed(repo)}),
        at=f"2027-01-20T15:0{number}:05Z",
        author=author,
        number=number,
    )
    write_ledger(dispatch.decide(event.from_payload("issues", data), repo, NOW), repo)
    return repo / ledger.relative_path(OPPORTUNITY)


@pytest.fixture
def main(repo: Path, form: Form) -> Path:
    """A board on branch main with one ledger of two applications (ada, then bob)."""
    git(repo, "init", "-q", "-b", "main")
    commit(repo, "board", when="2027-01-10T12:00:00+00:00")
    receive(repo, form, "ada", 1)
    commit(repo, "receive ada")
    receive(repo, form, "bob", 2)
    commit(repo, "receive bob")
    return repo


def errors(repo: Path) -> str:
    return "\n".join(p.text() for p in run([], repo / "content").errors)


def entries(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text())["applications"]


def rewrite(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(ledger.dump(ledger.Ledger.from_json(data)))


def add_incident(path: Path, bad: str, **what: object) -> None:
    incident = {
        "commit": bad,
        "date": "2027-02-03",
        "explanation": {"en": "A mistake, repaired.", "fr": "Une erreur, réparée."},
        **what,
    }
    rewrite(path, lambda d: d.setdefault("incidents", []).append(incident))


def test_the_history_of_a_valid_ledger_passes(main: Path) -> None:
    assert errors(main) == ""


def test_a_ledger_file_deleted_after_closing_is_an_error_until_restored_in_the_open(
    main: Path,
) -> None:
    path = main / ledger.relative_path(OPPORTUNITY)
    good = git(main, "rev-parse", "HEAD")
    path.unlink()
    bad = commit(main, "tidy up", when=AFTER_CLOSING)
    found = errors(main)
    assert f"commit {bad[:12]} deleted the ledger, which held 2 applications" in found
    assert f"restores: {good}" in found and f"commit: {bad}" in found  # the incident to write
    # Restored, but without an incident, the deletion still shows.
    git(main, "checkout", good, "--", str(path.relative_to(main)))
    commit(main, "restore the ledger")
    assert "deleted the ledger" in errors(main)
    add_incident(path, bad, restores=good)
    commit(main, "incident: the ledger was deleted by mistake")
    assert errors(main) == ""


def test_an_entry_removed_in_a_backdated_commit_is_an_error(main: Path) -> None:
    path = main / ledger.relative_path(OPPORTUNITY)
    bob = entries(path)[1]["receipt"]
    rewrite(path, lambda d: d["applications"].pop())
    bad = commit(main, "backdated removal", when=BACKDATED)
    assert f"commit {bad[:12]} removed entry {bob}" in errors(main)


def test_an_entry_altered_in_a_backdated_commit_is_an_error(main: Path) -> None:
    path = main / ledger.relative_path(OPPORTUNITY)
    ada = entries(path)[0]["receipt"]
    rewrite(path, lambda d: d["applications"][0].update(status="withdrawn", account="eve"))
    bad = commit(main, "backdated alteration", when=BACKDATED)
    assert f"commit {bad[:12]} changed account, status of entry {ada}" in errors(main)


def test_an_entry_removed_through_a_merge_commit_is_an_error(main: Path) -> None:
    path = main / ledger.relative_path(OPPORTUNITY)
    bob = entries(path)[1]["receipt"]
    git(main, "checkout", "-q", "-b", "side")
    rewrite(path, lambda d: d["applications"].pop())
    commit(main, "on a side branch")
    git(main, "checkout", "-q", "main")
    (main / "notes.md").write_text("unrelated\n")
    commit(main, "unrelated work on main")
    git(main, "merge", "-q", "--no-ff", "-m", "merge side", "side")
    merge = git(main, "rev-parse", "HEAD")
    assert f"commit {merge[:12]} removed entry {bob}" in errors(main)


def test_an_uncommitted_removal_is_an_error(main: Path) -> None:
    path = main / ledger.relative_path(OPPORTUNITY)
    rewrite(path, lambda d: d["applications"].pop())
    assert "uncommitted changes removed entry" in errors(main)


def test_a_forged_receipt_id_is_an_error(main: Path) -> None:
    path = main / ledger.relative_path(OPPORTUNITY)
    real = entries(path)[0]["receipt"]
    path.write_text(path.read_text().replace(real, "0000-1111-2222-3333"))
    assert (
        f"applications[0].receipt: 0000-1111-2222-3333 is not the receipt id of this entry ({real})"
        in errors(main)
    )


def test_a_status_change_after_closing_is_an_error(main: Path) -> None:
    path = main / ledger.relative_path(OPPORTUNITY)
    ada = entries(path)[0]["receipt"]
    rewrite(
        path,
        lambda d: d["applications"][0].update(status="withdrawn", changed="2027-01-31T10:00:00Z"),
    )
    bad = commit(main, "withdrawal after closing", when=BACKDATED)
    found = errors(main)
    assert "applications[0].changed: 2027-01-31T10:00:00Z is after the closing time" in found
    assert f"commit {bad[:12]} changed changed, status of entry {ada}" in found


def test_a_status_change_intake_makes_before_closing_passes(main: Path) -> None:
    path = main / ledger.relative_path(OPPORTUNITY)
    rewrite(
        path,
        lambda d: d["applications"][0].update(status="withdrawn", changed="2027-01-25T10:00:00Z"),
    )
    commit(main, "withdraw ada", when=AFTER_CLOSING)  # the commit's own date does not matter
    assert errors(main) == ""
    rewrite(path, lambda d: d["applications"][0].update(status="received"))
    rewrite(path, lambda d: d["applications"][0].pop("changed"))
    bad = commit(main, "back to received")
    assert f"commit {bad[:12]} changed changed, status of entry" in errors(main)


def test_an_honest_git_revert_is_flagged_then_cleared_by_an_incident(main: Path) -> None:
    path = main / ledger.relative_path(OPPORTUNITY)
    bob = entries(path)[1]["receipt"]
    git(main, "revert", "--no-edit", "HEAD")
    revert = git(main, "rev-parse", "HEAD")
    found = errors(main)
    assert f"commit {revert[:12]} removed entry {bob}" in found
    assert f"write accepts: [{bob}] instead of restores" in found
    add_incident(path, revert, accepts=[bob])
    commit(main, "incident: bob's test application reverted")
    assert errors(main) == ""


def test_an_incident_removed_later_is_an_error(main: Path) -> None:
    path = main / ledger.relative_path(OPPORTUNITY)
    git(main, "revert", "--no-edit", "HEAD")
    revert = git(main, "rev-parse", "HEAD")
    add_incident(
        path, revert, accepts=[entries(main / ledger.relative_path(OPPORTUNITY))[0]["receipt"]]
    )
    commit(main, "incident that accepts the wrong receipt")
    assert "removed entry" in errors(main)  # accepts names ada, the revert removed bob
    rewrite(path, lambda d: d.pop("incidents"))
    bad = commit(main, "hide the incident")
    assert f"commit {bad[:12]} removed or changed a recorded incident" in errors(main)


def test_an_incident_must_name_a_commit_of_main_and_a_real_restoration(main: Path) -> None:
    path = main / ledger.relative_path(OPPORTUNITY)
    good = git(main, "rev-parse", "HEAD~1")  # before bob
    add_incident(path, "f" * 40, restores=good)
    commit(main, "an incident for nothing")
    found = errors(main)
    assert "incidents[0].commit: ffffffffffff is not a commit of this branch" in found


def test_a_restores_incident_without_the_restoration_is_an_error(main: Path) -> None:
    path = main / ledger.relative_path(OPPORTUNITY)
    good = git(main, "rev-parse", "HEAD")
    rewrite(path, lambda d: d["applications"].pop())
    bad = commit(main, "lost bob")
    add_incident(path, bad, restores=good)
    commit(main, "says it restored, did not")
    assert f"incidents[0].restores: the ledger does not hold what it held at {good[:12]}" in errors(
        main
    )


def test_a_shallow_clone_says_so_a_warning_locally_an_error_in_actions(
    main: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", f"file://{main}", str(clone)],
        check=True,
        capture_output=True,
    )
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    [warning] = [p for p in run([], clone / "content").problems if "shallow" in p.message]
    assert warning.severity is Severity.WARNING
    assert "fetch-depth: 0" in warning.hint
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert "the git history is shallow" in errors(clone)


def test_an_entry_put_back_by_hand_is_excused_by_the_incident_that_restores_it(
    main: Path,
) -> None:
    path = main / ledger.relative_path(OPPORTUNITY)
    good = git(main, "rev-parse", "HEAD")
    before = path.read_text()
    rewrite(path, lambda d: d["applications"][1].update(issue=99))
    bad = commit(main, "hand edit")
    path.write_text(before)
    commit(main, "put bob's issue back")
    found = errors(main)
    assert f"commit {bad[:12]} changed issue of entry" in found
    assert found.count("changed issue of entry") == 2  # the edit, and the edit back
    add_incident(path, bad, restores=good)
    commit(main, "incident: bob's entry edited by hand, put back")
    assert errors(main) == ""


def test_the_incident_the_error_spells_out_clears_it_once_pasted(main: Path) -> None:
    path = main / ledger.relative_path(OPPORTUNITY)
    bob = entries(path)[1]["receipt"]
    rewrite(path, lambda d: d["applications"].pop())
    commit(main, "lost bob", when=BACKDATED)
    [problem] = run([], main / "content").errors
    suggested = yaml.safe_load(
        re.search(r"add under incidents: (\{.*?restores: \w+\})", problem.hint)[1]
    )
    good = suggested["restores"]
    show = re.search(r"\(git show (\S+)\)", problem.hint)[1]
    path.write_text(git(main, "show", show) + "\n")  # what the hint says to put back
    suggested["explanation"] = {
        "en": "Bob's entry was lost.",
        "fr": "L'entrée de Bob a été perdue.",
    }
    rewrite(path, lambda d: d.setdefault("incidents", []).append(suggested))
    commit(main, "put bob back, in the open")
    assert (
        errors(main) == "" and bob in path.read_text() and good == git(main, "rev-parse", "HEAD~2")
    )


def test_intake_after_an_incident_keeps_the_incident(main: Path, form: Form) -> None:
    path = main / ledger.relative_path(OPPORTUNITY)
    bob = entries(path)[1]["receipt"]
    git(main, "revert", "--no-edit", "HEAD")
    revert = git(main, "rev-parse", "HEAD")
    add_incident(path, revert, accepts=[bob])
    commit(main, "incident")
    receive(main, form, "cy", 3)  # intake rewrites the whole file
    commit(main, "receive cy")
    assert yaml.safe_load(path.read_text())["incidents"][0]["commit"] == revert
    assert errors(main) == ""
