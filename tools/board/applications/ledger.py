"""The public ledger: ``content/applications/<opportunity-id>.yaml``, one file per opportunity.

``{opportunity: <id>, applications: [{receipt, issue, account, account_id, received, sha256,
status, changed, envelope}]}``, in GitHub's time order (``received``, then issue number). Intake
computes the next ledger as a value (`transitions.record`, `transitions.withdraw`); only
`apply.write_ledger` writes it. The site reads the same shape to show how many applications
arrived and their hashes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from ..yamlfile import load

LEDGER_DIR = "applications"  # under the content root
RECEIVED, SUPERSEDED, WITHDRAWN, COPY = "received", "superseded", "withdrawn", "copy"
STATUSES = (RECEIVED, SUPERSEDED, WITHDRAWN, COPY)


@dataclass(frozen=True)
class Entry:
    receipt: str
    issue: int
    account: str  # the login when posted, for display only
    account_id: int  # GitHub's numeric user id: who the applicant is
    received: datetime  # aware, UTC: GitHub's time of the post (opened or last edited)
    sha256: str
    status: str
    envelope: str
    changed: datetime | None = (
        None  # GitHub's time of the event behind a status other than received
    )

    @property
    def active(self) -> bool:
        return self.status == RECEIVED

    def to_json(self) -> dict[str, Any]:
        return {
            "receipt": self.receipt,
            "issue": self.issue,
            "account": self.account,
            "account_id": self.account_id,
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
            issue=raw["issue"],
            account=raw["account"],
            account_id=raw["account_id"],
            received=parse_utc(raw["received"]),
            sha256=raw["sha256"],
            status=raw["status"],
            envelope=raw["envelope"],
            changed=parse_utc(raw["changed"]) if raw.get("changed") else None,
        )

    @property
    def order(self) -> tuple[datetime, int, str]:
        """GitHub's order of posts: the earlier post first, the lower issue number on a tie."""
        return (self.received, self.issue, self.sha256)


@dataclass(frozen=True)
class Ledger:
    opportunity: str
    entries: tuple[Entry, ...] = ()

    @property
    def active(self) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.active)

    def by_sha256(self, sha256: str) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.sha256 == sha256)

    def for_issue(self, issue: int) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if e.issue == issue)

    def active_for_issue(self, issue: int) -> Entry | None:
        return next((e for e in self.entries if e.active and e.issue == issue), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "opportunity": self.opportunity,
            "applications": [e.to_json() for e in self.entries],
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Ledger:
        return cls(raw["opportunity"], tuple(Entry.from_json(e) for e in raw["applications"]))


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def receipt_id(
    opportunity: str, issue: int, account_id: int, sha256: str, received: datetime
) -> str:
    """A short id derived from what the receipt certifies, so anyone can recompute it.

    The account is GitHub's numeric user id (a login can be renamed and then reused by someone
    else); the login is in the ledger for display only.
    """
    seed = f"{opportunity}\n{issue}\n{account_id}\n{sha256}\n{utc_text(received)}"
    digest = hashlib.sha256(seed.encode("utf-8")).hexdigest()[:16]
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


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


def read(content_root: Path, opportunity: str) -> Ledger:
    """The opportunity's ledger (empty when there is none yet); `ValueError` when unreadable."""
    path = content_root / LEDGER_DIR / f"{opportunity}.yaml"
    if not path.exists():
        return Ledger(opportunity)
    doc, problems = load(path)
    if doc is None or problems:
        raise ValueError(f"{path}: {problems[0].text() if problems else 'unreadable'}")
    return Ledger.from_json(doc.data)
