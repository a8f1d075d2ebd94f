"""Reading ``content/outcomes/<id>/``: the evaluation record, the draw and the award as values.

The award needs only a little of the evaluation and the draw (who passed, in which order), so
this module reads those two files as the contract (docs/after-closing.md) defines them, with a
reader of its own; the evaluation and draw modules check them in full. Each file is loaded
through `yamlio.load` (line and column kept) and checked against its schema when it has one.
A file that does not load, or does not match its schema, reads as absent here: `board
validate` reports it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..model import Text
from ..yamlio.load import Document, load

OUTCOMES_DIR = "outcomes"
FILES = ("evaluation.yaml", "draw.yaml", "award.yaml")


@dataclass(frozen=True)
class Evaluation:
    evaluated: date
    method: str
    failed: tuple[tuple[str, int], ...]  # (criterion id, active applications that failed it)
    passed: tuple[str, ...]  # receipts, in file order
    scores: dict[str, float]  # receipt -> total (scored only)
    not_passed: tuple[str, ...]
    draw_round: int | None


@dataclass(frozen=True)
class PassedOver:
    receipt: str
    reason: str  # declined | ineligible
    date: date
    explanation: Text


@dataclass(frozen=True)
class Awarded:
    receipt: str
    supplier: str
    date: date
    price: Decimal


@dataclass(frozen=True)
class NotAwarded:
    date: date
    reason: Text


@dataclass(frozen=True)
class Award:
    passed_over: tuple[PassedOver, ...]
    award: Awarded | None
    not_awarded: NotAwarded | None

    @property
    def date(self) -> date:
        """The day the result was decided (award or not awarded)."""
        if self.award is not None:
            return self.award.date
        assert self.not_awarded is not None, "a valid award file has one or the other"
        return self.not_awarded.date


@dataclass(frozen=True)
class Outcome:
    """What the folder of one opportunity holds (None: no such file, or not readable)."""

    evaluation: Evaluation | None = None
    draw_ranking: tuple[str, ...] | None = None
    award: Award | None = None


NONE = Outcome()


def folder(content_root: Path, opportunity_id: str) -> Path:
    return content_root / OUTCOMES_DIR / opportunity_id


def evaluation_of(raw: Any) -> Evaluation | None:
    try:
        passed = raw.get("passed") or []
        return Evaluation(
            evaluated=date.fromisoformat(raw["evaluated"]),
            method=str(raw["method"]),
            failed=tuple((str(c["id"]), int(c["failed"])) for c in raw.get("criteria") or []),
            passed=tuple(str(p["receipt"]) for p in passed),
            scores={str(p["receipt"]): float(p["score"]) for p in passed if "score" in p},
            not_passed=tuple(str(r) for r in raw.get("not_passed") or []),
            draw_round=raw.get("draw_round"),
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        return None


def draw_ranking_of(raw: Any) -> tuple[str, ...] | None:
    try:
        return tuple(str(r) for r in raw["ranking"])
    except (KeyError, TypeError):
        return None


def award_of(raw: dict[str, Any]) -> Award:
    """An award from a document that matched ``award.schema.json``."""
    given, refused = raw.get("award"), raw.get("not_awarded")
    return Award(
        passed_over=tuple(
            PassedOver(
                p["receipt"], p["reason"], date.fromisoformat(p["date"]), Text.of(p["explanation"])
            )
            for p in raw.get("passed_over") or []
        ),
        award=Awarded(
            given["receipt"],
            given["supplier"],
            date.fromisoformat(given["date"]),
            Decimal(str(given["price"])),
        )
        if given
        else None,
        not_awarded=NotAwarded(date.fromisoformat(refused["date"]), Text.of(refused["reason"]))
        if refused
        else None,
    )


def load_doc(path: Path, shown: str | None = None) -> Document | None:
    if not path.is_file() or path.is_symlink():
        return None
    doc, _ = load(path, shown)
    return doc


def read(content_root: Path, opportunity_id: str) -> Outcome:
    """The outcome files of one opportunity, as far as they are readable and valid."""
    from .. import schemas

    here = folder(content_root, opportunity_id)
    if not here.is_dir():
        return NONE
    evaluation = load_doc(here / "evaluation.yaml")
    draw = load_doc(here / "draw.yaml")
    award_doc = load_doc(here / "award.yaml")
    award = None
    if award_doc is not None and not schemas.problems(award_doc, "award"):
        award = award_of(award_doc.data)
    return Outcome(
        evaluation=evaluation_of(evaluation.data) if evaluation is not None else None,
        draw_ranking=draw_ranking_of(draw.data) if draw is not None else None,
        award=award
        if award is not None and (award.award is None) != (award.not_awarded is None)
        else None,
    )
