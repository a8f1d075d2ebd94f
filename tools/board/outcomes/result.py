"""The result an opportunity shows after closing: awarded, not awarded, due, or overdue.

A result is due ``award_due_business_days`` business days after the closing day (board setting,
default 2, the pilot's promise). A closed opportunity past that day without ``award.yaml`` is
overdue, so a late result is visible on the board.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from .. import calendar
from ..model import Board, Opportunity, Status
from . import standing
from .evaluation import Evaluation
from .records import Award, Outcome

DEFAULT_DUE_BUSINESS_DAYS = 2


@dataclass(frozen=True)
class Result:
    outcome: Outcome
    due: date  # the day the result is due, in the board's time zone
    overdue: bool  # closed, past ``due``, and no award file

    @property
    def award(self) -> Award | None:
        return self.outcome.award

    @property
    def evaluation(self) -> Evaluation | None:
        return self.outcome.evaluation

    @property
    def ranking(self) -> tuple[str, ...] | None:
        if self.outcome.evaluation is None:
            return None
        return standing.ranking(self.outcome.evaluation, self.outcome.draw_ranking)


def due_days(board: Board) -> int:
    value = board.raw.get("award_due_business_days", DEFAULT_DUE_BUSINESS_DAYS)
    return value if isinstance(value, int) else DEFAULT_DUE_BUSINESS_DAYS


def due_date(opp: Opportunity, board: Board) -> date:
    closed = opp.closing.astimezone(ZoneInfo(board.timezone)).date()
    return calendar.add_business_days(closed, due_days(board))


def status(base: Status, outcome: Outcome) -> Status:
    """The board's status once the award file is counted (cancelled and drafts stay as they are)."""
    if base is not Status.CLOSED or outcome.award is None:
        return base
    return Status.AWARDED if outcome.award.award is not None else Status.NOT_AWARDED


def of(opp: Opportunity, board: Board, outcome: Outcome, base: Status, now: datetime) -> Result:
    due = due_date(opp, board)
    today = now.astimezone(ZoneInfo(board.timezone)).date()
    late = base is Status.CLOSED and outcome.award is None and today > due
    return Result(outcome=outcome, due=due, overdue=late)
