"""Promises after closing, counted in business days in the board's time zone (issue #12).

A result is due ``award_due_business_days`` after closing (issue #10's setting, default 2); a
payment ``payment_due_business_days`` after acceptance (default 5). Pure functions of values.
"""

from __future__ import annotations

from datetime import date

from ..calendar import add_business_days, business_days_between
from ..model import Board, Opportunity
from .records import Award, Delivery, Outcome

AWARD_DUE_DEFAULT = 2  # the pilot's promise: a result two business days after closing
PAYMENT_DUE_DEFAULT = 5


def award_due_days(board: Board) -> int:
    value = board.raw.get("award_due_business_days", AWARD_DUE_DEFAULT)
    return value if isinstance(value, int) else AWARD_DUE_DEFAULT


def payment_due_days(board: Board) -> int:
    value = board.raw.get("payment_due_business_days", PAYMENT_DUE_DEFAULT)
    return value if isinstance(value, int) else PAYMENT_DUE_DEFAULT


def closing_day(opp: Opportunity, board: Board) -> date:
    return opp.closing.astimezone(board.tz).date()


def delivery_day(opp: Opportunity, board: Board) -> date:
    return opp.delivery.astimezone(board.tz).date()


def is_late(delivery: Delivery, opp: Opportunity, board: Board) -> bool:
    """Submitted after the opportunity's delivery date."""
    return delivery.submitted is not None and delivery.submitted > delivery_day(opp, board)


def time_to_award(opp: Opportunity, award: Award, board: Board) -> int:
    """Business days from the closing day to the award (or not-awarded) day."""
    return business_days_between(closing_day(opp, board), award.date)


def payment_due(delivery: Delivery, board: Board) -> date | None:
    """The day payment is due, once the work is accepted (or terminated for convenience)."""
    ended = delivery.ended
    return add_business_days(ended, payment_due_days(board)) if ended is not None else None


def time_to_pay(outcome: Outcome) -> int | None:
    """Business days from acceptance (or termination for convenience) to payment."""
    if outcome.delivery is None or outcome.payment is None or outcome.delivery.ended is None:
        return None
    return business_days_between(outcome.delivery.ended, outcome.payment.paid)


def payment_overdue(outcome: Outcome, board: Board, today: date) -> bool:
    """Accepted, not paid, and past the promised day."""
    if outcome.delivery is None or outcome.payment is not None:
        return False
    due = payment_due(outcome.delivery, board)
    return due is not None and today > due
