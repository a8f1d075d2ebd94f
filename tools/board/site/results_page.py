"""The Results page (issue #12 §3): the measures per fiscal year and in total, five charts with
their summaries and tables. The markup is in ``theme/board/results.html`` and ``chart.html``."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from .. import formats
from ..metrics.values import Metrics, Period, Row, Spread
from . import charts, routes, templates
from .i18n import t
from .markup import Page

LATEST = 20  # bars per chart of opportunities; metrics.json lists every one


class Figures:
    """The figures of one page in the reader's language."""

    def __init__(self, lang: str, currency: str) -> None:
        self.lang, self.currency = lang, currency

    def n(self, value: int | Decimal | None) -> str:
        return t(self.lang, "results.na") if value is None else formats.number(value, self.lang)

    def money(self, value: Decimal) -> str:
        return formats.money(value, self.currency, self.lang)

    def share(self, value: Decimal | None) -> str:
        return t(self.lang, "results.na") if value is None else formats.percent(value, self.lang)

    def spread(self, s: Spread) -> str:
        if s.low is None:
            return t(self.lang, "results.na")
        return t(self.lang, "results.range", low=self.n(s.low), high=self.n(s.high))

    def of(self, n: int, total: int) -> str:
        return t(self.lang, "results.of", n=self.n(n), total=self.n(total))


def measures(metrics: Metrics, say: Figures) -> list[tuple[str, str, list[str]]]:
    """(key, label, one text per period) for the table of every measure."""
    lang, total = say.lang, metrics.total
    due_award, due_pay = total.time_to_award.due, total.time_to_pay.due
    table: list[tuple[str, str, Callable[[Period], str]]] = [
        ("posted", t(lang, "m.posted"), lambda p: say.n(p.posted)),
        ("awarded", t(lang, "m.awarded"), lambda p: say.n(p.awarded)),
        ("not_awarded", t(lang, "m.not_awarded"), lambda p: say.n(p.not_awarded)),
        ("cancelled", t(lang, "m.cancelled"), lambda p: say.n(p.cancelled)),
        ("open_now", t(lang, "m.open_now"), lambda p: say.n(p.open_now)),
        ("posting_median", t(lang, "m.posting_median"), lambda p: say.n(p.posting_days.median)),
        ("value_awarded", t(lang, "m.value_awarded"), lambda p: say.money(p.value_awarded)),
        ("value_paid", t(lang, "m.value_paid"), lambda p: say.money(p.value_paid)),
        ("received", t(lang, "m.received"), lambda p: say.n(p.received)),
        ("per_median", t(lang, "m.per_median"), lambda p: say.n(p.applications.median)),
        ("per_range", t(lang, "m.per_range"), lambda p: say.spread(p.applications)),
        ("last_day", t(lang, "m.last_day"), lambda p: say.share(p.last_day_share)),
        ("first_time", t(lang, "m.first_time"), lambda p: say.share(p.first_time_share)),
        ("applicants", t(lang, "m.applicants"), lambda p: say.n(p.applicants)),
        ("pass_rate", t(lang, "m.pass_rate"), lambda p: say.share(p.pass_rate)),
        ("suppliers", t(lang, "m.suppliers"), lambda p: say.n(p.suppliers)),
        ("award_median", t(lang, "m.award_median"), lambda p: say.n(p.time_to_award.days.median)),
        ("award_slowest", t(lang, "m.award_slowest"), lambda p: say.n(p.time_to_award.days.high)),
        (
            "award_on_time",
            t(lang, "m.award_on_time", n=due_award),
            lambda p: say.of(p.time_to_award.on_time, p.time_to_award.days.count),
        ),
        ("award_overdue", t(lang, "m.award_overdue"), lambda p: say.n(p.time_to_award.overdue)),
        ("pay_median", t(lang, "m.pay_median"), lambda p: say.n(p.time_to_pay.days.median)),
        ("pay_slowest", t(lang, "m.pay_slowest"), lambda p: say.n(p.time_to_pay.days.high)),
        (
            "pay_on_time",
            t(lang, "m.pay_on_time", n=due_pay),
            lambda p: say.of(p.time_to_pay.on_time, p.time_to_pay.days.count),
        ),
        ("pay_overdue", t(lang, "m.pay_overdue"), lambda p: say.n(p.time_to_pay.overdue)),
        ("deliver_median", t(lang, "m.deliver_median"), lambda p: say.n(p.time_to_deliver.median)),
        ("questions", t(lang, "m.questions"), lambda p: say.n(p.questions)),
        ("answer_median", t(lang, "m.answer_median"), lambda p: say.n(p.time_to_answer.median)),
        ("answer_slowest", t(lang, "m.answer_slowest"), lambda p: say.n(p.time_to_answer.high)),
    ]
    return [(key, label, [text(p) for p in metrics.periods]) for key, label, text in table]


def against(on_time: bool | None, days: int | None, lang: str) -> str:
    if on_time is None:
        return t(lang, "promise.waiting")
    if on_time:
        return t(lang, "promise.on_time")
    return t(lang, "promise.late" if days is not None else "promise.overdue")


def _latest(metrics: Metrics) -> list[Row]:
    return list(metrics.total.rows[-LATEST:])


def figures(metrics: Metrics, say: Figures) -> list[charts.Chart]:
    from . import results_charts  # the five charts, one function each

    return results_charts.all_charts(metrics, say, _latest(metrics))


def page(metrics: Metrics, lang: str) -> Page:
    here = routes.results(lang)
    say = Figures(lang, metrics.currency)
    html = templates.render(
        "results.html",
        lang,
        here=here,
        metrics=metrics,
        built_day=formats.day(metrics.today, lang),
        measures=measures(metrics, say),
        charts=figures(metrics, say),
        latest=_latest(metrics),
        say=say,
        against=lambda on_time, days: against(on_time, days, lang),
    )
    return Page(here, lang, t(lang, "results.title"), html)
