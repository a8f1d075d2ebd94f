"""The delivery and payment of an awarded opportunity as a short timeline (issue #12).

Pure: the listing, its outcome and the build's day in; `Step`s in the reader's language out.
The markup is in ``theme/board/timeline.html``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .. import formats, words
from ..model import Board, Opportunity
from ..outcomes import timing
from ..outcomes.records import Delivery, Outcome, Payment
from .i18n import plural, t
from .state import SiteData


@dataclass(frozen=True)
class Step:
    day: date
    text: str
    detail: str = ""
    link: str = ""  # the pull request
    warning: bool = False  # late, overdue


def _day(day: date, lang: str) -> str:
    return formats.day(day, lang)


def _delivery(d: Delivery, opp: Opportunity, board: Board, lang: str) -> list[Step]:
    out: list[Step] = []
    if d.submitted is not None:
        late = timing.is_late(d, opp, board)
        due = _day(timing.delivery_day(opp, board), lang)
        detail = t(lang, "tl.late", day=due) if late else ""
        out.append(Step(d.submitted, t(lang, "tl.submitted"), detail, d.pull_request or "", late))
    for r in d.revisions:
        out.append(Step(r.requested, t(lang, "tl.revision"), r.summary.get(lang)))
        if r.resubmitted is not None:
            out.append(Step(r.resubmitted, t(lang, "tl.resubmitted")))
    if d.accepted is not None:
        met = t(lang, "tl.criteria", n=sum(d.criteria_met), total=len(d.criteria_met))
        out.append(Step(d.accepted, t(lang, "tl.accepted"), met))
    if d.termination is not None:
        end = d.termination
        if end.kind == "default":
            text = t(lang, "tl.terminated_default")
        else:
            share = formats.percent(end.share_paid or Decimal(0), lang)
            text = t(lang, "tl.terminated_convenience", share=share)
        out.append(Step(end.date, text, end.reason.get(lang), warning=True))
    return out


def _payment(
    outcome: Outcome, opp: Opportunity, site: SiteData, lang: str, today: date
) -> list[Step]:
    board, d = site.board, outcome.delivery
    paid: Payment | None = outcome.payment
    if paid is not None:
        amount = formats.money(paid.amount, board.currency, lang)
        days = timing.time_to_pay(outcome)
        detail = ""
        if days is not None:  # "1 business day", "0 jour ouvrable": the count's own plural
            detail = t(lang, "tl.paid_after", days=plural(lang, "count.business-days", days))
        method = words.choice("payment", paid.method, lang) or paid.method
        return [Step(paid.paid, t(lang, "tl.paid", amount=amount, method=method), detail)]
    due = timing.payment_due(d, board) if d is not None else None
    if due is None:
        return []
    if timing.payment_overdue(outcome, board, today):
        return [Step(due, t(lang, "tl.payment_overdue", day=_day(due, lang)), warning=True)]
    return [Step(due, t(lang, "tl.payment_due", day=_day(due, lang)))]


def steps(opp: Opportunity, site: SiteData, lang: str) -> list[Step]:
    """The award, the delivery and the payment, oldest first; empty before an award."""
    outcome = site.outcomes.get(opp.id)
    if outcome is None or outcome.award is None or outcome.award.award is None:
        return []
    today = site.now.astimezone(site.board.tz).date()
    award = outcome.award.award
    out = [Step(award.date, t(lang, "tl.awarded", supplier=award.supplier))]
    if outcome.delivery is not None:
        out += _delivery(outcome.delivery, opp, site.board, lang)
    elif today > timing.delivery_day(opp, site.board):
        due = timing.delivery_day(opp, site.board)
        out.append(Step(due, t(lang, "tl.delivery_due", day=_day(due, lang)), warning=True))
    out += _payment(outcome, opp, site, lang, today)
    return out


def payment_overdue(opp: Opportunity, site: SiteData) -> bool:
    """For the board's list: accepted, not paid, past the promise."""
    outcome = site.outcomes.get(opp.id)
    today = site.now.astimezone(site.board.tz).date()
    return outcome is not None and timing.payment_overdue(outcome, site.board, today)
