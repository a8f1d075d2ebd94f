"""An evaluation record's receipts against the ledger: every active application exactly once,
in ``passed`` or ``not_passed``, and nothing else (no unknown receipt, none withdrawn, superseded
or a copy); and counts of failures that the list of applications that did not pass can hold."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .. import catalog
from ..applications.ledger import Ledger
from ..problems import LANGS, Problem, said
from .evaluation import Evaluation

if TYPE_CHECKING:
    from .evaluation_rules import Place

_STATUS = {  # an inactive status, and the catalog's words for it
    "superseded": "evaluation.receipt.superseded",
    "withdrawn": "evaluation.receipt.withdrawn",
    "copy": "evaluation.receipt.copy",
}


def _listed(ev: Evaluation) -> Iterator[tuple[tuple[str | int, ...], str]]:
    for index, (receipt, _) in enumerate(ev.passed):
        yield ("passed", index, "receipt"), receipt
    for index, receipt in enumerate(ev.not_passed):
        yield ("not_passed", index), receipt


def problems(at: Place, ev: Evaluation, ledger: Ledger) -> list[Problem]:
    status = {entry.receipt: entry.status for entry in ledger.entries}
    found: list[Problem] = []
    seen: set[str] = set()
    for path, receipt in _listed(ev):
        found += _one(at, ev, path, receipt, status, seen)
        seen.add(receipt)
    missing = [e.receipt for e in ledger.active if e.receipt not in seen]
    if missing:
        found.append(
            at(
                (),
                *said("problem.evaluation.missing-receipt", receipts=", ".join(missing)),
                code="evaluation.missing-receipt",
            )
        )
    return found + _failure_counts(at, ev)


def _one(
    at: Place,
    ev: Evaluation,
    path: tuple[str | int, ...],
    receipt: str,
    status: dict[str, str],
    seen: set[str],
) -> list[Problem]:
    if receipt in seen:
        return [
            at(
                path,
                *said("problem.evaluation.duplicate-receipt", receipt=receipt),
                code="evaluation.duplicate-receipt",
            )
        ]
    if receipt not in status:
        ledger = f"content/applications/{ev.opportunity}.yaml"
        return [
            at(
                path,
                *said("problem.evaluation.unknown-receipt", receipt=receipt, ledger=ledger),
                code="evaluation.unknown-receipt",
            )
        ]
    if status[receipt] in _STATUS:
        key = _STATUS[status[receipt]]
        state = {lang: catalog.t(lang, key) for lang in LANGS}
        return [
            at(
                path,
                *said("problem.evaluation.inactive-receipt", receipt=receipt, status=state),
                code="evaluation.inactive-receipt",
            )
        ]
    return []


def _counted(key: str, n: int, **values: object) -> dict[str, str]:
    """A count and its words, in each language's plural form."""
    return {lang: catalog.tn(lang, key, n, **values) for lang in LANGS}


def _failure_counts(at: Place, ev: Evaluation) -> list[Problem]:
    """Each count at most the applications that did not pass; and, when some did not pass, at
    least one failure recorded."""
    most = len(ev.not_passed)
    not_passed = _counted("evaluation.count.not-passed", most)
    found = []
    for index, (criterion, failed) in enumerate(ev.criteria):
        if failed > most:
            failures = _counted("evaluation.count.failed-criterion", failed, criterion=criterion)
            found.append(
                at(
                    ("criteria", index, "failed"),
                    *said(
                        "problem.evaluation.failed-count", failed=failures, not_passed=not_passed
                    ),
                    code="evaluation.failed-count",
                )
            )
    if most and ev.criteria and not any(failed for _, failed in ev.criteria):
        found.append(
            at(
                ("criteria",),
                *said("problem.evaluation.failed-count.none-counted", not_passed=not_passed),
                code="evaluation.failed-count",
            )
        )
    return found
