"""`board reconcile`: application issues whose every event was lost are decided from what the
GitHub API lists, by GitHub's timestamps, whenever the run happens."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner

from board.applications import ledger
from board.cli import main
from board.forms import Form
from conftest import OPPORTUNITY, render, sealed, user_id, webhook

CLOSING_UTC = "2027-01-30T04:59:59Z"


def rest_issue(form: Form, repo: Path, number: int, login: str, at: str, **kw: Any) -> Any:
    """An issue as ``gh api repos/{repo}/issues`` lists it (the payload's issue object)."""
    text = render(form, {"opportunity": OPPORTUNITY, "envelope": sealed(repo)})
    issue = webhook("issues", text, author=login, number=number, at=at)["issue"]
    issue["labels"] = [{"name": "application · candidature"}, *kw.get("labels", [])]
    issue["updated_at"] = "2027-02-03T12:00:00Z"  # moved by comments and labels: never used
    return issue


def reconcile(runner: CliRunner, repo: Path, tmp: Path, issues: list[Any], edits: list[Any]) -> Any:
    issues_file, edits_file = tmp / "issues.json", tmp / "edits.json"
    # as `gh api --paginate --jq '.[]'` writes them: one JSON value per line
    issues_file.write_text("\n".join(json.dumps(i) for i in issues) + "\n")
    edits_file.write_text("\n".join(json.dumps(e) for e in edits))
    result = runner.invoke(
        main,
        [
            "reconcile",
            "--issues",
            str(issues_file),
            "--edits",
            str(edits_file),
            "--repo",
            str(repo),
        ],
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def entries(repo: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load((repo / ledger.relative_path(OPPORTUNITY)).read_text())
    return list(data["applications"])


def test_an_on_time_application_whose_events_were_all_lost_is_received_after_closing(
    runner: CliRunner, repo: Path, form: Form, tmp_path: Path
) -> None:
    """Run days after closing: the issue's created_at counts, never the time of the run."""
    on_time = rest_issue(form, repo, 4, "ada", CLOSING_UTC)
    late = rest_issue(form, repo, 5, "bob", "2027-01-30T05:00:00Z")
    outcomes = reconcile(runner, repo, tmp_path, [late, on_time], [])
    assert [(o["issue"], o["add_labels"]) for o in outcomes] == [
        (4, ["received · reçue"]),
        (5, ["refused · refusée"]),
    ]
    [entry] = entries(repo)
    assert (entry["issue"], entry["received"], entry["account_id"]) == (
        4,
        CLOSING_UTC,
        user_id("ada"),
    )
    assert "January 29, 2027, 11:59:59" in outcomes[0]["comment"].replace("\u202f", " ")
    # the next run, once the first one's labels are on the issues, finds nothing left to do
    late["labels"].append({"name": "refused · refusée"})
    assert reconcile(runner, repo, tmp_path, [late, on_time], []) == []


def test_the_authors_last_edit_dates_the_body_and_a_maintainers_edit_does_not(
    runner: CliRunner, repo: Path, form: Form, tmp_path: Path
) -> None:
    issue = rest_issue(form, repo, 6, "ada", "2027-01-20T10:00:00Z")
    edits = [
        {
            "number": 6,
            "userContentEdits": {
                "nodes": [
                    {"editedAt": "2027-01-31T09:00:00Z", "editor": {"databaseId": 1}},
                    {"editedAt": "2027-01-25T09:00:00Z", "editor": {"databaseId": user_id("ada")}},
                    {"editedAt": "2027-01-21T09:00:00Z", "editor": {"databaseId": user_id("ada")}},
                    {"editedAt": "2027-01-26T09:00:00Z", "editor": None},
                ]
            },
        }
    ]
    [outcome] = reconcile(runner, repo, tmp_path, [issue], edits)
    assert outcome["add_labels"] == ["received · reçue"]
    assert entries(repo)[0]["received"] == "2027-01-25T09:00:00Z"


def test_issues_already_decided_are_left_alone_unless_an_edit_was_lost(
    runner: CliRunner, repo: Path, form: Form, tmp_path: Path
) -> None:
    fixing = rest_issue(form, repo, 7, "ada", "2027-01-20T10:00:00Z")
    fixing["body"] = render(form, {"opportunity": OPPORTUNITY, "envelope": "not sealed"})
    fixing["labels"].append({"name": "needs fix · à corriger"})
    received = rest_issue(form, repo, 8, "bob", "2027-01-20T11:00:00Z")
    [first] = reconcile(runner, repo, tmp_path, [received], [])
    assert first["issue"] == 8
    received["labels"].append({"name": "received · reçue"})
    # bob's edit with a new block was never delivered: reconciliation records it
    received["body"] = render(form, {"opportunity": OPPORTUNITY, "envelope": sealed(repo)})
    edit = {"editedAt": "2027-01-22T09:00:00Z", "editor": {"databaseId": user_id("bob")}}
    nodes = [{"number": 8, "userContentEdits": {"nodes": [edit]}}]
    [again] = reconcile(runner, repo, tmp_path, [fixing, received], nodes)
    assert again["issue"] == 8 and "replaces your earlier application" in again["comment"]
    assert [e["status"] for e in entries(repo)] == ["superseded", "received"]


def test_pull_requests_and_unreadable_api_output_are_handled(
    runner: CliRunner, repo: Path, tmp_path: Path
) -> None:
    pull = {"number": 9, "pull_request": {}, "user": {"id": 3}, "created_at": CLOSING_UTC}
    assert reconcile(runner, repo, tmp_path, [pull, "junk", {"number": "x"}], []) == []
    bad = tmp_path / "bad.json"
    bad.write_text('[{"number": 1}')
    result = runner.invoke(main, ["reconcile", "--issues", str(bad), "--repo", str(repo)])
    assert result.exit_code == 2 and "bad.json: not JSON from the GitHub API" in result.output
    assert "Traceback" not in result.output
