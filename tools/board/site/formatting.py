"""The formats the page templates call (``formatting.datetime_text`` …), from `board.formats`.

English: "January 29, 2027, 11:59 p.m. ET" and "$6,500". French: "29 janvier 2027, 23 h 59 HE"
and "6 500 $". The conventions themselves, and their table, live in `board.formats`.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from .. import formats
from ..formats import days_until, money

__all__ = ["date_text", "datetime_text", "days_until", "money"]


def datetime_text(moment: datetime, tz: ZoneInfo, lang: str) -> str:
    """A moment shown in the board's time zone, with the zone named."""
    return formats.moment(moment, tz, lang)


def date_text(day: date, lang: str) -> str:
    return formats.day(day, lang)
