"""Rules of ``payment.yaml`` that its schema cannot express (issue #12): the method, the order
of events, and the amount against the price, the worst-case tax, a termination and the cap."""

from __future__ import annotations

from decimal import Decimal

from .. import formats
from ..model import Board, Opportunity
from ..problems import Problem, said
from ..rules._access import get, iso_date, problem
from ..yamlio.load import Document
from .records import Delivery


def check(
    doc: Document, opp: Opportunity, board: Board, delivery: Delivery | None
) -> list[Problem]:
    return _method(doc, opp, board) + _after(doc, delivery) + _amount(doc, opp, board, delivery)


def _method(doc: Document, opp: Opportunity, board: Board) -> list[Problem]:
    method = get(doc.data, "method")
    if not isinstance(method, str) or (method in board.payment_methods and method == opp.payment):
        return []
    return [
        problem(
            doc,
            ("method",),
            *said("problem.payment.wrong-method", method=repr(method), payment=opp.payment),
            code="payment.wrong-method",
        )
    ]


def _after(doc: Document, delivery: Delivery | None) -> list[Problem]:
    paid = iso_date(get(doc.data, "paid"))
    ended = delivery.ended if delivery is not None else None
    if ended is None:
        return [
            problem(
                doc,
                ("paid",),
                *said("problem.payment.not-accepted-yet"),
                code="payment.not-accepted-yet",
            )
        ]
    if paid is not None and paid < ended:
        return [
            problem(
                doc,
                ("paid",),
                *said("problem.payment.before-acceptance", paid=paid, accepted=ended),
                code="payment.before-acceptance",
            )
        ]
    return []


def ceiling(opp: Opportunity, board: Board, delivery: Delivery | None) -> Decimal:
    """The most the supplier can be paid: the price with the worst-case tax, its share after a
    termination for convenience, never above the board's cap."""
    most = opp.price.total_with_tax(board.tax_rate)
    end = delivery.termination if delivery is not None else None
    if end is not None and end.share_paid is not None:
        most *= end.share_paid
    return min(most.quantize(Decimal("0.01")), board.max_total)


def _amount(
    doc: Document, opp: Opportunity, board: Board, delivery: Delivery | None
) -> list[Problem]:
    amount = get(doc.data, "amount")
    if isinstance(amount, bool) or not isinstance(amount, int | float):
        return []
    value = Decimal(str(amount))
    most = ceiling(opp, board, delivery)
    if value <= most:
        return []
    if most == board.max_total:
        code, key = "payment.over-cap", "problem.payment.over-cap"
    elif delivery is not None and delivery.termination is not None:
        code, key = "payment.over-share", "problem.payment.over-share"
    else:
        code, key = "payment.over-price", "problem.payment.over-price"
    amount_in = {lang: formats.number(value, lang) for lang in ("en", "fr")}
    most_in = {lang: formats.money(most, board.currency, lang) for lang in ("en", "fr")}
    return [problem(doc, ("amount",), *said(key, amount=amount_in, most=most_in), code=code)]
