"""What a client team sees on its pull request: the job summary and the scope check.

Each test builds a real git repository: main with the published opportunity, then a branch that
changes it, as a pull request would.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import git
import pytest
import yaml
from click.testing import CliRunner

from board.applications import ledger, transitions
from board.cli import main
from board.sealing import keys
from conftest import SAMPLE, commit_all, sample_opportunity, write_opportunity

NOW = "2027-02-01T12:00:00-05:00"


def branch(root: Path) -> str:
    """Commit the current tree as main, then check out a pull request branch; main's SHA."""
    sha = commit_all(root, "main")
    git.Repo(root).git.checkout("-b", "client-change")
    return sha


def preview(root: Path, base: str) -> str:
    result = CliRunner().invoke(
        main, ["preview", "--base", base, "--repo", str(root), "--now", NOW]
    )
    assert result.exit_code == 0, result.output
    return result.output


def test_summary_highlights_a_moved_closing_date(make_repo: Callable[..., Path]) -> None:
    root = make_repo(sample_opportunity())
    base = branch(root)
    write_opportunity(root, sample_opportunity(closing="2027-03-05T23:59:59-05:00"))

    summary = preview(root, base)

    assert f"(`{SAMPLE}`)" in summary
    assert "| Status | open (file: published) |" in summary
    assert "8,600 CAD + 15% tax 1,290 CAD = 9,890 CAD, within the 10,000 CAD cap" in summary
    # the closing date as the board shows it, in the board's time zone, in both languages
    assert "| Closing | March 5, 2027, 11:59 p.m. ET |" in summary
    assert "| Date de clôture | 5 mars 2027, 23 h 59 HE |" in summary
    assert "Applicants rely on `closing`" in summary
    assert "| **closing** | 2027-02-26T23:59:59-05:00 | **2027-03-05T23:59:59-05:00** |" in summary


def test_summary_is_bilingual_and_highlights_a_moved_closing_date_in_both_languages(
    make_repo: Callable[..., Path],
) -> None:
    root = make_repo(sample_opportunity())
    base = branch(root)
    write_opportunity(root, sample_opportunity(closing="2027-03-05T23:59:59-05:00"))

    summary = preview(root, base)

    assert summary.startswith("## What the board will show / Ce que le tableau affichera\n")
    assert "| État | ouverte (fichier\u00a0: publiée) |" in summary
    assert (
        "| Prix | 8\u00a0600\u00a0$ + 1\u00a0290\u00a0$ de taxes (15\u00a0%) = 9\u00a0890\u00a0$, "
        "dans les limites du plafond de 10\u00a0000\u00a0$ |" in summary
    )
    assert "| Date de publication | 25 janvier 2027 |" in summary
    english = (
        "- **Moved closing date**: from February 26, 2027, 11:59 p.m. ET "
        "to March 5, 2027, 11:59 p.m. ET"
    )
    french = (
        "* **Date de clôture modifiée**\u00a0: du 26 février 2027, 23 h 59 HE "
        "au 5 mars 2027, 23 h 59 HE"
    )
    lines = summary.splitlines()
    assert english in lines and french in lines
    assert lines.index(english) < lines.index(french)  # English, then French
    assert "Déjà publiée\u202f; ce qui change\u00a0:" in lines
    assert "> Les candidats se fient à `closing`\u00a0: annoncez le changement" in summary
    assert "| field / champ | before / avant | after / après |" in lines


def test_summary_shows_a_price_over_the_cap_and_every_changed_field(
    make_repo: Callable[..., Path],
) -> None:
    root = make_repo(sample_opportunity())
    base = branch(root)
    changed = sample_opportunity(licence="Apache-2.0")
    changed["price"]["amount"] = 9000
    write_opportunity(root, changed)

    summary = preview(root, base)

    assert "9,000 CAD + 15% tax 1,350 CAD = 10,350 CAD, **over the 10,000 CAD cap**" in summary
    assert "(largest price before tax: 8,695 CAD)" in summary
    assert (
        "9\u00a0000\u00a0$ + 1\u00a0350\u00a0$ de taxes (15\u00a0%) = 10\u00a0350\u00a0$, "
        "**dépasse le plafond de 10\u00a0000\u00a0$** (prix le plus élevé avant taxes\u00a0: "
        "8\u00a0695\u00a0$)" in summary
    )
    assert "- **Changed price**: from 8,600 CAD to 9,000 CAD" in summary
    assert "* **Prix modifié**\u00a0: de 8\u00a0600\u00a0$ à 9\u00a0000\u00a0$" in summary
    rows = [x for x in summary.splitlines() if x.startswith("| ") and " | " in x[2:]]
    changed_rows = [x for x in rows if x.count("|") == 4 and not x.startswith("| field")]
    assert changed_rows[0].startswith("| **price.amount** | 8600 | **9000** |")  # first
    assert "| licence | MIT | Apache-2.0 |" in summary


