"""The plain-text rule: titles, names, skills, criteria and questions carry no markup.

Markup written as a character reference (``&lt;/title&gt;``) is refused as firmly as a literal
tag, because feeds, calendars and other people's pages may decode it back into markup. Plain
prose with ``&`` and ``<`` stays allowed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from board.cli import main
from board.rules._schema_fields import text_fields
from board.rules.plaintext import scan
from conftest import EXAMPLES


@pytest.mark.parametrize(
    "text",
    [
        "Research & development",
        "R&D, Q&A, AT&T, S&P 500",
        "x < 3 and 5 > 2",
        "Fish & chips; salt & vinegar",
        "A <= B, 1 << 2",
        "Accès & sécurité",
        "100% & more",
        "Line one\nline two\twith a tab",
    ],
)
def test_prose_with_ampersands_and_comparisons_passes(text: str) -> None:
    assert scan(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Glossary &lt;/title&gt;", "'&lt;'"),
        ("&lt without a semicolon", "'&lt'"),
        ("&LT;script", "'&LT;'"),
        ("&#60;script&#62;", "'&#60;'"),
        ("&#060;", "'&#060;'"),
        ("&#x3c;img&#x3e;", "'&#x3c;'"),
        ("&#X3C;", "'&#X3C;'"),
        ("AT&amp;T", "'&amp;'"),
        ("&quot;quoted&quot;", "'&quot;'"),
        ("&unknownname;", "'&unknownname;'"),
        ("<img src=x onerror=alert(1)>", "'<img'"),
        ("</title>", "'</title'"),
        ("<ScRiPt>", "'<ScRiPt'"),
        ("<svg/onload=alert(1)>", "'<svg/onload=alert(1)'"),
        ("<!-- hidden -->", "'<!--'"),
        ("<![CDATA[x]]>", "'<![CDATA[x]]'"),
        ("<?xml?>", "'<?xml?'"),
        ("a<b", "'<b'"),
        ("Pasted\x0bfrom a word processor", "U+000B"),
        ("Null\x00byte", "U+0000"),
        ("Price \u202e001 $", "U+202E"),
        ("Isolate \u2066hidden\u2069", "U+2066"),
    ],
)
def test_markup_literal_or_encoded_is_found(text: str, found: str) -> None:
    problems = scan(text)
    assert problems, text
    assert found in problems[0][1].message
    assert all(en.hint and fr.message and fr.hint for _, en, fr in problems)


def test_plain_text_and_markdown_fields_come_from_the_schema() -> None:
    """One source of truth: the schema marks Markdown; every other free text is plain."""
    markdown = text_fields("opportunity", markdown=True)
    assert markdown == (
        ("description", "en"),
        ("description", "fr"),
        ("addenda", None, "en"),
        ("addenda", None, "fr"),
        ("questions", None, "answer", "en"),
        ("questions", None, "answer", "fr"),
    )
    plain = text_fields("opportunity")
    for field in [
        ("title", "fr"),
        ("summary", "en"),
        ("skills", None),
        ("client", "department", "en"),
        ("client", "team", "fr"),
        ("evaluation", "criteria", None, "en"),
        ("acceptance", "fr", None),
        ("questions", None, "question", "en"),
    ]:
        assert field in plain
    assert ("id",) not in plain and ("repository",) not in plain  # constrained by a pattern
    assert ("name", "fr") in text_fields("board")
    assert ("eligibility", None, "en") in text_fields("board")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            "board.yaml:4:14: name.fr: '&lt;' is an HTML character reference, but this field "
            "is plain text (write the character itself ('<'), not its code)",
        ),
        (
            "fr",
            "board.yaml:4:14: name.fr : '&lt;' est une référence de caractère HTML, alors que ce "
            "champ est du texte brut (écrivez le caractère lui-même ('<'), pas son code)",
        ),
    ],
)
def test_board_name_with_markup_is_refused_in_both_languages(
    tmp_path: Path, runner: CliRunner, lang: str, expected: str
) -> None:
    text = (EXAMPLES / "board.yaml").read_text(encoding="utf-8")
    hostile = text.replace("  fr: Tableau des microacquisitions", "  fr: Tableau&lt;/title&gt;")
    assert hostile != text
    (tmp_path / "board.yaml").write_text(hostile, encoding="utf-8")
    (tmp_path / "opportunities").mkdir()
    shutil.copy(
        EXAMPLES / "valid" / "pdf-forms-minimal.yaml", tmp_path / "opportunities" / "x.yaml"
    )
    result = runner.invoke(main, ["validate", "--lang", lang, "--content", str(tmp_path)])
    assert result.exit_code == 1
    assert expected in result.output.splitlines()[0]
    assert "Traceback" not in result.output
