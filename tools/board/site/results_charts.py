"""The five charts of the Results page, each with its summary sentence and its table."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from ..metrics.values import Metrics, Row
from .charts import Chart, bars
from .i18n import t

if TYPE_CHECKING:
    from .results_page import Figures


def all_charts(metrics: Metrics, say: Figures, latest: list[Row]) -> list[Chart]:
    return [
        applications(metrics, say, latest),
        award(metrics, say, latest),
        pay(metrics, say, latest),
        departments(metrics, say),
        years(metrics, say),
    ]


def _none(lang: str) -> str:
    return t(lang, "chart.summary_none")


def applications(metrics: Metrics, say: Figures, latest: list[Row]) -> Chart:
    lang, total = say.lang, metrics.total
    spread = total.applications
    summary = (
        t(
            lang,
            "chart.applications_summary",
            n=say.n(spread.count),
            median=say.n(spread.median),
            low=say.n(spread.low),
            high=say.n(spread.high),
            share=say.share(total.last_day_share),
        )
        if spread.count
        else _none(lang)
    )
    rows = [
        (
            r.title.get(lang),
            [
                (Decimal(r.applications), say.n(r.applications)),
                (Decimal(r.last_day), say.n(r.last_day)),
            ],
        )
        for r in latest
    ]
    columns = (t(lang, "col.opportunity"), t(lang, "col.applications"), t(lang, "col.last_day"))
    return bars(
        "chart-applications", t(lang, "chart.applications"), summary, rows,
        columns=columns, legend=columns[1:],
    )  # fmt: skip


def _promise_chart(kind: str, metrics: Metrics, say: Figures, latest: list[Row]) -> Chart:
    lang = say.lang
    promise = metrics.total.time_to_award if kind == "award" else metrics.total.time_to_pay
    summary = (
        t(
            lang,
            f"chart.{kind}_summary",
            on_time=say.n(promise.on_time),
            n=say.n(promise.days.count),
            due=say.n(promise.due),
            median=say.n(promise.days.median),
            slowest=say.n(promise.days.high),
        )
        if promise.days.count
        else _none(lang)
    )
    rows = []
    for r in latest:
        days, on_time = (
            (r.award_days, r.award_on_time) if kind == "award" else (r.pay_days, r.pay_on_time)
        )
        if days is not None:
            rows.append((r.title.get(lang), [(Decimal(days), say.n(days))]))
    columns = (t(lang, "col.opportunity"), t(lang, f"col.{kind}_days"))
    return bars(
        f"chart-{kind}", t(lang, f"chart.{kind}"), summary, rows,
        promise=(promise.due, t(lang, "chart.promise", n=say.n(promise.due))), columns=columns,
    )  # fmt: skip


def award(metrics: Metrics, say: Figures, latest: list[Row]) -> Chart:
    return _promise_chart("award", metrics, say, latest)


def pay(metrics: Metrics, say: Figures, latest: list[Row]) -> Chart:
    return _promise_chart("pay", metrics, say, latest)


def departments(metrics: Metrics, say: Figures) -> Chart:
    lang, total = say.lang, metrics.total
    summary = (
        t(
            lang,
            "chart.departments_summary",
            awarded=say.money(total.value_awarded),
            paid=say.money(total.value_paid),
            n=say.n(len(total.departments)),
        )
        if total.departments
        else _none(lang)
    )
    rows = [
        (d.name.get(lang), [(d.awarded, say.money(d.awarded)), (d.paid, say.money(d.paid))])
        for d in total.departments
    ]
    columns = (t(lang, "col.department"), t(lang, "col.awarded"), t(lang, "col.paid"))
    return bars(
        "chart-departments", t(lang, "chart.departments"), summary, rows,
        columns=columns, legend=columns[1:],
    )  # fmt: skip


def years(metrics: Metrics, say: Figures) -> Chart:
    lang, total = say.lang, metrics.total
    summary = (
        t(
            lang,
            "chart.years_summary",
            posted=say.n(total.posted),
            applicants=say.n(total.applicants),
            n=say.n(len(metrics.years)),
        )
        if metrics.years
        else _none(lang)
    )
    rows = [
        (
            p.key,
            [(Decimal(p.posted), say.n(p.posted)), (Decimal(p.applicants), say.n(p.applicants))],
        )
        for p in metrics.years
    ]
    columns = (t(lang, "col.year"), t(lang, "col.posted"), t(lang, "col.applicants"))
    return bars(
        "chart-years", t(lang, "chart.years"), summary, rows, columns=columns, legend=columns[1:]
    )
