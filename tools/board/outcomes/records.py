"""The one reader of ``content/outcomes/<id>/``: each file of an opportunity's folder loaded once
(through `yamlio.load`, line and column kept) and checked against its schema, into the typed
values `Content.outcomes` holds (`Content.outcome`). Every other module reads them from there,
or, without a `Content` (a file at another commit), through `award_from`.

Only a file that matched its schema (and names its folder) has a document (`Outcome.document`)
for the rules of its own module (`evaluation_rules`, `draw_checks`, `award`); the problems of
the others are kept (`Outcome.problems`) for `board validate` to report. The award needs only
a little of the evaluation and the draw (who passed, in which order), so those two are read as
far as they are readable even when their own checks fail: one mistake, one message.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from .. import schemas
from ..content import display_path
from ..model import Text
from ..problems import Problem
from ..yamlio.load import Document, load
from . import folder as folders
from .after_award import Delivery, Payment, Revision, Termination
from .draw import FILE as DRAW_FILE
from .draw import Draw
from .evaluation import FILE as EVALUATION_FILE
from .evaluation import Evaluation

OUTCOMES_DIR = folders.OUTCOMES_DIR
AWARD_FILE = "award.yaml"
DELIVERY_FILE = "delivery.yaml"  # issue #12
PAYMENT_FILE = "payment.yaml"  # issue #12

Raw = Mapping[str, Any]  # a file's mapping as loaded, until its module gives it a typed value


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
    opportunity: str = ""  # the folder's, as the file names it
    path: str = ""  # the file, as shown in messages
    at: tuple[int, int] = (0, 0)  # line and column of award.supplier


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
    """What the folder of one opportunity holds (None: no such file, or not valid)."""

    evaluation: Evaluation | None = None  # as far as readable (valid: `document` is not None)
    draw: Draw | None = None  # only when valid
    draw_ranking: tuple[str, ...] | None = None  # the draw's order, as far as readable
    award: Award | None = None
    # Issue #12: typed once the file matched its schema (`_delivery`, `_payment` below); `loading`
    # checks them against the opportunity and the award and empties a slot that fails.
    delivery: Delivery | None = None
    payment: Payment | None = None
    problems: Mapping[str, tuple[Problem, ...]] = field(default_factory=dict)  # by file name
    documents: Mapping[str, Document] = field(default_factory=dict)  # the valid ones, for rules

    def document(self, name: str) -> Document | None:
        """The loaded document of a valid ``name``, for the line and column of its rules."""
        return self.documents.get(name)

    def problems_of(self, name: str) -> list[Problem]:
        """The problems found loading ``name`` (``award.yaml``…): its syntax and its schema."""
        return list(self.problems.get(name, ()))


NONE = Outcome()


def folder(content_root: Path, opportunity_id: str) -> Path:
    return folders.folder(content_root, opportunity_id)


def award_of(raw: Mapping[str, Any], path: str = "", at: tuple[int, int] = (0, 0)) -> Award:
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
            str(raw.get("opportunity", "")),
            path,
            at,
        )
        if given
        else None,
        not_awarded=NotAwarded(date.fromisoformat(refused["date"]), Text.of(refused["reason"]))
        if refused
        else None,
    )


def award_from(doc: Document) -> Award | None:
    """The award of a loaded ``award.yaml`` (here or at another commit), None when not valid."""
    if schemas.problems(doc, "award") or not isinstance(doc.data, dict):
        return None
    award = award_of(doc.data, doc.path, doc.where(("award", "supplier")))
    return award if (award.award is None) != (award.not_awarded is None) else None


def load_doc(path: Path, shown: str | None = None) -> Document | None:
    if not path.is_file() or path.is_symlink():
        return None
    doc, _ = load(path, shown)
    return doc


def read_all(content_root: Path, ids: list[str] | None = None) -> dict[str, Outcome]:
    """The outcome folders ``ids`` (default: every one), by opportunity id."""
    wanted = folders.opportunity_ids(content_root) if ids is None else ids
    return {oid: read(content_root, oid) for oid in wanted}


def read(content_root: Path, opportunity_id: str) -> Outcome:
    """Every outcome file of one opportunity, each loaded once and checked against its schema."""
    here = folder(content_root, opportunity_id)
    if not here.is_dir():
        return NONE
    found: dict[str, tuple[Problem, ...]] = {}
    docs: dict[str, Document] = {}
    evaluation = draw = ranking = None
    doc, loaded = _of(here / EVALUATION_FILE, "evaluation", found, docs)
    if loaded is not None:
        evaluation = Evaluation.from_raw(loaded.doc.data, loaded.doc.path, loaded.sha256)
    elif doc is not None:
        evaluation = _evaluation_as_readable(doc)
    doc, loaded = _of(here / DRAW_FILE, "draw", found, docs)
    if loaded is not None:
        draw = Draw.from_raw(loaded.doc.data, loaded.doc.path)
    if doc is not None:
        ranking = _ranking_as_readable(doc.data)
    return Outcome(
        evaluation=evaluation,
        draw=draw,
        draw_ranking=ranking,
        award=_award(here / AWARD_FILE, found, docs),
        delivery=_delivery(here / DELIVERY_FILE),
        payment=_payment(here / PAYMENT_FILE),
        problems=found,
        documents=docs,
    )


def _of(
    path: Path, schema: str, found: dict[str, tuple[Problem, ...]], docs: dict[str, Document]
) -> tuple[Document | None, folders.Loaded | None]:
    if not path.exists():
        return None, None
    doc, loaded, problems = folders.load_checked(path, schema)
    found[path.name] = tuple(problems)
    if loaded is not None:
        docs[path.name] = loaded.doc
    return doc, loaded


def _evaluation_as_readable(doc: Document) -> Evaluation | None:
    """An evaluation record that failed its checks, as far as the award needs it."""
    raw: Any = doc.data
    try:
        passed = raw.get("passed") or []
        return Evaluation(
            opportunity=str(raw.get("opportunity", "")),
            evaluated=date.fromisoformat(raw["evaluated"]),
            method=str(raw["method"]),
            criteria=tuple((str(c["id"]), int(c["failed"])) for c in raw.get("criteria") or []),
            passed=tuple((str(p["receipt"]), _score(p)) for p in passed),
            not_passed=tuple(str(r) for r in raw.get("not_passed") or []),
            draw_round=raw.get("draw_round"),
            path=doc.path,
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        return None


def _score(passed: Any) -> Any:
    """The total, checked to be a number (``float`` raises `ValueError` when it is not)."""
    score = passed.get("score")
    if score is not None:
        float(score)
    return score


def _ranking_as_readable(raw: Any) -> tuple[str, ...] | None:
    try:
        return tuple(str(r) for r in raw["ranking"])
    except (KeyError, TypeError):
        return None


def _award(
    path: Path, found: dict[str, tuple[Problem, ...]], docs: dict[str, Document]
) -> Award | None:
    """The award file; its folder is compared with its ``opportunity`` by `award_check`."""
    if not path.is_file():
        return None
    doc, problems = load(path, display_path(path))
    if doc is not None:
        problems = schemas.problems(doc, "award")
    found[path.name] = tuple(problems)
    if doc is None or problems or not isinstance(doc.data, dict):
        return None
    docs[path.name] = doc
    return award_from(doc)


def _typed(path: Path, schema: str) -> Raw | None:
    """A file's mapping once it matched its schema (its rules are `loading`'s, with their
    line and column), else None."""
    if not path.is_file() or path.is_symlink():
        return None
    doc, _ = load(path, display_path(path))
    if doc is None or not isinstance(doc.data, dict) or schemas.problems(doc, schema):
        return None
    return doc.data


def _delivery(path: Path) -> Delivery | None:  # issue #12
    raw = _typed(path, "delivery")
    return Delivery.from_raw(dict(raw)) if raw is not None else None


def _payment(path: Path) -> Payment | None:  # issue #12
    raw = _typed(path, "payment")
    return Payment.from_raw(dict(raw)) if raw is not None else None


__all__ = ["Delivery", "Outcome", "Payment", "Revision", "Termination"]
