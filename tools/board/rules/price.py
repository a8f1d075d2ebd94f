"""The value cap: price plus worst-case tax stays at or under the board's maximum."""

from __future__ import annotations

from decimal import Decimal

from ..formats import amount, number
from ..model import Board
from ..problems import Problem, Say
from ..yamlfile import Document
from ._access import get, problem


def check(doc: Document, board: Board) -> list[Problem]:
    given = get(doc.data, "price", "amount")
    taxes = get(doc.data, "price", "taxes")
    if isinstance(given, bool) or not isinstance(given, int | float) or given <= 0:
        return []
    value = Decimal(str(given))
    cap = board.max_total
    cur = board.currency
    out: list[Problem] = []
    currency = get(doc.data, "price", "currency")
    if isinstance(currency, str) and currency != cur:
        out.append(
            problem(
                doc,
                ("price", "currency"),
                Say(f"{currency} is not the board's currency", f"use {cur}"),
                Say(f"{currency} n'est pas la devise du tableau", f"utilisez {cur}"),
                code="price.currency",
            )
        )
    if taxes == "excluded":
        total = (value * (1 + board.tax_rate)).quantize(Decimal("0.01"))
        if total > cap:
            rate = (board.tax_rate * 100).normalize()
            largest = board.largest_pre_tax()
            out.append(
                problem(
                    doc,
                    ("price", "amount"),
                    Say(
                        f"{amount(value)} {cur} plus {rate:f}% tax is {amount(total)} {cur}, "
                        f"over the {amount(cap)} {cur} limit",
                        f"the largest price with taxes excluded is {amount(largest)} {cur}",
                    ),
                    Say(
                        f"{amount(value, 'fr')} {cur} plus {number(rate, 'fr')} % de taxes donne "
                        f"{amount(total, 'fr')} {cur}, ce qui dépasse la limite de "
                        f"{amount(cap, 'fr')} {cur}",
                        f"le prix le plus élevé possible, taxes en sus, est de "
                        f"{amount(largest, 'fr')} {cur}",
                    ),
                    code="price.over-cap",
                )
            )
    elif taxes == "included" and value > cap:
        out.append(
            problem(
                doc,
                ("price", "amount"),
                Say(
                    f"{amount(value)} {cur} is over the {amount(cap)} {cur} limit",
                    f"the largest price with taxes included is {amount(cap)} {cur}",
                ),
                Say(
                    f"{amount(value, 'fr')} {cur} dépasse la limite de {amount(cap, 'fr')} {cur}",
                    f"le prix le plus élevé possible, taxes comprises, est de "
                    f"{amount(cap, 'fr')} {cur}",
                ),
                code="price.over-cap",
            )
        )
    return out
