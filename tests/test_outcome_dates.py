"""No record after closing is dated in the future (issue #12): the evaluation, award, delivery and
payment files say what has happened, and the public measures count from their dates.

``board validate`` (and so the pull-request check) refuses any of their dates after today in the
board's time zone, by the check's own clock: git commit dates can be backdated, the check's clock
cannot. The rule is given its today, so these tests fix one (``BOARD_NOW``, or the moment) and do not
rot when the calendar passes the fixture's dates; the last test reads the real clock, with the
machine and the board in time zones whose dates differ.

The board is the hand-computed measures fixture (tests/board_site/results_fixture.py), written
once in a real git repository; each test changes a copy of it.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import yaml
from click.testing import CliRunner

from board import validate
from board.cli import main
from board.outcomes import recorded_dates
from board.yamlio.load import parse
from board_site import results_fixture

NOW = results_fixture.NOW  # 2027-04-22 noon in Toronto: the fixture's records are all before
CODE = "outcome.date-in-future"


@pytest.fixture(scope="module")
def fixture_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    content = results_fixture.write(tmp_path_factory.mktemp("dates") / "repo")
    return content.parent


@pytest.fixture
def repo(fixture_repo: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "repo"
    shutil.copytree(fixture_repo, copy)
    return copy


def write(repo: Path, name: str, data: dict[str, Any]) -> None:
    path = repo / "content" / "outcomes" / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


def payment(oid: str, paid: str, amount: float) -> dict[str, Any]:
    return {"opportunity": oid, "method": "acquisition-card", "paid": paid, "amount": amount}


def validate_cli(repo: Path, *args: str) -> tuple[int, str]:
    """``board validate`` run from the repository, as the pull-request check runs it."""
    here = Path.cwd()
    os.chdir(repo)
    try:
        result = CliRunner().invoke(main, ["validate", *args])
    finally:
        os.chdir(here)
    return result.exit_code, result.output


def test_a_payment_dated_tomorrow_is_refused_at_its_place_in_english_and_french(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BOARD_NOW", NOW.isoformat())  # today: 2027-04-22 on the board
    write(repo, "alpha/payment.yaml", payment("alpha", "2027-04-23", 7475.00))
    code, english = validate_cli(repo)
    where = "content/outcomes/alpha/payment.yaml:3:7: paid:"
    assert code == 1
    assert (
        f"{where} 2027-04-23 is after today (2027-04-22 in America/Toronto): a record says what "
        "has happened, and the measures count from its dates (write the day it happened; if it "
        "has not happened yet, propose this file on 2027-04-23 or later)\n"
    ) in english
    assert english.endswith("1 error, 0 warnings in 14 files\n")
    code, french = validate_cli(repo, "--lang", "fr")
    assert (
        f"{where.removesuffix(':')} : le 2027-04-23 est postérieur à aujourd'hui (le 2027-04-22, "
        "fuseau horaire America/Toronto) : un dossier consigne ce qui a eu lieu, et les mesures "
        "comptent à partir de ses dates (indiquez le jour où c'est arrivé ; si ce n'est pas "
        "encore arrivé, proposez ce fichier le 2027-04-23 ou plus tard)\n"
    ) in french


def test_a_payment_dated_today_is_accepted(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOARD_NOW", NOW.isoformat())
    write(repo, "alpha/payment.yaml", payment("alpha", "2027-04-22", 7475.00))
    assert validate_cli(repo) == (0, "14 files valid\n")


def test_every_date_of_every_record_counts_and_the_build_does_not_read_the_clock(
    repo: Path,
) -> None:
    """On 2026-12-31 everything of alpha and beta lay ahead; zeta's files were all past."""
    content = repo / "content"
    validated = validate.run([], content).content
    found = recorded_dates.of_content(validated, datetime(2026, 12, 31, 12, tzinfo=UTC))
    assert sorted((p.path.split("outcomes/")[1], p.field) for p in found) == [
        ("alpha/award.yaml", "award.date"),
        ("alpha/delivery.yaml", "accepted"),
        ("alpha/delivery.yaml", "revisions[0].requested"),
        ("alpha/delivery.yaml", "revisions[0].resubmitted"),
        ("alpha/delivery.yaml", "submitted"),
        ("alpha/evaluation.yaml", "evaluated"),
        ("alpha/payment.yaml", "paid"),
        ("beta/award.yaml", "not_awarded.date"),
        ("beta/evaluation.yaml", "evaluated"),
    ]
    assert all(p.is_error and p.code == CODE for p in found)
    # The build renders the content as merged: what was not in the future when it merged
    # never becomes so, and the build has its own "now" for what it shows.
    assert not [p for p in validate.load_content(content).problems if p.code == CODE]


