"""Intake reads only what one decision needs, checked as `board validate` checks it.

An intake run reads ``board.yaml``, the one opportunity its issue names and that opportunity's
ledger, never the rest of the board (5,000 opportunities would take seconds per decision), and
decides exactly as it would on the whole tree: an opportunity that fails validation is unknown
to intake too, and an issue naming a path never reads outside ``opportunities/``. The build
reads each ledger once, with the rest of the content.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from board.forms import load_forms
from board.intake import applications, dispatch, event, question_intake
from board.validate import load_content
from board.writers import write_ledger
from conftest import (
    OPEN_MOMENT,
    OPPORTUNITY,
    SAMPLE,
    payload,
    render,
    render_body,
    sample_opportunity,
    sealed,
    webhook,
)

NOW = datetime(2027, 1, 20, 16, tzinfo=UTC)
OPENED: list[str] | None = None  # the files opened while a test listens


def _listen(name: str, args: tuple[Any, ...]) -> None:
    if OPENED is not None and name == "open" and isinstance(args[0], str | Path):
        OPENED.append(str(args[0]))


sys.addaudithook(_listen)


@pytest.fixture
def opened() -> Iterator[list[str]]:
    global OPENED
    OPENED = []
    try:
        yield OPENED
    finally:
        OPENED = None


def question(opportunity: str, at: str = "2027-02-01T15:00:00Z") -> event.Event:
    data = payload("issues", "opened.payload.json")
    data["issue"]["body"] = render_body(
        "question.yml",
        {"opportunity": opportunity, "question": "May the tool be a CLI?", "language": "English"},
    )
    data["issue"]["created_at"] = data["issue"]["updated_at"] = at
    return event.from_payload("issues", data)


@pytest.fixture
def board(make_repo: Callable[..., Path]) -> Path:
    others = [sample_opportunity(id=f"other-{i:03d}") for i in range(30)]
    return make_repo(sample_opportunity(), *others)


def test_a_decision_reads_only_the_opportunity_its_issue_names(
    board: Path, opened: list[str]
) -> None:
    decision = dispatch.decide(question(SAMPLE), board, NOW)
    assert decision.add_labels == ("question", f"opportunity:{SAMPLE}")
    read = [Path(p).name for p in opened if Path(p).parent.name == "opportunities"]
    assert read == [f"{SAMPLE}.yaml"]


@pytest.mark.parametrize(
    "named", ["../board", "../../.github/ISSUE_TEMPLATE/question", "/etc/passwd"]
)
def test_an_issue_naming_a_path_is_an_unknown_opportunity_and_nothing_outside_is_read(
    board: Path, opened: list[str], named: str
) -> None:
    data = payload("issues", "opened.payload.json")
    data["issue"]["body"] = render_body(
        "question.yml", {"opportunity": named, "question": "Hello?", "language": "English"}
    )
    data["issue"]["created_at"] = data["issue"]["updated_at"] = "2027-02-01T15:00:00Z"
    decision = dispatch.decide(event.from_payload("issues", data), board, NOW)
    assert decision.close and "unknown opportunity" in decision.summary
    assert not [p for p in opened if Path(p).parent.name == "opportunities" or p.startswith("/etc")]


def test_an_opportunity_that_fails_validation_is_unknown_to_intake(
    make_repo: Callable[..., Path],
) -> None:
    over_cap = sample_opportunity(price={"amount": 10_000_000, "currency": "CAD"})
    repo = make_repo(over_cap)
    assert not load_content(repo / "content").ok  # the build refuses it: intake does too
    decision = dispatch.decide(question(SAMPLE), repo, NOW)
    assert decision.close and "unknown opportunity" in decision.summary


def test_one_opportunity_read_decides_as_the_whole_tree_would(repo: Path) -> None:
    forms = load_forms(repo)
    form = forms["application.yml"]
    envelope = sealed(repo)
    first = webhook("issues", render(form, {"opportunity": OPPORTUNITY, "envelope": envelope}))
    write_ledger(dispatch.decide(event.from_payload("issues", first), repo, NOW), repo)
    cases = [
        (applications.decide, form, webhook("issues", render(form, {"opportunity": OPPORTUNITY, "envelope": sealed(repo)}), number=2, author="ada")),  # noqa: E501
        (applications.decide, form, webhook("issues", render(form, {"opportunity": OPPORTUNITY, "envelope": envelope}), number=3)),  # noqa: E501
        (applications.decide, form, webhook("issues", render(form, {"opportunity": "no-such-one", "envelope": envelope}))),  # noqa: E501
        (applications.decide, form, webhook("issue_comment", render(form, {"opportunity": OPPORTUNITY, "envelope": envelope}), comment="/withdraw", at=OPEN_MOMENT)),  # noqa: E501
    ]  # fmt: skip
    whole = load_content(repo / "content")
    for handler, the_form, data in cases:
        name = "issue_comment" if "comment" in data else "issues"
        ev = event.from_payload(name, data)
        assert dispatch.decide(ev, repo, NOW) == handler(ev, the_form, whole, NOW)
    ev = question(OPPORTUNITY, at=OPEN_MOMENT)
    expected = question_intake.decide(ev, forms["question.yml"], whole, NOW)
    assert dispatch.decide(ev, repo, NOW) == expected


def test_the_build_reads_each_ledger_once_with_the_content(repo: Path, opened: list[str]) -> None:
    form = load_forms(repo)["application.yml"]
    data = webhook("issues", render(form, {"opportunity": OPPORTUNITY, "envelope": sealed(repo)}))
    write_ledger(dispatch.decide(event.from_payload("issues", data), repo, NOW), repo)
    opened.clear()
    content = load_content(repo / "content")
    assert len(content.ledger(OPPORTUNITY).entries) == 1
    assert content.ledger("bilingual-glossary-tool").entries == ()
    read = [Path(p).name for p in opened if Path(p).parent.name == "applications"]
    assert read == [f"{OPPORTUNITY}.yaml"]


def test_an_opportunity_file_that_is_a_link_is_unknown_to_intake_as_to_the_build(
    make_repo: Callable[..., Path], tmp_path: Path
) -> None:
    repo = make_repo(sample_opportunity())
    real = repo / "content" / "opportunities" / f"{SAMPLE}.yaml"
    elsewhere = tmp_path / "elsewhere.yaml"
    real.rename(elsewhere)
    real.symlink_to(elsewhere)
    assert load_content(repo / "content").opportunity(SAMPLE) is None
    decision = dispatch.decide(question(SAMPLE), repo, NOW)
    assert decision.close and "unknown opportunity" in decision.summary
