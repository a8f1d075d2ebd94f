"""The issue-form parser against the reference corpus, and intake on every real payload."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from board.forms import load_form, parse_body
from board.intake import dispatch, event
from conftest import FIXTURES, REPO, WEBHOOKS

CORPUS = sorted(p for p in (FIXTURES / "issue-forms").iterdir() if (p / "expected.json").exists())


@pytest.mark.parametrize("case", CORPUS, ids=lambda p: p.name)
def test_parser_matches_the_reference_parser(case: Path) -> None:
    form = load_form(case / "form.yml")
    body_file = case / "issue-body.md"
    body = body_file.read_text() if body_file.exists() else ""
    assert parse_body(body, form).values == json.loads((case / "expected.json").read_text())


def test_the_corpus_is_all_there() -> None:
    assert len(CORPUS) == 8 and (FIXTURES / "issue-forms" / "LICENSE").exists()


PAYLOADS = sorted((WEBHOOKS / "issues").glob("*.json")) + sorted(
    (WEBHOOKS / "issue_comment").glob("*.json")
)


@pytest.mark.parametrize("path", PAYLOADS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_real_payload_reads_and_an_unrelated_issue_is_left_alone(path: Path) -> None:
    parsed = event.read(path)
    assert parsed.issue_author == "Codertocat"
    decision = dispatch.decide(parsed, REPO, datetime(2027, 1, 20, tzinfo=UTC))
    assert decision.summary == "nothing to do" and not decision.comment and not decision.ledger


def test_a_comment_on_a_pull_request_is_never_handled(tmp_path: Path) -> None:
    data = json.loads((WEBHOOKS / "issue_comment" / "created.payload.json").read_text())
    data["issue"]["pull_request"] = {"url": "https://api.github.com/repos/x/y/pulls/1"}
    data["comment"]["body"] = "/withdraw"
    assert (
        dispatch.decide(event.from_payload("issue_comment", data), REPO, datetime.now(UTC)).summary
        == "nothing to do"
    )


def test_the_form_is_the_single_source_of_the_fields_intake_reads() -> None:
    from board.intake import applications

    form = load_form(REPO / ".github" / "ISSUE_TEMPLATE" / "application.yml")
    for field_id in (applications.OPPORTUNITY, applications.ENVELOPE):
        spec = form.field(field_id)
        assert spec is not None and spec.required
        assert " · " in spec.label  # both languages: GitHub's own interface is English-only
    assert form.field(applications.ENVELOPE).render  # type: ignore[union-attr]
    assert "application.yml" in dispatch.HANDLERS
