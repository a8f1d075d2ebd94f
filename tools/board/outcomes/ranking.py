"""The ranking rule of a draw (docs/draw.md), the one place it is computed in Python.

Each passing receipt gets the key ``SHA-256(randomness + "\\n" + opportunity id + "\\n" +
receipt)`` (UTF-8, lower-case hexadecimal digest): the receipts are ordered by that key,
ascending. A scored opportunity orders them by total, highest first, and uses the key only to
break ties. The first is selected; the others are the reserve list, in order. The browser
recomputes the same rule (``site/theme/assets/draw.js``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

PASS_FAIL_DRAW, SCORED = "pass-fail-draw", "scored"


def draw_key(randomness: str, opportunity_id: str, receipt: str) -> str:
    text = f"{randomness}\n{opportunity_id}\n{receipt}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def rank(
    method: str,
    opportunity_id: str,
    passed: Iterable[tuple[str, int | None]],
    randomness: str | None,
) -> tuple[str, ...]:
    """The passing receipts ``(receipt, score)`` in ranking order.

    Without randomness (no draw was needed: one pass, or scores without a tie) the order is the
    scores' alone, then the receipts' own order as a last resort."""
    entries = list(passed)

    def key(entry: tuple[str, int | None]) -> tuple[int, str]:
        receipt, score = entry
        total = -(score or 0) if method == SCORED else 0
        return total, draw_key(randomness, opportunity_id, receipt) if randomness else ""

    return tuple(receipt for receipt, _ in sorted(entries, key=key))


def needs_draw(method: str, passed: Iterable[tuple[str, int | None]]) -> bool:
    """A draw is needed with two passes or more (pass-fail-draw), or two equal totals (scored)."""
    entries = list(passed)
    if method == SCORED:
        scores = [score for _, score in entries]
        return len(set(scores)) < len(scores)
    return len(entries) >= 2
