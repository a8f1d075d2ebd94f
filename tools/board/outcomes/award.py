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
from ..problems import Problem, Say
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
                Say(
                    "the ranking needs the draw, and there is no draw.yaml yet", "wait for the draw"
                ),
                Say(
                    "le classement exige le tirage au sort, et il n'y a pas encore de draw.yaml",
                    "attendez le tirage au sort",
                ),
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
                Say("gives both award and not_awarded", "keep the one that happened"),
                Say("indique à la fois award et not_awarded", "gardez celui qui s'est produit"),
                code="award.both",
            )
        ]
    if "award" not in data and "not_awarded" not in data:
        return [
            located(
                doc,
                (),
                Say("gives neither award nor not_awarded", "add the one that happened"),
                Say("n'indique ni award ni not_awarded", "ajoutez celui qui s'est produit"),
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
                Say(
                    "there is no valid evaluation record (evaluation.yaml) yet",
                    "merge it first, or fix what board validate reports in it",
                ),
                Say(
                    "il n'y a pas encore de bilan d'évaluation (evaluation.yaml) valide",
                    "fusionnez-le d'abord, ou corrigez ce que board validate y signale",
                ),
                code="award.before-evaluation",
            )
        ]
    if award.date < evaluation.evaluated:
        return [_too_early(doc, where, "award.before-evaluation", award.date, evaluation.evaluated)]
    return []


def _too_early(doc: Document, where: JsonPath, code: str, when: date, limit: date) -> Problem:
    hint = (
        Say("", f"an award comes on or after {limit}"),
        Say("", f"une attribution vient le {limit} ou après"),
    )
    if code == "award.before-closing":
        return located(
            doc,
            where,
            Say(f"{when} is before the closing ({limit})", hint[0].hint),
            Say(f"le {when} précède la clôture ({limit})", hint[1].hint),
            code="award.before-closing",
        )
    return located(
        doc,
        where,
        Say(f"{when} is before the evaluation ({limit})", hint[0].hint),
        Say(f"le {when} précède l'évaluation ({limit})", hint[1].hint),
        code="award.before-evaluation",
    )


def _price(doc: Document, price: Decimal, limit: Decimal) -> Problem:
    return located(
        doc,
        ("award", "price"),
        Say(f"{price} is above the opportunity's price ({limit})", "the price is fixed; use it"),
        Say(
            f"{price} dépasse le prix de l'opportunité ({limit})",
            "le prix est fixe; utilisez-le",
        ),
        code="award.price-above",
    )


def _order(doc: Document, award: Award, order: tuple[str, ...]) -> list[Problem]:
    out: list[Problem] = []
    for i, over in enumerate(award.passed_over):
        expected = order[i] if i < len(order) else None
        if over.receipt != expected:
            said = (
                f"the next in the ranking is {expected}" if expected else "the ranking has run out"
            )
            dit = (
                f"la suivante au classement est {expected}"
                if expected
                else "le classement est épuisé"
            )
            out.append(
                located(
                    doc,
                    ("passed_over", i, "receipt"),
                    Say(f"{over.receipt} is not in ranking order", said),
                    Say(f"{over.receipt} ne suit pas l'ordre du classement", dit),
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
                Say(
                    f"{left[0]} passed and was not passed over",
                    "award it, or record under passed_over why it did not go ahead",
                ),
                Say(
                    f"{left[0]} a été jugée conforme et n'a pas été écartée",
                    "attribuez-lui les travaux, ou indiquez sous passed_over pourquoi la sélection n'a pas abouti",
                ),
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
                Say(
                    f"{receipt} did not pass the evaluation", "award a receipt listed under passed"
                ),
                Say(
                    f"{receipt} n'a pas été jugée conforme à l'évaluation",
                    "attribuez les travaux à un reçu indiqué sous passed",
                ),
                code="award.not-passed",
            )
        ]
    if receipt != left[0]:
        return [
            located(
                doc,
                where,
                Say(
                    f"{receipt} is not the first of the ranking not passed over; {left[0]} is",
                    "award the first, or record under passed_over why it did not go ahead",
                ),
                Say(
                    f"{receipt} n'est pas la première du classement non écartée; c'est {left[0]}",
                    "attribuez les travaux à la première, ou indiquez sous passed_over pourquoi elle ne l'a pas été",
                ),
                code="award.not-first",
            )
        ]
    return []
