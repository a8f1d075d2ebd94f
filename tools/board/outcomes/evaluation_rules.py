"""The rules of an evaluation record that its schema cannot express: it belongs to a known
opportunity, follows its method and criteria, comes after closing (its date, and the commit that
adds it), and names a beacon round published at least 10 minutes after it is merged when a draw
is needed. Its receipts are checked against the ledger in `evaluation_receipts`. Pure: the
caller reads the ledger and git."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from .. import catalog
from ..applications.ledger import Ledger
from ..model import Opportunity
from ..problems import LANGS, Problem, Say, Severity, field_name, said
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
        return [
            at(
                ("opportunity",),
                *said("problem.evaluation.unknown-opportunity", name=repr(evaluation.opportunity)),
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
                *said(
                    "problem.evaluation.wrong-method",
                    method=repr(ev.method),
                    line=f"method: {opportunity.method}",
                ),
                code="evaluation.wrong-method",
            )
        )
    wanted = [c.id for c in opportunity.criteria]
    given = [criterion for criterion, _ in ev.criteria]
    if given != wanted:
        listed = {
            lang: ", ".join(given) or catalog.t(lang, "evaluation.no-criteria") for lang in LANGS
        }
        found.append(
            at(
                ("criteria",),
                *said("problem.evaluation.wrong-criteria", given=listed, ids=", ".join(wanted)),
                code="evaluation.wrong-criteria",
            )
        )
    return found


def _timing(at: Place, ev: Evaluation, opportunity: Opportunity, facts: Facts) -> list[Problem]:
    closing = opportunity.closing.astimezone(facts.tz)
    found = []
    if ev.evaluated < closing.date():
        found.append(
            at(
                ("evaluated",),
                *said(
                    "problem.evaluation.before-closing",
                    evaluated=ev.evaluated.isoformat(),
                    day=closing.date().isoformat(),
                ),
                code="evaluation.before-closing",
            )
        )
    if facts.merged is not None and facts.merged[1] < opportunity.closing:
        found.append(
            at(
                (),
                *said(
                    "problem.evaluation.committed-before-closing",
                    commit=facts.merged[0][:12],
                    when=_utc(facts.merged[1]),
                ),
                code="evaluation.committed-before-closing",
            )
        )
    return found


def _scores(at: Place, ev: Evaluation) -> list[Problem]:
    found = []
    for index, (receipt, score) in enumerate(ev.passed):
        if ev.method == SCORED and score is None:
            line = {"en": "score: <number>", "fr": "score: <nombre>"}
            found.append(
                at(
                    ("passed", index),
                    *said("problem.evaluation.missing-score", receipt=receipt, line=line),
                    code="evaluation.missing-score",
                )
            )
        elif ev.method != SCORED and score is not None:
            found.append(
                at(
                    ("passed", index, "score"),
                    *said("problem.evaluation.score-on-pass-fail", field="score"),
                    code="evaluation.score-on-pass-fail",
                )
            )
    return found


def _draw_round(at: Place, ev: Evaluation, facts: Facts) -> list[Problem]:
    if ev.needs_draw and ev.draw_round is None:
        why = {
            lang: catalog.t(lang, "evaluation.why-draw.equal-totals")
            if ev.method == SCORED
            else catalog.tn(lang, "evaluation.why-draw.passed", len(ev.passed))
            for lang in LANGS
        }
        return [
            at(
                (),
                *said("problem.evaluation.draw-round-missing", why=why),
                code="evaluation.draw-round-missing",
            )
        ]
    return _round_timing(at, ev, facts)


def _round_timing(at: Place, ev: Evaluation, facts: Facts) -> list[Problem]:
    if ev.draw_round is not None and not ev.needs_draw:
        return [
            at(
                ("draw_round",),
                *said("problem.evaluation.draw-round-unneeded"),
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
            *said(
                "problem.evaluation.round-too-early",
                round=ev.draw_round,
                published=_utc(published),
                merged=_utc(merged),
                commit=commit[:12],
            ),
            code="evaluation.round-too-early",
        )
    ]


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
