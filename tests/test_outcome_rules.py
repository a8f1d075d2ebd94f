"""``board validate`` checks delivery.yaml and payment.yaml (issue #12): each broken record is
named at its file, line and column, in English and in French, with a stable code.

One valid board (tests/board_site/results_fixture.py) is written once; each case breaks one
thing in a copy of it."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from board import validate
from board.model import Board
from board.outcomes import payment as payment_rules
from board.outcomes.records import Delivery
from board.yamlio.load import parse
from board_site import results_fixture

Edit = Callable[[dict[str, Any]], None]


@pytest.fixture(scope="module")
def valid(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return results_fixture.write(tmp_path_factory.mktemp("outcomes") / "repo")


def _set(**values: Any) -> Edit:
    return lambda data: data.update(values)


def _drop(*keys: str) -> Edit:
    return lambda data: [data.pop(k) for k in keys]  # type: ignore[func-returns-value]


CASES: list[tuple[str, str, Edit, str, str]] = [
    # (case, file under outcomes/, change, code, the value the problem points at)
    ("delivered before the award", "alpha/delivery.yaml", _set(submitted="2027-01-31"), "delivery.before-award", "submitted"),
    ("accepted before the last resubmission", "alpha/delivery.yaml", _set(accepted="2027-02-23"), "delivery.out-of-order", "accepted"),
    ("one criterion too few", "alpha/delivery.yaml", _set(criteria_met=[True, True]), "delivery.criteria-count", "criteria_met"),
    ("accepted with a criterion not met", "alpha/delivery.yaml", _set(criteria_met=[True, False, True]), "delivery.criteria-not-met", "criteria_met"),
    ("accepted without criteria", "alpha/delivery.yaml", _drop("criteria_met"), "delivery.criteria-missing", "accepted"),
    (
        "terminated and accepted", "alpha/delivery.yaml",
        _set(termination={"kind": "convenience", "date": "2027-02-25", "share_paid": 0.5, "reason": {"en": "Budget cut.", "fr": "Compression budgétaire."}}),
        "delivery.terminated-and-accepted", "termination",
    ),
    (
        "a share paid on a default", "zeta/delivery.yaml",
        lambda d: (d.pop("accepted"), d.update(termination={"kind": "default", "date": "2026-12-20", "share_paid": 0.2, "reason": {"en": "Not delivered.", "fr": "Non livré."}})),
        "delivery.share-on-default", "termination.share_paid",
    ),
    ("a pull request elsewhere", "alpha/delivery.yaml", _set(pull_request="https://github.com/someone/else/pull/1"), "delivery.other-repository", "pull_request"),
    ("the wrong opportunity", "alpha/delivery.yaml", _set(opportunity="beta"), "delivery.wrong-opportunity", "opportunity"),
    ("nothing recorded", "alpha/delivery.yaml", _drop("pull_request", "submitted", "revisions", "accepted", "criteria_met"), "delivery.empty", "opportunity"),
    (
        "a revision never resubmitted", "alpha/delivery.yaml",
        lambda d: d["revisions"][0].pop("resubmitted"), "delivery.revision-pending", "accepted",
    ),
    (
        "markup in a revision's summary", "alpha/delivery.yaml",
        lambda d: d["revisions"][0]["summary"].update(en="Fix &lt;script&gt; in form 2"),
        "plaintext.markup", "revisions.0.summary.en",
    ),
    ("an unknown key", "alpha/delivery.yaml", _set(acepted="2027-02-26"), "schema.unknown-key", "acepted"),
    ("paid another way", "alpha/payment.yaml", _set(method="paypal"), "payment.wrong-method", "method"),
    ("paid above the price with tax", "alpha/payment.yaml", _set(amount=7475.01), "payment.over-price", "amount"),
    ("paid before the acceptance", "alpha/payment.yaml", _set(paid="2027-02-25"), "payment.before-acceptance", "paid"),
]  # fmt: skip


def _edit(root: Path, name: str, change: Edit) -> None:
    path = root / "outcomes" / name
    data = yaml.safe_load(path.read_text("utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


@pytest.mark.parametrize(
    ("case", "name", "change", "code", "field"), CASES, ids=[c[0] for c in CASES]
)
def test_a_broken_record_is_named_at_its_place_in_both_languages(
    valid: Path, tmp_path: Path, case: str, name: str, change: Edit, code: str, field: str
) -> None:
    root = tmp_path / "content"
    shutil.copytree(valid, root)
    _edit(root, name, change)
    problems = validate.run([], root, repository=False).problems
    found = [p for p in problems if p.code == code]
    assert found, [p.text() for p in problems]
    p = found[0]
    assert p.path.endswith(f"outcomes/{name}")
    assert p.field == re.sub(r"\.(\d+)", r"[\1]", field)
    doc, _ = parse((root / "outcomes" / name).read_text("utf-8"), name)
    assert doc is not None
    path = tuple(int(part) if part.isdigit() else part for part in field.split("."))
    line, column = doc.where(path, key=field == "acepted")
    assert p.line == line and (code == "plaintext.markup" or p.column == column)
    assert p.text("fr").startswith(f"{p.path}:{p.line}:{p.column}:")
    assert p.message_fr and p.message_fr != p.message


def test_a_delivery_without_an_award_and_a_payment_without_acceptance_are_refused(
    valid: Path, tmp_path: Path
) -> None:
    root = tmp_path / "content"
    shutil.copytree(valid, root)
    (root / "outcomes" / "delta").mkdir(exist_ok=True)
    (root / "outcomes" / "delta" / "delivery.yaml").write_text(
        "opportunity: delta\npull_request: https://github.com/example-org/pdf-forms/pull/9\n"
        "submitted: 2027-04-20\n",
        "utf-8",
    )
    (root / "outcomes" / "zeta" / "payment.yaml").write_text(
        "opportunity: zeta\nmethod: acquisition-card\npaid: 2026-12-01\namount: 100\n", "utf-8"
    )
    (root / "outcomes" / "nowhere").mkdir()
    (root / "outcomes" / "nowhere" / "payment.yaml").write_text("opportunity: nowhere\n", "utf-8")
    codes = {p.code: p for p in validate.run([], root, repository=False).problems}
    assert codes["delivery.no-award"].path.endswith("outcomes/delta/delivery.yaml")
    assert codes["payment.before-acceptance"].line == 3  # paid before zeta's acceptance
    assert "payment.unknown-opportunity" in codes


def _board(**changes: Any) -> Board:
    raw = yaml.safe_load((results_fixture.ROOT / "content" / "board.yaml").read_text("utf-8"))
    return Board.from_raw({**raw, **changes})


def test_a_payment_never_exceeds_the_cap_nor_the_share_of_a_termination() -> None:
    opp = validate.load_content(results_fixture.ROOT / "content").opportunity(
        "accessible-pdf-forms"
    )
    assert opp is not None
    doc, _ = parse(
        "opportunity: x\nmethod: acquisition-card\npaid: 2027-03-01\namount: 7400\n", "p.yaml"
    )
    assert doc is not None
    accepted = Delivery.from_raw(
        {"submitted": "2027-02-01", "accepted": "2027-02-02", "pull_request": ""}
    )
    capped = payment_rules.check(doc, opp, _board(max_total=7000), accepted)
    assert [p.code for p in capped] == ["payment.over-cap"]
    assert "$7,000" in capped[0].message and "7\u00a0000\u00a0$" in capped[0].message_fr
    terminated = Delivery.from_raw({
        "termination": {"kind": "convenience", "date": "2027-02-10", "share_paid": 0.4, "reason": {"en": "a", "fr": "b"}},
    })  # fmt: skip
    assert payment_rules.ceiling(opp, _board(), terminated) == Decimal("2990.00")
    shared = payment_rules.check(doc, opp, _board(), terminated)
    assert [p.code for p in shared] == ["payment.over-share"]


def test_validating_one_record_reads_its_folder_with_its_opportunity(
    valid: Path, tmp_path: Path
) -> None:
    root = tmp_path / "content"
    shutil.copytree(valid, root)
    _edit(root, "alpha/payment.yaml", _set(amount=9000))
    result = validate.run([root / "outcomes" / "alpha" / "payment.yaml"], root, repository=False)
    assert [p.code for p in result.errors] == ["payment.over-price"]


def test_criteria_not_met_are_named_in_the_singular_or_the_plural(
    valid: Path, tmp_path: Path
) -> None:
    said = {}
    for unmet in ([True, False, True], [False, True, False]):
        root = tmp_path / str(unmet.count(False)) / "content"
        shutil.copytree(valid, root)
        _edit(root, "alpha/delivery.yaml", _set(criteria_met=unmet))
        problems = validate.run([], root, repository=False).problems
        said[unmet.count(False)] = next(
            p for p in problems if p.code == "delivery.criteria-not-met"
        )
    assert said[1].message == "accepted although criterion 2 is not met"
    assert said[1].message_fr == "acceptée bien que le critère 2 ne soit pas respecté"
    assert said[2].message == "accepted although criteria 1, 3 are not met"
    assert said[2].message_fr == "acceptée bien que les critères 1, 3 ne soient pas respectés"
