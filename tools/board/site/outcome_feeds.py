"""Results after closing in the feeds and open data (issue #10): the Atom entry of an award or
of a "not awarded", the iCalendar "result due" event, and the ``result`` of each JSON record."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from icalendar import Event

from . import routes
from .i18n import t
from .state import Listing, SiteData

CSV_COLUMNS = ("result_due", "result_overdue", "awarded_to", "award_date", "award_price")


def _text(value: Any) -> dict[str, str]:
    return {"en": value.en, "fr": value.fr}


def record(x: Listing) -> dict[str, Any]:
    """The ``result`` member of an opportunity's open-data record."""
    r = x.result
    assert r is not None, "every listing gathered by state.gather has a result"
    e, a = r.evaluation, r.award
    order = r.ranking
    return {
        "due": r.due.isoformat(),
        "overdue": r.overdue,
        "evaluation": None
        if e is None
        else {
            "evaluated": e.evaluated.isoformat(),
            "method": e.method,
            "passed": list(order if order is not None else e.passed_receipts),
            "failed": dict(e.criteria),
        },
        "award": None
        if a is None or a.award is None
        else {
            "receipt": a.award.receipt,
            "supplier": a.award.supplier,
            "date": a.award.date.isoformat(),
            "price": float(a.award.price),
        },
        "not_awarded": None
        if a is None or a.not_awarded is None
        else {"date": a.not_awarded.date.isoformat(), "reason": _text(a.not_awarded.reason)},
        "passed_over": [
            {
                "receipt": p.receipt,
                "reason": p.reason,
                "date": p.date.isoformat(),
                "explanation": _text(p.explanation),
            }
            for p in (a.passed_over if a is not None else ())
        ],
    }


def csv_cells(result: dict[str, Any]) -> list[object]:
    award = result["award"] or {}
    return [
        result["due"],
        str(result["overdue"]).lower(),
        award.get("supplier", ""),
        award.get("date", ""),
        award.get("price", ""),
    ]


def atom_entries(site: SiteData, lang: str) -> list[tuple[datetime, str, str, str, str]]:
    """(when, id, title, url, summary) of each published result, as `feeds._entries` makes."""
    out = []
    for x in site.listings:
        a = x.result.award if x.result is not None else None
        if a is None:
            continue
        url = site.site_url + routes.opportunity(lang, x.opp.id)
        title = x.opp.title.get(lang)
        when = datetime.combine(a.date, time.min, tzinfo=site.board.tz)
        if a.award is not None:
            head = t(lang, "feed.awarded", title=title)
            summary = t(lang, "feed.awarded_summary", supplier=a.award.supplier)
        else:
            assert a.not_awarded is not None
            head = t(lang, "feed.not_awarded", title=title)
            summary = a.not_awarded.reason.get(lang)
        out.append((when, f"{url}#result", head, url + "#result", summary))
    return out


def due_event(x: Listing, site: SiteData, host: str, stamp: datetime) -> Event | None:
    """An all-day "result due" event for a closed opportunity (none for an open or cancelled one)."""
    if x.result is None or x.status.value in ("open", "cancelled"):
        return None
    due: date = x.result.due
    event = Event()
    event.add("uid", f"{x.opp.id}-result-due@{host}")
    event.add("dtstamp", stamp)
    event.add("dtstart", due)
    summary = (
        t("en", "ics.award_due", title=x.opp.title.en)
        + " / "
        + t("fr", "ics.award_due", title=x.opp.title.fr)
    )
    event.add("summary", summary)
    event.add("url", site.site_url + routes.opportunity("en", x.opp.id) + "#result")
    event.add("status", "CONFIRMED")
    return event
