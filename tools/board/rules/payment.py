"""The payment method must be one the board allows."""

from __future__ import annotations

from ..model import Board
from ..problems import Problem, said
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
                *said("problem.payment.not-accepted", method=repr(method), allowed=allowed),
                code="payment.not-accepted",
            )
        ]
    return []
