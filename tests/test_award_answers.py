"""The answers to applicants when a result lands (issue #10), as a pure function of the
opportunity, the ledger, the outcome files before and after, and the issues as GitHub lists them
(real webhook payloads from tests/fixtures, carrying issue-form bodies)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from board.applications.ledger import Entry, Ledger
from board.forms import Form
from board.intake.award_answers import answers, language_of
from board.model import Text
from board.outcomes.evaluation import Evaluation
from board.outcomes.records import Award, Awarded, NotAwarded, Outcome, PassedOver
from board.validate import load_content
from conftest import OPPORTUNITY, REPO, render, webhook

A, B, C = "aaaa-0000-0000-0001", "bbbb-0000-0000-0002", "cccc-0000-0000-0003"
WHEN = datetime(2027, 1, 20, tzinfo=UTC)
OPP = load_content(REPO / "content").opportunity(OPPORTUNITY)


def entry(receipt: str, issue: int, status: str = "received") -> Entry:
    return Entry(receipt, issue, f"user{issue}", issue, WHEN, "0" * 64, status, "x")


LEDGER = Ledger(
    OPPORTUNITY,
    (entry(A, 1), entry(B, 2), entry(C, 3), entry("dddd-0000-0000-0004", 4, "withdrawn")),
)
EVALUATION = Evaluation(
    OPPORTUNITY,
    date(2027, 2, 1),
    "pass-fail-draw",
    (("skills", 1),),
    ((A, None), (B, None)),
    (C,),
    1,
)
OVER = PassedOver(B, "ineligible", date(2027, 2, 2), Text("Not eligible.", "Pas admissible."))
FIRST = Award((), Awarded(B, "Bea", date(2027, 2, 2), OPP.price.amount), None)  # type: ignore[union-attr]
SECOND = Award((OVER,), Awarded(A, "Ada", date(2027, 2, 4), OPP.price.amount), None)  # type: ignore[union-attr]


def issue(form: Form, number: int, language: str = "", state: str = "closed") -> dict:
    body = render(form, {"opportunity": OPPORTUNITY, "envelope": "x", "language": language})
    return dict(webhook("issues", body, number=number)["issue"], state=state)


def test_the_applicants_language_comes_first_and_english_when_unknown(form: Form) -> None:
    assert language_of(issue(form, 1, "Français")["body"], form) == "fr"
    assert language_of(issue(form, 1, "English")["body"], form) == "en"
    assert language_of(issue(form, 1)["body"], form) == "en"  # _No response_
    assert language_of("", form) == "en" and language_of("### Français\n\nFrançais", form) == "en"


def test_each_applicant_is_told_where_they_stand_and_a_withdrawn_one_nothing(form: Form) -> None:
    issues = {1: issue(form, 1, "Français"), 2: issue(form, 2), 3: issue(form, 3, state="open")}
    outcome = Outcome(EVALUATION, draw_ranking=(B, A), award=FIRST)
    found = {a.issue: a.decision for a in answers(OPP, LEDGER, outcome, None, issues, form)}  # type: ignore[arg-type]
    assert sorted(found) == [1, 2, 3]
    assert found[1].comment.index("### Votre candidature est conforme") < found[1].comment.index(
        "### Your"
    )
    assert "number 2 of 2 in the ranking" in found[1].comment and "rang 2 sur 2" in found[1].comment
    assert found[2].comment.index("### Your application is selected") < found[2].comment.index(
        "### Votre"
    )
    assert "did not pass" in found[3].comment
    assert [found[n].close for n in (1, 2, 3)] == [False, False, True]


def test_a_selection_passed_over_later_answers_only_those_whose_standing_changed(
    form: Form,
) -> None:
    issues = {n: issue(form, n) for n in (1, 2, 3)}
    outcome = Outcome(EVALUATION, draw_ranking=(B, A), award=SECOND)
    found = {a.issue: a.decision for a in answers(OPP, LEDGER, outcome, FIRST, issues, form)}  # type: ignore[arg-type]
    assert sorted(found) == [1, 2]  # the one who did not pass was told already
    assert "the supplier was found ineligible" in found[2].comment
    assert "le fournisseur a été jugé inadmissible" in found[2].comment
    assert "Your application is selected" in found[1].comment


def test_not_awarded_says_why_and_an_unlisted_issue_is_still_answered(form: Form) -> None:
    nobody = Evaluation(
        OPPORTUNITY, date(2027, 2, 1), "pass-fail-draw", (("skills", 3),), (), (A, B, C), None
    )
    reason = Text("Nobody passed.", "Personne n'a été jugé conforme.")
    outcome = Outcome(nobody, award=Award((), None, NotAwarded(date(2027, 2, 2), reason)))
    found = answers(OPP, LEDGER, outcome, None, {}, form)  # type: ignore[arg-type]
    assert [a.issue for a in found] == [1, 2, 3]
    assert all("Nobody passed." in a.decision.comment and a.decision.close for a in found)


def test_no_answer_before_the_evaluation_record_or_the_award(form: Form) -> None:
    assert (
        answers(OPP, LEDGER, Outcome(EVALUATION, draw_ranking=(B, A), award=None), None, {}, form)
        == []
    )  # type: ignore[arg-type]
    assert answers(OPP, LEDGER, Outcome(None, award=FIRST), None, {}, form) == []  # type: ignore[arg-type]
