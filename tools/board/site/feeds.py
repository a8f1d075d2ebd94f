"""Feeds and open data: Atom per language, iCalendar of closing dates, JSON and CSV.

The JSON follows ``schemas/opportunities.schema.json``; the CSV has the same records, flattened.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, datetime
from typing import Any

from feedgen.feed import FeedGenerator
from icalendar import Calendar, Event

from . import outcome_feeds, routes
from .i18n import t
from .outcome_feed import outcome_cells, outcome_columns, outcome_entries, outcome_record
from .state import Listing, SiteData

# Characters neither XML 1.0 nor an RFC 5545 TEXT value can carry (C0 controls but tab and line
# breaks, DEL, lone surrogates, U+FFFE/U+FFFF): dropped, so that one pasted from a document
# cannot make the feed unreadable or stop the build. Escaping the rest is the libraries' job.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def _text(value: str) -> str:
    return _UNWRITABLE.sub("", value)


def _utc(moment: datetime) -> datetime:
    """In UTC to the second, as the feeds have always written their times."""
    return moment.astimezone(UTC).replace(microsecond=0)


def _posted(listing: Listing, site: SiteData) -> datetime:
    """First publication from history, else the posted date at midnight in the board's zone."""
    shown = listing.history.first_shown(listing.opp.published_from(site.board.tz))
    if shown is not None:
        return shown
    return datetime.combine(listing.opp.posted, datetime.min.time(), tzinfo=site.board.tz)


def _entries(site: SiteData, lang: str) -> list[tuple[datetime, str, str, str, str]]:
    """(when, id, title, url, summary) of every new, updated and answered event, newest first."""
    out = []
    for x in site.listings:
        opp = x.opp
        url = site.site_url + routes.opportunity(lang, opp.id)
        title = opp.title.get(lang)
        out.append(
            (
                _posted(x, site),
                f"{url}#new",
                t(lang, "feed.new", title=title),
                url,
                opp.summary.get(lang),
            )
        )
        for r in x.history.material:  # an editorial fix is no news
            fields = ", ".join(c.field for c in r.changes)
            out.append(
                (
                    r.when,
                    f"{url}#{r.commit[:12]}",
                    t(lang, "feed.updated", title=title),
                    url,
                    t(lang, "feed.changed", fields=fields),
                )
            )
        for q in opp.questions:
            when = datetime.combine(q.answered, datetime.min.time(), tzinfo=site.board.tz)
            out.append(
                (
                    when,
                    f"{url}#{q.anchor}",
                    t(lang, "feed.answered", title=title),
                    url + "#questions",
                    f"{q.question.get(lang)} — {q.answer.get(lang)}",
                )
            )
        out += outcome_entries(x, site, lang, url, title)  # issue #12
    out += outcome_feeds.atom_entries(site, lang)
    return sorted(out, key=lambda e: (e[0], e[1]), reverse=True)


def atom(site: SiteData, lang: str) -> str:
    """Atom (RFC 4287) in one language, newest entry first, written by feedgen."""
    entries = _entries(site, lang)
    self_url = site.site_url + routes.feed_atom(lang)
    feed = FeedGenerator()
    feed.id(self_url)
    feed.title(_text(t(lang, "feed.title", board=site.board.name.get(lang))))
    feed.updated(_utc(entries[0][0] if entries else site.now))
    feed.link(href=self_url, rel="self", type="application/atom+xml")
    feed.link(href=site.site_url + routes.home(lang), rel="alternate", type="text/html")
    feed.author(name=_text(site.board.name.get(lang)))
    feed.language(lang)
    feed.generator("")  # no <generator>: feedgen's name and version would change with upgrades
    for when, eid, etitle, url, summary in entries:
        entry = feed.add_entry(order="append")
        entry.id(eid)
        entry.title(_text(etitle))
        # feedgen 1.0.0 writes only href on an entry's link (lkiesow/python-feedgen#135):
        # rel="alternate" is Atom's default, and the type was only a hint.
        entry.link(href=url, rel="alternate", type="text/html")
        entry.updated(_utc(when))
        entry.summary(_text(summary))
    return feed.atom_str(encoding="utf-8").decode("utf-8") + "\n"