def test_the_dates_a_record_may_carry_are_read_from_its_schema() -> None:
    """A passed-over selection and a termination carry dates too; every one is found."""
    award, _ = parse(
        "opportunity: a\npassed_over:\n  - receipt: 0000-0000-0000-0001\n    reason: declined\n"
        "    date: 2027-02-04\n    explanation: {en: No., fr: Non.}\n"
        "award: {receipt: 0000-0000-0000-0002, supplier: S, date: 2027-02-05, price: 1}\n",
        "award.yaml",
    )
    delivery, _ = parse(
        "opportunity: a\nsubmitted: 2027-02-01\ntermination:\n  kind: convenience\n"
        "  date: 2027-02-15\n  share_paid: 0.4\n  reason: {en: Cut., fr: Coupe.}\n",
        "delivery.yaml",
    )
    assert award is not None and delivery is not None
    assert list(recorded_dates.dates(award.data, "award")) == [
        (("passed_over", 0, "date"), date(2027, 2, 4)),
        (("award", "date"), date(2027, 2, 5)),
    ]
    found = recorded_dates.problems(delivery, "delivery", date(2027, 2, 14), "America/Toronto")
    assert [(p.field, p.line, p.column) for p in found] == [("termination.date", 5, 9)]


@contextmanager
def machine_zone(name: str) -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


def test_today_is_the_boards_not_the_machines_nor_utcs(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """By the real clock, with no BOARD_NOW. The board sits where its date differs from UTC's at
    this hour (Kiritimati, UTC+14, from 10:00 UTC; Pago Pago, UTC-11, before), and the machine
    on the other side of the date line, so a check that used the machine's date or UTC's would
    refuse the board's today or accept its tomorrow."""
    monkeypatch.delenv("BOARD_NOW", raising=False)
    utc = datetime.now(UTC)
    zone, offset, machine = (
        ("Pacific/Kiritimati", "+14:00", "Etc/GMT+12")
        if utc.hour >= 10
        else ("Pacific/Pago_Pago", "-11:00", "Etc/GMT-14")
    )
    board = repo / "content" / "board.yaml"
    board.write_text(board.read_text("utf-8").replace("America/Toronto", zone), "utf-8")
    zeta = repo / "content" / "opportunities" / "zeta.yaml"
    zeta.write_text(zeta.read_text("utf-8").replace("-05:00", offset), "utf-8")
    today = datetime.now(ZoneInfo(zone)).date()
    refused = {}
    with machine_zone(machine):
        assert today not in (datetime.now().date(), datetime.now(UTC).date())
        for day in (today, today + timedelta(days=1)):
            write(repo, "zeta/payment.yaml", payment("zeta", day.isoformat(), 5000))
            path = "content/outcomes/zeta/payment.yaml"
            _, output = validate_cli(repo, "--format", "json", path)
            problems = json.loads(output)["problems"]
            assert not [p for p in problems if p["code"].startswith("date.")], problems
            refused[day] = [
                (p["line"], p["column"])
                for p in problems
                if p["code"] == CODE and p["path"] == path  # not zeta's delivery: the calendar's
            ]
    assert refused == {today: [], today + timedelta(days=1): [(3, 7)]}
