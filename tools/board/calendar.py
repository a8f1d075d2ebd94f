"""Business days, Canadian federal holidays and the board's time zone.

Deadlines and posting periods are counted in the board's time zone (Eastern by default), and the
federal public service's general holidays are not business days. A holiday that falls on a
weekend is observed on the next working day, as federal collective agreements do.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous algorithm, Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _monday_before(d: date) -> date:
    """The Monday strictly before ``d`` (Victoria Day is the Monday before May 25)."""
    return d - timedelta(days=(d.weekday() or 7))


@lru_cache(maxsize=64)
def federal_holidays(year: int) -> dict[date, str]:
    """Observed federal general holidays of ``year``, mapped to their English names."""
    fixed = {
        date(year, 1, 1): "New Year's Day",
        date(year, 7, 1): "Canada Day",
        date(year, 11, 11): "Remembrance Day",
    }
    if year >= 2021:
        fixed[date(year, 9, 30)] = "National Day for Truth and Reconciliation"
    observed: dict[date, str] = {}
    for day, name in fixed.items():
        while day.weekday() >= 5:
            day += timedelta(days=1)
        observed[day] = name
    christmas = date(year, 12, 25)
    boxing = date(year, 12, 26)
    if christmas.weekday() == 5:  # Saturday: Monday and Tuesday
        christmas, boxing = christmas + timedelta(days=2), boxing + timedelta(days=2)
    elif christmas.weekday() == 6:  # Sunday: Monday for Christmas, Tuesday for Boxing Day
        christmas, boxing = christmas + timedelta(days=1), boxing + timedelta(days=1)
    elif boxing.weekday() == 5:  # Boxing Day on Saturday: Monday
        boxing += timedelta(days=2)
    observed[christmas] = "Christmas Day"
    observed[boxing] = "Boxing Day"
    easter = _easter(year)
    observed[easter - timedelta(days=2)] = "Good Friday"
    observed[easter + timedelta(days=1)] = "Easter Monday"
    observed[_monday_before(date(year, 5, 25))] = "Victoria Day"
    observed[_nth_weekday(year, 8, 0, 1)] = "Civic Holiday"
    observed[_nth_weekday(year, 9, 0, 1)] = "Labour Day"
    observed[_nth_weekday(year, 10, 0, 2)] = "Thanksgiving Day"
    return observed


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
