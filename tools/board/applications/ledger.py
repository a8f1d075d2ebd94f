"""The public ledger: ``content/applications/<opportunity-id>.yaml``, one file per opportunity.

``{opportunity: <id>, applications: [{receipt, issue, account, account_id, received, sha256,
status, changed, envelope}], incidents: [...]}``, in GitHub's time order (``received``, then issue
number). An application sent by e-mail has ``channel: email``, a keyed hash of the address as
``account`` (``email:<hash>``) and of its Message-ID as ``message``, and no issue or account id
(`receipt_ids`). Intake computes the next ledger as a value (`transitions.record`,
`transitions.withdraw`); only `writers.write_ledger` writes it. The site reads the same shape to
show how many applications arrived, their hashes, the ledger's `digest` and its incidents.

`read` checks a file against ``schemas/ledger.schema.json`` before building any value from it,
so a hand-broken ledger is a `LedgerError` listing its problems, never a traceback and never an
entry silently dropped. `TRANSITIONS` is the one table of the status changes an entry may go
through once it is on main (`applications.frozen` enforces it across git history).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from ..errors import BoardError
from ..model import Text
from ..problems import Problem
from ..yamlio.load import load
from .receipt_ids import EMAIL as EMAIL
from .receipt_ids import parse_utc as parse_utc
from .receipt_ids import receipt_id as receipt_id
from .receipt_ids import utc_text as utc_text

LEDGER_DIR = "applications"  # under the content root
# A ledger keeps every envelope it received (up to 60,000 characters each, superseded ones
# too), so it may outgrow the 1 MiB of a content file: 16 MiB is some 280 envelopes of the
# largest size, so one applicant re-posting large blocks cannot make the ledger unreadable.
MAX_BYTES = 16 * 1024 * 1024
RECEIVED, SUPERSEDED, WITHDRAWN, COPY = "received", "superseded", "withdrawn", "copy"

STATUSES = (RECEIVED, SUPERSEDED, WITHDRAWN, COPY)

# The only changes an entry may go through once it is on main: from the left status to one of
# the right ones, as `transitions.settle` recomputes statuses from GitHub's timestamps when
# events arrive late or out of order (a late earlier post makes a later one a copy, or revives
# what it had superseded). Every status but `received` carries `changed` (GitHub's time of the
# event behind it), on or before closing. Everything else in an entry never changes. One table,
# read by the history check (`applications.frozen`).
TRANSITIONS: dict[str, frozenset[str]] = {
    RECEIVED: frozenset({SUPERSEDED, WITHDRAWN, COPY}),
    SUPERSEDED: frozenset({RECEIVED, WITHDRAWN, COPY}),
    WITHDRAWN: frozenset({SUPERSEDED, COPY}),
    COPY: frozenset(),
}


@dataclass(frozen=True)
class Entry:
    receipt: str
    issue: int  # 0 for an e-mail
    account: str  # the login when posted, for display only; email:<hash> for an e-mail
    account_id: int  # GitHub's numeric user id: who the applicant is (0 for an e-mail)
    received: datetime  # aware, UTC: GitHub's (or the board's mail server's) time of the post
    sha256: str
    status: str
    envelope: str
    changed: datetime | None = None  # GitHub's time of the event behind a status but received
    message: str = ""  # an e-mail: keyed hash of its Message-ID; empty for GitHub

    @property
    def active(self) -> bool:
        return self.status == RECEIVED

    @property
    def applicant(self) -> str:
        """Who the applicant is: GitHub's numeric id, or the keyed hash of the e-mail address."""
        return self.account if self.message else f"github:{self.account_id}"

    @property
    def place(self) -> str:
        """Where the applicant posts and withdraws: the issue, or the applicant's address."""
        return self.account if self.message else f"#{self.issue}"

    def to_json(self) -> dict[str, Any]:
        where: dict[str, Any] = (
            {"channel": EMAIL, "message": self.message, "account": self.account}
            if self.message
            else {"issue": self.issue, "account": self.account, "account_id": self.account_id}
        )
        return {
            "receipt": self.receipt,
            **where,
            "received": utc_text(self.received),
            "sha256": self.sha256,
            "status": self.status,
            **({"changed": utc_text(self.changed)} if self.changed is not None else {}),
            "envelope": self.envelope,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Entry:
        return cls(
            receipt=raw["receipt"],
            issue=raw.get("issue", 0),
            account=raw["account"],
            received=parse_utc(raw["received"]),
            sha256=raw["sha256"],
            status=raw["status"],
            envelope=raw["envelope"],
            account_id=raw.get("account_id", 0),
            changed=parse_utc(raw["changed"]) if raw.get("changed") else None,
            message=raw.get("message", ""),
        )

    @property
    def order(self) -> tuple[datetime, int, str, str]:
        """GitHub's order of posts: the earlier post first, the lower issue number on a tie (an
        e-mail, which has none, first), then the message hash."""
        return (self.received, self.issue, self.message, self.sha256)


@dataclass(frozen=True)
class Incident:
    """A repair made in the open: the commit that broke the ledger's rules, and what was done.

    ``restores`` names the commit whose state the ledger was put back to; ``accepts`` lists the
    receipts whose change by ``commit`` stands. Exactly one of the two.
    """

    commit: str  # full SHA
    date: str  # YYYY-MM-DD, the day the incident was recorded
    explanation: Text
    restores: str | None = None
    accepts: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "commit": self.commit,
            "date": self.date,
            "explanation": {"en": self.explanation.en, "fr": self.explanation.fr},
        }
        if self.restores is not None:
            out["restores"] = self.restores
        else:
            out["accepts"] = list(self.accepts)
        return out

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Incident:
        return cls(
            commit=raw["commit"],
            date=raw["date"],
            explanation=Text.of(raw["explanation"]),
            restores=raw.get("restores"),
            accepts=tuple(raw.get("accepts", ())),
        )


