"""Who stands where after the evaluation, the draw and the award: one rule for every reader.

The ranking is the order in which passing applications are offered the work. One pass: that
one. ``pass-fail-draw``: the draw's ranking. ``scored``: by total, highest first, ties broken by
the draw's order. A selection that did not go ahead (``passed_over``) moves to the next one.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .evaluation import Evaluation
from .records import Award


def ranking(evaluation: Evaluation, draw: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """Every passing receipt in the order they are offered the work; None while a draw it
    needs has not been made."""
    passed = evaluation.passed_receipts
    if len(passed) <= 1:
        return passed
    place = {r: i for i, r in enumerate(draw or ())}
    if evaluation.method == "scored":
        totals = [evaluation.scores.get(r, 0.0) for r in passed]
        tied = len(set(totals)) < len(totals)
        if tied and not set(passed) <= set(place):
            return None
        return tuple(
            sorted(passed, key=lambda r: (-evaluation.scores.get(r, 0.0), place.get(r, 0)))
        )
    if draw is None or set(draw) != set(passed):
        return None
    return tuple(r for r in draw if r in set(passed))


def remaining(order: tuple[str, ...], award: Award | None) -> tuple[str, ...]:
    """The ranking without the selections that did not go ahead."""
    over = {p.receipt for p in award.passed_over} if award else set()
    return tuple(r for r in order if r not in over)


class Kind(StrEnum):
    SELECTED = "selected"
    PASSED_OVER = "passed-over"  # selected, then declined or found ineligible
    RESERVE = "reserve"  # passed, not selected: its place in the ranking
    NOT_PASSED = "not-passed"
    PENDING = "pending"  # no result yet for this receipt


@dataclass(frozen=True)
class Standing:
    kind: Kind
    place: int = 0  # 1-based place in the ranking (passing receipts only)
    of: int = 0  # how many passed


def standing(
    receipt: str, evaluation: Evaluation | None, order: tuple[str, ...] | None, award: Award | None
) -> Standing:
    """Where one applicant stands once the result is published."""
    if evaluation is None or award is None:
        return Standing(Kind.PENDING)
    if receipt in evaluation.not_passed or receipt not in evaluation.passed_receipts:
        return Standing(Kind.NOT_PASSED)
    ranked = order or evaluation.passed_receipts
    place, total = ranked.index(receipt) + 1, len(ranked)
    if award.award is not None and award.award.receipt == receipt:
        return Standing(Kind.SELECTED, place, total)
    if any(p.receipt == receipt for p in award.passed_over):
        return Standing(Kind.PASSED_OVER, place, total)
    return Standing(Kind.RESERVE, place, total)
