"""When an opportunity takes questions, and when their answers are due.

Questions are accepted until the end of the day (in the board's time zone) that falls
``question_cutoff_business_days`` business days before the closing date; weekends and federal
holidays do not count. Answers are due one business day after that, and never after closing, so
every applicant reads them before applying.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from .calendar import add_business_days, subtract_business_days
from .model import Board, Opportunity


@dataclass(frozen=True)
class QuestionPeriod:
    cutoff: datetime  # the last moment a question is accepted (aware, board time zone)
    answers_due: date  # answers are published on the board by the end of this day

    def accepts(self, moment: datetime) -> bool:
        return moment <= self.cutoff


def question_period(opportunity: Opportunity, board: Board) -> QuestionPeriod:
    """The question cut-off and answer date of ``opportunity`` under ``board``'s rules."""
    tz = board.tz
    closing = opportunity.closing.astimezone(tz)
    last_day = subtract_business_days(closing.date(), board.question_cutoff_business_days)
    cutoff = min(datetime.combine(last_day, time(23, 59, 59), tz), closing)
    answers_due = min(add_business_days(last_day, 1), closing.date())
    return QuestionPeriod(cutoff=cutoff, answers_due=answers_due)
