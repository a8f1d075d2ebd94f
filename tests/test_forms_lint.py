"""Every issue form passes check-jsonschema's GitHub issue-form schema and GitHub's own rules.

The list of forms is read from .github/ISSUE_TEMPLATE/, so a form added later is checked too.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from board.cli import main
from board.forms import load_form
from board.forms.lint import form_files, lint, lint_text
from conftest import ROOT

FORMS = form_files(ROOT)


def test_there_are_forms_to_check() -> None:
    assert "question.yml" in {p.name for p in FORMS}


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name)
def test_form_passes_check_jsonschema_offline(form: Path) -> None:
    tool = Path(sys.executable).with_name("check-jsonschema")
    result = subprocess.run(
        [str(tool), "--builtin-schema", "vendor.github-issue-forms", "--no-cache", str(form)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name)
def test_form_passes_the_rules_github_enforces(form: Path) -> None:
    assert lint([form]) == []


BAD_FORM = """\
name: Bad
description: every mistake GitHub refuses
body:
  - type: dropdown
    id: answer
    attributes:
      label: Answer
      options:
        - yes
        - "No"
        - None
  - type: input
    id: answer
    attributes:
      label: Answer
"""


@pytest.mark.parametrize(
    ("line", "field", "message"),
    [
        (9, "body[0].attributes.options[0]", "option True is read as bool, not text"),
        (11, "body[0].attributes.options[2]", "'None' is reserved by GitHub in dropdowns"),
        (13, "body[1].id", "id 'answer' is already used by body[0]"),
        (15, "body[1].attributes.label", "label 'Answer' is already used by body[0]"),
    ],
)
def test_mistakes_the_schema_misses_are_reported_on_their_line(
    line: int, field: str, message: str
) -> None:
    found = lint_text(BAD_FORM, "bad.yml")
    assert any(p.line == line and p.field == field and p.message == message for p in found), found
    assert len(found) == 4  # one message per mistake, not a schema echo as well


def test_schema_errors_are_reported_too() -> None:
    found = lint_text("name: No body\ndescription: x\n", "empty.yml")
    assert [p.message for p in found] == ["'body' is a required property"]


def test_board_lint_forms_fails_on_a_bad_form(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text(BAD_FORM, encoding="utf-8")
    result = CliRunner().invoke(main, ["lint-forms", str(bad)])
    assert result.exit_code == 1
    assert (
        "bad.yml:9:11: body[0].attributes.options[0]: option True is read as bool" in result.output
    )


def test_intake_reads_the_field_ids_the_question_form_defines() -> None:
    form = load_form(ROOT / ".github" / "ISSUE_TEMPLATE" / "question.yml")
    assert {f.id for f in form.fields} == {"opportunity", "question", "language"}
    assert form.labels == ("question",)  # what dispatch uses to route an empty body
