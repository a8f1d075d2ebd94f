"""Federal holidays and business days, checked against the published 2026 and 2027 calendars."""

from __future__ import annotations

from datetime import date, datetime
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
