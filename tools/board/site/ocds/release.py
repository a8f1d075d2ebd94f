"""One opportunity as an OCDS 1.1 contracting process: one release per published version of its
file (from the same git history the board shows, `site.revisions`), then one per step after
closing (applications counted, award or not, contract, delivery, payment).

Sealed content never appears: a release says how many applications were received
(``numberOfTenderers``), never who applied or what they wrote; the supplier is named only by
the award. Texts are in English with their French as OCDS language variations (``title_fr``).
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from ... import catalog
from ...model import Board
from .. import routes
from ..state import Listing, SiteData

PLACEHOLDER_PREFIX = "ocds-xxxxxx"  # a department registers its own (docs/open-contracting.md)
BUYER = "buyer"
SUPPLIER = "supplier"
STATUS = {"published": "active", "cancelled": "cancelled", "draft": "planned"}


def ocid(board: Board, oid: str) -> str:
    return f"{board.raw.get('ocid_prefix', PLACEHOLDER_PREFIX)}-{oid}"


def both(out: dict[str, Any], key: str, value: Any) -> None:
    """``key`` in English and ``key_fr`` in French, from a {en, fr} mapping."""
    if isinstance(value, dict):
        out[key], out[f"{key}_fr"] = str(value.get("en", "")), str(value.get("fr", ""))


def stamp(day: Any, board: Board) -> str:
    """A YYYY-MM-DD of the board's calendar as the start of that day in its time zone."""
    return datetime.combine(date.fromisoformat(str(day)), time(0), board.tz).isoformat()


def money(amount: Any, board: Board) -> dict[str, Any]:
    return {"amount": float(amount), "currency": board.currency}


def _parties(data: dict[str, Any]) -> list[dict[str, Any]]:
    client = data.get("client") or {}
    buyer: dict[str, Any] = {"id": BUYER, "roles": ["buyer", "procuringEntity"]}
    both(buyer, "name", client.get("department"))
    team = client.get("team") or {}
    buyer["contactPoint"] = {"name": str(team.get("en", "")), "email": str(client.get("contact"))}
    return [buyer]


def _documents(oid: str, site: SiteData, posted: str) -> list[dict[str, Any]]:
    return [
        {
            "id": f"notice-{lang}",
            "documentType": "tenderNotice",
            "title": catalog.t(lang, "ocds.opportunity_page"),
            "url": site.site_url + routes.opportunity(lang, oid),
            "format": "text/html",
            "language": lang,
            "datePublished": posted,
        }
        for lang in ("en", "fr")
    ]


def _enquiries(data: dict[str, Any], board: Board) -> list[dict[str, Any]]:
    """The published questions and answers (the OCDS enquiries extension)."""
    out = []
    for q in data.get("questions") or []:
        item: dict[str, Any] = {
            "id": str(q.get("issue")),
            "dateAnswered": stamp(q["answered"], board),
        }
        item["date"] = stamp(q.get("asked") or q["answered"], board)
        both(item, "description", q.get("question"))
        both(item, "answer", q.get("answer"))
        out.append(item)
    return out


def _amendments(data: dict[str, Any], board: Board) -> list[dict[str, Any]]:
    out = []
    for n, a in enumerate(data.get("addenda") or [], start=1):
        item: dict[str, Any] = {"id": f"addendum-{n}", "date": stamp(a["date"], board)}
        both(item, "description", a)
        out.append(item)
    return out


def tender(data: dict[str, Any], listing: Listing, site: SiteData) -> dict[str, Any]:
    board, oid = site.board, listing.opp.id
    posted = stamp(data.get("posted"), board)
    out: dict[str, Any] = {"id": oid, "status": STATUS.get(str(data.get("status")), "active")}
    both(out, "title", data.get("title"))
    both(out, "description", data.get("summary"))
    price = data.get("price") or {}
    out["value"] = money(price.get("amount", 0), board)
    out["procurementMethod"] = "open"
    out["procurementMethodDetails"] = f"Micro-acquisition board, {price.get('taxes')} taxes"
    out["mainProcurementCategory"] = "services"
    out["awardCriteriaDetails"] = str((data.get("evaluation") or {}).get("method", ""))
    out["submissionMethod"] = ["electronicSubmission"]
    out["submissionMethodDetails"] = "Sealed application through a GitHub issue form"
    out["tenderPeriod"] = {"startDate": posted, "endDate": str(data.get("closing"))}
    out["contractPeriod"] = {
        "startDate": stamp(data.get("start"), board),
        "endDate": str(data.get("delivery")),
    }
    out["eligibilityCriteria"] = "\n".join(a.text.en for a in board.eligibility)
    out["documents"] = _documents(oid, site, posted)
    out["hasEnquiries"] = bool(data.get("questions"))
    out["enquiries"] = _enquiries(data, board)
    out["amendments"] = _amendments(data, board)
    return out


def version(
    when: datetime, commit: str, data: dict[str, Any], first: bool, listing: Listing, site: SiteData
) -> dict[str, Any]:
    """The release of one version of the opportunity's file."""
    key = ocid(site.board, listing.opp.id)
    cancelled = data.get("status") == "cancelled"
    tag = "tenderCancellation" if cancelled else "tender" if first else "tenderUpdate"
    return {
        "ocid": key,
        "id": f"{key}-{commit[:12]}",
        "date": when.isoformat(),
        "tag": [tag],
        "initiationType": "tender",
        "language": "en",
        "parties": _parties(data),
        "buyer": {
            "id": BUYER,
            "name": str((data.get("client") or {}).get("department", {}).get("en", "")),
        },
        "tender": tender(data, listing, site),
    }


__all__ = ["ocid", "version"]
