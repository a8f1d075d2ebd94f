"""No silent change: what a published opportunity may change, and how it must say so.

After publication, a material change (price, closing, start, delivery, evaluation criteria,
acceptance criteria, eligibility) needs an addendum in the same step (pull request) that lists
it under ``changes``. Once an application has been received, the closing date may only move
later, and the price and the criteria cannot change (cancel and post again instead). After any
material change, at least ``min_business_days_after_change`` business days remain between the
addendum's date and the closing date. A step already merged without its addendum is repaired by
an addendum that names its commit (``commit:``) and what it changed.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from .. import calendar
from ..problems import Problem
from .messages import Blame
from .versions import WORKING_COPY, Step

FROZEN_AFTER_APPLICATION = ("price", "evaluation", "acceptance", "eligibility")


def _repaired(step: Step, current: dict[str, Any]) -> bool:
    """A later addendum names the step's commit and lists what it changed."""
    if step.commit == WORKING_COPY:
        return False
    for addendum in current.get("addenda") or []:
        named = str(addendum.get("commit", "")) if isinstance(addendum, dict) else ""
        listed = set(addendum.get("changes") or []) if named else set()
        if len(named) >= 7 and step.commit.startswith(named) and set(step.changed) <= listed:
            return True
    return False


def problems(
    steps: list[Step],
    current: dict[str, dict[str, Any]],
    blame: Blame,
    notice: tuple[int, date, set[str]],
) -> list[Problem]:
    """``notice``: the business days needed, today, and the steps that land today at the
    earliest (their addenda count from today even when dated before)."""
    need, today, fresh = notice
    out: list[Problem] = []
    for step in steps:
        if _repaired(step, current.get(step.opportunity, {})):
            continue
        added = step.added_addenda()
        listed = {c for a in added for c in (a.get("changes") or [])}
        missing = [f for f in step.changed if f not in listed]
        if missing:
            out.append(blame.silent(step, missing, today))
        if step.applications:
            out.extend(_after_application(step, blame))
        closing = _day(step.new.get("closing"))
        for addendum in added:
            day = _day(addendum.get("date"))
            day = max(day, today) if day and step.commit in fresh else day
            if day and closing and calendar.business_days_between(day, closing) < need:
                out.append(blame.short_notice(step, day, closing, need))
    return out


def _after_application(step: Step, blame: Blame) -> list[Problem]:
    out = []
    frozen = [f for f in step.changed if f in FROZEN_AFTER_APPLICATION]
    if frozen:
        out.append(blame.frozen(step, frozen))
    old, new = _moment(step.old.get("closing")), _moment(step.new.get("closing"))
    try:
        earlier = bool(old and new and new < old)
    except TypeError:  # one without its offset: the schema reports it
        earlier = False
    if earlier:
        out.append(blame.earlier(step, str(step.old["closing"]), str(step.new["closing"])))
    return out


def _moment(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _day(value: Any) -> date | None:
    moment = _moment(value)
    return moment.date() if moment is not None else None
