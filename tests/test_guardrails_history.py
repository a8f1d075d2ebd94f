"""No silent change (issue #12 §5): real git histories in temporary repositories, changed the
way a client team might after publication: a silent price change, a closing moved earlier after
an application, a change too close to closing, and the addenda that make each change honest."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from board.forms import Form
from board.problems import Problem
from board.validate import run
from conftest import OPPORTUNITY
from test_ledger_frozen import commit, git, receive

FILE = f"content/opportunities/{OPPORTUNITY}.yaml"  # closes 2027-01-29T23:59:59-05:00


def guardrails(repo: Path) -> list[Problem]:
    return [p for p in run([], repo / "content").problems if p.code.startswith("guardrail.")]


def edit(repo: Path, old: str, new: str) -> None:
    path = repo / FILE
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def addendum(repo: Path, day: str, changes: str, commit_sha: str = "") -> None:
    named = f"    commit: {commit_sha}\n" if commit_sha else ""
    head = "" if "\naddenda:" in (repo / FILE).read_text(encoding="utf-8") else "addenda:\n"
    with (repo / FILE).open("a", encoding="utf-8") as out:
        out.write(
            f"{head}  - date: {day}\n    changes: [{changes}]\n{named}"
            "    en: The price is now $7,000.\n    fr: Le prix est maintenant de 7 000 $.\n"
        )


@pytest.fixture
def board(repo: Path) -> Path:
    git(repo, "init", "-q", "-b", "main")
    commit(repo, "post the board", when="2027-01-10T12:00:00+00:00")
    return repo


def test_a_silent_price_change_is_an_error_naming_its_commit_at_the_price(board: Path) -> None:
    edit(board, "amount: 6500", "amount: 7000")
    sha = commit(board, "raise the price quietly")
    [problem] = guardrails(board)
    assert problem.code == "guardrail.silent-change"
    assert problem.path.endswith(FILE) and problem.field == "price"
    line = (board / FILE).read_text().splitlines()[problem.line - 1]
    assert "amount: 7000" in line and problem.column == line.index("7000") + 1
    assert sha[:12] in problem.message and "price" in problem.message
    assert "changes: [price]" in problem.hint and f"commit: {sha[:12]}" in problem.hint
    assert sha[:12] in problem.message_fr and "le prix" in problem.message_fr


def test_uncommitted_changes_are_checked_before_they_are_committed(board: Path) -> None:
    edit(board, "closing: 2027-01-29T23:59:59-05:00", "closing: 2027-02-05T23:59:59-05:00")
    [problem] = guardrails(board)
    assert problem.code == "guardrail.silent-change" and "uncommitted" in problem.message
    # the verb agrees with its subject: "la copie de travail (…) a modifié"
    assert "la copie de travail (modifications non enregistrées) a modifié" in problem.message_fr


def test_a_change_with_its_addendum_in_the_same_pull_request_passes(board: Path) -> None:
    git(board, "checkout", "-q", "-b", "raise-price")
    edit(board, "amount: 6500", "amount: 7000")
    commit(board, "raise the price")
    addendum(board, "2027-01-12", "price")
    commit(board, "announce it")
    git(board, "checkout", "-q", "main")
    git(board, "merge", "-q", "--no-ff", "-m", "Merge pull request #7", "raise-price")
    assert guardrails(board) == []


def test_an_addendum_that_does_not_list_the_change_is_not_enough(board: Path) -> None:
    edit(board, "amount: 6500", "amount: 7000")
    edit(board, "start: 2027-02-03", "start: 2027-02-04")
    addendum(board, "2027-01-12", "price")
    commit(board, "change price and start")
    [problem] = guardrails(board)
    assert problem.code == "guardrail.silent-change" and problem.field == "start"
    assert "changes: [start]" in problem.hint


def test_a_merged_silent_change_is_repaired_by_an_addendum_naming_its_commit(board: Path) -> None:
    edit(board, "amount: 6500", "amount: 7000")
    sha = commit(board, "raise the price quietly")
    addendum(board, "2027-01-12", "price", sha[:12])
    commit(board, "repair: announce the change in the open")
    assert guardrails(board) == []


def test_a_draft_changes_freely_before_publication(board: Path) -> None:
    edit(board, "status: published", "status: draft")
    commit(board, "back to draft")
    edit(board, "amount: 6500", "amount: 7000")
    commit(board, "price while a draft")
    edit(board, "status: draft", "status: published")
    commit(board, "publish")
    assert guardrails(board) == []


def test_a_change_leaves_the_minimum_business_days_before_closing(board: Path) -> None:
    edit(board, "amount: 6500", "amount: 7000")
    addendum(board, "2027-01-26", "price")  # Tuesday: 3 business days before Friday's closing
    commit(board, "late change")
    [problem] = guardrails(board)
    assert problem.code == "guardrail.short-notice" and problem.field == "closing"
    # a real plural in each language, not "day(s)"
    assert "3 business days remain before closing" in problem.message
    assert "at least 5" in problem.message
    assert "il reste 3 jours ouvrables avant la clôture" in problem.message_fr
    assert "February 2, 2027" in problem.hint  # 5 business days after the addendum
    assert "2 février 2027" in problem.hint_fr


def test_after_an_application_the_closing_cannot_move_earlier(board: Path, form: Form) -> None:
    receive(board, form, "ada", 1)
    commit(board, "receive ada")
    edit(board, "closing: 2027-01-29T23:59:59-05:00", "closing: 2027-01-28T23:59:59-05:00")
    addendum(board, "2027-01-12", "closing")
    sha = commit(board, "close a day earlier")
    [problem] = guardrails(board)
    assert problem.code == "guardrail.closing-earlier" and problem.field == "closing"
    assert sha[:12] in problem.message and "after 1 application had been" in problem.message
    assert "2027-01-29T23:59:59-05:00 or later" in problem.hint
    assert "a avancé la clôture" in problem.message_fr and "1 candidature" in problem.message_fr
    assert "candidatures" not in problem.message_fr and "(s)" not in problem.message_fr


def test_after_an_application_the_closing_may_move_later(board: Path, form: Form) -> None:
    receive(board, form, "ada", 1)
    commit(board, "receive ada")
    edit(board, "closing: 2027-01-29T23:59:59-05:00", "closing: 2027-02-05T23:59:59-05:00")
    addendum(board, "2027-01-21", "closing")
    commit(board, "more time")
    assert guardrails(board) == []


def test_after_an_application_the_price_cannot_change_even_announced(
    board: Path, form: Form
) -> None:
    receive(board, form, "ada", 1)
    commit(board, "receive ada")
    edit(board, "amount: 6500", "amount: 7000")
    addendum(board, "2027-01-12", "price")
    commit(board, "raise the price")
    [problem] = guardrails(board)
    assert problem.code == "guardrail.changed-after-application"
    assert "cancel" in problem.hint and "annulez l'opportunité" in problem.hint_fr


def test_history_is_read_in_one_pass_not_one_git_call_per_file(
    board: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from board import repository

    calls: list[str] = []
    real = repository.folder_states

    def counted(root: Path, folder: Path) -> repository.FolderHistory:
        calls.append(folder.name)
        return real(root, folder)

    monkeypatch.setattr(repository, "folder_states", counted)
    for n in range(3):
        edit(board, f"amount: {6500 + n}", f"amount: {6501 + n}")
        addendum(board, f"2027-01-1{n}", "price")
        commit(board, f"change {n}")
    assert guardrails(board) == []
    assert calls.count("opportunities") == 1
    assert re.search(r"amount: 6503", (board / FILE).read_text())


def test_deleting_then_posting_again_with_a_new_price_is_still_a_change(board: Path) -> None:
    text = (board / FILE).read_text(encoding="utf-8")
    (board / FILE).unlink()
    commit(board, "remove the opportunity")
    (board / FILE).write_text(text.replace("amount: 6500", "amount: 7000"), encoding="utf-8")
    sha = commit(board, "post it again, dearer")
    [problem] = guardrails(board)
    assert problem.code == "guardrail.silent-change" and sha[:12] in problem.message


def test_a_backdated_addendum_counts_from_the_day_it_lands(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import datetime, time, timedelta
    from zoneinfo import ZoneInfo

    from board import calendar

    # The board's today, in its time zone: between 19:00 and midnight Eastern the machine's own
    # date (UTC on CI) is already tomorrow, which made this test fail every evening.
    today = datetime.now(ZoneInfo("America/Toronto")).date()
    closing = calendar.add_business_days(today, 3)
    edit(repo, "posted: 2026-11-16", f"posted: {today - timedelta(days=40)}")
    moment = datetime.combine(closing, time(23, 59, 59), ZoneInfo("America/Toronto"))
    edit(repo, "closing: 2027-01-29T23:59:59-05:00", f"closing: {moment.isoformat()}")
    edit(repo, "start: 2027-02-03", f"start: {closing + timedelta(days=7)}")
    git(repo, "init", "-q", "-b", "main")
    commit(repo, "an opportunity closing in three business days")
    edit(repo, "amount: 6500", "amount: 7000")
    addendum(repo, (today - timedelta(days=30)).isoformat(), "price")  # dated a month ago
    [problem] = guardrails(repo)  # uncommitted: it lands today at the earliest
    assert problem.code == "guardrail.short-notice" and "3 business days" in problem.message
    commit(repo, "the same, committed")
    monkeypatch.setenv("GITHUB_EVENT_NAME", "pull_request")  # the pull request's check
    assert [p.code for p in guardrails(repo)] == ["guardrail.short-notice"]


def test_a_silent_change_suggests_an_addendum_dated_the_boards_today_not_the_machines(
    board: Path,
) -> None:
    """The hint's addendum carries today in the board's time zone. The machine's own date (UTC
    on CI) differs from Eastern time every evening after 19:00; here the board is at UTC+14 and
    the machine at UTC-12, so the two dates differ at any hour of the day."""
    import os
    import time
    from datetime import datetime
    from zoneinfo import ZoneInfo

    board_yaml = board / "content" / "board.yaml"
    text = board_yaml.read_text(encoding="utf-8")
    assert "timezone: America/Toronto" in text
    board_yaml.write_text(text.replace("America/Toronto", "Pacific/Kiritimati"), encoding="utf-8")
    edit(board, "amount: 6500", "amount: 7000")
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Etc/GMT+12"  # POSIX sign: UTC-12
    time.tzset()
    try:
        machine = datetime.now().date()
        [problem] = [p for p in guardrails(board) if p.code == "guardrail.silent-change"]
        today = datetime.now(ZoneInfo("Pacific/Kiritimati")).date()
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()
    assert machine != today
    assert f"date: '{today.isoformat()}'" in problem.hint
    assert f"date: '{today.isoformat()}'" in problem.hint_fr
