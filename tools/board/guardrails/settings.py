"""The guardrails' settings (``guardrails:`` and ``budgets:`` in content/board.yaml, issue #12),
and the fiscal year they count in (1 April to 31 March).

Every setting is optional; a board that writes none still gets the defaults below.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

MATERIAL = (  # the fields whose change after publication needs an addendum
    "price",
    "closing",
    "start",
    "delivery",
    "evaluation",
    "acceptance",
    "eligibility",
)


@dataclass(frozen=True)
class Budget:
    department: str  # the department's English name, as in client.department.en
    fiscal_year: int  # the year the fiscal year starts: 2026 is 2026-04-01 to 2027-03-31
    amount: Decimal


@dataclass(frozen=True)
class Guardrails:
    min_business_days_after_change: int = 5
    splitting_window_days: int = 60
    repeat_awards_max: int = 2  # more awards than this to one supplier in a year: an error
    repeat_awards_total: Decimal | None = None  # more than this in total: an error
    budgets: tuple[Budget, ...] = ()

    def budget(self, department: str, year: int) -> Budget | None:
        return next(
            (b for b in self.budgets if b.department == department and b.fiscal_year == year),
            None,
        )


def of(raw: dict[str, Any]) -> Guardrails:
    """The settings from board.yaml's mapping (which passed its schema)."""
    g = raw.get("guardrails") or {}
    total = g.get("repeat_awards_total")
    return Guardrails(
        min_business_days_after_change=g.get("min_business_days_after_change", 5),
        splitting_window_days=g.get("splitting_window_days", 60),
        repeat_awards_max=g.get("repeat_awards_max", 2),
        repeat_awards_total=Decimal(str(total)) if total is not None else None,
        budgets=tuple(
            Budget(b["department"], b["fiscal_year"], Decimal(str(b["amount"])))
            for b in raw.get("budgets") or []
        ),
    )


def fiscal_year(day: date) -> int:
    """The fiscal year holding ``day``, named by the year it starts (1 April)."""
    return day.year if day.month >= 4 else day.year - 1


def fiscal_label(year: int) -> str:
    return f"{year}–{year + 1}"
