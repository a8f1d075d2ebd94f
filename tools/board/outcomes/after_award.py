"""The delivery and payment of an awarded opportunity, as frozen values (issue #12).

Built by `records` (the one reader of ``content/outcomes/<id>/``) only from files that matched
``schemas/delivery.schema.json`` and ``schemas/payment.schema.json``, so the constructors trust
the shape; `loading` then checks them against the opportunity, the award and each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from ..model import Text


@dataclass(frozen=True)
class Revision:
    requested: date
    summary: Text
    resubmitted: date | None = None


@dataclass(frozen=True)
class Termination:
    kind: str  # default | convenience
    date: date
    reason: Text
    share_paid: Decimal | None = None


@dataclass(frozen=True)
class Delivery:
    pull_request: str | None  # None: terminated before any pull request
    submitted: date | None
    revisions: tuple[Revision, ...] = ()
    accepted: date | None = None
    criteria_met: tuple[bool, ...] = ()
    termination: Termination | None = None

    @property
    def ended(self) -> date | None:
        """The day payment may follow: acceptance, or a termination for convenience."""
        if self.accepted is not None:
            return self.accepted
        if self.termination is not None and self.termination.kind == "convenience":
            return self.termination.date
        return None

    @classmethod
    def from_raw(cls, raw: dict[str, Any]) -> Delivery:
        end = raw.get("termination")
        return cls(
            pull_request=raw.get("pull_request"),
            submitted=date.fromisoformat(raw["submitted"]) if raw.get("submitted") else None,
            revisions=tuple(
                Revision(
                    date.fromisoformat(r["requested"]),
                    Text.of(r["summary"]),
                    date.fromisoformat(r["resubmitted"]) if r.get("resubmitted") else None,
                )
                for r in raw.get("revisions", [])
            ),
            accepted=date.fromisoformat(raw["accepted"]) if raw.get("accepted") else None,
            criteria_met=tuple(raw.get("criteria_met", [])),
            termination=Termination(
                end["kind"],
                date.fromisoformat(end["date"]),
                Text.of(end["reason"]),
                Decimal(str(end["share_paid"])) if "share_paid" in end else None,
            )
            if end
            else None,
        )


@dataclass(frozen=True)
class Payment:
    method: str
    paid: date
    amount: Decimal

    @classmethod
    def from_raw(cls, raw: dict[str, Any]) -> Payment:
        return cls(raw["method"], date.fromisoformat(raw["paid"]), Decimal(str(raw["amount"])))
