"""The evaluation record, ``content/outcomes/<opportunity-id>/evaluation.yaml``: what the client
team decided, in public (which receipts passed, how many failed each criterion, the date, the
method, each total for a scored opportunity, the beacon round of the draw). Built only from a
file that matched ``schemas/evaluation.schema.json``; its rules are in `evaluation_rules`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from . import ranking

FILE = "evaluation.yaml"


@dataclass(frozen=True)
class Evaluation:
    opportunity: str
    evaluated: date
    method: str
    criteria: tuple[tuple[str, int], ...]  # (criterion id, how many failed it)
    passed: tuple[tuple[str, int | None], ...]  # (receipt, score)
    not_passed: tuple[str, ...]
    draw_round: int | None
    path: str = ""  # as shown in messages
    sha256: str = ""  # of the file's bytes

    @property
    def receipts(self) -> tuple[str, ...]:
        return tuple(receipt for receipt, _ in self.passed) + self.not_passed

    @property
    def passed_receipts(self) -> tuple[str, ...]:
        """The receipts that passed, in the file's order."""
        return tuple(receipt for receipt, _ in self.passed)

    @property
    def scores(self) -> dict[str, float]:
        """Each passing receipt's total (scored only)."""
        return {receipt: float(score) for receipt, score in self.passed if score is not None}

    @property
    def needs_draw(self) -> bool:
        return ranking.needs_draw(self.method, self.passed)

    def ranking(self, randomness: str | None) -> tuple[str, ...]:
        return ranking.rank(self.method, self.opportunity, self.passed, randomness)

    @classmethod
    def from_raw(cls, raw: dict[str, Any], path: str = "", sha256: str = "") -> Evaluation:
        return cls(
            opportunity=raw["opportunity"],
            evaluated=date.fromisoformat(raw["evaluated"]),
            method=raw["method"],
            criteria=tuple((c["id"], c["failed"]) for c in raw["criteria"]),
            passed=tuple((p["receipt"], p.get("score")) for p in raw["passed"]),
            not_passed=tuple(raw["not_passed"]),
            draw_round=raw.get("draw_round"),
            path=path,
            sha256=sha256,
        )
