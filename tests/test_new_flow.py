"""`board new` as a client answers it (#11): choices in French words or by number, the price
from the pilot's estimate shown against the cap, a draft said plainly, the editor for a long
description (a real editor: a script named by $EDITOR)."""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from board.validate import run
from test_new import ANSWERS, new

TAXES, HOURS, RATE, ADMIN, PAYMENT, STATUS = 13, 14, 15, 16, 24, 25
DESCRIPTION_EN = 5


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("BOARD_LANG", "LC_ALL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def answered(**at: str) -> list[str]:
    answers = list(ANSWERS)
    positions = {"taxes": TAXES, "hours": HOURS, "rate": RATE, "admin": ADMIN}
    positions |= {"payment": PAYMENT, "status": STATUS, "description": DESCRIPTION_EN, "id": 0}
    for name, value in at.items():
        answers[positions[name]] = value
    return answers


def written(content: Path) -> str:
    return (content / "opportunities" / "ocr-archive-index.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("taxes", "payment", "status", "expected"),
    [
        ("« exclues »", "carte d'achat", "brouillon", ("excluded", "acquisition-card", "draft")),
        ("Incluses", "2", "publiée", ("included", "paypal", "published")),
        ("2", "Carte d’achat", "1", ("included", "acquisition-card", "published")),
        ("TAXES INCLUSES", "PayPal", "2", ("included", "paypal", "draft")),
    ],
)
def test_every_choice_takes_french_words_or_its_number(
    make_repo: Callable[..., Path],
    taxes: str,
    payment: str,
    status: str,
    expected: tuple[str, str, str],
) -> None:
    content = make_repo() / "content"
    answers = answered(taxes=taxes, payment=payment, status=status)
    result = new(content, [*answers[:-2], "o", "o"], "--lang", "fr")
    assert result.exit_code == 0, result.output
    assert "(1. excluded : taxes applicables en sus; 2. included : taxes incluses)" in result.output
    text = written(content)
    assert f"taxes: {expected[0]}\n" in text
    assert f"payment: {expected[1]}\n" in text
    assert f"status: {expected[2]}\n" in text


def test_a_draft_is_said_plainly_in_both_languages(make_repo: Callable[..., Path]) -> None:
    content = make_repo() / "content"
    result = new(content, answered(status="draft"))
    assert result.exit_code == 0, result.output
    assert "A draft is never shown on the board, even once merged" in result.output
    assert "status: draft" in written(content)
    answers = answered(status="brouillon", id="ocr-archive-brouillon")
    french = new(content, [*answers[:-2], "o", "o"], "--lang", "fr")
    assert french.exit_code == 0, french.output
    assert "Un brouillon n'est jamais affiché sur le tableau, même fusionné" in french.output


def test_the_price_comes_from_the_estimate_and_is_shown_against_the_cap(
    make_repo: Callable[..., Path],
) -> None:
    content = make_repo() / "content"
    result = new(content, answered(hours="120", rate="95", admin="10", taxes="excluded"))
    # (120 + 10) x 95 = 12,350: over the cap, so the file is refused, with the estimate shown
    assert "= $12,350; with 15% tax: $14,202, over the $10,000 cap" in result.output
    assert "(largest price before tax: $8,695)" in result.output
    assert result.exit_code == 1 and "Nothing written" in result.output
    assert "[8695]" not in result.output  # the cap is never proposed as the price


def test_enter_on_the_description_opens_the_editor(
    make_repo: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = tmp_path / "editor.sh"
    editor.write_text(
        "#!/bin/sh\n"
        "{ printf '## Context\\n\\nWe scanned **4,000** letters.\\n\\n- Index them.\\n'; "
        'cat "$1"; } > "$1.new" && mv "$1.new" "$1"\n',
        encoding="utf-8",
    )
    editor.chmod(editor.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("EDITOR", str(editor))
    monkeypatch.delenv("VISUAL", raising=False)
    content = make_repo() / "content"
    result = new(content, answered(description=""))
    assert result.exit_code == 0, result.output
    assert "[Enter: open your editor]" in result.output
    text = written(content)
    assert "We scanned **4,000** letters." in text and "- Index them." in text
    assert "<!--" not in text  # the editor's instruction line is not kept
    assert run([content / "opportunities" / "ocr-archive-index.yaml"], content).passed()
