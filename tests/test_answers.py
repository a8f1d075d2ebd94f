"""An answer landing on main: the question issue gets a link to the answer and is closed.

Uses a real git repository in a temporary folder and the real push payload fixture.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from board.cli import main
from conftest import SAMPLE, commit_all, payload, sample_opportunity, write_opportunity

SITE = "https://example-org.github.io/board/"


def answer(issue: int) -> dict[str, Any]:
    return {
        "issue": issue,
        "answered": "2027-02-10",
        "question": {
            "en": "May the tool be a CLI?",
            "fr": "L'outil peut-il être en ligne de commande?",
        },
        "answer": {
            "en": "Yes, if it also builds the page.",
            "fr": "Oui, s'il génère aussi la page.",
        },
    }


def push_event(tmp_path: Path, before: str, after: str) -> Path:
    data = payload("push", "with-no-username-committer.payload.json")
    data["before"], data["after"] = before, after
    path = tmp_path / "push.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def run_answers(root: Path, *args: str) -> list[dict[str, Any]]:
    result = CliRunner().invoke(main, ["answers", "--repo", str(root), *args])
    assert result.exit_code == 0, result.output
    out: list[dict[str, Any]] = json.loads(result.output)
    return out


def test_answer_merged_to_main_comments_with_links_and_closes(
    make_repo: Callable[..., Path], tmp_path: Path
) -> None:
    root = make_repo(sample_opportunity(questions=[answer(7)]))
    (root / "mkdocs.yml").write_text(f"site_name: Board\nsite_url: {SITE}\n", encoding="utf-8")
    (root / "docs").mkdir()  # mkdocs' loader checks the configuration as a build would
    before = commit_all(root, "Post the glossary opportunity with one answer")
    write_opportunity(root, sample_opportunity(questions=[answer(7), answer(12)]))
    after = commit_all(root, "Answer question #12")

    decisions = run_answers(root, "--event", str(push_event(tmp_path, before, after)))

    assert [d["issue"] for d in decisions] == [12]  # #7 was answered before this push
    only = decisions[0]
    assert only["close"] is True and only["close_reason"] == "completed"
    assert f"{SITE}en/opportunities/{SAMPLE}/#question-12" in only["comment"]
    assert f"{SITE}fr/opportunities/{SAMPLE}/#question-12" in only["comment"]
    assert "La réponse à cette question est maintenant publiée" in only["comment"]


def test_push_that_changes_no_answer_decides_nothing(
    make_repo: Callable[..., Path], tmp_path: Path
) -> None:
    root = make_repo(sample_opportunity(questions=[answer(7)]))
    before = commit_all(root, "first")
    write_opportunity(root, sample_opportunity(questions=[answer(7)], licence="Apache-2.0"))
    after = commit_all(root, "Change the licence")
    assert run_answers(root, "--before", before, "--after", after, "--site-url", SITE) == []


def test_answers_on_a_draft_are_not_announced(make_repo: Callable[..., Path]) -> None:
    root = make_repo(sample_opportunity(status="draft"))
    before = commit_all(root, "draft")
    write_opportunity(root, sample_opportunity(status="draft", questions=[answer(3)]))
    after = commit_all(root, "answer on a draft")
    assert run_answers(root, "--before", before, "--after", after, "--site-url", SITE) == []


def test_without_a_board_address_the_command_says_what_to_do(
    make_repo: Callable[..., Path],
) -> None:
    root = make_repo(sample_opportunity())
    sha = commit_all(root, "first")
    result = CliRunner(env={"BOARD_SITE_URL": None}).invoke(
        main, ["answers", "--repo", str(root), "--before", sha, "--after", sha]
    )
    assert result.exit_code == 2
    assert "give --site-url or set site_url in mkdocs.yml" in result.output


def test_the_tag_deletion_payload_is_not_a_branch_update(
    make_repo: Callable[..., Path],
) -> None:
    root = make_repo(sample_opportunity())
    commit_all(root, "first")
    path = Path(__file__).parent / "fixtures" / "github-webhooks" / "push" / "payload.json"
    assert json.loads(path.read_text())["after"] == "0" * 40
    assert run_answers(root, "--event", str(path), "--site-url", SITE) == []


def test_site_url_is_read_by_mkdocs_own_loader_env_tags_included(
    make_repo: Callable[..., Path], tmp_path: Path
) -> None:
    """``!ENV`` in mkdocs.yml resolves as it does for the build (a pattern read the tag itself)."""
    root = make_repo(sample_opportunity(questions=[answer(7)]))
    (root / "mkdocs.yml").write_text(
        "site_name: Board\nsite_url: !ENV [BOARD_TEST_SITE, 'https://wrong.invalid/']\n",
        encoding="utf-8",
    )
    (root / "docs").mkdir()
    before = commit_all(root, "one answer")
    write_opportunity(root, sample_opportunity(questions=[answer(7), answer(12)]))
    after = commit_all(root, "two answers")
    result = CliRunner(env={"BOARD_SITE_URL": None, "BOARD_TEST_SITE": SITE}).invoke(
        main, ["answers", "--repo", str(root), "--before", before, "--after", after]
    )
    assert result.exit_code == 0, result.output
    assert f"{SITE}en/opportunities/{SAMPLE}/#question-12" in result.output


def test_a_configuration_mkdocs_refuses_is_reported_with_its_reason(
    make_repo: Callable[..., Path],
) -> None:
    root = make_repo(sample_opportunity())
    (root / "mkdocs.yml").write_text("site_name: Board\nsite_url: no-scheme\n", encoding="utf-8")
    (root / "docs").mkdir()
    sha = commit_all(root, "first")
    result = CliRunner(env={"BOARD_SITE_URL": None}).invoke(
        main, ["answers", "--repo", str(root), "--before", sha, "--after", sha]
    )
    assert result.exit_code == 2, result.output
    assert "mkdocs.yml" in result.output and "site_url" in result.output
    assert "Traceback" not in result.output
