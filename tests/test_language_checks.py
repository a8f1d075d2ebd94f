"""`board validate` catches French that is not French and English that is not English, in real
YAML files: a copy of the English, a placeholder, the other language; and leaves alone the codes,
names and addresses that are the same in both languages."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from board.problems import Problem
from board.validate import run
from conftest import sample_opportunity

ENGLISH = "Every form can be completed with a screen reader, in the intended reading order."
FRENCH = (
    "Chaque formulaire peut être rempli avec un lecteur d'écran, dans l'ordre de lecture prévu."
)


def problems(make_repo: Callable[..., Path], **changes: Any) -> list[Problem]:
    root = make_repo(sample_opportunity(**changes))
    return [p for p in run([], root / "content", repository=False).problems if p.is_error]


def coded(found: list[Problem], prefix: str = "language.") -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in found if p.code.startswith(prefix)]


def test_the_shipped_content_has_no_language_problem(make_repo: Callable[..., Path]) -> None:
    assert coded(problems(make_repo)) == []


def test_a_french_copy_of_the_english_is_refused_with_place_and_fix(
    make_repo: Callable[..., Path],
) -> None:
    found = problems(make_repo, title={"en": "Index our archive", "fr": "Index our archive"})
    (problem,) = [p for p in found if p.code == "language.identical"]
    assert problem.field == "title.fr"
    assert problem.line > 0 and problem.column > 0
    assert "same as the English ('Index our archive')" in problem.message
    assert "traduisez-le en français" in problem.hint_fr


def test_codes_names_and_short_values_may_be_the_same_in_both_languages(
    make_repo: Callable[..., Path],
) -> None:
    found = problems(
        make_repo,
        client={
            "department": {"en": "Shared Services Canada", "fr": "Shared Services Canada"},
            "team": {"en": "GitHub Actions", "fr": "GitHub Actions"},
            "contact": "team@example.gc.ca",
        },
        title={"en": "PDF/UA WCAG 2.1 TBX", "fr": "PDF/UA WCAG 2.1 TBX"},
    )
    assert coded(found) == []


def test_placeholders_are_refused_in_either_language(make_repo: Callable[..., Path]) -> None:
    found = problems(
        make_repo,
        summary={"en": "Remediate the three forms (TBD).", "fr": "Résumé à traduire"},
        acceptance={"en": [ENGLISH, "FIXME"], "fr": [FRENCH, "Critère XXX"]},
    )
    assert sorted(coded(found)) == [
        ("acceptance.en[1]", "language.placeholder"),
        ("acceptance.fr[1]", "language.placeholder"),
        ("summary.en", "language.placeholder"),
        ("summary.fr", "language.placeholder"),
    ]
    french = next(p for p in found if p.field == "summary.fr")
    assert "'à traduire'" in french.message
    assert "texte définitif en français" in french.hint_fr


def test_english_under_fr_and_french_under_en_are_found_by_language_identification(
    make_repo: Callable[..., Path],
) -> None:
    found = problems(make_repo, acceptance={"en": [FRENCH, ENGLISH], "fr": [ENGLISH, FRENCH]})
    wrong = [p for p in found if p.code == "language.wrong-language"]
    assert [(p.field, p.message.split(" (")[0]) for p in wrong] == [
        ("acceptance.en[0]", "reads as French, not English"),
        ("acceptance.fr[0]", "reads as English, not French"),
    ]
    assert wrong[1].message_fr.startswith("semble rédigé en anglais, et non en français")


def test_a_short_value_is_never_guessed(make_repo: Callable[..., Path]) -> None:
    """Language identification misreads a few words ("Python script" reads as French)."""
    found = problems(make_repo, title={"en": "Python script", "fr": "Un script Python"})
    assert coded(found) == []


def test_a_huge_value_does_not_slow_the_check(make_repo: Callable[..., Path]) -> None:
    huge = "Chaque formulaire doit être accessible. " * 20_000  # 800 kB of French under en
    start = time.perf_counter()
    found = problems(make_repo, description={"en": huge, "fr": FRENCH})
    assert time.perf_counter() - start < 20
    assert ("description.en", "language.wrong-language") in coded(found)


def test_the_board_file_is_checked_too(make_repo: Callable[..., Path]) -> None:
    root = make_repo()
    board = root / "content" / "board.yaml"
    text = board.read_text(encoding="utf-8")
    board.write_text(
        text.replace("fr: Tableau des microacquisitions", "fr: TODO"), encoding="utf-8"
    )
    found = run([board], root / "content", repository=False).problems
    assert ("name.fr", "language.placeholder") in coded(found)


def test_wording_never_turns_an_applicant_away(make_repo: Callable[..., Path]) -> None:
    """Intake decides on the opportunity's rules, not its wording: a placeholder that slipped
    onto main is the validator's business, and intake still knows the opportunity."""
    from board.intake.reading import load_one

    root = make_repo(sample_opportunity(title={"en": "Index our archive", "fr": "TODO"}))
    content = load_one(root / "content", "bilingual-glossary-tool")
    assert content.opportunity("bilingual-glossary-tool") is not None
    found = run([], root / "content", repository=False).problems
    assert ("title.fr", "language.placeholder") in coded(found)  # board validate refuses it
