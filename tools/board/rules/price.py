"""The value cap: price plus worst-case tax stays at or under the board's maximum."""

from __future__ import annotations

from decimal import Decimal

from ..formats import amount, number
from ..model import Board
from ..problems import Problem, Say
from ..yamlio.load import Document
from ._access import get, problem


def check(doc: Document, board: Board) -> list[Problem]:
    given = get(doc.data, "price", "amount")
    taxes = get(doc.data, "price", "taxes")
    if isinstance(given, bool) or not isinstance(given, int | float) or given <= 0:
        return []
    value = Decimal(str(given))
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
    over = None
    if taxes == "excluded":
        over = _over_cap_with_tax(doc, board, value)
    elif taxes == "included" and value > board.max_total:
        over = _over_cap(doc, board, value)
    return out if over is None else [*out, over]


def _over_cap_with_tax(doc: Document, board: Board, value: Decimal) -> Problem | None:
    """A price with taxes excluded, over the cap once the board's tax rate is added."""
    cap = board.max_total
    cur = board.currency
    total = (value * (1 + board.tax_rate)).quantize(Decimal("0.01"))
    if total <= cap:
        return None
    rate = (board.tax_rate * 100).normalize()
    largest = board.largest_pre_tax()
    return problem(
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
            f"le prix le plus élevé possible, taxes en sus, est de {amount(largest, 'fr')} {cur}",
        ),
        code="price.over-cap",
    )


def _over_cap(doc: Document, board: Board, value: Decimal) -> Problem:
    """A price with taxes included, over the cap."""
    cap = board.max_total
    cur = board.currency
    return problem(
        doc,
        ("price", "amount"),
        Say(
            f"{amount(value)} {cur} is over the {amount(cap)} {cur} limit",
            f"the largest price with taxes included is {amount(cap)} {cur}",
        ),
        Say(
            f"{amount(value, 'fr')} {cur} dépasse la limite de {amount(cap, 'fr')} {cur}",
            f"le prix le plus élevé possible, taxes comprises, est de {amount(cap, 'fr')} {cur}",
        ),
        code="price.over-cap",
    )
