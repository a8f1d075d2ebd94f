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
from ..problems import Problem, Say
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
            Say(
                f"offset {written} is not {board.timezone}'s offset on {day}",
                f"write {fixed}",
            ),
            Say(
                f"le décalage {written} n'est pas celui du fuseau horaire {board.timezone} "
                f"le {day}",
                f"écrivez {fixed}",
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
                    Say(
                        f"{value!r} is not a date and time with a UTC offset",
                        "write it as 2027-01-29T23:59:59-05:00",
                    ),
                    Say(
                        f"{value!r} n'est pas une date et une heure avec un décalage UTC",
                        "écrivez-la sous la forme 2027-01-29T23:59:59-05:00",
                    ),
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
                Say(
                    "is before the posting date",
                    f"close after `posted`: the earliest closing is {earliest}",
                ),
                Say(
                    "est antérieure à la date de publication",
                    f"fixez la clôture après la date `posted` : la clôture la plus proche "
                    f"possible est le {earliest}",
                ),
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
                    Say(
                        f"leaves {tn('en', 'count.business-days', days)} after posting; at least {need} are "
                        "required (weekends and federal holidays do not count)",
                        f"the earliest valid closing is {earliest}: move the closing date "
                        "to it or later, or post earlier",
                    ),
                    Say(
                        f"laisse {tn('fr', 'count.business-days', days)} après la publication; il en faut "
                        f"au moins {need} (les fins de semaine et les jours fériés fédéraux "
                        "ne comptent pas)",
                        f"la date de clôture valide la plus proche est le {earliest} : "
                        "reportez la clôture à cette date ou plus tard, ou publiez plus tôt",
                    ),
                    code="date.posting-too-short",
                )
            )
    return out


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
                Say(
                    f"{start.isoformat()} is not after closing ({local_closing.isoformat()})",
                    "the work starts after applications close and one is chosen",
                ),
                Say(
                    f"le {start.isoformat()} n'est pas postérieur à la clôture "
                    f"({local_closing.isoformat()})",
                    "les travaux commencent après la clôture des candidatures et le choix de "
                    "l'une d'elles",
                ),
                code="date.start-before-closing",
            )
        )
    if start and delivery and tz and delivery.astimezone(tz).date() < start:
        out.append(
            problem(
                doc,
                ("delivery",),
                Say("is before the start date", "deliver on or after `start`"),
                Say(
                    "est antérieure à la date de début",
                    "fixez la livraison à la date `start` ou après",
                ),
                code="date.delivery-before-start",
            )
        )
    for key, moment in (("closing", closing), ("delivery", delivery)):
        if moment:
            out.extend(_offset_warning(doc, key, moment, board))
    return out
