"""``award.yaml``: its schema, then the rules that tie it to the evaluation, the draw, the
opportunity and the calendar. Problems carry ``path:line:column`` in both languages.

The award goes to the first of the ranking that was not passed over (`standing.ranking`); a
passed-over selection is always the first remaining one, so ``passed_over`` lists the head of
the ranking in order. ``not_awarded`` is for when nobody passed or the ranking ran out.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from ..content import Content
from ..model import Opportunity
from ..problems import Problem, Say, said
from ..yamlio.load import Document, JsonPath
from . import records, standing
from .evaluation import Evaluation
from .records import Award


def located(doc: Document, path: JsonPath, en: Say, fr: Say, *, code: str) -> Problem:
    line, column = doc.where(path)
    name = ".".join(str(p) if isinstance(p, str) else f"[{p}]" for p in path).replace(".[", "[")
    return Problem.of(doc.path, name, en, fr, line, column, code=code)


def check(
    doc: Document, award: Award, opp: Opportunity, content: Content, outcome: records.Outcome
) -> list[Problem]:
    """The rules, given the award as a value and what the folder holds beside it."""
    out = _one_result(doc)
    if out:
        return out
    out += _dates(doc, award, opp, content, outcome.evaluation)
    if award.award is not None and award.award.price > opp.price.amount:
        out.append(_price(doc, award.award.price, opp.price.amount))
    if outcome.evaluation is None:
        return out
    order = standing.ranking(outcome.evaluation, outcome.draw_ranking)
    if order is None:
        out.append(
            located(
                doc,
                (),
                *said("problem.award.before-draw"),
                code="award.before-draw",
            )
        )
        return out
    return out + _order(doc, award, order)


def _one_result(doc: Document) -> list[Problem]:
    data: dict[str, Any] = doc.data
    if "award" in data and "not_awarded" in data:
        return [
            located(
                doc,
                ("not_awarded",),
                *said("problem.award.both"),
                code="award.both",
            )
        ]
    if "award" not in data and "not_awarded" not in data:
        return [
            located(
                doc,
                (),
                *said("problem.award.neither"),
                code="award.neither",
            )
        ]
    return []


def _dates(
    doc: Document,
    award: Award,
    opp: Opportunity,
    content: Content,
    evaluation: Evaluation | None,
) -> list[Problem]:
    tz = content.board.tz if content.board is not None else opp.closing.tzinfo
    closed = opp.closing.astimezone(tz).date()
    where = ("award", "date") if award.award is not None else ("not_awarded", "date")
    if award.date < closed:
        return [_too_early(doc, where, "award.before-closing", award.date, closed)]
    if evaluation is None:
        return [
            located(
                doc,
                where,
                *said("problem.award.before-evaluation.missing"),
                code="award.before-evaluation",
            )
        ]
    if award.date < evaluation.evaluated:
        return [_too_early(doc, where, "award.before-evaluation", award.date, evaluation.evaluated)]
    return []


def _too_early(doc: Document, where: JsonPath, code: str, when: date, limit: date) -> Problem:
    if code == "award.before-closing":
        return located(
            doc,
            where,
            *said("problem.award.before-closing", day=when, limit=limit),
            code="award.before-closing",
        )
    return located(
        doc,
        where,
        *said("problem.award.before-evaluation", day=when, limit=limit),
        code="award.before-evaluation",
    )


def _price(doc: Document, price: Decimal, limit: Decimal) -> Problem:
    return located(
        doc,
        ("award", "price"),
        *said("problem.award.price-above", price=price, limit=limit),
        code="award.price-above",
    )


def _order(doc: Document, award: Award, order: tuple[str, ...]) -> list[Problem]:
    out: list[Problem] = []
    for i, over in enumerate(award.passed_over):
        expected = order[i] if i < len(order) else None
        if over.receipt != expected:
            key = "problem.award.passed-over-order"
            if expected is None:
                key = "problem.award.passed-over-order.run-out"
            out.append(
                located(
                    doc,
                    ("passed_over", i, "receipt"),
                    *said(key, receipt=over.receipt, expected=expected),
                    code="award.passed-over-order",
                )
            )
    if out:
        return out
    left = standing.remaining(order, award)
    if award.award is not None:
        return _awarded_to(doc, award.award.receipt, order, left)
    if left:
        out.append(
            located(
                doc,
                ("not_awarded",),
                *said("problem.award.not-awarded-with-pass", receipt=left[0]),
                code="award.not-awarded-with-pass",
            )
        )
    return out


def _awarded_to(
    doc: Document, receipt: str, order: tuple[str, ...], left: tuple[str, ...]
) -> list[Problem]:
    where = ("award", "receipt")
    if receipt not in order:
        return [
            located(
                doc,
                where,
                *said("problem.award.not-passed", receipt=receipt),
                code="award.not-passed",
            )
        ]
    if receipt != left[0]:
        return [
            located(
                doc,
                where,
                *said("problem.award.not-first", receipt=receipt, first=left[0]),
                code="award.not-first",
            )
        ]
    return []
