"""A ledger only grows: the rule checked across the first-parent history of main (pure).

Consecutive states of one ledger file are compared: every entry of the older state is still in
the newer one, unchanged except for a status change `ledger.TRANSITIONS` allows (with its
``changed`` time on or before closing); the entries keep their relative order (new ones may be
inserted in GitHub's order); the incidents only grow;
the file is never deleted. Commit dates play no part: they can be forged offline, the order of
commits on main cannot be changed without rewriting it.

A breach is excused by an incident recorded in the ledger (see docs/sealed-envelope.md):

* one that names the commit: ``restores: R`` excuses all it did (the ledger must then hold, in
  its latest state, everything it held at ``R``); ``accepts: [receipts]`` excuses what it did to
  those entries;
* a later commit that puts entries back as they were at ``R`` is excused by that incident.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..yamlio.load import parse
from .ledger import RECEIVED, TRANSITIONS, Incident, parse_utc

WORKING_COPY = ""  # the "commit" of uncommitted changes


@dataclass(frozen=True)
class State:
    """One version of a ledger file, read leniently (an older schema may lack new fields)."""

    present: bool
    readable: bool = True
    opportunity: Any = None
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)  # by receipt, in order
    incidents: tuple[Any, ...] = ()


ABSENT = State(present=False)


def state_of(text: str | None, name: str) -> State:
    if text is None:
        return ABSENT
    doc, _ = parse(text, name)
    data = doc.data if doc is not None else None
    if not isinstance(data, dict) or not isinstance(data.get("applications", []), list):
        return State(present=True, readable=False)
    entries: dict[str, dict[str, Any]] = {}
    for i, raw in enumerate(data.get("applications") or []):
        if not isinstance(raw, dict):
            return State(present=True, readable=False)
        key = raw.get("receipt") if isinstance(raw.get("receipt"), str) else f"#{i}"
        entries.setdefault(str(key), raw)
    incidents = data.get("incidents") or []
    return State(
        present=True,
        opportunity=data.get("opportunity"),
        entries=entries,
        incidents=tuple(incidents) if isinstance(incidents, list) else (incidents,),
    )


@dataclass(frozen=True)
class Breach:
    """What one commit did against the rule; ``receipt`` is None for the file as a whole."""

    kind: str  # deleted | unreadable | opportunity | removed | changed | order | incidents
    receipt: str | None = None
    fields: tuple[str, ...] = ()  # for "changed": the fields that changed
    commit: str = WORKING_COPY
    before: str = ""  # the last commit where the ledger was as the rule expects

    @property
    def key(self) -> tuple[str, str | None]:
        return self.kind, self.receipt


def allowed(old: dict[str, Any], new: dict[str, Any], closing: datetime | None) -> bool:
    """The one change an entry may go through: its status along `TRANSITIONS`, with ``changed``
    (GitHub's time of its cause) present for every status but received, on or before closing."""
    before, after = str(old.get("status")), new.get("status")
    if after != before and after not in TRANSITIONS.get(before, frozenset()):
        return False
    rest = (set(old) | set(new)) - {"status", "changed"}
    if any(old.get(k) != new.get(k) for k in rest):
        return False
    changed = new.get("changed")
    if after == RECEIVED:
        return changed is None
    if changed is None:
        return False
    if closing is None:
        return True
    try:
        return parse_utc(str(changed)) <= closing
    except ValueError:
        return False


def compare(old: State, new: State, closing: datetime | None) -> list[Breach]:
    """Breaches of the rule going from ``old`` (present, readable) to ``new``."""
    if not new.present:
        return [Breach("deleted")]
    if not new.readable:
        return [Breach("unreadable")]
    out: list[Breach] = []
    if new.opportunity != old.opportunity:
        out.append(Breach("opportunity"))
    for receipt, entry in old.entries.items():
        after = new.entries.get(receipt)
        if after is None:
            out.append(Breach("removed", receipt))
        elif after != entry and not allowed(entry, after, closing):
            keys = sorted(k for k in set(entry) | set(after) if entry.get(k) != after.get(k))
            out.append(Breach("changed", receipt, tuple(keys)))
    kept = [r for r in old.entries if r in new.entries]
    if [r for r in new.entries if r in old.entries] != kept:
        out.append(Breach("order"))
    if list(new.incidents[: len(old.incidents)]) != list(old.incidents):
        out.append(Breach("incidents"))
    return out


class Walk:
    """One ledger file's history, fed commit by commit (oldest first), then the working copy.

    ``breaches`` are those no incident excuses; ``commits`` every first-parent commit seen.
    """

    def __init__(self, name: str, incidents: list[Incident], closing: datetime | None) -> None:
        self.name, self.incidents, self.closing = name, incidents, closing
        self.breaches: list[Breach] = []
        self.commits: set[str] = set()
        self.at: dict[str, State] = {}  # the states at the commits incidents restore
        self.last = ABSENT  # the latest present, readable state
        self.last_commit = ""
        self.text: str | None = None
        self.state = ABSENT  # the latest state, as it is

    def step(self, commit: str, text: str | None) -> None:
        if commit:
            self.commits.add(commit)
        if text != self.text:
            self.text, new = text, state_of(text, self.name)
            if self.last.present:
                for b in compare(self.last, new, self.closing):
                    b = Breach(b.kind, b.receipt, b.fields, commit, self.last_commit)
                    if not self._excused(b, new):
                        self.breaches.append(b)
            if new.present and new.readable:
                self.last, self.last_commit = new, commit
            self.state = new
        if commit and any(i.restores == commit for i in self.incidents):
            self.at[commit] = self.state

    def _excused(self, b: Breach, new: State) -> bool:
        for incident in self.incidents:
            if incident.commit == b.commit and (incident.restores or b.receipt in incident.accepts):
                return True
            restored = self.at.get(incident.restores or "")
            if (
                restored is not None
                and restored.present
                and incident.commit in self.commits
                and b.kind != "deleted"
                and b.key not in {x.key for x in compare(restored, new, self.closing)}
            ):
                return True
        return False

    def unresolved(self) -> list[Incident]:
        """Incidents naming a commit not in this history, or a restoration not in place."""
        out = []
        for incident in self.incidents:
            if incident.commit not in self.commits:
                out.append(incident)
            elif incident.restores is not None:
                restored = self.at.get(incident.restores)
                if (
                    restored is None
                    or not restored.present
                    or compare(restored, self.state, self.closing)
                ):
                    out.append(incident)
        return out
