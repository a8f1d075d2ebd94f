"""The payment method must be one the board allows."""

from __future__ import annotations

from ..model import Board
from ..problems import Problem, Say
from ..yamlio.load import Document
from ._access import get, problem


def check(doc: Document, board: Board) -> list[Problem]:
    method = get(doc.data, "payment")
    if isinstance(method, str) and method not in board.payment_methods:
        allowed = ", ".join(board.payment_methods)
        return [
            problem(
                doc,
                ("payment",),
                Say(f"{method!r} is not accepted by this board", f"use {allowed}"),
                Say(
                    f"le mode de paiement {method!r} n'est pas accepté par ce tableau",
                    f"utilisez l'un de ces modes : {allowed}",
                ),
                code="payment.not-accepted",
            )
        ]
    return []