def ics(site: SiteData) -> str:
    """iCalendar (RFC 5545) of closing dates, both languages in each event, written by icalendar."""
    calendar = Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", "-//micro-acquisition-board//closing dates//EN")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _text(site.board.name.en + " / " + site.board.name.fr))
    host = site.site_url.split("//")[-1].split("/")[0] or "board"
    stamp = _utc(site.now)
    for x in sorted(site.listings, key=lambda x: x.opp.closing):
        opp = x.opp
        closing = _utc(opp.closing)
        event = Event()
        event.add("uid", f"{opp.id}-closing@{host}")
        event.add("dtstamp", stamp)
        event.add("dtstart", closing)
        event.add("dtend", closing)
        summary = (
            t("en", "ics.closing", title=opp.title.en)
            + " / "
            + t("fr", "ics.closing", title=opp.title.fr)
        )
        event.add("summary", _text(summary))
        event.add("url", site.site_url + routes.opportunity("en", opp.id))
        event.add("status", "CANCELLED" if x.status.value == "cancelled" else "CONFIRMED")
        calendar.add_component(event)
        due = outcome_feeds.due_event(x, site, host, stamp)
        if due is not None:
            calendar.add_component(due)
    return calendar.to_ical(sorted=False).decode("utf-8")


def record(x: Listing, site: SiteData) -> dict[str, Any]:
    opp = x.opp
    return {
        "id": opp.id,
        "status": x.status.value,
        "title": {"en": opp.title.en, "fr": opp.title.fr},
        "summary": {"en": opp.summary.en, "fr": opp.summary.fr},
        "skills": list(opp.skills),
        "client": {
            "department": {"en": opp.department.en, "fr": opp.department.fr},
            "team": {"en": opp.team.en, "fr": opp.team.fr},
        },
        "price": {
            "amount": float(opp.price.amount),
            "currency": opp.price.currency,
            "taxes": "included" if opp.price.taxes_included else "excluded",
        },
        "posted": opp.posted.isoformat(),
        "closing": opp.closing.isoformat(),
        "start": opp.start.isoformat(),
        "delivery": opp.delivery.isoformat(),
        "payment": opp.payment,
        "repository": opp.repository,
        "licence": opp.licence,
        "updated": x.history.updated,
        "applications": x.ledger.count,
        "ledger": ledger_record(x),
        "questions": len(opp.questions),
        **outcome_record(site.outcomes.get(opp.id)),  # issue #12
        "url": {lang: site.site_url + routes.opportunity(lang, opp.id) for lang in ("en", "fr")},
        "result": outcome_feeds.record(x),
    }


def ledger_record(x: Listing) -> dict[str, Any]:
    """The ledger's digest (docs/sealed-envelope.md says how to recompute it) and incidents."""
    incidents = []
    for i in x.ledger.incidents:
        item: dict[str, Any] = {
            "commit": i.commit,
            "date": i.date,
            "explanation": {"en": i.explanation.en, "fr": i.explanation.fr},
        }
        item |= {"restores": i.restores} if i.restores else {"accepts": list(i.accepts)}
        incidents.append(item)
    return {"digest": x.ledger.digest, "incidents": incidents}


def records(site: SiteData) -> list[dict[str, Any]]:
    return [record(x, site) for x in sorted(site.listings, key=lambda x: (x.opp.closing, x.opp.id))]


def as_json(site: SiteData) -> str:
    data = {
        "board": {"en": site.board.name.en, "fr": site.board.name.fr},
        "generated": site.now.astimezone(UTC).isoformat(),
        "opportunities": records(site),
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


CSV_COLUMNS = (
    "id",
    "status",
    "title_en",
    "title_fr",
    "skills",
    "department_en",
    "department_fr",
    "price",
    "currency",
    "taxes",
    "posted",
    "closing",
    "start",
    "delivery",
    "payment",
    "repository",
    "licence",
    "updated",
    "applications",
    "url_en",
    "url_fr",
    *outcome_feeds.CSV_COLUMNS,
    *outcome_columns(),
)


# OWASP's CSV injection advice: a spreadsheet runs a cell that starts with one of these as a
# formula. A leading apostrophe makes it text. The data has no negative numbers (prices are
# positive, counts are counts), so any such cell is text and keeping it text loses nothing.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(value: object) -> object:
    """``value``, with a leading ``'`` when a spreadsheet would read it as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def as_csv(site: SiteData) -> str:
    """The open data as CSV; every cell is inert when opened in a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for r in records(site):
        row = [
            r["id"],
            r["status"],
            r["title"]["en"],
            r["title"]["fr"],
            "; ".join(r["skills"]),
            r["client"]["department"]["en"],
            r["client"]["department"]["fr"],
            r["price"]["amount"],
            r["price"]["currency"],
            r["price"]["taxes"],
            r["posted"],
            r["closing"],
            r["start"],
            r["delivery"],
            r["payment"],
            r["repository"],
            r["licence"],
            str(r["updated"]).lower(),
            r["applications"],
            r["url"]["en"],
            r["url"]["fr"],
            *outcome_feeds.csv_cells(r["result"]),
            *outcome_cells(r),
        ]
        writer.writerow([inert_cell(cell) for cell in row])
    return out.getvalue()
