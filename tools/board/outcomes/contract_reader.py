"""A small reader of ``award.yaml`` and ``evaluation.yaml`` (issue #10's files), for issue #12.

TO RECONCILE AFTER MERGE: issue #10 (branches ``award`` and ``eval-draw``) owns these files,
their schemas, rules and values. Delivery, payment and the measures need only a few facts from
them (who was awarded, when, at what price; how many passed), read here defensively, following
the shared contract exactly. Once #10 is merged, replace `read_award` and `read_evaluation` with
its loaded values and delete this module. Nothing here reports a problem: #10 checks the files.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

MAX_BYTES = 1024 * 1024
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

AWARD_FILE = "award.yaml"
EVALUATION_FILE = "evaluation.yaml"


@dataclass(frozen=True)
class AwardFacts:
    """What delivery, payment and the measures read of an award file."""

    awarded: bool  # False: the file records ``not_awarded``
    date: date
    receipt: str = ""
    supplier: str = ""
    price: Decimal = Decimal(0)


@dataclass(frozen=True)
class EvaluationFacts:
    evaluated: date
    passed: tuple[str, ...]
    not_passed: tuple[str, ...]


def _day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _data(path: Path) -> dict[str, Any] | None:
    """The file's mapping, or None: a plain safe load (no line numbers are needed to read
    facts, and #10 reports the problems), refused beyond 1 MiB or when not a regular file."""
    if not path.is_file() or path.is_symlink() or path.stat().st_size > MAX_BYTES:
        return None
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 - safe
    except (yaml.YAMLError, UnicodeDecodeError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def award_of(data: dict[str, Any]) -> AwardFacts | None:
    award, refused = data.get("award"), data.get("not_awarded")
    if isinstance(award, dict):
        day = _day(award.get("date"))
        try:
            price = Decimal(str(award.get("price")))
        except InvalidOperation:
            return None
        if day is None or not price.is_finite():
            return None
        return AwardFacts(
            True, day, str(award.get("receipt", "")), str(award.get("supplier", "")), price
        )
    if isinstance(refused, dict):
        day = _day(refused.get("date"))
        return AwardFacts(False, day) if day is not None else None
    return None


def evaluation_of(data: dict[str, Any]) -> EvaluationFacts | None:
    day = _day(data.get("evaluated"))
    passed = data.get("passed")
    failed = data.get("not_passed") or []
    if day is None or not isinstance(passed, list) or not isinstance(failed, list):
        return None
    receipts = tuple(str(p["receipt"]) for p in passed if isinstance(p, dict) and "receipt" in p)
    return EvaluationFacts(day, receipts, tuple(str(r) for r in failed))


def read_award(folder: Path) -> AwardFacts | None:
    data = _data(folder / AWARD_FILE)
    return award_of(data) if data is not None else None


def read_evaluation(folder: Path) -> EvaluationFacts | None:
    data = _data(folder / EVALUATION_FILE)
    return evaluation_of(data) if data is not None else None
