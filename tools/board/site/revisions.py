"""An opportunity's public history, from its versions in git (`board.repository`).

For each opportunity file: when it was first published, then every later commit that changed
it, with the fields that changed and their old and new values. Without usable history (no
repository, a shallow clone, an exported tree) every opportunity gets ``History.unavailable``;
the build never fails for that.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import repository
from ..changes import Change, diff
from ..yamlio.load import parse

PUBLIC = ("published", "cancelled")


@dataclass(frozen=True)
class Revision:
    when: datetime
    commit: str
    changes: tuple[Change, ...]

    @property
    def material(self) -> bool:
        """It changed something a supplier decides on (see `Change.material`)."""
        return any(c.material for c in self.changes)


@dataclass(frozen=True)
class History:
    available: bool
    published: datetime | None = None
    revisions: tuple[Revision, ...] = ()
    # Issue #12: the published version and each changed one (time, commit, data), oldest first:
    # the OCDS releases are these, so the data's history is the board's.
    versions: tuple[tuple[datetime, str, dict[str, Any]], ...] = field(default=(), repr=False)

    @property
    def updated(self) -> bool:
        """Materially changed after its first publication (the board's "Updated" badge):
        price, dates, criteria, eligibility or status; an editorial fix is not an update."""
        return any(r.material for r in self.revisions)

    @property
    def material(self) -> tuple[Revision, ...]:
        return tuple(r for r in self.revisions if r.material)

    @property
    def editorial(self) -> tuple[Revision, ...]:
        return tuple(r for r in self.revisions if not r.material)

    def first_shown(self, posted_from: datetime) -> datetime | None:
        """When the board first showed it: its first publication on main, or the start of its
        posting date when it was merged ahead of it (so "Posted" and "first published" agree)."""
        return max(self.published, posted_from) if self.published else None

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
    public: list[tuple[datetime, str, dict[str, Any]]] = []
    for when, commit, data in versions:
        if published is None:
            if data.get("status") in PUBLIC:
                published, previous = when, data
                public.append((when, commit, data))
            continue
        changes = diff(previous or {}, data)
        if changes:
            revisions.append(Revision(when, commit, changes))
            public.append((when, commit, data))
        previous = data
    return History(True, published, tuple(revisions), tuple(public))


def read(files: dict[str, Path]) -> dict[str, History]:
    """Histories of opportunity files, keyed like ``files`` (opportunity id -> path)."""
    if not files:
        return {}
    found = repository.file_versions(files)
    if found is None:
        return dict.fromkeys(files, UNAVAILABLE)
    out: dict[str, History] = {}
    for oid, versions in found.items():
        parsed = []
        for when, sha, text in versions:
            doc, _problems = parse(text, str(files[oid]))
            if doc is not None and isinstance(doc.data, dict):
                parsed.append((when, sha, doc.data))
        out[oid] = from_versions(parsed)
    return out
