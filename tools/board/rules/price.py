"""The value cap: price plus worst-case tax stays at or under the board's maximum."""

from __future__ import annotations

from decimal import Decimal

from ..model import Board
from ..problems import Lang, Problem, Say, fr_number
from ..yamlfile import Document
from ._access import get, problem


def money(amount: Decimal, lang: Lang = "en") -> str:
    """``10,350`` or ``8,694.50``: the figure a client recognises; ``10 350``, ``8 694,50`` in
    French."""
    if amount == amount.to_integral_value():
        english = f"{int(amount):,}"
    else:
        english = f"{amount.quantize(Decimal('0.01')):,}"
    return english.replace(",", " ").replace(".", ",") if lang == "fr" else english


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
                Say(f"{currency} is not the board's currency", f"use {cur}"),
                Say(f"{currency} n'est pas la devise du tableau", f"utilisez {cur}"),
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
                        f"{money(value)} {cur} plus {rate:f}% tax is {money(total)} {cur}, "
                        f"over the {money(cap)} {cur} limit",
                        f"the largest price with taxes excluded is {money(largest)} {cur}",
                    ),
                    Say(
                        f"{money(value, 'fr')} {cur} plus {fr_number(rate)} % de taxes donne "
                        f"{money(total, 'fr')} {cur}, ce qui dépasse la limite de "
                        f"{money(cap, 'fr')} {cur}",
                        f"le prix le plus élevé possible, taxes en sus, est de "
                        f"{money(largest, 'fr')} {cur}",
                    ),
                )
            )
    elif taxes == "included" and value > cap:
        out.append(
            problem(
                doc,
                ("price", "amount"),
                Say(
                    f"{money(value)} {cur} is over the {money(cap)} {cur} limit",
                    f"the largest price with taxes included is {money(cap)} {cur}",
                ),
                Say(
                    f"{money(value, 'fr')} {cur} dépasse la limite de {money(cap, 'fr')} {cur}",
                    f"le prix le plus élevé possible, taxes comprises, est de "
                    f"{money(cap, 'fr')} {cur}",
                ),
            )
        )
    return out
