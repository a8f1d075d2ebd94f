"""Dates: the posting period, the order of events, and daylight-saving mistakes."""

from __future__ import annotations

from datetime import date, datetime

from ..calendar import business_days_between, expected_offset, offset_text, zone
from ..model import Board
from ..problems import Problem
from ..yamlfile import Document
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
    return [
        problem(
            doc,
            (key,),
            f"offset {written} is not {board.timezone}'s offset on {moment.date().isoformat()}",
            f"write {moment.strftime('%Y-%m-%dT%H:%M:%S')}{right}",
            warning=True,
        )
    ]


def check(doc: Document, board: Board) -> list[Problem]:
    out: list[Problem] = []
    posted = _date(doc, "posted")
    start = _date(doc, "start")
    closing = _moment(doc, "closing")
    delivery = _moment(doc, "delivery")
    for key, value in (
        ("closing", get(doc.data, "closing")),
        ("delivery", get(doc.data, "delivery")),
    ):
        if isinstance(value, str) and _moment(doc, key) is None:
            out.append(
                problem(
                    doc,
                    (key,),
                    f"{value!r} is not a date and time with a UTC offset",
                    "write it as 2027-01-29T23:59:59-05:00",
                )
            )
    tz = zone(board.timezone)
    local_closing = closing.astimezone(tz).date() if closing and tz else None
    if posted and local_closing:
        if posted > local_closing:
            out.append(
                problem(doc, ("closing",), "is before the posting date", "close after `posted`")
            )
        else:
            days = business_days_between(posted, local_closing)
            need = board.min_posting_business_days
            if days < need:
                out.append(
                    problem(
                        doc,
                        ("closing",),
                        f"leaves {days} business day(s) after posting; at least {need} are "
                        "required (weekends and federal holidays do not count)",
                        "move the closing date later or post earlier; `board new` proposes one",
                    )
                )
    if local_closing and start and start <= local_closing:
        out.append(
            problem(
                doc,
                ("start",),
                f"{start.isoformat()} is not after closing ({local_closing.isoformat()})",
                "the work starts after applications close and one is chosen",
            )
        )
    if start and delivery and tz and delivery.astimezone(tz).date() < start:
        out.append(
            problem(doc, ("delivery",), "is before the start date", "deliver on or after `start`")
        )
    for key, moment in (("closing", closing), ("delivery", delivery)):
        if moment:
            out.extend(_offset_warning(doc, key, moment, board))
    return out
