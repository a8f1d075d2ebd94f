"""Guardrails across opportunities and years (issue #12 §5), each on a real git repository:
a contract split in two, a third award to the same supplier, a budget exceeded; and each case
that carries its written justification (or fits) passes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from board.problems import Problem
from board.validate import run
from conftest import commit_all, sample_opportunity

DEPARTMENT = "Department of Example Services"
WHY = {
    "en": "Two separate needs of two programs.",
    "fr": "Deux besoins distincts de deux programmes.",
}


def guardrails(root: Path) -> list[Problem]:
    return [p for p in run([], root / "content").problems if p.code.startswith("guardrail.")]


def opportunity(oid: str, **changes: Any) -> dict[str, Any]:
    data = sample_opportunity(id=oid, **changes)
    data["client"]["department"] = {"en": DEPARTMENT, "fr": "Ministère des Services exemplaires"}
    return data


def award(root: Path, oid: str, supplier: str, day: str, price: int = 5000) -> Path:
    path = root / "content" / "outcomes" / oid / "award.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "opportunity": oid,
        "award": {"receipt": "5d6e-7f80-91a2-b3c4", "supplier": supplier, "date": day,
                  "price": price},
    }  # fmt: skip
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


# Contract splitting


def split(make_repo: Callable[..., Path], **newer: Any) -> Path:
    price = {"amount": 5000, "currency": "CAD", "taxes": "excluded"}
    first = opportunity("glossary-part-one", price=price)
    second_fields: dict[str, Any] = {
        "posted": "2027-02-10",
        "closing": "2027-03-12T23:59:59-05:00",
        "start": "2027-03-17",
        "delivery": "2027-04-30T23:59:59-04:00",
        "price": {**price, "amount": 4000},
    }
    second = opportunity("glossary-part-two", **{**second_fields, **newer})
    root = make_repo(first, second)
    commit_all(root, "post the work in two parts")
    return root


def test_a_need_split_in_two_under_the_cap_is_an_error_on_the_newer_one(
    make_repo: Callable[..., Path],
) -> None:
    root = split(make_repo)
    [problem] = guardrails(root)
    assert problem.code == "guardrail.splitting" and problem.field == "posted"
    assert problem.path.endswith("glossary-part-two.yaml")
    assert "glossary-part-one" in problem.message and "$10,350" in problem.message
    assert "$10,000" in problem.message and "justifications: splitting" in problem.hint
    assert "fractionnement" in problem.message_fr and "10\u00a0350\u00a0$" in problem.message_fr
    text = (root / "content/opportunities/glossary-part-two.yaml").read_text().splitlines()
    assert text[problem.line - 1].startswith("posted:")


def test_a_split_with_a_written_justification_passes(make_repo: Callable[..., Path]) -> None:
    root = split(make_repo, justifications={"splitting": WHY})
    assert guardrails(root) == []


def test_related_work_outside_the_window_or_of_other_skills_is_not_a_split(
    make_repo: Callable[..., Path],
) -> None:
    later = split(make_repo, posted="2027-04-30", closing="2027-05-28T23:59:59-04:00",
                  start="2027-06-02", delivery="2027-06-30T23:59:59-04:00")  # fmt: skip
    assert guardrails(later) == []


def test_other_skills_in_another_repository_are_not_a_split(
    make_repo: Callable[..., Path],
) -> None:
    other = split(make_repo, skills=["svg"], repository="https://github.com/example-org/other")
    assert guardrails(other) == []


# Repeat awards


def three_awards(make_repo: Callable[..., Path], **third: Any) -> Path:
    ids = ["glossary-one", "glossary-two", "glossary-three"]
    opps = [
        opportunity(oid, skills=[("python", "csv", "pandas")[n]], repository=f"https://github.com/example-org/{oid}",
                    **(third if n == 2 else {}))
        for n, oid in enumerate(ids)
    ]  # fmt: skip
    root = make_repo(*opps)
    for oid, day in zip(ids, ["2027-03-10", "2027-03-20", "2027-03-30"], strict=True):
        award(root, oid, "Jane Doe Consulting", day)
    commit_all(root, "three awards")
    return root


def test_a_third_award_to_the_same_supplier_in_a_fiscal_year_is_an_error(
    make_repo: Callable[..., Path],
) -> None:
    root = three_awards(make_repo)
    [problem] = guardrails(root)
    assert problem.code == "guardrail.repeat-award" and problem.field == "award.supplier"
    assert problem.path.endswith("outcomes/glossary-three/award.yaml")
    assert "award number 3 to Jane Doe Consulting" in problem.message
    assert "glossary-one, glossary-two" in problem.message and "2026–2027" in problem.message
    assert "3e attribution" in problem.message_fr
    assert problem.line == 4  # the supplier's line in award.yaml


def test_a_third_award_with_a_justification_passes(make_repo: Callable[..., Path]) -> None:
    root = three_awards(make_repo, justifications={"repeat_award": WHY})
    assert guardrails(root) == []


def test_a_new_fiscal_year_starts_the_count_again(make_repo: Callable[..., Path]) -> None:
    root = three_awards(make_repo)
    award(root, "glossary-three", "Jane Doe Consulting", "2027-04-01")
    commit_all(root, "the third one in April")
    assert guardrails(root) == []


# Budgets


def budget(root: Path, amount: int) -> None:
    board = root / "content" / "board.yaml"
    data = yaml.safe_load(board.read_text(encoding="utf-8"))
    data["budgets"] = [{"department": DEPARTMENT, "fiscal_year": 2026, "amount": amount}]
    board.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def two_opportunities(make_repo: Callable[..., Path], amount: int) -> Path:
    root = make_repo(
        opportunity("glossary-a", skills=["parquet"], repository="https://github.com/example-org/a"),
        opportunity("glossary-b", skills=["openrefine"], repository="https://github.com/example-org/b",
                    posted="2027-01-26"),
    )  # fmt: skip
    budget(root, amount)
    commit_all(root, "budget and two postings")
    return root


def test_posting_beyond_the_budget_is_an_error(make_repo: Callable[..., Path]) -> None:
    root = two_opportunities(make_repo, 15000)  # each counts 8,600 + 15% = 9,890
    [problem] = guardrails(root)
    assert problem.code == "guardrail.over-budget" and problem.field == "price.amount"
    assert problem.path.endswith("glossary-b.yaml")
    assert "$5,110 left of its $15,000 budget" in problem.message
    assert "2026–2027" in problem.message and "$9,890" in problem.message
    assert "budget dépassé" in problem.message_fr


def test_an_award_counts_for_its_price_and_the_budget_then_fits(
    make_repo: Callable[..., Path],
) -> None:
    root = two_opportunities(make_repo, 15000)
    award(root, "glossary-a", "Jane Doe Consulting", "2027-03-01", price=4000)  # 4,600 with tax
    commit_all(root, "award the first for less")
    assert guardrails(root) == []


def test_a_budget_large_enough_passes(make_repo: Callable[..., Path]) -> None:
    assert guardrails(two_opportunities(make_repo, 20000)) == []
