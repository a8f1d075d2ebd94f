"""Delivery and payment in the feeds and the open data (issue #12): the JSON record's
``delivery_record`` and ``payment_record``, their CSV columns, and Atom entries when work is accepted or paid."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..outcomes.records import Outcome
from .i18n import t
from .state import Listing, SiteData


def outcome_record(outcome: Outcome | None) -> dict[str, Any]:
    d = outcome.delivery if outcome is not None else None
    p = outcome.payment if outcome is not None else None
    delivery = None
    if d is not None:
        end = d.termination
        delivery = {
            "pull_request": d.pull_request,
            "submitted": d.submitted.isoformat() if d.submitted else None,
            "revisions": [
                {
                    "requested": r.requested.isoformat(),
                    "summary": {"en": r.summary.en, "fr": r.summary.fr},
                    "resubmitted": r.resubmitted.isoformat() if r.resubmitted else None,
                }
                for r in d.revisions
            ],
            "accepted": d.accepted.isoformat() if d.accepted else None,
            "criteria_met": list(d.criteria_met),
            "termination": {
                "kind": end.kind,
                "date": end.date.isoformat(),
                "share_paid": float(end.share_paid) if end.share_paid is not None else None,
                "reason": {"en": end.reason.en, "fr": end.reason.fr},
            }
            if end
            else None,
        }
    payment = (
        {"method": p.method, "paid": p.paid.isoformat(), "amount": float(p.amount)} if p else None
    )
    return {"delivery_record": delivery, "payment_record": payment}


def outcome_columns() -> tuple[str, ...]:
    return ("delivery_submitted", "delivery_accepted", "terminated", "paid", "amount_paid")


def outcome_cells(record: dict[str, Any]) -> list[Any]:
    d, p = record["delivery_record"] or {}, record["payment_record"] or {}
    end = d.get("termination") or {}
    return [
        d.get("submitted") or "",
        d.get("accepted") or "",
        end.get("kind", ""),
        p.get("paid", ""),
        p.get("amount", ""),
    ]


def outcome_entries(
    x: Listing, site: SiteData, lang: str, url: str, title: str
) -> list[tuple[datetime, str, str, str, str]]:
    """(when, id, title, url, summary) for the acceptance and the payment of ``x``."""
    outcome = site.outcomes.get(x.opp.id)
    if outcome is None:
        return []
    out = []
    tz = site.board.tz
    d, p = outcome.delivery, outcome.payment
    if d is not None and d.accepted is not None:
        when = datetime.combine(d.accepted, datetime.min.time(), tzinfo=tz)
        summary = t(lang, "tl.accepted")
        out.append((when, f"{url}#accepted", t(lang, "feed.delivered", title=title), url, summary))
    if p is not None:
        when = datetime.combine(p.paid, datetime.min.time(), tzinfo=tz)
        summary = t(lang, "tl.title")
        out.append(
            (when, f"{url}#paid", t(lang, "feed.paid", title=title), url + "#timeline", summary)
        )
    return out
