"""The public ledger of sealed applications: ``content/applications/<opportunity-id>.yaml``.

Only what may be public leaves this module: receipt ids, hashes and times of the active
applications, the ledger's digest and its incidents. The account that filed an application and
the sealed envelope itself never reach the site's values. The file is read by
`board.applications.ledger.read`, checked against its schema: a hand-broken ledger raises
`LedgerError` (the build has already refused it at validation), never a silent zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..applications import ledger as ledgers
from ..model import Text


@dataclass(frozen=True)
class Receipt:
    receipt: str
    sha256: str
    received: str  # UTC ISO datetime, as recorded


@dataclass(frozen=True)
class Incident:
    """A repair made in the open (see docs/sealed-envelope.md): shown on the opportunity page."""

    commit: str  # full SHA of the commit that broke the ledger's rules
    date: str  # YYYY-MM-DD, when it was recorded
    explanation: Text
    restores: str | None  # full SHA whose state the ledger was put back to, or None
    accepts: tuple[str, ...]  # receipts whose change stands


@dataclass(frozen=True)
class Ledger:
    receipts: tuple[Receipt, ...] = ()
    digest: str = ledgers.digest([])  # SHA-256 of every entry, canonical JSON
    incidents: tuple[Incident, ...] = ()

    @property
    def count(self) -> int:
        return len(self.receipts)


def of(book: ledgers.Ledger) -> Ledger:
    """The public part of a ledger."""
    return Ledger(
        receipts=tuple(
            Receipt(e.receipt, e.sha256, ledgers.utc_text(e.received)) for e in book.active
        ),
        digest=book.digest,
        incidents=tuple(
            Incident(i.commit, i.date, i.explanation, i.restores, i.accepts) for i in book.incidents
        ),
    )


def read(content_root: Path, opportunity_id: str) -> Ledger:
    """Applications with status ``received``, the digest and the incidents; no file: empty."""
    return of(ledgers.read(content_root, opportunity_id))