@dataclass(frozen=True)
class Ledger:
    opportunity: str
    entries: tuple[Entry, ...] = ()
    incidents: tuple[Incident, ...] = field(default=(), kw_only=True)

    @property
    def digest(self) -> str:
        return digest([e.to_json() for e in self.entries])

    @property
    def active(self) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.active)

    def by_sha256(self, sha256: str) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.sha256 == sha256)

    def for_issue(self, issue: int | str) -> tuple[Entry, ...]:
        """The entries posted in one place: an issue number, or an `Entry.place`."""
        place = f"#{issue}" if isinstance(issue, int) else issue
        return tuple(e for e in self.entries if e.place == place)

    def active_for_issue(self, issue: int | str) -> Entry | None:
        return next((e for e in self.for_issue(issue) if e.active), None)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "opportunity": self.opportunity,
            "applications": [e.to_json() for e in self.entries],
        }
        if self.incidents:
            out["incidents"] = [i.to_json() for i in self.incidents]
        return out

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Ledger:
        return cls(
            raw["opportunity"],
            tuple(Entry.from_json(e) for e in raw["applications"]),
            incidents=tuple(Incident.from_json(i) for i in raw.get("incidents", ())),
        )


def canonical(applications: list[dict[str, Any]]) -> bytes:
    """The entries as canonical JSON (RFC 8785, which for strings and integers is this)."""
    text = json.dumps(applications, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8")


def digest(applications: list[dict[str, Any]]) -> str:
    """SHA-256 of the ``applications`` list in `canonical` form: what the board publishes so
    outside copies witness the ledger (docs/sealed-envelope.md shows how to recompute it)."""
    return hashlib.sha256(canonical(applications)).hexdigest()


def same_account(a: str, b: str) -> bool:
    """GitHub logins are case-insensitive."""
    return a.casefold() == b.casefold()


# libyaml's emitter is many times faster than PyYAML's, and writes the same text for a ledger.
_Base: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_Base):  # type: ignore[valid-type,misc]
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump(ledger: Ledger) -> str:
    header = "# Written by the intake workflow; schema: schemas/ledger.schema.json\n"
    body = yaml.dump(
        ledger.to_json(), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1000
    )
    return header + body


def relative_path(opportunity: str) -> str:
    """Where the ledger lives, relative to the repository root."""
    return f"content/{LEDGER_DIR}/{opportunity}.yaml"


def ledger_files(content_root: Path) -> list[Path]:
    folder = content_root / LEDGER_DIR
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


class LedgerError(BoardError, ValueError):
    """A ledger that does not match its schema: the problems, each with line and column."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(p.text() for p in problems))


def read(content_root: Path, opportunity: str) -> Ledger:
    """The opportunity's ledger (empty when there is none yet).

    Raises `LedgerError` (a `BoardError`, and a `ValueError` for older callers) with every
    problem when the file cannot be read or does not match its schema.
    """
    path = content_root / LEDGER_DIR / f"{opportunity}.yaml"
    if not path.exists():
        return Ledger(opportunity)
    from .checks import problems_of  # the schema check; it imports this module

    doc, problems = load(path, max_bytes=MAX_BYTES)
    if doc is None or problems:
        raise LedgerError(problems)
    problems = problems_of(doc)
    if problems:
        raise LedgerError(problems)
    return Ledger.from_json(doc.data)
