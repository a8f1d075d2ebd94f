"""Rules of ``payment.yaml`` that its schema cannot express (issue #12): the method, the order
of events, and the amount against the price, the worst-case tax, a termination and the cap."""

from __future__ import annotations

from decimal import Decimal

from .. import formats
from ..model import Board, Opportunity
from ..problems import Problem, Say
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
            Say(
                f"{method!r} is not this opportunity's payment method",
                f"the opportunity is paid by {opp.payment}: use it",
            ),
            Say(
                f"{method!r} n'est pas le mode de paiement de cette opportunité",
                f"l'opportunité est payée par {opp.payment} : utilisez ce mode",
            ),
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
                Say(
                    "a payment is recorded, but the work was not accepted",
                    "record the acceptance (or a termination for convenience) in delivery.yaml "
                    "first",
                ),
                Say(
                    "un paiement est consigné, mais les travaux n'ont pas été acceptés",
                    "consignez d'abord l'acceptation (ou une résiliation pour raisons de "
                    "commodité) dans delivery.yaml",
                ),
                code="payment.not-accepted-yet",
            )
        ]
    if paid is not None and paid < ended:
        return [
            problem(
                doc,
                ("paid",),
                Say(f"paid {paid}, before the acceptance of {ended}", "check the dates"),
                Say(f"payé le {paid}, avant l'acceptation du {ended}", "vérifiez les dates"),
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
    shown = {lang: formats.money(most, board.currency, lang) for lang in ("en", "fr")}
    if most == board.max_total:
        code, why = "payment.over-cap", ("the board's cap", "le plafond du tableau")
    elif delivery is not None and delivery.termination is not None:
        code, why = "payment.over-share", ("the share paid", "la part payée")
    else:
        code, why = "payment.over-price", ("the price with tax", "le prix taxes comprises")
    return [
        problem(
            doc,
            ("amount",),
            Say(
                f"{formats.number(value, 'en')} is more than {why[0]} ({shown['en']})",
                "pay at most that amount, tax included",
            ),
            Say(
                f"{formats.number(value, 'fr')} dépasse {why[1]} ({shown['fr']})",
                "payez au plus ce montant, taxes comprises",
            ),
            code=code,
        )
    ]
