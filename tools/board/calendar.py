"""Business days, Canadian federal holidays and the board's time zone.

Deadlines and posting periods are counted in the board's time zone (Eastern by default), and the
federal public service's general holidays are not business days. A holiday that falls on a
weekend is observed on the next working day, as federal collective agreements do.
"""

from __future__ import annotations

import importlib.util
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_OBSERVED = " (observed)"


@lru_cache(maxsize=1)
def _federal_public_service() -> Any:
    """The ``holidays`` package's Canada, government category, plus the federal public service's
    two additional days.

    The government category is the Canada Labour Code's general holidays for federally regulated
    workplaces, observed on the next working day(s) as federal agreements observe them. The
    public service also has Easter Monday, and the Civic Holiday as the "provincial or civic
    holiday" of the National Capital Region.

    Canada's module is loaded by itself, on first use: ``from holidays.countries.canada import
    Canada`` would first import the package's 250 other countries (vacanza/holidays#998), which
    made every ``board`` command start about 0.3 s later and use 8 MB more.
    """
    import holidays

    path = Path(holidays.__file__).with_name("countries") / "canada.py"
    spec = importlib.util.spec_from_file_location("_board_holidays_canada", path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    canada: Any = module.Canada

    class FederalPublicService(canada):
        def _populate_government_holidays(self) -> None:
            super()._populate_government_holidays()
            self._add_easter_monday("Easter Monday")
            self._add_holiday_1st_mon_of_aug("Civic Holiday")

    return FederalPublicService


@lru_cache(maxsize=64)
def federal_holidays(year: int) -> dict[date, str]:
    """Observed federal general holidays of ``year`` on working days, mapped to English names.

    A holiday that falls on a weekend appears on the day it is observed, under its own name.
    """
    table = _federal_public_service()(years=year, categories="government", language="en_CA")
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
