"""History from a real git repository: first publication, every change, the moved closing date."""

from __future__ import annotations

import subprocess
from pathlib import Path

import yaml

from board.site import revisions as history
from dated_git import git as _git

from .conftest import build_board, sample, write_content


def git(repo: Path, *args: str, when: str = "2027-01-11T09:00:00-05:00") -> str:
    return _git(repo, *args, when=when)


def test_a_moved_closing_date_is_impossible_to_miss(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    data = sample()
    content = write_content(repo / "content", [dict(data, status="draft")])
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "draft", when="2027-01-08T09:00:00-05:00")
    path = content / "opportunities" / "accessible-pdf-forms.yaml"

    def save(changes: dict[str, object], message: str, when: str) -> None:
        data.update(changes)
        path.write_text(
            yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8"
        )
        git(repo, "commit", "-q", "-am", message, when=when)

    save({"status": "published"}, "publish", "2027-01-11T09:00:00-05:00")
    save(
        {"closing": "2027-02-05T23:59:59-05:00", "start": "2027-02-10"},
        "move closing",
        "2027-01-18T10:30:00-05:00",
    )

    found = history.read({"accessible-pdf-forms": path})["accessible-pdf-forms"]
    assert found.available and found.updated
    assert (
        found.published is not None and found.published.isoformat() == "2027-01-11T14:00:00+00:00"
    )
    (revision,) = found.revisions  # the draft's edits before publication are not history
    assert {c.field: (c.old, c.new) for c in revision.changes} == {
        "closing": ("2027-01-29T23:59:59-05:00", "2027-02-05T23:59:59-05:00"),
        "start": ("2027-02-03", "2027-02-10"),
    }

    site = build_board(content, tmp_path / "site")
    en = (site / "en/opportunities/accessible-pdf-forms/index.html").read_text(encoding="utf-8")
    fr = (site / "fr/opportunities/accessible-pdf-forms/index.html").read_text(encoding="utf-8")
    banner = en.split('class="lead"', 1)[0]
    assert (
        "The closing date changed from January 29, 2027, 11:59 p.m. ET to February 5, 2027, 11:59 p.m. ET."
        in banner
    )
    assert (
        "La date de clôture est passée du 29 janvier 2027, 23 h 59 HE au 5 février 2027, 23 h 59 HE."
        in fr
    )
    assert "First published on January 11, 2027, 9:00 a.m. ET." in en
    assert 'class="changed-closing"' in en
    board = (site / "en/index.html").read_text(encoding="utf-8")
    assert "badge--updated" in board and "Updated" in board


def test_a_shallow_clone_degrades_to_history_unavailable(tmp_path: Path) -> None:
    origin = tmp_path / "origin"
    content = write_content(origin / "content", [sample()])
    git(origin, "init", "-q", "-b", "main")
    git(origin, "add", ".")
    git(origin, "commit", "-q", "-m", "one")
    (content / "board.yaml").write_text(
        (content / "board.yaml").read_text() + "\n", encoding="utf-8"
    )
    git(origin, "commit", "-q", "-am", "two")
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", f"file://{origin}", str(clone)],
        check=True,
        capture_output=True,
    )
    path = clone / "content" / "opportunities" / "accessible-pdf-forms.yaml"
    assert history.read({"x": path})["x"] == history.UNAVAILABLE
    site = build_board(clone / "content", tmp_path / "site")
    assert (
        "History unavailable"
        in (site / "en/opportunities/accessible-pdf-forms/index.html").read_text()
    )


def test_diff_names_every_changed_field() -> None:
    old = {
        "title": {"en": "A", "fr": "B"},
        "skills": ["x"],
        "evaluation": {"criteria": [{"id": "s", "max_words": 250}]},
    }
    new = {
        "title": {"en": "A", "fr": "C"},
        "skills": ["x", "y"],
        "evaluation": {"criteria": [{"id": "s", "max_words": 300}]},
    }
    assert [c.field for c in history.diff(old, new)] == [
        "title.fr",
        "skills",
        "evaluation.criteria[0].max_words",
    ]
