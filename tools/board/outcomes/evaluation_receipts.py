"""An evaluation record's receipts against the ledger: every active application exactly once,
in ``passed`` or ``not_passed``, and nothing else (no unknown receipt, none withdrawn, superseded
or a copy); and counts of failures that the list of applications that did not pass can hold."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..applications.ledger import Ledger
from ..problems import Problem, Say
from .evaluation import Evaluation

if TYPE_CHECKING:
    from .evaluation_rules import Place

_STATUS = {
    "superseded": (
        "superseded by a later application",
        "remplacée par une candidature plus récente",
    ),
    "withdrawn": ("withdrawn", "retirée"),
    "copy": ("a copy of an earlier post", "une copie d'une publication antérieure"),
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
        names = ", ".join(missing)
        found.append(
            at(
                (),
                Say(
                    f"active applications are missing: {names}",
                    "list every active receipt of the ledger in passed or not_passed",
                ),
                Say(
                    f"des candidatures actives manquent : {names}",
                    "indiquez chaque reçu actif du registre dans passed ou not_passed",
                ),
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
                Say(f"{receipt} is listed more than once", "list each receipt once"),
                Say(
                    f"{receipt} est indiqué plus d'une fois",
                    "n'indiquez chaque reçu qu'une fois",
                ),
                code="evaluation.duplicate-receipt",
            )
        ]
    if receipt not in status:
        return [
            at(
                path,
                Say(
                    f"{receipt} is not in the ledger content/applications/{ev.opportunity}.yaml",
                    "copy the receipt from the ledger",
                ),
                Say(
                    f"{receipt} ne figure pas au registre "
                    f"content/applications/{ev.opportunity}.yaml",
                    "copiez le reçu depuis le registre",
                ),
                code="evaluation.unknown-receipt",
            )
        ]
    if status[receipt] in _STATUS:
        en, fr = _STATUS[status[receipt]]
        return [
            at(
                path,
                Say(f"{receipt} is {en}: it was not evaluated", "remove it"),
                Say(f"{receipt} est {fr} : elle n'a pas été évaluée", "retirez-le"),
                code="evaluation.inactive-receipt",
            )
        ]
    return []


def _failure_counts(at: Place, ev: Evaluation) -> list[Problem]:
    """Each count at most the applications that did not pass; and, when some did not pass, at
    least one failure recorded."""
    most = len(ev.not_passed)
    found = []
    for index, (criterion, failed) in enumerate(ev.criteria):
        if failed > most:
            found.append(
                at(
                    ("criteria", index, "failed"),
                    Say(
                        f"{failed} failed {criterion}, but only {most} applications did not pass",
                        "count only the active applications that failed this criterion",
                    ),
                    Say(
                        f"{failed} candidatures n'ont pas satisfait à {criterion}, mais seulement "
                        f"{most} n'ont pas réussi",
                        "ne comptez que les candidatures actives qui n'ont pas satisfait à ce "
                        "critère",
                    ),
                    code="evaluation.failed-count",
                )
            )
    if most and ev.criteria and not any(failed for _, failed in ev.criteria):
        found.append(
            at(
                ("criteria",),
                Say(
                    f"{most} applications did not pass, yet no criterion counts a failure",
                    "count for each criterion how many applications failed it",
                ),
                Say(
                    f"{most} candidatures n'ont pas réussi, mais aucun critère ne compte d'échec",
                    "indiquez pour chaque critère combien de candidatures n'y ont pas satisfait",
                ),
                code="evaluation.failed-count",
            )
        )
    return found
