"""The measures as frozen values: one `Period` per fiscal year, and one for all years."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..model import Text

TOTAL = "total"


def fiscal_year(day: date) -> str:
    """The fiscal year (1 April to 31 March) holding ``day``: ``2026-2027``."""
    start = day.year if day.month >= 4 else day.year - 1
    return f"{start}-{start + 1}"


@dataclass(frozen=True)
class Spread:
    """How a list of whole numbers is spread: count, median, smallest, largest."""

    count: int
    median: Decimal | None
    low: int | None
    high: int | None

    @classmethod
    def of(cls, values: list[int]) -> Spread:
        if not values:
            return cls(0, None, None, None)
        ordered = sorted(values)
        middle = len(ordered) // 2
        if len(ordered) % 2:
            median = Decimal(ordered[middle])
        else:
            median = Decimal(ordered[middle - 1] + ordered[middle]) / 2
        return cls(len(ordered), median, ordered[0], ordered[-1])


@dataclass(frozen=True)
class Promise:
    """Durations in business days against a promise of ``due`` days."""

    due: int
    days: Spread
    on_time: int
    late: int
    overdue: int  # still waiting, already past the promise


@dataclass(frozen=True)
class Department:
    name: Text
    awarded: Decimal
    paid: Decimal


@dataclass(frozen=True)
class Row:
    """One opportunity that closed in the period, against its promises."""

    id: str
    title: Text
    department: Text
    applications: int
    last_day: int
    award_days: int | None
    award_on_time: bool | None  # None: no result yet and not yet due
    pay_days: int | None
    pay_on_time: bool | None


@dataclass(frozen=True)
class Period:
    key: str  # "2026-2027", or TOTAL
    posted: int
    awarded: int
    not_awarded: int
    cancelled: int
    open_now: int  # open at the build's moment (18F's "active auctions")
    posting_days: Spread  # business days from posting to closing (18F's "auction length")
    value_awarded: Decimal
    value_paid: Decimal
    departments: tuple[Department, ...]
    applications: Spread  # per closed opportunity
    received: int  # active applications to opportunities closed in the period
    last_day: int  # of which received in the 24 hours before closing
    first_time: int  # of which from an account that never applied before
    applicants: int  # distinct accounts
    evaluated: int  # applications with an evaluation record
    passed: int
    suppliers: int  # distinct suppliers awarded
    time_to_award: Promise
    time_to_pay: Promise
    time_to_deliver: Spread  # award to acceptance, business days
    questions: int
    time_to_answer: Spread
    rows: tuple[Row, ...]

    @staticmethod
    def share(part: int, whole: int) -> Decimal | None:
        return (Decimal(part) / whole).quantize(Decimal("0.001")) if whole else None

    @property
    def last_day_share(self) -> Decimal | None:
        return self.share(self.last_day, self.received)

    @property
    def first_time_share(self) -> Decimal | None:
        return self.share(self.first_time, self.received)

    @property
    def pass_rate(self) -> Decimal | None:
        return self.share(self.passed, self.evaluated)


@dataclass(frozen=True)
class Metrics:
    today: date
    currency: str
    periods: tuple[Period, ...]  # fiscal years, oldest first, then the total

    @property
    def total(self) -> Period:
        return self.periods[-1]

    @property
    def years(self) -> tuple[Period, ...]:
        return self.periods[:-1]
