"""``award.yaml`` checked by ``board validate`` (issue #10): every rule, with its stable code,
its place in the file and both languages. Each case is a real content folder: the shipped board,
the shipped opportunity it names, and hand-written evaluation, draw and award files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from board import validate
from board.problems import Problem
from conftest import ROOT

A, B, C, D = (
    "aaaa-0000-0000-0001",
    "bbbb-0000-0000-0002",
    "cccc-0000-0000-0003",
    "dddd-0000-0000-0004",
)
PASS_FAIL = "community-contacts-cleanup"  # closed 2026-06-26, price 4800 taxes excluded
SCORED = "bilingual-glossary-tool"  # closes 2027-02-26, price 8600, scored

EVALUATION = f"""opportunity: {PASS_FAIL}
evaluated: 2026-06-30
method: pass-fail-draw
criteria:
  - id: cleanup-example
    failed: 1
  - id: data-handling
    failed: 0
passed:
  - receipt: {A}
  - receipt: {B}
  - receipt: {C}
not_passed: [{D}]
draw_round: 12345678
"""
DRAW = f"""opportunity: {PASS_FAIL}
round: 12345678
ranking: [{B}, {C}, {A}]
"""


def award(body: str, oid: str = PASS_FAIL) -> str:
    return f"opportunity: {oid}\n{body}"


AWARD_TO = """award:
  receipt: {receipt}
  supplier: Jane Doe Consulting
  date: 2026-07-02
  price: {price}
"""
PASSED_OVER = """passed_over:
  - receipt: {receipt}
    reason: declined
    date: 2026-07-01
    explanation: {{en: Declined., fr: A refusé.}}
"""
NOT_AWARDED = """not_awarded:
  date: 2026-07-02
  reason: {en: Nobody., fr: Personne.}
"""


def problems(tmp_path: Path, files: dict[str, str], oid: str = PASS_FAIL) -> list[Problem]:
    content = tmp_path / "content"
    (content / "opportunities").mkdir(parents=True)
    shutil.copy(ROOT / "content" / "board.yaml", content)
    for name in (PASS_FAIL, SCORED):
        shutil.copy(ROOT / "content" / "opportunities" / f"{name}.yaml", content / "opportunities")
    folder = content / "outcomes" / oid
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    found = validate.run([], content, repository=False).problems
    return [p for p in found if p.code.startswith("award.")]


def only(found: list[Problem]) -> Problem:
    assert len(found) == 1, [p.text() for p in found]
    assert found[0].message_fr and found[0].message != found[0].message_fr
    return found[0]


def test_the_first_of_the_ranking_is_awarded(tmp_path: Path) -> None:
    files = {"evaluation.yaml": EVALUATION, "draw.yaml": DRAW}
    files["award.yaml"] = award(AWARD_TO.format(receipt=B, price=4800))
    assert problems(tmp_path, files) == []


def test_a_passed_over_selection_moves_the_award_to_the_next(tmp_path: Path) -> None:
    body = PASSED_OVER.format(receipt=B) + AWARD_TO.format(receipt=C, price=4800)
    files = {"evaluation.yaml": EVALUATION, "draw.yaml": DRAW, "award.yaml": award(body)}
    assert problems(tmp_path, files) == []


@pytest.mark.parametrize(
    ("body", "code", "where", "words"),
    [
        (AWARD_TO.format(receipt=D, price=4800), "award.not-passed", (3, 12), f"{D} did not pass"),
        (AWARD_TO.format(receipt=A, price=4800), "award.not-first", (3, 12), f"{B} is"),
        (
            PASSED_OVER.format(receipt=C) + AWARD_TO.format(receipt=B, price=4800),
            "award.passed-over-order",
            (3, 14),
            f"the next in the ranking is {B}",
        ),
        (AWARD_TO.format(receipt=B, price=4800.01), "award.price-above", (6, 10), "4800.01"),
        (NOT_AWARDED, "award.not-awarded-with-pass", (3, 3), f"{B} passed"),
        (AWARD_TO.format(receipt=B, price=4800) + NOT_AWARDED, "award.both", (8, 3), "both"),
        ("passed_over: []\n", "award.neither", (1, 1), "neither"),
    ],
)
def test_an_award_that_breaks_a_rule_is_refused_where_it_is_wrong(
    tmp_path: Path, body: str, code: str, where: tuple[int, int], words: str
) -> None:
    files = {"evaluation.yaml": EVALUATION, "draw.yaml": DRAW, "award.yaml": award(body)}
    problem = only(problems(tmp_path, files))
    assert problem.code == code
    assert (problem.line, problem.column) == where, problem.text()
    assert words in problem.message + problem.hint
    assert f"outcomes/{PASS_FAIL}/award.yaml:{where[0]}:{where[1]}:" in problem.text("fr")


def test_an_award_before_closing_or_before_the_evaluation_is_refused(tmp_path: Path) -> None:
    early = AWARD_TO.format(receipt=B, price=4800).replace("2026-07-02", "2026-06-26")
    later = EVALUATION.replace("2026-06-30", "2026-07-03")
    files = {"evaluation.yaml": later, "draw.yaml": DRAW, "award.yaml": award(early)}
    problem = only(problems(tmp_path / "a", files))
    assert problem.code == "award.before-evaluation" and "2026-07-03" in problem.message
    before = early.replace("2026-06-26", "2026-06-25")
    files["award.yaml"] = award(before)
    problem = only(problems(tmp_path / "b", files))
    assert (problem.code, problem.line) == ("award.before-closing", 5)
    assert "précède la clôture (2026-06-26)" in problem.message_fr
    files = {"award.yaml": award(AWARD_TO.format(receipt=B, price=4800))}
    assert only(problems(tmp_path / "c", files)).code == "award.before-evaluation"


def test_an_award_that_needs_the_draw_waits_for_it(tmp_path: Path) -> None:
    files = {
        "evaluation.yaml": EVALUATION,
        "award.yaml": award(AWARD_TO.format(receipt=B, price=1)),
    }
    assert only(problems(tmp_path, files)).code == "award.before-draw"


def test_one_pass_is_selected_without_a_draw(tmp_path: Path) -> None:
    one = EVALUATION.replace(f"  - receipt: {B}\n  - receipt: {C}\n", "")
    files = {"evaluation.yaml": one, "award.yaml": award(AWARD_TO.format(receipt=A, price=100))}
    assert problems(tmp_path, files) == []


SCORES = f"""opportunity: {SCORED}
evaluated: 2027-03-01
method: scored
criteria: []
passed:
  - receipt: {A}
    score: 70
  - receipt: {B}
    score: 85
  - receipt: {C}
    score: 70
