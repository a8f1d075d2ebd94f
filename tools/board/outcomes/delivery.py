"""Rules of ``delivery.yaml`` that its schema cannot express (issue #12).

Each reads the raw document defensively (the schema reports a wrong shape) and says what is
wrong and how to fix it, in English and in French, at the value's line and column.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..model import Board, Opportunity
from ..problems import Problem, said
from ..rules._access import get, iso_date, problem
from ..yamlio.load import Document
from .records import Award


def check(doc: Document, opp: Opportunity, board: Board, award: Award | None) -> list[Problem]:
    data = doc.data
    out = _award_first(doc, award)
    out += _repository(doc, opp)
    out += _order(doc, data)
    out += _criteria(doc, data, opp)
    out += _termination(doc, data)
    if get(data, "submitted") is None and get(data, "termination") is None:
        out.append(
            problem(
                doc,
                ("opportunity",),
                *said("problem.delivery.empty"),
                code="delivery.empty",
            )
        )
    return out


def _award_first(doc: Document, award: Award | None) -> list[Problem]:
    if award is None or award.award is None:
        return [
            problem(
                doc,
                ("opportunity",),
                *said("problem.delivery.no-award"),
                code="delivery.no-award",
            )
        ]
    for path in (("submitted",), ("termination", "date")):
        submitted = iso_date(get(doc.data, *path))
        if submitted is None or submitted >= award.date:
            continue
        return [
            problem(
                doc,
                path,
                *said("problem.delivery.before-award", day=submitted, award=award.date),
                code="delivery.before-award",
            )
        ]
    return []


def _repository(doc: Document, opp: Opportunity) -> list[Problem]:
    address = get(doc.data, "pull_request")
    home = opp.repository.rstrip("/") + "/pull/"
    if not isinstance(address, str) or address.lower().startswith(home.lower()):
        return []
    return [
        problem(
            doc,
            ("pull_request",),
            *said("problem.delivery.other-repository", repository=opp.repository),
            code="delivery.other-repository",
        )
    ]


def _before(
    doc: Document, path: tuple[str | int, ...], later: date, earlier: date, step: str
) -> Problem:
    """``later`` comes before the step ``earlier`` recorded; ``step`` is the message's key."""
    return problem(doc, path, *said(step, day=later, earlier=earlier), code="delivery.out-of-order")


def _order(doc: Document, data: Any) -> list[Problem]:
    """Submitted, then each revision asked and resubmitted, then accepted (or terminated)."""
    out: list[Problem] = []
    last = iso_date(get(data, "submitted"))
    last_what = "problem.delivery.out-of-order"  # before the submission
    for i, _ in enumerate(get(data, "revisions") or []):
        for key, what in (
            ("requested", "problem.delivery.out-of-order.request"),
            ("resubmitted", "problem.delivery.out-of-order.resubmission"),
        ):
            day = iso_date(get(data, "revisions", i, key))
            if day is None:
                continue
            if last is not None and day < last:
                out.append(_before(doc, ("revisions", i, key), day, last, last_what))
            last, last_what = day, what
    accepted = iso_date(get(data, "accepted"))
    if accepted is not None and last is not None and accepted < last:
        out.append(_before(doc, ("accepted",), accepted, last, last_what))
    pending = [i for i, r in enumerate(get(data, "revisions") or []) if isinstance(r, dict)]
    if accepted is not None and pending and not get(data, "revisions", pending[-1], "resubmitted"):
        out.append(
            problem(
                doc,
                ("accepted",),
                *said("problem.delivery.revision-pending"),
                code="delivery.revision-pending",
            )
        )
    return out


def _criteria(doc: Document, data: Any, opp: Opportunity) -> list[Problem]:
    met = get(data, "criteria_met")
    accepted = get(data, "accepted") is not None
    wanted = len(opp.acceptance.en)
    if met is None:
        if not accepted:
            return []
        return [
            problem(
                doc,
                ("accepted",),
                *said("problem.delivery.criteria-missing", wanted=wanted),
                code="delivery.criteria-missing",
            )
        ]
    if not isinstance(met, list):
        return []
    if len(met) != wanted:
        return [
            problem(
                doc,
                ("criteria_met",),
                *said("problem.delivery.criteria-count", given=len(met), wanted=wanted),
                code="delivery.criteria-count",
            )
        ]
    unmet = [i + 1 for i, value in enumerate(met) if value is False]
    if accepted and unmet:
        numbers = ", ".join(str(n) for n in unmet)
        key = "problem.delivery.criteria-not-met"
        if len(unmet) > 1:
            key = "problem.delivery.criteria-not-met.many"
        return [
            problem(
                doc,
                ("criteria_met",),
                *said(key, numbers=numbers),
                code="delivery.criteria-not-met",
            )
        ]
    return []


def _termination(doc: Document, data: Any) -> list[Problem]:
    end = get(data, "termination")
    if not isinstance(end, dict):
        return []
    out: list[Problem] = []
    if get(data, "accepted") is not None:
        out.append(
            problem(
                doc,
                ("termination",),
                *said("problem.delivery.terminated-and-accepted"),
                code="delivery.terminated-and-accepted",
            )
        )
    kind, share = end.get("kind"), end.get("share_paid")
    if kind == "default" and share is not None:
        out.append(
            problem(
                doc,
                ("termination", "share_paid"),
                *said("problem.delivery.share-on-default"),
                code="delivery.share-on-default",
            )
        )
    if kind == "convenience" and share is None:
        out.append(
            problem(
                doc,
                ("termination",),
                *said("problem.delivery.share-missing"),
                code="delivery.share-missing",
            )
        )
    return out
