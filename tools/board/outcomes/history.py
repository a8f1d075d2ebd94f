"""What git history says about an outcome folder, through `board.repository`: the commit that
brought a file's current version in (its committer time is the merge time: GitHub sets it when it
merges a pull request on main), and the commits that changed the evaluation record after the
draw. None where the history cannot show it (no repository, a shallow clone, an uncommitted
file)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from .. import repository
from .draw_checks import History


def merged(root: Path, path: Path) -> tuple[str, datetime] | None:
    commits = repository.file_commits(root, path)
    if not commits:
        return None
    sha, stamp = commits[0]
    return sha, datetime.fromtimestamp(stamp, tz=UTC)


def of_draw(root: Path, evaluation: Path, draw: Path) -> History:
    drawn = merged(root, draw)
    after = repository.file_commits(root, evaluation, since=drawn[0]) if drawn else None
    return History(merged(root, evaluation), drawn, tuple(sha for sha, _ in after or ()))
