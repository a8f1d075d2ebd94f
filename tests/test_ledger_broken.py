"""A hand-broken ledger is a problem with its place in the file, in validate, intake and
opening: never a traceback, never an entry silently dropped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from board.applications import ledger
from board.cli import main
from board.forms import Form
from board.intake import dispatch, event
from board.validate import run
from board.writers import write_ledger
from conftest import OPPORTUNITY, render, sealed, webhook

NOW = __import__("datetime").datetime.fromisoformat("2027-01-20T16:00:00+00:00")


def _entry(change: Callable[[dict], None]) -> Callable[[dict], object]:
    def apply(data: dict) -> object:
        change(data["applications"][0])
        return data

    return apply


# (what the hand did, how the data is broken, what the problem says)
BROKEN = [
    (
        "unknown status",
        _entry(lambda e: e.update(status="accepted")),
        "applications[0].status: 'accepted' is not allowed",
    ),
    (
        "wrong type",
        _entry(lambda e: e.update(issue="three")),
        "applications[0].issue: expected a whole number, found text",
    ),
    (
        "missing key",
        _entry(lambda e: e.pop("sha256")),
        "applications[0]",
    ),
    (
        "impossible date",
        _entry(lambda e: e.update(received="2027-13-45T25:00:00Z")),
        "applications[0].received: '2027-13-45T25:00:00Z' is not a real date and time",
    ),
    ("a list at top level", lambda d: [d], "expected a mapping"),
    ("a scalar at top level", lambda d: 42, "expected a mapping"),
    ("applications not a list", lambda d: dict(d, applications={"a": 1}), "expected a list"),
]


@pytest.fixture
def received(repo: Path, form: Form) -> Path:
    data = webhook(
        "issues",
        render(form, {"opportunity": OPPORTUNITY, "envelope": sealed(repo)}),
        author="ada",
    )
    write_ledger(dispatch.decide(event.from_payload("issues", data), repo, NOW), repo)
    return repo / ledger.relative_path(OPPORTUNITY)


def breaks(path: Path, change: Callable[[dict], object]) -> None:
    path.write_text(yaml.safe_dump(change(yaml.safe_load(path.read_text())), sort_keys=False))


@pytest.mark.parametrize(("what", "change", "says"), BROKEN, ids=[b[0] for b in BROKEN])
def test_a_hand_broken_ledger_is_a_located_problem_in_validate_intake_and_opening(
    repo: Path,
    form: Form,
    received: Path,
    key_file: Path,
    tmp_path: Path,
    what: str,
    change: Callable[[dict], object],
    says: str,
) -> None:
    breaks(received, change)
    shown = [p.text() for p in run([], repo / "content").errors]
    assert any(says in p and p.startswith(str(received) + ":") for p in shown), shown
    line, column = next(p for p in shown if says in p).split(":")[1:3]
    assert line.isdigit() and column.isdigit()

    with pytest.raises(ledger.LedgerError) as raised:
        ledger.read(repo / "content", OPPORTUNITY)
    assert says in str(raised.value)

    # Intake: a new application and a withdrawal each say the ledger cannot be read.
    for name, data in [
        (
            "issues",
            webhook(
                "issues",
                render(form, {"opportunity": OPPORTUNITY, "envelope": sealed(repo)}),
                author="bob",
                number=2,
            ),
        ),
        ("issue_comment", webhook("issue_comment", render(form, {"opportunity": OPPORTUNITY}),
                                  author="ada", comment="/withdraw")),
    ]:  # fmt: skip
        decision = dispatch.decide(event.from_payload(name, data), repo, NOW)
        assert decision.summary == f"ledger of {OPPORTUNITY} unreadable" and not decision.ledger
        assert "cannot be read" in decision.comment

    # Opening after closing: a clear error naming the place, no traceback, no packet.
    result = CliRunner().invoke(
        main,
        ["applications", "open", OPPORTUNITY, "--key", str(key_file),
         "--out", str(tmp_path / "out"), "--content", str(repo / "content"),
         "--now", "2027-01-30T06:00:00Z"],
    )  # fmt: skip
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit)  # click's exit, not a traceback
    assert says in result.output
    assert not (tmp_path / "out").exists()


def test_an_applicant_reposting_large_blocks_cannot_make_the_ledger_unreadable(
    repo: Path, form: Form
) -> None:
    from datetime import UTC, datetime

    from board.applications import transitions
    from board.sealing.envelope import sha256_text
    from board.writers import write_atomic

    book = ledger.Ledger(OPPORTUNITY)
    for i in range(20):  # one account superseding itself with blocks of the largest size
        block = f"-----BEGIN SEALED APPLICATION-----\n{i:06d}" + "A" * 59_900
        moment = datetime(2027, 1, 20, 10, i, tzinfo=UTC)
        book, _ = transitions.record(
            book, 100 + i, "mallory", 666, block, sha256_text(block), moment
        )
    path = repo / ledger.relative_path(OPPORTUNITY)
    write_atomic(path, ledger.dump(book))
    assert path.stat().st_size > 1024 * 1024
    data = webhook(
        "issues",
        render(form, {"opportunity": OPPORTUNITY, "envelope": sealed(repo)}),
        author="ada",
        number=1,
    )
    decision = dispatch.decide(event.from_payload("issues", data), repo, NOW)
    assert decision.summary.startswith("received")
    write_ledger(decision, repo)
    assert [p.text() for p in run([], repo / "content").errors] == []
    assert len(ledger.read(repo / "content", OPPORTUNITY).entries) == 21
