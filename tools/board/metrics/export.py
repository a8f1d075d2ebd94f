"""The measures as open data: ``metrics.json`` (``schemas/metrics.schema.json``) and
``metrics.csv`` (one row per fiscal year, then the total, with the same figures flattened)."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from typing import Any

from ..schemas import SCHEMA_DIR
from .values import Metrics, Period, Promise, Row, Spread

SCHEMA_FILE = "metrics.schema.json"


def schema_text() -> str:
    """``schemas/metrics.schema.json``, published beside ``metrics.json``."""
    return (SCHEMA_DIR / SCHEMA_FILE).read_text(encoding="utf-8")


def _number(value: Decimal | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _spread(s: Spread) -> dict[str, Any]:
    return {"count": s.count, "median": _number(s.median), "lowest": s.low, "highest": s.high}


def _promise(p: Promise) -> dict[str, Any]:
    return {
        "due_business_days": p.due,
        "count": p.days.count,
        "median": _number(p.days.median),
        "slowest": p.days.high,
        "on_time": p.on_time,
        "late": p.late,
        "overdue": p.overdue,
    }


def _row(r: Row) -> dict[str, Any]:
    return {
        "id": r.id,
        "title": {"en": r.title.en, "fr": r.title.fr},
        "applications": r.applications,
        "last_24_hours": r.last_day,
        "time_to_award": r.award_days,
        "award_on_time": r.award_on_time,
        "time_to_pay": r.pay_days,
        "payment_on_time": r.pay_on_time,
    }


def period(p: Period) -> dict[str, Any]:
    return {
        "fiscal_year": p.key,
        "opportunities": {
            "posted": p.posted,
            "awarded": p.awarded,
            "not_awarded": p.not_awarded,
            "cancelled": p.cancelled,
        },
        "open_now": p.open_now,
        "posting_period": _spread(p.posting_days),
        "value": {
            "awarded": _number(p.value_awarded),
            "paid": _number(p.value_paid),
            "by_department": [
                {
                    "department": {"en": d.name.en, "fr": d.name.fr},
                    "awarded": _number(d.awarded),
                    "paid": _number(d.paid),
                }
                for d in p.departments
            ],
        },
        "applications": {
            "received": p.received,
            "per_opportunity": _spread(p.applications),
            "last_24_hours": p.last_day,
            "last_24_hours_share": _number(p.last_day_share),
            "first_time": p.first_time,
            "first_time_share": _number(p.first_time_share),
            "applicants": p.applicants,
            "evaluated": p.evaluated,
            "passed": p.passed,
            "pass_rate": _number(p.pass_rate),
        },
        "suppliers_awarded": p.suppliers,
        "time_to_award": _promise(p.time_to_award),
        "time_to_pay": _promise(p.time_to_pay),
        "time_to_deliver": _spread(p.time_to_deliver),
        "questions": {"answered": p.questions, "time_to_answer": _spread(p.time_to_answer)},
        "closed": [_row(r) for r in p.rows],
    }


def as_data(metrics: Metrics) -> dict[str, Any]:
    return {
        "generated": metrics.today.isoformat(),
        "currency": metrics.currency,
        "periods": [period(p) for p in metrics.periods],
    }


def as_json(metrics: Metrics) -> str:
    return json.dumps(as_data(metrics), ensure_ascii=False, separators=(",", ":")) + "\n"


CSV_COLUMNS = (
    "fiscal_year", "posted", "awarded", "not_awarded", "cancelled", "value_awarded", "value_paid",
    "applications", "applications_median", "applications_lowest", "applications_highest",
    "last_24_hours_share", "first_time_share", "applicants", "pass_rate", "suppliers_awarded",
    "time_to_award_median", "time_to_award_slowest", "award_on_time", "award_late",
    "award_overdue", "time_to_pay_median", "time_to_pay_slowest", "payment_on_time",
    "payment_late", "payment_overdue", "time_to_deliver_median", "questions_answered",
    "time_to_answer_median", "time_to_answer_slowest", "open_now", "posting_days_median",
)  # fmt: skip


def _cells(d: dict[str, Any]) -> list[Any]:
    a, award, pay = d["applications"], d["time_to_award"], d["time_to_pay"]
    per, q = a["per_opportunity"], d["questions"]
    return [
        d["fiscal_year"], *d["opportunities"].values(), d["value"]["awarded"],
        d["value"]["paid"], a["received"], per["median"], per["lowest"], per["highest"],
        a["last_24_hours_share"], a["first_time_share"], a["applicants"], a["pass_rate"],
        d["suppliers_awarded"], award["median"], award["slowest"], award["on_time"],
        award["late"], award["overdue"], pay["median"], pay["slowest"], pay["on_time"],
        pay["late"], pay["overdue"], d["time_to_deliver"]["median"], q["answered"],
        q["time_to_answer"]["median"], q["time_to_answer"]["highest"], d["open_now"],
        d["posting_period"]["median"],
    ]  # fmt: skip


def as_csv(metrics: Metrics) -> str:
    """One row per fiscal year and one for the total; an empty cell where there is no figure."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for p in as_data(metrics)["periods"]:
        writer.writerow(["" if cell is None else cell for cell in _cells(p)])
    return out.getvalue()
