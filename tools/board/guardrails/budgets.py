"""Budgets: what a department may commit in a fiscal year (``budgets:`` in board.yaml).

Each published opportunity counts against its department's budget for the fiscal year of its
posting date: the award's price when it is awarded (with the worst-case tax when its price
excludes tax), otherwise its price with the worst-case tax. Cancelled opportunities and drafts
do not count. In the order of posting, the opportunity that takes the total past the budget,
and each one after it, is an error: posting beyond what remains.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from .. import formats
from ..outcomes.records import Awarded
from ..problems import LANGS, Problem, said
from .facts import Facts
from .settings import Guardrails, fiscal_label, fiscal_year


def _worth(f: Facts, award: Awarded | None, tax_rate: Decimal) -> Decimal:
    if award is None:
        return f.total
    return award.price if f.taxes_included else award.price * (1 + tax_rate)


def problems(
    facts: list[Facts], awards: dict[str, Awarded], rails: Guardrails, money: tuple[Decimal, str]
) -> list[Problem]:
    tax_rate, currency = money
    years: dict[tuple[str, int], list[Facts]] = defaultdict(list)
    for f in facts:
        if f.status == "published":
            years[(f.department, fiscal_year(f.posted))].append(f)
    out = []
    for (department, year), group in years.items():
        budget = rails.budget(department, year)
        if budget is None:
            continue
        group.sort(key=lambda f: (f.posted, f.id))
        committed = Decimal(0)
        for f in group:
            worth = _worth(f, awards.get(f.id), tax_rate)
            if committed + worth > budget.amount:
                out.append(_problem(f, (committed, worth, budget.amount), year, currency))
            committed += worth
    return out


def _problem(f: Facts, sums: tuple[Decimal, Decimal, Decimal], year: int, currency: str) -> Problem:
    committed, worth, budget = sums
    remaining = max(budget - committed, Decimal(0))
    fy = fiscal_label(year)
    line, col = f.at("price")

    def cash(value: Decimal, lang: str) -> str:
        return formats.money(value.quantize(Decimal("0.01")), currency, lang)

    return Problem.of(
        f.path,
        "price.amount",
        *said(
            "problem.guardrail.over-budget",
            department={"en": f.department, "fr": f.department_fr},
            remaining={lang: cash(remaining, lang) for lang in LANGS},
            budget={lang: cash(budget, lang) for lang in LANGS},
            year=fy,
            committed={lang: cash(committed, lang) for lang in LANGS},
            worth={lang: cash(worth, lang) for lang in LANGS},
            setting="budgets:",
        ),
        line,
        col,
        code="guardrail.over-budget",
    )
