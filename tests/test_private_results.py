"""The officer's private results file (issue #10) reports every mistake at once, at its line and
column, in English and in French, from the catalog (issue #9): the notices are written from it,
so a wrong file must stop with words the officer can act on, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from board import validate
from board.model import Opportunity
from board.outcomes.private_results import read
from board_site import results_fixture


@pytest.fixture(scope="module")
def opp() -> Opportunity:
    found = validate.load_content(results_fixture.ROOT / "content").opportunity(
        "accessible-pdf-forms"
    )
    assert found is not None
    return found


BROKEN = """\
opportunity: accessible-pdf-forms
applications:
  - application: A
    criteria:
      - id: skills
        passed: yes please
  - application: B
    criteria:
      - id: skills
        passed: true
        score: high
  - application: C
    criteria:
      - id: skills
        passed: false
        comment: {en: Only English.}
  - application: C
    criteria: []
  - application: D
    criteria: []
"""


def test_every_mistake_in_the_results_file_is_named_at_its_place_in_both_languages(
    opp: Opportunity, tmp_path: Path
) -> None:
    path = tmp_path / "accessible-pdf-forms-results.yaml"
    path.write_text(BROKEN, "utf-8")
    results, problems = read(path, opp)
    assert results is None
    said = [(p.line, p.column, p.message, p.message_fr) for p in problems]
    assert said == [
        (5, 9, "expected id (one of skills) and passed (true or false)",
         "id (l'un de skills) et passed (true ou false) sont attendus"),
        (11, 16, "score is a number", "score est un nombre"),
        (16, 18, "comment needs en and fr texts", "comment exige les textes en et fr"),
        (17, 5, "expected a new application letter and its criteria",
         "une nouvelle lettre de candidature et ses critères sont attendus"),
        (19, 5, "give a result for every criterion, once",
         "donnez un résultat pour chaque critère, une seule fois"),
    ]  # fmt: skip
    assert {p.code for p in problems} == {"results.invalid"}


def test_a_results_file_for_another_opportunity_or_without_a_list_is_refused(
    opp: Opportunity, tmp_path: Path
) -> None:
    other = tmp_path / "other.yaml"
    other.write_text("opportunity: something-else\napplications: []\n", "utf-8")
    _, problems = read(other, opp)
    assert [(p.message, p.message_fr) for p in problems] == [
        ("expected opportunity: accessible-pdf-forms", "opportunity: accessible-pdf-forms est attendu")
    ]  # fmt: skip
    flat = tmp_path / "flat.yaml"
    flat.write_text("opportunity: accessible-pdf-forms\napplications: A\n", "utf-8")
    _, problems = read(flat, opp)
    assert [(p.message, p.message_fr) for p in problems] == [
        ("applications must be a list", "applications doit être une liste")
    ]