not_passed: []
"""


def test_scored_goes_by_total_and_the_draw_breaks_a_tie(tmp_path: Path) -> None:
    over = PASSED_OVER.format(receipt=B).replace("2026-07-01", "2027-03-02")
    to_a = AWARD_TO.format(receipt=A, price=8600).replace("2026-07-02", "2027-03-03")
    draw = f"opportunity: {SCORED}\nround: 1\nranking: [{C}, {A}, {B}]\n"
    files = {"evaluation.yaml": SCORES, "draw.yaml": draw, "award.yaml": award(over + to_a, SCORED)}
    problem = only(problems(tmp_path / "tie", files, SCORED))
    assert problem.code == "award.not-first" and f"{C} is" in problem.message
    files["award.yaml"] = award(to_a, SCORED)
    assert only(problems(tmp_path / "top", files, SCORED)).message.endswith(f"{B} is")
    files["award.yaml"] = award(over + to_a.replace(A, C), SCORED)
    assert problems(tmp_path / "ok", files, SCORED) == []


def test_a_schema_error_is_reported_with_its_place_in_both_languages(tmp_path: Path) -> None:
    body = AWARD_TO.format(receipt="not-a-receipt", price=-5)
    files = {"evaluation.yaml": EVALUATION, "award.yaml": award(body)}
    content = tmp_path / "content"
    found = problems(tmp_path, files)
    assert found == []  # schema problems carry schema codes, not award ones
    result = validate.run([], content, repository=False)
    texts = [p.text() for p in result.problems if "award.yaml" in p.path]
    assert any(":3:12:" in t and "award.receipt" in t for t in texts), texts
    assert any(
        "award.price" in p.text("fr") and "hors des limites" in p.text("fr")
        for p in result.problems
    )


def test_validate_given_only_the_award_file_checks_it_and_not_as_an_opportunity(
    tmp_path: Path,
) -> None:
    files = {"evaluation.yaml": EVALUATION, "draw.yaml": DRAW}
    files["award.yaml"] = award(AWARD_TO.format(receipt=A, price=4800))
    problems(tmp_path, files)  # writes the content folder
    folder = tmp_path / "content" / "outcomes" / PASS_FAIL
    for given in ([folder / "award.yaml"], [folder], [folder / "evaluation.yaml"]):
        found = validate.run(given, tmp_path / "content", repository=False).problems
        # the fixture's evaluation record and draw have no ledger nor beacon behind them: only
        # what is said of award.yaml (and of no file read as an opportunity) matters here
        codes = [p.code for p in found if not p.path.endswith(("evaluation.yaml", "draw.yaml"))]
        expected = [] if given[0].name == "evaluation.yaml" else ["award.not-first"]
        assert codes == expected, [p.text() for p in found]


HOSTILE = {
    "a list": ("- a\n- b\n", "", ""),
    "deep": ("a: " + "[" * 100_000 + "]" * 100_000 + "\n", "", ""),
    "digits": (AWARD_TO.format(receipt=B, price="9" * 5000), EVALUATION, DRAW),
    "null award": ("award: null\n", EVALUATION, DRAW),
    "broken evaluation": (
        NOT_AWARDED,
        "evaluated: 12\npassed: 5\ncriteria: [{id: nope, failed: many}]\n",
        "ranking: abc\n",
    ),
    "junk scores": (
        AWARD_TO.format(receipt=B, price=1).replace("Jane Doe Consulting", "'<script>x</script>'"),
        EVALUATION.replace(f"  - receipt: {B}\n", f"  - receipt: {B}\n    score: {{a: 1}}\n"),
        "ranking: {a: b}\n",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_outcome_files_are_located_problems_never_a_crash(
    tmp_path: Path, case: str
) -> None:
    from datetime import UTC, datetime

    from board.site import opportunity_page, state

    award_text, evaluation, draw = HOSTILE[case]
    files = {"award.yaml": award("") + award_text if not award_text.startswith("-") else award_text}
    files |= {"evaluation.yaml": evaluation} if evaluation else {}
    files |= {"draw.yaml": draw} if draw else {}
    problems(tmp_path, files)
    result = validate.run([], tmp_path / "content", repository=False)
    errors = [p for p in result.problems if "outcomes" in p.path and p.is_error]
    assert errors and all(p.message_fr and p.line >= 1 for p in errors), case
    site = state.gather(
        result.content, datetime.now(UTC), "https://github.com/o/r", "https://b/", True
    )
    [listing] = [x for x in site.listings if x.opp.id == PASS_FAIL]
    for lang in ("en", "fr"):
        assert "<script>x" not in opportunity_page.page(listing, site, lang).html
