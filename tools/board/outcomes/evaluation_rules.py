"""The rules of an evaluation record that its schema cannot express: it belongs to a known
opportunity, follows its method and criteria, comes after closing (its date, and the commit that
adds it), and names a beacon round published at least 10 minutes after it is merged when a draw
is needed. Its receipts are checked against the ledger in `evaluation_receipts`. Pure: the
caller reads the ledger and git."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from ..applications.ledger import Ledger
from ..model import Opportunity
from ..problems import Problem, Say, Severity, field_name
from ..yamlio.load import Document
from . import evaluation_receipts
from .beacon import Chain
from .evaluation import Evaluation
from .ranking import SCORED

MARGIN = timedelta(minutes=10)  # the round is published at least this long after the merge


@dataclass(frozen=True)
class Facts:
    """What the rules compare the record with, read by the caller."""

    opportunity: Opportunity | None
    ledger: Ledger | None  # None: unreadable (its own problems are reported)
    tz: tzinfo
    chain: Chain
    merged: tuple[str, datetime] | None = None  # commit that brought the record in, and its time


@dataclass(frozen=True)
class Place:
    """Makes problems located in one document."""

    doc: Document

    def __call__(
        self,
        path: tuple[str | int, ...],
        en: Say,
        fr: Say,
        severity: Severity = Severity.ERROR,
        *,
        code: str,
    ) -> Problem:
        line, column = self.doc.where(path)
        return Problem.of(
            self.doc.path, field_name(path), en, fr, line, column, severity, code=code
        )


def problems(doc: Document, evaluation: Evaluation, facts: Facts) -> list[Problem]:
    at = Place(doc)
    opportunity = facts.opportunity
    if opportunity is None:
        name = evaluation.opportunity
        return [
            at(
                ("opportunity",),
                Say(f"there is no opportunity {name!r}", "check the folder's name"),
                Say(f"il n'y a aucune opportunité {name!r}", "vérifiez le nom du dossier"),
                code="evaluation.unknown-opportunity",
            )
        ]
    found = _method_and_criteria(at, evaluation, opportunity)
    found += _timing(at, evaluation, opportunity, facts)
    found += _scores(at, evaluation)
    if facts.ledger is not None:
        found += evaluation_receipts.problems(at, evaluation, facts.ledger)
    found += _draw_round(at, evaluation, facts)
    return found


def _method_and_criteria(at: Place, ev: Evaluation, opportunity: Opportunity) -> list[Problem]:
    found = []
    if ev.method != opportunity.method:
        found.append(
            at(
                ("method",),
                Say(
                    f"{ev.method!r} is not the opportunity's method",
                    f"write method: {opportunity.method}",
                ),
                Say(
                    f"{ev.method!r} n'est pas la méthode de l'opportunité",
                    f"indiquez method: {opportunity.method}",
                ),
                code="evaluation.wrong-method",
            )
        )
    wanted = [c.id for c in opportunity.criteria]
    given = [criterion for criterion, _ in ev.criteria]
    if given != wanted:
        ids = ", ".join(wanted)
        found.append(
            at(
                ("criteria",),
                Say(
                    f"the criteria {', '.join(given) or '(none)'} are not the opportunity's",
                    f"list one entry per criterion, in this order: {ids}",
                ),
                Say(
                    f"les critères {', '.join(given) or '(aucun)'} ne sont pas ceux de "
                    "l'opportunité",
                    f"indiquez une entrée par critère, dans cet ordre : {ids}",
                ),
                code="evaluation.wrong-criteria",
            )
        )
    return found


def _timing(at: Place, ev: Evaluation, opportunity: Opportunity, facts: Facts) -> list[Problem]:
    closing = opportunity.closing.astimezone(facts.tz)
    found = []
    if ev.evaluated < closing.date():
        day = closing.date().isoformat()
        found.append(
            at(
                ("evaluated",),
                Say(
                    f"{ev.evaluated.isoformat()} is before the closing date {day}",
                    "the client team decides after closing: give the day it decided",
                ),
                Say(
                    f"le {ev.evaluated.isoformat()} précède la date de clôture {day}",
                    "l'équipe cliente décide après la clôture : indiquez le jour de sa décision",
                ),
                code="evaluation.before-closing",
            )
        )
    if facts.merged is not None and facts.merged[1] < opportunity.closing:
        commit, when = facts.merged[0][:12], _utc(facts.merged[1])
        found.append(
            at(
                (),
                Say(
                    f"the commit {commit} that adds this record ({when}) is before closing",
                    "propose the evaluation record only after closing",
                ),
                Say(
                    f"le commit {commit} qui ajoute ce dossier ({when}) précède la clôture",
                    "ne proposez le dossier d'évaluation qu'après la clôture",
                ),
                code="evaluation.committed-before-closing",
            )
        )
    return found


def _scores(at: Place, ev: Evaluation) -> list[Problem]:
    found = []
    for index, (receipt, score) in enumerate(ev.passed):
        if ev.method == SCORED and score is None:
            found.append(
                at(
                    ("passed", index),
                    Say(f"{receipt} has no score", "give its total as score: <number>"),
                    Say(f"{receipt} n'a pas de note", "indiquez son total : score: <nombre>"),
                    code="evaluation.missing-score",
                )
            )
        elif ev.method != SCORED and score is not None:
            found.append(
                at(
                    ("passed", index, "score"),
                    Say(
                        "a pass-fail opportunity has no scores",
                        "remove score: the draw ranks the passes",
                    ),
                    Say(
                        "une opportunité évaluée par réussite ou échec n'a pas de notes",
                        "retirez score : le tirage classe les candidatures retenues",
                    ),
                    code="evaluation.score-on-pass-fail",
                )
            )
    return found


def _draw_round(at: Place, ev: Evaluation, facts: Facts) -> list[Problem]:
    if ev.needs_draw and ev.draw_round is None:
        why_en, why_fr = (
            ("two totals are equal", "deux totaux sont égaux")
            if ev.method == SCORED
            else (
                f"{len(ev.passed)} applications passed",
                f"{len(ev.passed)} candidatures ont réussi",
            )
        )
        return [
            at(
                (),
                Say(
                    f"a draw is needed ({why_en}) but no draw_round is named",
                    "name a drand quicknet round published at least 10 minutes after the merge "
                    "(see docs/draw.md)",
                ),
                Say(
                    f"un tirage est nécessaire ({why_fr}), mais aucune draw_round n'est indiquée",
                    "indiquez une ronde drand quicknet publiée au moins 10 minutes après la "
                    "fusion (voir docs/draw.md)",
                ),
                code="evaluation.draw-round-missing",
            )
        ]
    return _round_timing(at, ev, facts)


def _round_timing(at: Place, ev: Evaluation, facts: Facts) -> list[Problem]:
    if ev.draw_round is not None and not ev.needs_draw:
        return [
            at(
                ("draw_round",),
                Say(
                    "no draw is needed (one pass or none, or no equal totals): no round is drawn",
                    "remove draw_round",
                ),
                Say(
                    "aucun tirage n'est nécessaire (une réussite ou aucune, ou aucun total égal) : "
                    "aucune ronde n'est tirée",
                    "retirez draw_round",
                ),
                Severity.WARNING,
                code="evaluation.draw-round-unneeded",
            )
        ]
    if ev.draw_round is None or facts.merged is None:
        return []
    published = facts.chain.round_time(ev.draw_round)
    commit, merged = facts.merged
    if published >= merged + MARGIN:
        return []
    return [
        at(
            ("draw_round",),
            Say(
                f"round {ev.draw_round} is published at {_utc(published)}, less than 10 minutes "
                f"after this record was merged ({_utc(merged)}, commit {commit[:12]})",
                "name a later round: its randomness must be unknown when the record is merged",
            ),
            Say(
                f"la ronde {ev.draw_round} est publiée le {_utc(published)}, moins de 10 minutes "
                f"après la fusion de ce dossier ({_utc(merged)}, commit {commit[:12]})",
                "indiquez une ronde plus tardive : son hasard doit être inconnu lors de la fusion",
            ),
            code="evaluation.round-too-early",
        )
    ]


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