def test_new_opportunity_is_previewed_without_a_change_list(
    make_repo: Callable[..., Path],
) -> None:
    root = make_repo(sample_opportunity())
    base = branch(root)
    write_opportunity(root, sample_opportunity(id="second-tool", status="draft"))
    summary = preview(root, base)
    assert "(`second-tool`)" in summary and "New opportunity." not in summary
    assert "Draft: not shown. The board never shows a draft" in summary
    assert "Brouillon\u00a0: non affiché." in summary and "Nouvelle opportunité." not in summary
    assert "| Status | draft (file: draft) |" in summary
    assert "| État | brouillon (fichier\u00a0: brouillon) |" in summary
    assert f"(`{SAMPLE}`)" not in summary  # unchanged opportunities are not listed
    write_opportunity(root, sample_opportunity(id="second-tool", status="published"))
    summary = preview(root, base)
    assert "New opportunity." in summary and "Nouvelle opportunité." in summary
    assert "Draft: not shown" not in summary


def test_a_file_that_does_not_parse_is_not_shown_as_removed(
    make_repo: Callable[..., Path],
) -> None:
    root = make_repo(sample_opportunity())
    base = branch(root)
    path = root / "content" / "opportunities" / f"{SAMPLE}.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "price: [unclosed\n", encoding="utf-8")
    summary = preview(root, base)
    assert "Not previewed: the file does not validate yet" in summary
    assert "Aucun aperçu\u00a0: le fichier n'est pas encore valide" in summary
    assert "Removed" not in summary and "Retirée" not in summary


def scope(root: Path, base: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["pr-scope", "--base", base, "--repo", str(root)])
    return result.exit_code, result.output


def test_pull_request_changing_content_and_workflows_is_flagged(
    make_repo: Callable[..., Path],
) -> None:
    root = make_repo(sample_opportunity())
    base = branch(root)
    write_opportunity(root, sample_opportunity(licence="Apache-2.0"))
    workflow = root / ".github" / "workflows" / "pr-checks.yml"
    workflow.parent.mkdir(parents=True)
    workflow.write_text("on: pull_request\n", encoding="utf-8")
    commit_all(root, "Change an opportunity and a workflow")

    code, output = scope(root, base)

    assert code == 1
    assert (
        "changes content (1 file under content/) and also .github/workflows/pr-checks.yml" in output
    )
    assert "Split it" in output


def test_the_scope_check_says_it_in_english_then_in_french(
    make_repo: Callable[..., Path],
) -> None:
    root = make_repo(sample_opportunity())
    base = branch(root)
    write_opportunity(root, sample_opportunity(licence="Apache-2.0"))
    (root / "tools").mkdir()
    (root / "tools" / "rule.py").write_text("CAP = 20000\n", encoding="utf-8")
    commit_all(root, "Change an opportunity and a rule")

    code, output = scope(root, base)

    assert code == 1
    english, french = output.splitlines()
    assert english.startswith("Error: this pull request changes content (1 file under content/)")
    assert french == (
        "Erreur : cette demande de tirage modifie du contenu (1 fichier sous content/) ainsi "
        "que tools/rule.py. Divisez-la en deux : une demande de tirage pour les opportunités, "
        "examinée par l'approvisionnement, et une autre pour les flux de travail, les outils ou "
        "les schémas, examinée par les responsables du dépôt."
    )


def test_content_only_pull_request_passes_the_scope_check(
    make_repo: Callable[..., Path],
) -> None:
    root = make_repo(sample_opportunity())
    base = branch(root)
    write_opportunity(root, sample_opportunity(licence="Apache-2.0"))
    commit_all(root, "Change the licence")
    code, output = scope(root, base)
    assert code == 0, output
    assert output.splitlines() == [
        "1 changed file; scope is fine",
        "1 fichier modifié; la portée est conforme",
    ]


def test_an_opportunity_posted_later_is_previewed_as_scheduled(
    make_repo: Callable[..., Path],
) -> None:
    root = make_repo(sample_opportunity())
    base = branch(root)
    later = sample_opportunity(
        id="later-tool",
        posted="2027-03-01",
        closing="2027-04-02T23:59:59-04:00",
        start="2027-04-12",
        delivery="2027-05-28T23:59:59-04:00",
    )
    write_opportunity(root, later)
    summary = preview(root, base)
    assert "| Status | scheduled: appears on its posting date (file: published) |" in summary
    assert "prévue\u00a0: paraîtra à sa date de publication" in summary


def new_key() -> dict[str, str]:
    published = keys.published(keys.new_private_key().public_key())
    return {"public_key": published.public_key, "fingerprint": published.fingerprint}


def write_ledger(root: Path, opportunity: str) -> None:
    """The opportunity's ledger with one application, as intake records it."""
    received = datetime(2027, 2, 1, 15, tzinfo=UTC)
    book, _ = transitions.record(
        ledger.Ledger(opportunity), 7, "ada", 583231, "-----BEGIN SEALED…", "ab" * 32, received
    )
    path = root / ledger.relative_path(opportunity)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(book.to_json(), sort_keys=False), encoding="utf-8")


