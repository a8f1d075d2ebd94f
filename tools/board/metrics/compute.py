"""The measures, as a pure function of the loaded content and the build's moment.

Each figure is counted in the fiscal year of the event it counts: posted and cancelled by the
posting date (the first publication in git history where known), value awarded by the award
date, value paid by the payment date, questions by the answer date, and everything about
applications, results and payments of one opportunity by the day it closed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from ..calendar import add_business_days, business_days_between
from ..content import Content
from ..model import Board, Opportunity, Text
from ..outcomes import timing
from ..outcomes.records import Outcome
from .values import TOTAL, Department, Metrics, Period, Promise, Row, Spread, fiscal_year

DAY = timedelta(hours=24)


@dataclass
class _Tally:
    """One period's counts while they are gathered (frozen into a `Period` at the end)."""

    posted: int = 0
    awarded: int = 0
    not_awarded: int = 0
    cancelled: int = 0
    open_now: int = 0
    posting_days: list[int] = field(default_factory=list)
    value_awarded: dict[str, Decimal] = field(default_factory=dict)
    value_paid: dict[str, Decimal] = field(default_factory=dict)
    names: dict[str, Text] = field(default_factory=dict)
    per_opportunity: list[int] = field(default_factory=list)
    received: int = 0
    last_day: int = 0
    first_time: int = 0
    applicants: set[int] = field(default_factory=set)
    evaluated: int = 0
    passed: int = 0
    suppliers: set[str] = field(default_factory=set)
    award_days: list[int] = field(default_factory=list)
    award_late: int = 0
    award_overdue: int = 0
    pay_days: list[int] = field(default_factory=list)
    pay_late: int = 0
    pay_overdue: int = 0
    deliver_days: list[int] = field(default_factory=list)
    questions: int = 0
    answer_days: list[int] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)


class _Tallies(dict[str, _Tally]):
    def at(self, day: date) -> list[_Tally]:
        """The tally of ``day``'s fiscal year and the total's."""
        return [self.setdefault(fiscal_year(day), _Tally()), self.setdefault(TOTAL, _Tally())]


def compute(
    content: Content, now: datetime, published: Mapping[str, date] | None = None
) -> Metrics:
    """Every measure, per fiscal year and in total, at the moment ``now`` (aware)."""
    assert content.board is not None, "compute() needs content that passed validation"
    board = content.board
    today = now.astimezone(board.tz).date()
    tallies = _Tallies({TOTAL: _Tally()})
    seen: set[int] = set()
    shown = [o for o in content.opportunities if o.status != "draft" and o.posted <= today]
    for opp in sorted(shown, key=lambda o: (o.closing, o.id)):
        outcome = content.outcomes.get(opp.id, Outcome())
        first = max(opp.posted, (published or {}).get(opp.id, opp.posted))
        period_days = business_days_between(opp.posted, timing.closing_day(opp, board))
        for tally in tallies.at(first):
            tally.posted += 1
            tally.cancelled += opp.status == "cancelled"
            tally.open_now += opp.status == "published" and now <= opp.closing
            if opp.status != "cancelled":
                tally.posting_days.append(period_days)
            tally.names[opp.department.en] = opp.department
        _money(tallies, opp, outcome)
        _questions(tallies, opp)
        if opp.status != "cancelled" and opp.closing < now:
            _closed(tallies, opp, outcome, content, board, today, seen)
    ordered = sorted(k for k in tallies if k != TOTAL) + [TOTAL]
    return Metrics(today, board.currency, tuple(_freeze(k, tallies[k], board) for k in ordered))


def _money(tallies: _Tallies, opp: Opportunity, outcome: Outcome) -> None:
    key = opp.department.en
    award = outcome.award
    if award is not None:
        for tally in tallies.at(award.date):
            tally.names[key] = opp.department
            if award.award is not None:
                tally.awarded += 1
                tally.suppliers.add(award.award.supplier)
                value = tally.value_awarded.get(key, Decimal(0)) + award.award.price
                tally.value_awarded[key] = value
            else:
                tally.not_awarded += 1
    if outcome.payment is not None:
        for tally in tallies.at(outcome.payment.paid):
            tally.names[key] = opp.department
            paid = tally.value_paid.get(key, Decimal(0))
            tally.value_paid[key] = paid + outcome.payment.amount


def _questions(tallies: _Tallies, opp: Opportunity) -> None:
    for q in opp.questions:
        for tally in tallies.at(q.answered):
            tally.questions += 1
            if q.asked is not None:
                tally.answer_days.append(business_days_between(q.asked, q.answered))


