"""Federal holidays and business days, checked against the published 2026 and 2027 calendars."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from board.calendar import (
    add_business_days,
    business_days_between,
    expected_offset,
    federal_holidays,
    subtract_business_days,
)


def test_2027_federal_holidays_observed() -> None:
    assert sorted(federal_holidays(2027)) == [
        date(2027, 1, 1),
        date(2027, 3, 26),  # Good Friday
        date(2027, 3, 29),  # Easter Monday
        date(2027, 5, 24),  # Victoria Day
        date(2027, 7, 1),
        date(2027, 8, 2),  # Civic Holiday
        date(2027, 9, 6),  # Labour Day
        date(2027, 9, 30),
        date(2027, 10, 11),  # Thanksgiving
        date(2027, 11, 11),
        date(2027, 12, 27),  # Christmas on a Saturday: observed Monday
        date(2027, 12, 28),  # and Boxing Day on Tuesday
    ]


def test_weekend_holiday_moves_to_monday() -> None:
    # Canada Day 2028 is a Saturday; Remembrance Day 2028 too.
    assert date(2028, 7, 3) in federal_holidays(2028)
    assert date(2028, 11, 13) in federal_holidays(2028)


@pytest.mark.parametrize(
    ("start", "end", "days"),
    [
        (date(2027, 1, 11), date(2027, 1, 29), 14),
        (date(2027, 12, 17), date(2027, 12, 31), 8),  # Christmas and Boxing Day do not count
        (date(2027, 3, 22), date(2027, 4, 2), 7),  # Easter weekend
        (date(2027, 1, 29), date(2027, 1, 11), 0),
    ],
)
def test_business_days_between(start: date, end: date, days: int) -> None:
    assert business_days_between(start, end) == days


def test_add_and_subtract_business_days_skip_holidays() -> None:
    assert add_business_days(date(2027, 12, 24), 1) == date(2027, 12, 29)
    assert subtract_business_days(date(2027, 3, 30), 1) == date(2027, 3, 25)


def test_expected_offset_follows_daylight_saving() -> None:
    eastern = ZoneInfo("America/Toronto")
    assert expected_offset(datetime(2027, 3, 13, 23, 59), eastern) == "-05:00"
    assert expected_offset(datetime(2027, 3, 15, 23, 59), eastern) == "-04:00"
    assert expected_offset(datetime(2027, 11, 8, 0, 0), eastern) == "-05:00"


# The hand-written table the board used before it took its holidays from the ``holidays`` package,
# kept verbatim as the reference that package (plus Easter Monday and the Civic Holiday) must match.


def _easter(year: int) -> date:
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


def _hand_written_table(year: int) -> dict[date, str]:
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
    if christmas.weekday() == 5:
        christmas, boxing = christmas + timedelta(days=2), boxing + timedelta(days=2)
    elif christmas.weekday() == 6:
        christmas, boxing = christmas + timedelta(days=1), boxing + timedelta(days=1)
    elif boxing.weekday() == 5:
        boxing += timedelta(days=2)
    observed[christmas] = "Christmas Day"
    observed[boxing] = "Boxing Day"
    easter = _easter(year)
    observed[easter - timedelta(days=2)] = "Good Friday"
    observed[easter + timedelta(days=1)] = "Easter Monday"
    may_25 = date(year, 5, 25)
    observed[may_25 - timedelta(days=(may_25.weekday() or 7))] = "Victoria Day"
    observed[_nth_weekday(year, 8, 0, 1)] = "Civic Holiday"
    observed[_nth_weekday(year, 9, 0, 1)] = "Labour Day"
    observed[_nth_weekday(year, 10, 0, 2)] = "Thanksgiving Day"
    return observed


@pytest.mark.parametrize("year", range(2022, 2036))
def test_holidays_package_gives_the_same_days_off_as_the_hand_written_table(year: int) -> None:
    """Same days off, observed days included, and the same holidays named.

    When Christmas falls on a Sunday (2022, 2033) both give Monday the 26th and Tuesday the 27th
    off; the package calls Monday Boxing Day and Tuesday Christmas (observed), the old table the
    reverse, so names are compared as a set for the year.
    """
    ours, reference = federal_holidays(year), _hand_written_table(year)
    assert sorted(ours) == sorted(reference)
    assert sorted(ours.values()) == sorted(reference.values())
    if date(year, 12, 25).weekday() != 6:
        assert ours == reference


def test_the_cross_check_years_move_every_fixed_holiday_off_a_weekend() -> None:
    """2022-2035 puts each fixed-date holiday on a Saturday and on a Sunday at least once."""
    fixed = {
        "New Year's Day": (1, 1),
        "Canada Day": (7, 1),
        "National Day for Truth and Reconciliation": (9, 30),
        "Remembrance Day": (11, 11),
        "Christmas Day": (12, 25),
        "Boxing Day": (12, 26),
    }
    for name, (month, day) in fixed.items():
        weekdays = {date(year, month, day).weekday() for year in range(2022, 2036)}
        assert {5, 6} <= weekdays, name


def test_saint_jean_baptiste_is_not_a_federal_holiday() -> None:
    """Quebec's Fête nationale (June 24) is provincial: a business day on a federal board."""
    assert not any(day.month == 6 for year in range(2022, 2036) for day in federal_holidays(year))
    assert business_days_between(date(2027, 6, 23), date(2027, 6, 25)) == 2
