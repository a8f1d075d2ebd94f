"""`posted` cannot be back-dated to shorten the posting period (#11), in real git repositories:
a pull request cannot publish with `posted` before the day it merges, nor move an opportunity's
`posted` before the day it first appeared as published on main, even through a commit whose
date was forged to look older."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from board.cli import main
from conftest import sample_opportunity, write_opportunity
from dated_git import git

OID = "bilingual-glossary-tool"


def opportunity(**changes: Any) -> dict[str, Any]:
    """The sample, posted 2027-01-25 and closing 2027-02-26: 24 business days."""
    return sample_opportunity(**changes)


def check(root: Path, today: str, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """`board validate --since main --format json` on the pull request's branch, as of today."""
    monkeypatch.setenv("BOARD_NOW", f"{today}T12:00:00-05:00")
    monkeypatch.chdir(root)
    result = CliRunner().invoke(
        main, ["validate", "--since", "main", "--format", "json", "--content", "content"]
    )
    report = json.loads(result.output)
    return [p for p in report["problems"] if p["code"].startswith("posting.")]


@pytest.fixture
def on_main(make_repo: Callable[..., Path]) -> Callable[..., Path]:
    """A repository whose main holds ``data`` committed at ``when``, then a pull request branch."""

    def make(data: dict[str, Any], when: str) -> Path:
        root = make_repo(data)
        git(root, "init", "-q", "-b", "main", when=when)
        git(root, "add", ".", when=when)
        git(root, "commit", "-q", "-m", "main", when=when)
        git(root, "checkout", "-q", "-b", "pull-request", when=when)
        return root

    return make


def commit(root: Path, data: dict[str, Any], when: str) -> None:
    write_opportunity(root, data)
    git(root, "commit", "-q", "-am", "change", when=when)


def test_a_pull_request_cannot_publish_with_posted_before_today(
    on_main: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = on_main(opportunity(status="draft"), "2027-01-20T10:00:00-05:00")
    commit(root, opportunity(status="published", posted="2027-01-22"), "2027-01-25T10:00:00-05:00")
    (problem,) = check(root, "2027-01-25", monkeypatch)
    assert problem["code"] == "posting.backdated"
    assert problem["path"].endswith(f"content/opportunities/{OID}.yaml")
    assert problem["field"] == "posted" and problem["line"] > 0 and problem["column"] > 0
    assert "2027-01-22 is before the day this pull request publishes" in problem["message"]
    assert "write posted: 2027-01-25 or a later day" in problem["hint"]
    assert "précède le jour où cette demande de tirage publie" in problem["message_fr"]
    # posted today, or later (a scheduled opportunity), is fine
    commit(root, opportunity(status="published", posted="2027-01-25"), "2027-01-25T10:05:00-05:00")
    assert check(root, "2027-01-25", monkeypatch) == []
    # "today" is the board's: 23:30 on the 25th in Toronto is already the 26th in UTC
    monkeypatch.setenv("BOARD_NOW", "2027-01-26T04:30:00+00:00")
    monkeypatch.chdir(root)
    result = CliRunner().invoke(main, ["validate", "--since", "main", "--content", "content"])
    assert "posting." not in result.output


def test_an_opportunity_new_in_the_pull_request_is_checked_too(
    on_main: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = on_main(opportunity(id="another-one", status="draft"), "2027-01-20T10:00:00-05:00")
    write_opportunity(root, opportunity(posted="2027-01-18"))
    git(root, "add", ".", when="2027-01-25T10:00:00-05:00")
    git(root, "commit", "-q", "-m", "new", when="2027-01-25T10:00:00-05:00")
    assert [p["code"] for p in check(root, "2027-01-25", monkeypatch)] == ["posting.backdated"]


def test_posted_cannot_move_before_the_first_day_on_main(
    on_main: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = on_main(opportunity(posted="2027-01-25"), "2027-01-25T09:00:00-05:00")
    commit(root, opportunity(posted="2027-01-21"), "2027-01-27T10:00:00-05:00")
    (problem,) = check(root, "2027-01-27", monkeypatch)
    assert problem["code"] == "posting.before-first-published"
    assert "first appeared as published on main (2027-01-25)" in problem["message"]
    assert "move the closing date instead" in problem["hint"]
    # moving it later is fine
    commit(root, opportunity(posted="2027-01-26"), "2027-01-27T10:05:00-05:00")
    assert check(root, "2027-01-27", monkeypatch) == []


def test_a_backdated_commit_on_main_does_not_move_the_first_day_back(
    on_main: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On main: a draft merged on the 25th, then a commit publishing it whose date was forged
    to the 10th. It counts from the 25th, the latest moment before it."""
    root = on_main(opportunity(status="draft", posted="2027-01-25"), "2027-01-25T09:00:00-05:00")
    git(root, "checkout", "-q", "main", when="2027-01-25T09:00:00-05:00")
    commit(root, opportunity(posted="2027-01-25"), "2027-01-10T09:00:00-05:00")  # backdated
    git(root, "checkout", "-q", "-B", "pull-request", when="2027-01-27T10:00:00-05:00")
    commit(root, opportunity(posted="2027-01-11"), "2027-01-27T10:00:00-05:00")
    (problem,) = check(root, "2027-01-27", monkeypatch)
    assert problem["code"] == "posting.before-first-published"
    assert "(2027-01-25)" in problem["message"]
