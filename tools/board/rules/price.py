"""The value cap: price plus worst-case tax stays at or under the board's maximum."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from ..formats import amount, number
from ..model import Board
from ..problems import Problem, said
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
                *said("problem.price.currency", currency=currency, board_currency=cur),
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
        *said(
            "problem.price.over-cap.with-tax",
            price=_each(amount, value),
            rate={"en": f"{rate:f}", "fr": number(rate, "fr")},
            total=_each(amount, total),
            cap=_each(amount, cap),
            largest=_each(amount, largest),
            currency=cur,
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
        *said(
            "problem.price.over-cap.included",
            price=_each(amount, value),
            cap=_each(amount, cap),
            currency=cur,
        ),
        code="price.over-cap",
    )


def _each(show: Callable[[Decimal, str], str], value: Decimal) -> dict[str, str]:
    """``value`` as each language writes it (``8,695`` / ``8 695``)."""
    return {lang: show(value, lang) for lang in ("en", "fr")}
