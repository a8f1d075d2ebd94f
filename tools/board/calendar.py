"""Business days, Canadian federal holidays and the board's time zone.

Deadlines and posting periods are counted in the board's time zone (Eastern by default), and the
federal public service's general holidays are not business days. A holiday that falls on a
weekend is observed on the next working day, as federal collective agreements do.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from holidays.constants import GOVERNMENT
from holidays.countries.canada import Canada


class _FederalPublicService(Canada):  # type: ignore[misc]
    """The ``holidays`` package's government category (federally regulated workplaces: the
    Canada Labour Code's general holidays, observed as federal agreements observe them) plus the
    two days the federal public service also has: Easter Monday, and the Civic Holiday as the
    "provincial or civic holiday" of the National Capital Region."""

    def _populate_government_holidays(self) -> None:
        super()._populate_government_holidays()
        self._add_easter_monday("Easter Monday")
        self._add_holiday_1st_mon_of_aug("Civic Holiday")


_OBSERVED = " (observed)"


@lru_cache(maxsize=64)
def federal_holidays(year: int) -> dict[date, str]:
    """Observed federal general holidays of ``year`` on working days, mapped to English names.

    A holiday that falls on a weekend appears on the day it is observed, under its own name.
    """
    table = _FederalPublicService(years=year, categories=GOVERNMENT, language="en_CA")
    return {
        day: name.removesuffix(_OBSERVED)
        for day, name in sorted(table.items())
        if day.weekday() < 5
    }


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in federal_holidays(day.year)


def business_days_between(start: date, end: date) -> int:
    """Business days after ``start`` up to and including ``end`` (0 when end <= start)."""
    count = 0
    day = start
    while day < end:
        day += timedelta(days=1)
        if is_business_day(day):
            count += 1
    return count


def add_business_days(start: date, days: int) -> date:
    """The date ``days`` business days after ``start``."""
    day = start
    while days > 0:
        day += timedelta(days=1)
        if is_business_day(day):
            days -= 1
    return day


def subtract_business_days(end: date, days: int) -> date:
    """The date ``days`` business days before ``end``."""
    day = end
    while days > 0:
        day -= timedelta(days=1)
        if is_business_day(day):
            days -= 1
    return day


def zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def offset_text(moment: datetime) -> str:
    """``-05:00`` style text of an aware datetime's UTC offset."""
    offset = moment.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


def expected_offset(moment: datetime, tz: ZoneInfo) -> str:
    """The offset the board's zone has at the wall-clock time written in ``moment``."""
    return offset_text(moment.replace(tzinfo=tz))