def _closed(
    tallies: _Tallies,
    opp: Opportunity,
    outcome: Outcome,
    content: Content,
    board: Board,
    today: date,
    seen: set[int],
) -> None:
    ledger = content.ledgers.get(opp.id)
    active = ledger.active if ledger is not None else ()
    last = sum(1 for e in active if opp.closing - DAY <= e.received <= opp.closing)
    accounts = {e.account_id for e in active}
    new = sum(1 for e in active if e.account_id not in seen)
    seen |= accounts
    award_days, award_on_time = _award(opp, outcome, board, today)
    pay_days, pay_on_time = _pay(outcome, board, today)
    row = Row(
        opp.id, opp.title, opp.department, len(active), last, award_days, award_on_time,
        pay_days, pay_on_time,
    )  # fmt: skip
    deliver = _deliver_days(outcome)
    evaluation = outcome.evaluation
    for tally in tallies.at(timing.closing_day(opp, board)):
        tally.rows.append(row)
        tally.per_opportunity.append(len(active))
        tally.received += len(active)
        tally.last_day += last
        tally.first_time += new
        tally.applicants |= accounts
        if evaluation is not None:
            tally.evaluated += len(evaluation.passed) + len(evaluation.not_passed)
            tally.passed += len(evaluation.passed)
        _promise(tally, "award", award_days, award_on_time)
        _promise(tally, "pay", pay_days, pay_on_time)
        if deliver is not None:
            tally.deliver_days.append(deliver)


def _promise(tally: _Tally, kind: str, days: int | None, on_time: bool | None) -> None:
    if days is not None:
        getattr(tally, f"{kind}_days").append(days)
        if on_time is False:
            setattr(tally, f"{kind}_late", getattr(tally, f"{kind}_late") + 1)
    elif on_time is False:
        setattr(tally, f"{kind}_overdue", getattr(tally, f"{kind}_overdue") + 1)


def _award(
    opp: Opportunity, outcome: Outcome, board: Board, today: date
) -> tuple[int | None, bool | None]:
    due = timing.award_due_days(board)
    if outcome.award is not None:
        days = timing.time_to_award(opp, outcome.award, board)
        return days, days <= due
    promised = add_business_days(timing.closing_day(opp, board), due)
    return None, (False if today > promised else None)


def _pay(outcome: Outcome, board: Board, today: date) -> tuple[int | None, bool | None]:
    days = timing.time_to_pay(outcome)
    if days is not None:
        return days, days <= timing.payment_due_days(board)
    return None, (False if timing.payment_overdue(outcome, board, today) else None)


def _deliver_days(outcome: Outcome) -> int | None:
    if outcome.award is None or outcome.delivery is None or outcome.delivery.accepted is None:
        return None
    return business_days_between(outcome.award.date, outcome.delivery.accepted)


def _freeze(key: str, t: _Tally, board: Board) -> Period:
    departments = tuple(
        Department(t.names[k], t.value_awarded.get(k, Decimal(0)), t.value_paid.get(k, Decimal(0)))
        for k in sorted(set(t.value_awarded) | set(t.value_paid))
    )
    return Period(
        key=key,
        posted=t.posted,
        awarded=t.awarded,
        not_awarded=t.not_awarded,
        cancelled=t.cancelled,
        open_now=t.open_now,
        posting_days=Spread.of(t.posting_days),
        value_awarded=sum(t.value_awarded.values(), Decimal(0)),
        value_paid=sum(t.value_paid.values(), Decimal(0)),
        departments=departments,
        applications=Spread.of(t.per_opportunity),
        received=t.received,
        last_day=t.last_day,
        first_time=t.first_time,
        applicants=len(t.applicants),
        evaluated=t.evaluated,
        passed=t.passed,
        suppliers=len(t.suppliers),
        time_to_award=Promise(
            timing.award_due_days(board),
            Spread.of(t.award_days),
            len(t.award_days) - t.award_late,
            t.award_late,
            t.award_overdue,
        ),  # fmt: skip
        time_to_pay=Promise(
            timing.payment_due_days(board),
            Spread.of(t.pay_days),
            len(t.pay_days) - t.pay_late,
            t.pay_late,
            t.pay_overdue,
        ),  # fmt: skip
        time_to_deliver=Spread.of(t.deliver_days),
        questions=t.questions,
        time_to_answer=Spread.of(t.answer_days),
        rows=tuple(t.rows),
    )
