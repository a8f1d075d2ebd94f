"""An opportunity's public history, read from git with gitpython.

For each opportunity file: when it was first published, then every later commit that changed
it, with the fields that changed and their old and new values. Without usable history (no
repository, a shallow clone, an exported tree) every opportunity gets ``History.unavailable``;
the build never fails for that.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import git

from ..changes import Change, diff
from ..yamlfile import parse

PUBLIC = ("published", "cancelled")


@dataclass(frozen=True)
class Revision:
    when: datetime
    commit: str
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class History:
    available: bool
    published: datetime | None = None
    revisions: tuple[Revision, ...] = ()

    @property
    def updated(self) -> bool:
        """Changed after its first publication (the board's "Updated" badge)."""
        return bool(self.revisions)

    @property
    def last_change(self) -> datetime | None:
        return self.revisions[-1].when if self.revisions else self.published

    def changes_of(self, field: str) -> list[tuple[Revision, Change]]:
        return [(r, c) for r in self.revisions for c in r.changes if c.field == field]


UNAVAILABLE = History(available=False)
NOT_PUBLISHED = History(available=True)


def from_versions(versions: list[tuple[datetime, str, dict[str, Any]]]) -> History:
    """History from a file's versions, oldest first: (commit time, commit, parsed data)."""
    published: datetime | None = None
    previous: dict[str, Any] | None = None
    revisions: list[Revision] = []
    for when, commit, data in versions:
        if published is None:
            if data.get("status") in PUBLIC:
                published, previous = when, data
            continue
        changes = diff(previous or {}, data)
        if changes:
            revisions.append(Revision(when, commit, changes))
        previous = data
    return History(available=True, published=published, revisions=tuple(revisions))


def _open_repo(path: Path) -> git.Repo | None:
    try:
        repo = git.Repo(path, search_parent_directories=True)
        if repo.git.rev_parse("--is-shallow-repository").strip() == "true":
            return None
        if not repo.head.is_valid():
            return None
        return repo
    except (git.InvalidGitRepositoryError, git.NoSuchPathError, git.GitCommandError):
        return None


def read(files: dict[str, Path]) -> dict[str, History]:
    """Histories of opportunity files, keyed like ``files`` (opportunity id -> path)."""
    if not files:
        return {}
    first = next(iter(files.values())).resolve()
    repo = _open_repo(first.parent)
    if repo is None or repo.working_tree_dir is None:
        return dict.fromkeys(files, UNAVAILABLE)
    top = Path(repo.working_tree_dir).resolve()
    relative = {oid: path.resolve().relative_to(top).as_posix() for oid, path in files.items()}
    folders = sorted({str(Path(rel).parent) for rel in relative.values()})
    # One `git log` for every file: commit, time, then the files it touched.
    log = repo.git.log("--reverse", "--format=%x00%H %ct", "--name-only", "--", *folders)
    touched: dict[str, list[tuple[datetime, str]]] = {}
    for block in log.split("\x00")[1:]:
        header, *names = block.strip().splitlines()
        sha, stamp = header.split()
        when = datetime.fromtimestamp(int(stamp), tz=UTC)
        for name in names:
            if name.strip():
                touched.setdefault(name.strip(), []).append((when, sha))
    out: dict[str, History] = {}
    for oid, rel in relative.items():
        versions = []
        for when, sha in touched.get(rel, []):
            try:
                blob = repo.commit(sha).tree / rel
            except KeyError:  # deleted in that commit
                continue
            doc, _problems = parse(blob.data_stream.read().decode("utf-8"), rel)
            if doc is not None and isinstance(doc.data, dict):
                versions.append((when, sha, doc.data))
        out[oid] = from_versions(versions)
    return out
