"""`board validate` on published questions: what a client team sees on its pull request."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from board.cli import main
from conftest import sample_opportunity


def entry(issue: int, answered: str, **extra: Any) -> dict[str, Any]:
    return {
        "issue": issue,
        "answered": answered,
        "question": {
            "en": "May the tool be a CLI?",
            "fr": "L'outil peut-il être en ligne de commande?",
        },
        "answer": {"en": "Yes.", "fr": "Oui."},
        **extra,
    }


def validate(root: Path, fmt: str = "text") -> tuple[int, str]:
    result = CliRunner().invoke(
        main, ["validate", "--format", fmt, "--content", str(root / "content")]
    )
    return result.exit_code, result.output


def line_of(path: Path, needle: str, occurrence: int = 1) -> int:
    hits = [n for n, text in enumerate(path.read_text().splitlines(), 1) if needle in text]
    return hits[occurrence - 1]


def test_good_answers_validate(make_repo: Callable[..., Path]) -> None:
    root = make_repo(
        sample_opportunity(
            questions=[entry(12, "2027-01-25"), entry(14, "2027-02-26", asked="2027-02-20")]
        )
    )
    code, output = validate(root)
    assert code == 0, output


def test_duplicate_issue_and_dates_outside_the_posting_period(
    make_repo: Callable[..., Path],
) -> None:
    root = make_repo(
        sample_opportunity(
            questions=[
                entry(12, "2027-01-24"),  # posted 2027-01-25
                entry(12, "2027-02-27"),  # closes 2027-02-26 (Eastern)
                entry(13, "2027-02-01", asked="2027-02-03"),
            ]
        )
    )
    path = root / "content" / "opportunities" / "bilingual-glossary-tool.yaml"
    code, output = validate(root)
    assert code == 1
    lines = output.splitlines()
    assert any(
        f":{line_of(path, 'answered: ', 1)}:" in x
        and "questions[0].answered: 2027-01-24 is before the posting date (2027-01-25)" in x
        for x in lines
    ), output
    assert any(
        f":{line_of(path, 'issue: 12', 2)}:" in x
        and "questions[1].issue: issue #12 is already answered in questions[0]" in x
        for x in lines
    ), output
    assert "questions[1].answered: 2027-02-27 is after the closing date (2027-02-26" in output
    assert "questions[2].answered: 2027-02-01 is before the question was asked" in output


def test_missing_french_answer_is_a_schema_error(make_repo: Callable[..., Path]) -> None:
    bad = entry(12, "2027-02-01")
    bad["answer"] = {"en": "Yes."}
    root = make_repo(sample_opportunity(questions=[bad]))
    code, output = validate(root)
    assert code == 1
    assert "questions[0].answer.fr: is missing" in output


def test_github_annotation_lands_on_the_answered_line(make_repo: Callable[..., Path]) -> None:
    root = make_repo(sample_opportunity(questions=[entry(12, "2027-03-01")]))
    path = root / "content" / "opportunities" / "bilingual-glossary-tool.yaml"
    code, output = validate(root, "github")
    assert code == 1
    annotation = next(x for x in output.splitlines() if x.startswith("::error"))
    assert f",line={line_of(path, 'answered: ')}," in annotation
    assert "title=questions[0].answered::" in annotation
