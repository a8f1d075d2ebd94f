"""The value cap: price plus worst-case tax stays at or under the board's maximum."""

from __future__ import annotations

from decimal import Decimal

from ..model import Board
from ..problems import Problem
from ..yamlfile import Document
from ._access import get, problem


def money(amount: Decimal) -> str:
    """``10,350`` or ``8,694.50``: the figure a client recognises, in English."""
    if amount == amount.to_integral_value():
        return f"{int(amount):,}"
    return f"{amount.quantize(Decimal('0.01')):,}"


def check(doc: Document, board: Board) -> list[Problem]:
    amount = get(doc.data, "price", "amount")
    taxes = get(doc.data, "price", "taxes")
    if isinstance(amount, bool) or not isinstance(amount, int | float) or amount <= 0:
        return []
    value = Decimal(str(amount))
    cap = board.max_total
    cur = board.currency
    out: list[Problem] = []
    currency = get(doc.data, "price", "currency")
    if isinstance(currency, str) and currency != cur:
        out.append(
            problem(
                doc,
                ("price", "currency"),
                f"{currency} is not the board's currency",
                f"use {cur}",
            )
        )
    if taxes == "excluded":
        total = (value * (1 + board.tax_rate)).quantize(Decimal("0.01"))
        if total > cap:
            rate = f"{(board.tax_rate * 100).normalize():f}%"
            out.append(
                problem(
                    doc,
                    ("price", "amount"),
                    f"{money(value)} {cur} plus {rate} tax is {money(total)} {cur}, "
                    f"over the {money(cap)} {cur} limit",
                    f"the largest price with taxes excluded is {money(board.largest_pre_tax())} {cur}",
                )
            )
    elif taxes == "included" and value > cap:
        out.append(
            problem(
                doc,
                ("price", "amount"),
                f"{money(value)} {cur} is over the {money(cap)} {cur} limit",
                f"the largest price with taxes included is {money(cap)} {cur}",
            )
        )
    return out
