"""Question intake, driven by real webhook payloads with a rendered question form as the body."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from board.cli import main
from board.intake import dispatch, event
from board.intake.decision import Decision
from conftest import SAMPLE, payload, render_body, sample_opportunity

NOW = datetime(2027, 2, 1, 12, tzinfo=UTC)  # the decision time; the issue's own time counts


def question(
    *, opportunity: str = SAMPLE, at: str = "2027-02-01T15:00:00Z", language: str = "English"
) -> dict[str, Any]:
    data = payload("issues", "opened.payload.json")
    data["issue"]["body"] = render_body(
        "question.yml",
        {"opportunity": opportunity, "question": "May the tool be a CLI?", "language": language},
    )
    data["issue"]["created_at"] = data["issue"]["updated_at"] = at
    return data


def decide(root: Path, data: dict[str, Any], name: str = "issues") -> Decision:
    return dispatch.decide(event.from_payload(name, data), root, NOW)


@pytest.fixture
def repo(make_repo: Callable[..., Path]) -> Path:
    return make_repo(
        sample_opportunity(),
        sample_opportunity(id="old-one", posted="2026-05-01", closing="2026-06-05T23:59:59-04:00"),
        sample_opportunity(id="called-off", status="cancelled"),
        sample_opportunity(id="not-yet", status="draft"),
    )


def test_question_in_time_is_labelled_and_acknowledged_with_the_answer_date(repo: Path) -> None:
    decision = decide(repo, question())
    assert decision.add_labels == ("question", f"opportunity:{SAMPLE}")
    assert not decision.close
    # cut-off: two business days before Friday 26 February 2027, end of day, Eastern time
    assert (
        "accepted until Wednesday, February 24, 2027, 11:59 p.m. (Eastern Time)" in decision.comment
    )
    assert "by the end of Thursday, February 25, 2027" in decision.comment
    assert "acceptées jusqu'au mercredi 24 février 2027 à 23 h 59" in decision.comment
    assert "au plus tard le jeudi 25 février 2027" in decision.comment
    assert decision.comment.index("Thank you") < decision.comment.index("Merci")


def test_preferred_language_comes_first(repo: Path) -> None:
    decision = decide(repo, question(language="Français"))
    assert decision.comment.index("Merci") < decision.comment.index("Thank you")


@pytest.mark.parametrize(
    ("at", "accepted"),
    [
        ("2027-02-25T04:59:59Z", True),  # 23:59:59 EST on Wednesday 24 February: last moment
        ("2027-02-25T05:00:00Z", False),  # midnight: one second too late
        ("2027-02-26T18:00:00Z", False),  # closing day
    ],
)
def test_question_after_the_cutoff_is_refused(repo: Path, at: str, accepted: bool) -> None:
    decision = decide(repo, question(at=at))
    assert decision.close is not accepted
    if not accepted:
        assert decision.close_reason == "not_planned"
        assert "closed on Wednesday, February 24, 2027, 11:59 p.m." in decision.comment
        assert "a pris fin le mercredi 24 février 2027 à 23 h 59" in decision.comment
        # real plurals, not "business day(s)" / "jour(s) ouvrable(s)"
        assert "(Eastern Time), 2 business days before" in decision.comment
        assert "(heure de l'Est), 2 jours ouvrables avant" in decision.comment


def test_cutoff_counts_federal_holidays(make_repo: Callable[..., Path]) -> None:
    # Closes Tuesday 30 March 2027. Easter Monday (29 March) and Good Friday (26 March) are not
    # business days, so two business days before closing is Wednesday 24 March, not Friday 26.
    opp = sample_opportunity(
        posted="2027-03-01",
        closing="2027-03-30T23:59:59-04:00",
        start="2027-04-05",
        delivery="2027-05-14T23:59:59-04:00",
    )
    root = make_repo(opp)
    ok = decide(root, question(at="2027-03-25T03:59:59Z"))  # 23:59:59 EDT, Wednesday 24 March
    late = decide(root, question(at="2027-03-25T14:00:00Z"))  # Thursday 25 March
    assert not ok.close, ok.comment
    assert late.close
    assert "until Wednesday, March 24, 2027, 11:59 p.m. (Eastern Time)" in ok.comment


@pytest.mark.parametrize(
    ("opportunity", "english", "french"),
    [
        ("old-one", "closed on Friday, June 5, 2026", "a pris fin le vendredi 5 juin 2026"),
        ("called-off", "was cancelled", "a été annulée"),
        ("not-yet", "No open opportunity on the board has the identifier `not-yet`", "Aucune"),
        ("no-such-thing", "identifier `no-such-thing`", "ne porte l'identifiant"),
    ],
)
def test_question_for_a_closed_or_unknown_opportunity_is_refused(
    repo: Path, opportunity: str, english: str, french: str
) -> None:
    decision = decide(repo, question(opportunity=opportunity))
    assert decision.close and decision.close_reason == "not_planned"
    assert english in decision.comment and french in decision.comment
    assert "opportunity:not-yet" not in decision.add_labels  # a draft is never revealed


def test_null_body_gets_a_bilingual_list_of_missing_sections(repo: Path) -> None:
    data = payload("issues", "opened.with-empty-body.payload.json")
    assert data["issue"]["body"] is None
    data["issue"]["labels"].append({"name": "question"})  # the form adds it on submission
    decision = decide(repo, data)
    assert not decision.close
    assert "- Opportunity / Opportunité" in decision.comment
    assert "- Your question / Votre question" in decision.comment
    assert "sections sont vides ou absentes" in decision.comment


def test_edit_to_another_opportunity_is_rechecked_and_relabelled(repo: Path) -> None:
    data = payload("issues", "edited.payload.json")
    data["issue"]["body"] = render_body(
        "question.yml", {"opportunity": "old-one", "question": "Still open?"}
    )
    data["issue"]["labels"] = [{"name": "question"}, {"name": f"opportunity:{SAMPLE}"}]
    data["issue"]["updated_at"] = "2027-02-01T15:00:00Z"
    decision = decide(repo, data)
    assert decision.close
    assert decision.add_labels == ("question", "opportunity:old-one")
    assert decision.remove_labels == (f"opportunity:{SAMPLE}",)


def test_comments_and_pull_requests_are_left_alone(repo: Path) -> None:
    data = payload("issue_comment", "created.payload.json")
    data["issue"]["body"] = question()["issue"]["body"]
    assert decide(repo, data, "issue_comment").comment == ""
    pr = payload("pull_request", "opened.payload.json")
    pr["issue"] = dict(pr["pull_request"], pull_request={})
    assert decide(repo, pr).comment == ""


def test_board_intake_prints_the_decision(repo: Path, tmp_path: Path) -> None:
    path = tmp_path / "event.json"
    path.write_text(json.dumps(question()), encoding="utf-8")
    result = CliRunner().invoke(
        main, ["intake", "--event", str(path), "--repo", str(repo), "--now", NOW.isoformat()]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["add_labels"] == ["question", f"opportunity:{SAMPLE}"]


def test_intake_restricted_to_another_form_leaves_questions_alone(repo: Path) -> None:
    ev = event.from_payload("issues", question())
    assert dispatch.decide(ev, repo, NOW, only="application.yml").comment == ""
    assert dispatch.decide(ev, repo, NOW, only="question.yml").add_labels


HOSTILE_OPPORTUNITIES = [
    "@alice please look",
    "nope\n# Answer: yes, @maintainers approved it",
    "x #123 and org/repo#7",
    "<img src=x onerror=alert(1)>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "`` @bob `` [link](https://evil.example) ![i](https://evil.example/p.png)",
    "a\r\n\r\n---\r\n**bold** \u2028 @carol\u200b",
    "x\n::error title=pwned::forged\n::stop-commands::token",
    "x" * 5000,
]


@pytest.mark.parametrize("hostile", HOSTILE_OPPORTUNITIES)
def test_reflected_opportunity_is_quoted_inert_on_one_line(repo: Path, hostile: str) -> None:
    decision = decide(repo, question(opportunity=hostile))
    assert decision.close
    for lang_line in ("identifier `", "l'identifiant `"):
        start = decision.comment.index(lang_line) + len(lang_line) - 1
        end = decision.comment.index("`", start + 1)
        span = decision.comment[start : end + 1]
        # one code span on one line: no mention, issue link, heading or markup can render
        assert "\n" not in span and "\r" not in span and len(span) <= 82
        assert span.count("`") == 2
    outside = decision.comment
    for piece in decision.comment.split("`")[1::2]:
        outside = outside.replace(f"`{piece}`", "")
    assert "@" not in outside and "<" not in outside and "#1" not in outside
    assert "\n#" not in decision.comment.replace("\n---\n", "")
    # the workflow log prints the summary: a new line there could start a ::workflow-command::
    assert "\n" not in decision.summary and "\r" not in decision.summary


def edited_by(sender: str, at: str) -> dict[str, Any]:
    """The real ``issues/edited`` payload for a question, edited at ``at`` by ``sender``."""
    data = payload("issues", "edited.payload.json")
    data["issue"]["body"] = question()["issue"]["body"]
    data["issue"]["labels"] = [{"name": "question"}, {"name": f"opportunity:{SAMPLE}"}]
    data["issue"]["updated_at"] = at
    if sender.casefold() != data["issue"]["user"]["login"].casefold():
        data["sender"] = {**data["sender"], "login": sender, "id": 4242}
    else:
        data["sender"] = {**data["sender"], "login": sender}
    return data


def test_maintainer_redacting_a_question_after_the_cutoff_does_not_close_it(repo: Path) -> None:
    late = "2027-02-26T18:00:00Z"  # closing day: past the question cut-off
    decision = decide(repo, edited_by("procurement-officer", late))
    assert not decision.close
    assert decision.comment == "" and not decision.add_labels and not decision.remove_labels
    assert "not the asker" in decision.summary


def test_asker_editing_after_the_cutoff_is_still_refused(repo: Path) -> None:
    data = edited_by("CODERTOCAT", "2027-02-26T18:00:00Z")  # logins are case-insensitive
    decision = decide(repo, data)
    assert decision.close and decision.close_reason == "not_planned"
