"""`board new` driven through its prompts, as a client team member would answer them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
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
    "Python, Données ouvertes",  # skills, by their labels in either language
    "Agency of Example Standards",
    "Agence des normes exemplaires",
    "Records Office",
    "Bureau des documents",
    "records-documents@example.gc.ca",
    "",  # taxes: excluded (default)
    "40",  # estimate: hours of work
    "80",  # estimate: hourly rate
    "",  # estimate: hours of administration (default 10)
    "",  # price: the estimate, (40 + 10) x 80 = 4000 (default)
    "",  # posted: --today (default)
    "",  # closing: proposed (default)
    "",  # start (default)
    "",  # delivery (default)
    "https://github.com/example-org/archive-index",
    "",  # licence: MIT
    "",  # payment: acquisition-card
    "",  # status: published when merged (default)
    "Describe an OCR project you delivered.",
    "Décrivez un projet de ROC que vous avez réalisé.",
    "",  # max words: 250
    "Every letter is searchable by sender and date.",
    "Chaque lettre est consultable par expéditeur et par date.",
    "y",  # standalone work
    "y",  # no internal capacity
]


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """The prompts' language follows the environment; these tests choose it themselves."""
    for name in ("BOARD_LANG", "LC_ALL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


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
    assert "price amount: Amount in whole or decimal currency units [4000]" in result.output
    assert (
        "Estimate: (40 h + 10 h of administration) × $80 = $4,000; with 15% tax: $4,600, "
        "within the $10,000 cap (largest price before tax: $8,695)" in result.output
    )
    assert "closing: Closing date (YYYY-MM-DD)" in result.output
    assert "[2027-02-08]" in result.output  # 10 business days after Monday 25 January

    path = content / "opportunities" / "ocr-archive-index.yaml"
    text = path.read_text(encoding="utf-8")
    assert "amount: 4000\n" in text
    assert "closing: '2027-02-08T23:59:59-05:00'" in text
    assert "delivery: '2027-03-25T23:59:59-04:00'" in text  # daylight time by then
    assert "status: published" in text
    assert "the board shows it from January 25, 2027 once the pull request is merged" in (
        result.output
    )
    assert "skills:\n- python\n- open-data\n" in text  # the board's ids
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
    result = new(content, ANSWERS[:19] + ["2027-02-01"] + ANSWERS[20:])
    assert result.exit_code == 1
    assert (
        "closing: leaves 5 business days after posting; at least 10 business days are required"
        in result.output
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
    from board.client.scaffold import ASKS

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


def test_new_in_french_asks_in_french_and_writes_a_file_that_validates(
    make_repo: Callable[..., Path],
) -> None:
    content = make_repo() / "content"
    result = new(content, [*ANSWERS[:-2], "o", "oui"], "--lang", "fr")
    assert result.exit_code == 0, result.output
    # the French descriptions are the guide's (board.site.schema_doc.FRENCH)
    assert "titre (français) : Titre court, 100 caractères au plus par langue : " in result.output
    assert (
        "montant du prix : Montant en unités monétaires, entières ou décimales [4000] : "
        in result.output
    )
    assert "taxes : Indique si le montant comprend les taxes de vente (1. excluded : taxes " in (
        result.output
    )
    assert "date de clôture : Date de clôture (AAAA-MM-JJ)" in result.output
    assert "[2027-02-08] : " in result.output  # 10 business days after Monday 25 January
    assert (
        "mode de paiement : Mode de paiement du fournisseur (1. acquisition-card : Carte d'achat"
        in (result.output)
    )
    assert (
        "Les travaux sont autonomes et ne font pas partie d'un besoin plus vaste fractionné pour "
        "éviter les contrôles. L'attestez-vous? [o/N] : " in result.output
    )
    assert "Estimation : (40 h + 10 h d'administration) × 80\u00a0$ = 4\u00a0000\u00a0$" in (
        result.output
    )
    assert "Fichier " in result.output and "(état : publiée)" in result.output
    assert "demande de tirage" in result.output
    for english in ("Short title", "Do you attest", "Wrote ", "(English)", "[y/N]"):
        assert english not in result.output

    path = content / "opportunities" / "ocr-archive-index.yaml"
    text = path.read_text(encoding="utf-8")
    assert "amount: 4000\n" in text and "closing: '2027-02-08T23:59:59-05:00'" in text
    result_of_validation = run([path], content)
    assert result_of_validation.passed(strict=True), result_of_validation.problems


def test_new_in_french_says_why_an_answer_is_refused_and_asks_again(
    make_repo: Callable[..., Path],
) -> None:
    content = make_repo() / "content"
    answers = [*ANSWERS[:13], "peut-être", *ANSWERS[13:19], "8 février", *ANSWERS[19:]]
    answers[-2:] = ["peut-être", "o", "o"]
    result = new(content, answers, "--lang", "fr")
    assert result.exit_code == 0, result.output
    assert (
        "Erreur : 'peut-être' ne fait pas partie des choix possibles : excluded, included"
        in result.output
    )
    assert "Erreur : '8 février' n'est pas une date au format AAAA-MM-JJ" in result.output
    assert "Erreur : 'peut-être' : répondez o (oui) ou n (non)" in result.output


def test_new_in_french_refuses_without_the_attestation_in_french(
    make_repo: Callable[..., Path],
) -> None:
    content = make_repo() / "content"
    result = new(content, [*ANSWERS[:-2], "non"], "--lang", "fr")
    assert result.exit_code == 2
    assert "Erreur : une opportunité exige cette attestation : Les travaux sont autonomes" in (
        result.output
    )


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"BOARD_LANG": "fr", "LANG": "en_CA.UTF-8"}, "titre (anglais) :"),
        ({"BOARD_LANG": "en", "LANG": "fr_CA.UTF-8"}, "title (English):"),
        ({"LANG": "fr_CA.UTF-8"}, "titre (anglais) :"),
        ({"LC_ALL": "fr_FR.UTF-8", "LANG": "en_CA.UTF-8"}, "titre (anglais) :"),
        ({"LANG": "en_CA.UTF-8"}, "title (English):"),
    ],
)
def test_new_asks_in_the_language_of_the_environment(
    make_repo: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    environment: dict[str, str],
    expected: str,
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    result = new(make_repo() / "content", ANSWERS[:2])
    assert expected in result.output


def test_new_lang_option_wins_over_the_environment(
    make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BOARD_LANG", "fr")
    result = new(make_repo() / "content", ANSWERS[:2], "--lang", "en")
    assert "title (English):" in result.output
