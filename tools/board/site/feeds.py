"""Feeds and open data: Atom per language, iCalendar of closing dates, JSON and CSV.

The JSON follows ``schemas/opportunities.schema.json``; the CSV has the same records, flattened.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from . import routes
from .i18n import t
from .state import Listing, SiteData


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _posted(listing: Listing, site: SiteData) -> datetime:
    """First publication from history, else the posted date at midnight in the board's zone."""
    if listing.history.published is not None:
        return listing.history.published
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
        for r in x.history.revisions:
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
                    f"{url}#q{q.issue}",
                    t(lang, "feed.answered", title=title),
                    url + "#questions",
                    f"{q.question.get(lang)} — {q.answer.get(lang)}",
                )
            )
    return sorted(out, key=lambda e: (e[0], e[1]), reverse=True)


def atom(site: SiteData, lang: str) -> str:
    entries = _entries(site, lang)
    updated = entries[0][0] if entries else site.now
    self_url = site.site_url + routes.feed_atom(lang)
    home_url = site.site_url + routes.home(lang)
    title = t(lang, "feed.title", board=site.board.name.get(lang))
    body = "".join(
        f"<entry><id>{xml_escape(eid)}</id><title>{xml_escape(etitle)}</title>"
        f'<link rel="alternate" type="text/html" href="{xml_escape(url)}"/>'
        f"<updated>{_iso(when)}</updated><summary>{xml_escape(summary)}</summary></entry>"
        for when, eid, etitle, url, summary in entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">'
        f"<id>{xml_escape(self_url)}</id><title>{xml_escape(title)}</title>"
        f"<updated>{_iso(updated)}</updated>"
        f'<link rel="self" type="application/atom+xml" href="{xml_escape(self_url)}"/>'
        f'<link rel="alternate" type="text/html" href="{xml_escape(home_url)}"/>'
        f"<author><name>{xml_escape(site.board.name.get(lang))}</name></author>"
        f"{body}</feed>\n"
    )


def _ics_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """RFC 5545 folding: lines of at most 75 octets, continued with a space."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[str] = []
    start = 0
    while start < len(data):
        end = min(len(data), start + (75 if not parts else 74))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # not inside a UTF-8 sequence
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start = end
    return "\r\n ".join(parts)


def ics(site: SiteData) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//micro-acquisition-board//closing dates//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_ics_text(site.board.name.en + ' / ' + site.board.name.fr)}",
    ]
    stamp = _iso(site.now).replace("-", "").replace(":", "")
    for x in sorted(site.listings, key=lambda x: x.opp.closing):
        opp = x.opp
        closing = _iso(opp.closing).replace("-", "").replace(":", "")
        summary = (
            t("en", "ics.closing", title=opp.title.en)
            + " / "
            + t("fr", "ics.closing", title=opp.title.fr)
        )
        lines += [
            "BEGIN:VEVENT",
            f"UID:{opp.id}-closing@{site.site_url.split('//')[-1].split('/')[0] or 'board'}",
            f"DTSTAMP:{stamp}",
            f"DTSTART:{closing}",
            f"DTEND:{closing}",
            f"SUMMARY:{_ics_text(summary)}",
            f"URL:{site.site_url + routes.opportunity('en', opp.id)}",
            f"STATUS:{'CANCELLED' if x.status.value == 'cancelled' else 'CONFIRMED'}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


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
        "url": {lang: site.site_url + routes.opportunity(lang, opp.id) for lang in ("en", "fr")},
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
        ]
        writer.writerow([inert_cell(cell) for cell in row])
    return out.getvalue()
