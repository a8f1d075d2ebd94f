"""Every message a client reads exists in English and in French.

The example reports (tests/test_examples.py) pin the exact wording; these tests hold the code
to the rule itself: no problem is made in one language only.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from board import report, validate
from board.problems import Problem, Say, Severity
from board.schemas import fr as schema_fr
from conftest import EXAMPLES, ROOT

PACKAGE = ROOT / "tools" / "board"


def _corpus_problems() -> list[Problem]:
    found: list[Problem] = []
    for path in sorted(EXAMPLES.rglob("*.yaml")):
        found.extend(validate.run([path], EXAMPLES, keep=False, repository=False).problems)
    return found


def test_every_problem_of_the_example_corpus_is_said_in_french() -> None:
    problems = _corpus_problems()
    assert len(problems) >= 30  # the corpus holds about one problem per invalid example
    for p in problems:
        assert p.message_fr.strip(), p
        assert p.message_fr != p.message, p
        if p.hint:
            assert p.hint_fr.strip(), p
        else:
            assert not p.hint_fr, p


def test_no_problem_is_built_with_one_language() -> None:
    """``Problem.of(…, en=Say, fr=Say)`` is the one way to make a problem outside its module."""
    direct = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "problems.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Problem"
            ):
                direct.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert direct == []


@pytest.mark.parametrize(
    "name", ["board", "ledger", "opportunity", "evaluation", "draw", "delivery", "payment"]
)
def test_every_schema_description_has_its_french(name: str) -> None:
    schema = json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))
    missing = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("description"), str) and not schema_fr.french(
                node["description"]
            ):
                missing.append(node["description"])
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(schema)
    assert missing == [], "translate these in board/schemas/fr.py"


def test_a_problem_renders_in_either_language_with_the_same_location() -> None:
    p = Problem.of(
        "content/opportunities/x.yaml",
        "closing",
        Say("is before the posting date", "close after `posted`"),
        Say("est antérieure à la date de publication", "fixez la clôture après la date `posted`"),
        46,
        10,
        Severity.WARNING,
    )
    assert p.text() == (
        "content/opportunities/x.yaml:46:10: warning: closing: is before the posting date "
        "(close after `posted`)"
    )
    assert p.text("fr") == (
        "content/opportunities/x.yaml:46:10: avertissement : closing : est antérieure à la date "
        "de publication (fixez la clôture après la date `posted`)"
    )


def test_summaries_in_both_languages() -> None:
    assert report.text([], 3, "fr") == "3 fichiers valides"
    assert report.text([], 3) == "3 files valid"


@pytest.mark.parametrize(
    ("environ", "lang"),
    [
        ({}, "en"),
        ({"LANG": "fr_CA.UTF-8"}, "fr"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LC_ALL": "fr_FR.UTF-8", "LANG": "en_CA.UTF-8"}, "fr"),
        ({"LC_ALL": "en_CA.UTF-8", "LANG": "fr_CA.UTF-8"}, "en"),
        ({"BOARD_LANG": "en", "LANG": "fr_CA.UTF-8"}, "en"),
        ({"BOARD_LANG": "FR"}, "fr"),
    ],
)
def test_the_default_language_follows_the_environment(environ: dict[str, str], lang: str) -> None:
    assert report.default_lang(environ) == lang


def test_the_french_of_the_guide_and_of_the_hints_is_one_table() -> None:
    from board.site import schema_doc

    assert schema_doc.FRENCH is schema_fr.FRENCH
    assert Path(schema_fr.__file__).parent == PACKAGE / "schemas"
