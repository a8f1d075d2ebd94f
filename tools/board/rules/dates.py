"""Dates: the posting period, the order of events, and daylight-saving mistakes."""

from __future__ import annotations

from datetime import date, datetime

from ..calendar import (
    add_business_days,
    business_days_between,
    expected_offset,
    offset_text,
    zone,
)
from ..catalog import tn
from ..model import Board
from ..problems import LANGS, Problem, said
from ..yamlio.load import Document
from ._access import get, iso_date, problem


def _date(doc: Document, key: str) -> date | None:
    return iso_date(get(doc.data, key))


def _moment(doc: Document, key: str) -> datetime | None:
    value = get(doc.data, key)
    if not isinstance(value, str) or "T" not in value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _offset_warning(doc: Document, key: str, moment: datetime, board: Board) -> list[Problem]:
    tz = zone(board.timezone)
    if tz is None:
        return []
    right = expected_offset(moment, tz)
    written = offset_text(moment)
    if right == written:
        return []
    day = moment.date().isoformat()
    fixed = f"{moment.strftime('%Y-%m-%dT%H:%M:%S')}{right}"
    return [
        problem(
            doc,
            (key,),
            *said(
                "problem.date.offset-mismatch",
                written=written,
                timezone=board.timezone,
                day=day,
                fixed=fixed,
            ),
            warning=True,
            code="date.offset-mismatch",
        )
    ]


def _malformed_moments(doc: Document) -> list[Problem]:
    out: list[Problem] = []
    for key, value in (
        ("closing", get(doc.data, "closing")),
        ("delivery", get(doc.data, "delivery")),
    ):
        if isinstance(value, str) and _moment(doc, key) is None:
            out.append(
                problem(
                    doc,
                    (key,),
                    *said("problem.date.no-offset", value=repr(value)),
                    code="date.no-offset",
                )
            )
    return out


def _posting_period(
    doc: Document, posted: date, local_closing: date, board: Board
) -> list[Problem]:
    """Closing after posting, leaving the board's minimum of business days."""
    out: list[Problem] = []
    earliest = _earliest_closing(posted, board)
    if posted > local_closing:
        out.append(
            problem(
                doc,
                ("closing",),
                *said("problem.date.closing-before-posting", earliest=earliest),
                code="date.closing-before-posting",
            )
        )
    else:
        days = business_days_between(posted, local_closing)
        need = board.min_posting_business_days
        if days < need:
            out.append(
                problem(
                    doc,
                    ("closing",),
                    *said(
                        "problem.date.posting-too-short",
                        days=_business_days(days),
                        need=_business_days(need),
                        earliest=earliest,
                    ),
                    code="date.posting-too-short",
                )
            )
    return out


def _business_days(count: int) -> dict[str, str]:
    """``3 business days`` / ``3 jours ouvrables``: each language's plural form for ``count``."""
    return {lang: tn(lang, "count.business-days", count) for lang in LANGS}


def _earliest_closing(posted: date, board: Board) -> str:
    """``2027-02-08T23:59:59-05:00``: the end of the first day that meets the posting period."""
    day = add_business_days(posted, board.min_posting_business_days)
    tz = zone(board.timezone)
    if tz is None:
        return day.isoformat()
    moment = datetime(day.year, day.month, day.day, 23, 59, 59, tzinfo=tz)
    return moment.isoformat()


def check(doc: Document, board: Board) -> list[Problem]:
    out: list[Problem] = []
    posted = _date(doc, "posted")
    start = _date(doc, "start")
    closing = _moment(doc, "closing")
    delivery = _moment(doc, "delivery")
    out.extend(_malformed_moments(doc))
    tz = zone(board.timezone)
    local_closing = closing.astimezone(tz).date() if closing and tz else None
    if posted and local_closing:
        out.extend(_posting_period(doc, posted, local_closing, board))
    if local_closing and start and start <= local_closing:
        out.append(
            problem(
                doc,
                ("start",),
                *said(
                    "problem.date.start-before-closing",
                    start=start.isoformat(),
                    closing=local_closing.isoformat(),
                ),
                code="date.start-before-closing",
            )
        )
    if start and delivery and tz and delivery.astimezone(tz).date() < start:
        out.append(
            problem(
                doc,
                ("delivery",),
                *said("problem.date.delivery-before-start"),
                code="date.delivery-before-start",
            )
        )
    for key, moment in (("closing", closing), ("delivery", delivery)):
        if moment:
            out.extend(_offset_warning(doc, key, moment, board))
    return out
