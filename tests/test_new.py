"""`board new` driven through its prompts, as a client team member would answer them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner, Result

from board.cli import main
from board.validate import run

ANSWERS = [
    "ocr-archive-index",  # id
    "Index our scanned archive",  # title en
    "Indexer nos archives numérisées",  # title fr
    "Make 4,000 scanned letters searchable.",  # summary en
    "Rendre 4 000 lettres numérisées consultables.",  # summary fr
    "We need the scanned letters indexed.",  # description en
    "Nous voulons indexer les lettres numérisées.",  # description fr
    "Python, OCR",  # skills
    "Agency of Example Standards",
    "Agence des normes exemplaires",
    "Records Office",
    "Bureau des documents",
    "records-documents@example.gc.ca",
    "",  # taxes: excluded (default)
    "",  # price: the largest the cap allows (default)
    "",  # posted: --today (default)
    "",  # closing: proposed (default)
    "",  # start (default)
    "",  # delivery (default)
    "https://github.com/example-org/archive-index",
    "",  # licence: MIT
    "",  # payment: acquisition-card
    "Describe an OCR project you delivered.",
    "Décrivez un projet de ROC que vous avez réalisé.",
    "",  # max words: 250
    "Every letter is searchable by sender and date.",
    "Chaque lettre est consultable par expéditeur et par date.",
    "y",  # standalone work
    "y",  # no internal capacity
]


def new(content: Path, answers: list[str], *args: str) -> Result:
    return CliRunner().invoke(
        main,
        ["new", "--content", str(content), "--today", "2027-01-25", *args],
        input="\n".join(answers) + "\n",
    )


def test_new_proposes_price_and_closing_and_writes_a_file_that_validates(
    make_repo: Callable[..., Path],
) -> None:
    content = make_repo() / "content"
    result = new(content, ANSWERS)
    assert result.exit_code == 0, result.output
    # prompts come from the schema's descriptions; defaults from the board's rules
    assert "title (French): Short title, 100 characters at most per language" in result.output
    assert "price amount: Amount in whole or decimal currency units [8695]" in result.output
    assert "closing: Closing date (YYYY-MM-DD)" in result.output
    assert "[2027-02-08]" in result.output  # 10 business days after Monday 25 January

    path = content / "opportunities" / "ocr-archive-index.yaml"
    text = path.read_text(encoding="utf-8")
    assert "amount: 8695\n" in text
    assert "closing: '2027-02-08T23:59:59-05:00'" in text
    assert "delivery: '2027-03-25T23:59:59-04:00'" in text  # daylight time by then
    assert "status: draft" in text
    result_of_validation = run([path], content)
    assert result_of_validation.passed(strict=True), result_of_validation.problems


def test_new_refuses_to_overwrite(make_repo: Callable[..., Path]) -> None:
    content = make_repo() / "content"
    assert new(content, ANSWERS).exit_code == 0
    path = content / "opportunities" / "ocr-archive-index.yaml"
    before = path.read_text(encoding="utf-8")
    again = new(content, ANSWERS)
    assert again.exit_code == 2
    assert "already exists" in again.output
    assert path.read_text(encoding="utf-8") == before


def test_new_writes_nothing_when_the_closing_date_is_too_early(
    make_repo: Callable[..., Path],
) -> None:
    content = make_repo() / "content"
    result = new(content, ANSWERS[:16] + ["2027-02-01"] + ANSWERS[17:])
    assert result.exit_code == 1
    assert (
        "closing: leaves 5 business day(s) after posting; at least 10 are required" in result.output
    )
    assert "Nothing written" in result.output
    assert not (content / "opportunities" / "ocr-archive-index.yaml").exists()


def test_new_without_the_attestations_writes_nothing(make_repo: Callable[..., Path]) -> None:
    content = make_repo() / "content"
    result = new(content, [*ANSWERS[:-2], "n"])
    assert result.exit_code == 2
    assert "needs this attestation: The work is standalone" in result.output
    assert not (content / "opportunities").exists() or not any(
        (content / "opportunities").iterdir()
    )


def test_new_from_flags_and_proposed_defaults_asks_nothing(make_repo: Callable[..., Path]) -> None:
    content = make_repo() / "content"
    from board.scaffold import ASKS

    keys = [ask.key for ask in ASKS]
    sets = [f"--set={k}={v}" for k, v in zip(keys, ANSWERS, strict=False) if v]
    sets += ["--set=price.amount=5000", "--set=closing=2027-03-01"]
    result = CliRunner().invoke(
        main,
        ["new", "--content", str(content), "--today", "2027-01-25", "--attest", *sets]
        + ["--accept-defaults"],
        input="",
    )
    assert result.exit_code == 0, result.output
    text = (content / "opportunities" / "ocr-archive-index.yaml").read_text(encoding="utf-8")
    assert "amount: 5000" in text and "closing: '2027-03-01T23:59:59-05:00'" in text
