"""Rules of ``delivery.yaml`` that its schema cannot express (issue #12).

Each reads the raw document defensively (the schema reports a wrong shape) and says what is
wrong and how to fix it, in English and in French, at the value's line and column.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..model import Board, Opportunity
from ..problems import Problem, Say
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
                Say(
                    "neither a submission nor a termination is recorded",
                    "add pull_request and submitted, or a termination",
                ),
                Say(
                    "ni soumission ni résiliation n'est consignée",
                    "ajoutez pull_request et submitted, ou une résiliation (termination)",
                ),
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
                Say(
                    "a delivery is recorded, but the opportunity has no award",
                    "merge award.yaml with its award first",
                ),
                Say(
                    "une livraison est consignée, mais l'opportunité n'a pas été attribuée",
                    "fusionnez d'abord award.yaml avec son attribution",
                ),
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
                Say(
                    f"{submitted} is before the award of {award.date}",
                    "the supplier can deliver only once awarded: check the dates",
                ),
                Say(
                    f"le {submitted} précède l'attribution du {award.date}",
                    "le fournisseur ne peut livrer qu'une fois l'attribution faite : "
                    "vérifiez les dates",
                ),
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
            Say(
                "the pull request is not in the opportunity's repository",
                f"the supplier works in {opp.repository}: give a pull request there",
            ),
            Say(
                "la demande de tirage n'est pas dans le dépôt de l'opportunité",
                f"le fournisseur travaille dans {opp.repository} : indiquez une demande de "
                "tirage de ce dépôt",
            ),
            code="delivery.other-repository",
        )
    ]


def _before(
    doc: Document, path: tuple[str | int, ...], later: date, earlier: date, what: tuple[str, str]
) -> Problem:
    return problem(
        doc,
        path,
        Say(f"{later} is before {what[0]} ({earlier})", "each step follows the one before it"),
        Say(f"le {later} précède {what[1]} ({earlier})", "chaque étape suit la précédente"),
        code="delivery.out-of-order",
    )


def _order(doc: Document, data: Any) -> list[Problem]:
    """Submitted, then each revision asked and resubmitted, then accepted (or terminated)."""
    out: list[Problem] = []
    last = iso_date(get(data, "submitted"))
    last_what = ("the submission", "la soumission")
    for i, _ in enumerate(get(data, "revisions") or []):
        for key, what in (
            ("requested", ("the request", "la demande")),
            ("resubmitted", ("the new submission", "la nouvelle soumission")),
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
                Say(
                    "accepted while the last revision asked for was not resubmitted",
                    "add resubmitted to the last revision",
                ),
                Say(
                    "acceptée alors que la dernière révision demandée n'a pas été soumise",
                    "ajoutez resubmitted à la dernière révision",
                ),
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
                Say(
                    "accepted without criteria_met",
                    f"add criteria_met: one true per work acceptance criterion ({wanted})",
                ),
                Say(
                    "acceptée sans criteria_met",
                    f"ajoutez criteria_met : un true par critère d'acceptation des travaux ({wanted})",
                ),
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
                Say(
                    f"{len(met)} values for {wanted} work acceptance criteria",
                    "give one true or false per criterion, in the opportunity's order",
                ),
                Say(
                    f"{len(met)} valeurs pour {wanted} critères d'acceptation des travaux",
                    "indiquez un true ou false par critère, dans l'ordre de l'opportunité",
                ),
                code="delivery.criteria-count",
            )
        ]
    unmet = [i + 1 for i, value in enumerate(met) if value is False]
    if accepted and unmet:
        numbers = ", ".join(str(n) for n in unmet)
        return [
            problem(
                doc,
                ("criteria_met",),
                Say(
                    f"accepted although criterion {numbers} is not met",
                    "accept only work that meets every criterion, or ask for a revision",
                ),
                Say(
                    f"acceptée bien que le critère {numbers} ne soit pas respecté",
                    "n'acceptez que des travaux qui respectent tous les critères, ou demandez "
                    "une révision",
                ),
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
                Say(
                    "a delivery is either accepted or terminated, not both",
                    "remove accepted or termination",
                ),
                Say(
                    "une livraison est soit acceptée, soit résiliée, pas les deux",
                    "retirez accepted ou termination",
                ),
                code="delivery.terminated-and-accepted",
            )
        )
    kind, share = end.get("kind"), end.get("share_paid")
    if kind == "default" and share is not None:
        out.append(
            problem(
                doc,
                ("termination", "share_paid"),
                Say(
                    "a termination for default pays nothing",
                    "remove share_paid, or record a termination for convenience",
                ),
                Say(
                    "une résiliation pour manquement ne donne lieu à aucun paiement",
                    "retirez share_paid, ou consignez une résiliation pour raisons de commodité",
                ),
                code="delivery.share-on-default",
            )
        )
    if kind == "convenience" and share is None:
        out.append(
            problem(
                doc,
                ("termination",),
                Say(
                    "a termination for convenience needs share_paid",
                    "add share_paid: the share of the work done, between 0 and 1",
                ),
                Say(
                    "une résiliation pour raisons de commodité exige share_paid",
                    "ajoutez share_paid : la part des travaux effectués, entre 0 et 1",
                ),
                code="delivery.share-missing",
            )
        )
    return out
