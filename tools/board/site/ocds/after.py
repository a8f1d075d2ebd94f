"""The releases after closing: the applications counted, then the award (or none), the
contract, its delivery and its payment (``content/outcomes/<id>/``, as `Content.outcomes` holds
them: read once by `outcomes.records`).

Until the award, a release says only how many applications were received; the award names the
supplier as published (applicants consent to it when they apply) and nothing else of any bid.
"""

from __future__ import annotations

from typing import Any

from ...model import Status, Text
from ...outcomes.records import Awarded, Delivery, NotAwarded, Outcome, Payment
from ..state import Listing, SiteData
from .release import BUYER, SUPPLIER, both, money, ocid, stamp


def _release(listing: Listing, site: SiteData, name: str, when: str, tag: str) -> dict[str, Any]:
    key = ocid(site.board, listing.opp.id)
    return {"ocid": key, "id": f"{key}-{name}", "date": when, "tag": [tag],
            "initiationType": "tender", "language": "en"}  # fmt: skip


def counted(listing: Listing, site: SiteData) -> list[dict[str, Any]]:
    """After closing: how many applications were received (never who, nor what)."""
    if listing.status not in (Status.CLOSED, Status.AWARDED):
        return []
    out = _release(listing, site, "closing", listing.opp.closing.isoformat(), "tenderUpdate")
    out["tender"] = {"id": listing.opp.id, "numberOfTenderers": listing.ledger.count}
    return [out]


def _award(award: Awarded, listing: Listing, site: SiteData) -> dict[str, Any]:
    board = site.board
    when = stamp(award.date, board)
    out = _release(listing, site, "award", when, "award")
    supplier = {"id": SUPPLIER, "name": award.supplier}
    out["parties"] = [{**supplier, "roles": ["supplier", "tenderer"]}]
    out["tender"] = {"id": listing.opp.id, "status": "complete"}
    out["awards"] = [
        {"id": "award", "status": "active", "date": when, "value": money(award.price, board),
         "suppliers": [supplier]}
    ]  # fmt: skip
    out["contracts"] = [
        {"id": "contract", "awardID": "award", "status": "active", "dateSigned": when,
         "value": money(award.price, board),
         "period": {"startDate": stamp(listing.opp.start, board),
                    "endDate": listing.opp.delivery.isoformat()}}
    ]  # fmt: skip
    return out


def _not_awarded(outcome: NotAwarded, listing: Listing, site: SiteData) -> dict[str, Any]:
    out = _release(listing, site, "not-awarded", stamp(outcome.date, site.board), "tenderUpdate")
    out["tender"] = {"id": listing.opp.id, "status": "unsuccessful"}
    both(out["tender"], "statusDetails", _words(outcome.reason))
    return out


def _words(text: Text) -> dict[str, str]:
    return {"en": text.en, "fr": text.fr}


def _delivery(delivery: Delivery, listing: Listing, site: SiteData) -> dict[str, Any] | None:
    end = delivery.termination
    ended = delivery.accepted or (end.date if end is not None else None)
    if ended is None:
        return None
    out = _release(listing, site, "delivery", stamp(ended, site.board), "contractTermination")
    contract: dict[str, Any] = {"id": "contract", "awardID": "award", "status": "terminated"}
    if delivery.pull_request:
        contract["implementation"] = {"documents": [
            {"id": "delivery", "documentType": "completionCertificate",
             "url": delivery.pull_request, "format": "text/html"}
        ]}  # fmt: skip
    out["contracts"] = [contract]
    return out


def _payment(payment: Payment, listing: Listing, site: SiteData) -> dict[str, Any]:
    when = stamp(payment.paid, site.board)
    out = _release(listing, site, "payment", when, "implementation")
    out["contracts"] = [
        {"id": "contract", "awardID": "award", "implementation": {"transactions": [
            {"id": "payment", "date": when, "value": money(payment.amount, site.board),
             "payer": {"id": BUYER}, "payee": {"id": SUPPLIER}}
        ]}}
    ]  # fmt: skip
    return out


def releases(listing: Listing, site: SiteData, outcome: Outcome | None) -> list[dict[str, Any]]:
    out = counted(listing, site)
    award = outcome.award if outcome is not None else None
    if outcome is None or award is None:
        return out
    if award.award is not None:
        out.append(_award(award.award, listing, site))
    elif award.not_awarded is not None:
        out.append(_not_awarded(award.not_awarded, listing, site))
    if award.award is None:
        return out
    # Delivery and payment (#12): typed values, only when their files passed their checks.
    made = _delivery(outcome.delivery, listing, site) if outcome.delivery else None
    out.extend([made] if made else [])
    if outcome.payment is not None:
        out.append(_payment(outcome.payment, listing, site))
    return out
