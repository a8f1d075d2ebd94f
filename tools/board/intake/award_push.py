"""A push that adds or changes ``content/outcomes/<id>/award.yaml`` on ``main``: which award
files it touched, and the answer for each applicant (`award_answers`). Reads the repository
at the pushed commit (the workflow's checkout) and the award file as it was before the push."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .. import repository
from ..errors import BoardError
from ..forms import load_forms
from ..outcomes import records
from ..outcomes.records import Award
from ..yamlio.load import parse
from . import award_answers, reading
from .award_answers import Answer

AWARD_PATH = re.compile(r"^content/outcomes/([a-z0-9]+(?:-[a-z0-9]+)*)/award\.yaml$")
FORM = "application.yml"


def touched(repo_root: Path, before: str, after: str) -> list[str]:
    """Opportunity ids whose award file the push added or changed (and still holds)."""
    if before == repository.NULL_SHA:
        paths = [
            f"content/outcomes/{oid}/award.yaml"
            for oid in sorted(p.name for p in (repo_root / "content" / "outcomes").glob("*"))
        ]
    else:
        paths = repository.changed_paths(repo_root, before, after)
    found = (AWARD_PATH.match(p) for p in paths)
    return [
        m.group(1)
        for m in found
        if m and repository.file_at(repo_root, after, m.group(0)) is not None
    ]


def award_at(repo_root: Path, rev: str, oid: str) -> Award | None:
    """The award file of ``oid`` at ``rev`` as a value (None: absent, unreadable or invalid)."""
    path = f"content/outcomes/{oid}/award.yaml"
    text = repository.file_at(repo_root, rev, path)
    if text is None:
        return None
    doc, _ = parse(text, path)
    return records.award_from(doc) if doc is not None else None


def issues_by_number(listed: Any) -> dict[int, dict[str, Any]]:
    """``gh api repos/{repo}/issues`` output (pull requests left out), by issue number."""
    if not isinstance(listed, list):
        raise BoardError("the issues file is not a JSON list of issues")
    return {
        i["number"]: i
        for i in listed
        if isinstance(i, dict) and isinstance(i.get("number"), int) and not i.get("pull_request")
    }


def decide(
    repo_root: Path, before: str, after: str, listed: Any, site_url: str = ""
) -> list[Answer]:
    """Every answer the push calls for, opportunity by opportunity."""
    issues = issues_by_number(listed)
    form = load_forms(repo_root)[FORM]
    out: list[Answer] = []
    for oid in touched(repo_root, before, after):
        content = reading.load_one(repo_root / "content", oid)
        opp = content.opportunity(oid)
        if opp is None:
            continue
        outcome = content.outcome(oid)
        earlier = None if before == repository.NULL_SHA else award_at(repo_root, before, oid)
        out += award_answers.answers(
            opp, content.ledger(oid), outcome, earlier, issues, form, site_url
        )
    return out