def validate_since(root: Path, base: str, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    monkeypatch.chdir(root)
    result = CliRunner().invoke(main, ["validate", "--since", base, "--format", "json"])
    problems: list[dict[str, Any]] = json.loads(result.output)["problems"]
    return problems


def key_problems(problems: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [p for p in problems if "sealing key" in p["message"]]


def test_a_sealing_key_changed_before_any_application_is_shown_first(
    make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    old, new = new_key(), new_key()
    root = make_repo(sample_opportunity(sealing_key=old))
    base = branch(root)
    write_opportunity(root, sample_opportunity(sealing_key=new, licence="Apache-2.0"))
    commit_all(root, "Rotate the key")

    summary = preview(root, base)
    lines = summary.splitlines()
    english = f"> - `{SAMPLE}`: fingerprint `{old['fingerprint']}` → `{new['fingerprint']}`"
    french = f"> - `{SAMPLE}`\u00a0: empreinte `{old['fingerprint']}` → `{new['fingerprint']}`"
    assert "> **Sealing key changed**" in lines and "> **Clé de scellement modifiée**" in lines
    assert any(line.startswith(english) for line in lines)
    assert any(line.startswith(french) for line in lines)
    # first: before the opportunity's card, and first in its table of changes
    assert summary.index("Sealing key changed") < summary.index(f"(`{SAMPLE}`)")
    table = [line for line in lines if line.startswith("| ")]
    changed = [line for line in table if "sealing_key" in line or "licence" in line]
    assert changed[0].startswith("| **sealing_key.public_key** |")
    assert not key_problems(validate_since(root, base, monkeypatch))  # allowed before applications


def test_no_caution_when_the_key_is_unchanged(
    make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    key = new_key()
    root = make_repo(sample_opportunity(sealing_key=key))
    write_ledger(root, SAMPLE)
    base = branch(root)
    write_opportunity(root, sample_opportunity(sealing_key=key, licence="Apache-2.0"))
    commit_all(root, "Change the licence")
    assert "Sealing key changed" not in preview(root, base)
    assert not key_problems(validate_since(root, base, monkeypatch))


def test_a_sealing_key_changed_after_applications_is_an_error_at_the_key(
    make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_repo(sample_opportunity(sealing_key=new_key()))
    write_ledger(root, SAMPLE)
    base = branch(root)
    path = write_opportunity(root, sample_opportunity(sealing_key=new_key()))
    commit_all(root, "Rotate the key after applications")

    [problem] = key_problems(validate_since(root, base, monkeypatch))
    line = path.read_text().splitlines().index("sealing_key:") + 1
    assert (problem["path"], problem["line"], problem["column"]) == (
        f"content/opportunities/{SAMPLE}.yaml",
        line,
        1,
    )
    assert problem["severity"] == "error"
    assert (
        f"changes the sealing key of {SAMPLE}, which already has applications"
        in (problem["message"])
    )
    assert "keep the old sealing_key" in problem["hint"]
    assert (
        f"modifie la clé de scellement de {SAMPLE}, qui a déjà reçu des candidatures"
        in (problem["message_fr"])
    )
    assert "gardez l'ancienne valeur de sealing_key" in problem["hint_fr"]


def test_a_board_key_change_reaching_an_opportunity_with_applications_is_an_error(
    make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_repo(sample_opportunity())  # no key of its own: the board's applies
    base = branch(root)
    write_ledger(root, SAMPLE)  # the applications arrive in the pull request itself
    board = root / "content" / "board.yaml"
    text = board.read_text()
    start = text.index("sealing_key:")
    end = text.index("\n", text.index("fingerprint:", start))
    board.write_text(
        text[:start] + keys.published(keys.new_private_key().public_key()).yaml() + text[end + 1 :]
    )
    commit_all(root, "New board key")

    [problem] = key_problems(validate_since(root, base, monkeypatch))
    assert problem["path"] == "content/board.yaml"
    assert problem["line"] == text[:start].count("\n") + 1
    assert "Sealing key changed" in preview(root, base)
