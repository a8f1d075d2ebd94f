"""Application evaluation: on merit, never on price; weights and word limits that add up."""

from __future__ import annotations

import re
from typing import Any

from ..model import LANGS, Board
from ..problems import Problem, said
from ..yamlio.load import Document, JsonPath
from ._access import get, problem

# Words that make a criterion about price rather than merit, in both languages.
PRICE_WORDS = re.compile(
    r"\b(price|prices|pricing|cost|costs|costing|rate|rates|cheap\w*|lowest|bid|bids|"
    r"dollars?|budget|fee|fees|"
    r"prix|coût|coûts|tarif\w*|taux|moins cher|offre de prix|soumission|dollars?|frais|devis)\b"
    r"|\$",
    re.I,
)


def _about_price(doc: Document, here: JsonPath, crit: dict[str, Any]) -> list[Problem]:
    """A criterion that asks about price rather than merit."""
    out: list[Problem] = []
    for lang in LANGS:
        text = crit.get(lang)
        if isinstance(text, str) and (hit := PRICE_WORDS.search(text)):
            out.append(
                problem(
                    doc,
                    here + (lang,),
                    *said("problem.evaluation.about-price", word=repr(hit.group(0))),
                    code="evaluation.about-price",
                )
            )
    return out


def _weighting(
    doc: Document, here: JsonPath, crit: dict[str, Any], method: object, weights: list[int]
) -> list[Problem]:
    """Weight and pass mark as the method wants them; a scored weight is added to ``weights``."""
    if method == "scored":
        return _scored_weighting(doc, here, crit, weights)
    if method == "pass-fail-draw":
        return _unscored_weighting(doc, here, crit)
    return []


def _scored_weighting(
    doc: Document, here: JsonPath, crit: dict[str, Any], weights: list[int]
) -> list[Problem]:
    """A whole-number weight on the criterion, and a pass mark no more than it."""
    weight = crit.get("weight")
    pass_mark = crit.get("pass_mark")
    if weight is None:
        return [
            problem(
                doc,
                here,
                *said("problem.evaluation.no-weight"),
                code="evaluation.no-weight",
            )
        ]
    if not isinstance(weight, int) or isinstance(weight, bool):
        return []
    weights.append(weight)
    if isinstance(pass_mark, int) and pass_mark > weight:
        return [
            problem(
                doc,
                here + ("pass_mark",),
                *said(
                    "problem.evaluation.pass-mark-over-weight", pass_mark=pass_mark, weight=weight
                ),
                code="evaluation.pass-mark-over-weight",
            )
        ]
    return []


def _unscored_weighting(doc: Document, here: JsonPath, crit: dict[str, Any]) -> list[Problem]:
    """No weight and no pass mark when criteria are only passed or failed."""
    return [
        problem(
            doc,
            here + (key,),
            *said("problem.evaluation.scored-only"),
            code="evaluation.scored-only",
        )
        for key in ("weight", "pass_mark")
        if key in crit
    ]


def check(doc: Document, board: Board) -> list[Problem]:
    out: list[Problem] = []
    method = get(doc.data, "evaluation", "method")
    criteria = get(doc.data, "evaluation", "criteria")
    if not isinstance(criteria, list):
        return out
    seen: dict[str, int] = {}
    weights: list[int] = []
    for i, crit in enumerate(criteria):
        if not isinstance(crit, dict):
            continue
        here = ("evaluation", "criteria", i)
        cid = crit.get("id")
        if isinstance(cid, str):
            if cid in seen:
                out.append(
                    problem(
                        doc,
                        here + ("id",),
                        *said(
                            "problem.evaluation.duplicate-id", id=repr(cid), number=seen[cid] + 1
                        ),
                        code="evaluation.duplicate-id",
                    )
                )
            seen[cid] = i
        out.extend(_about_price(doc, here, crit))
        out.extend(_weighting(doc, here, crit, method, weights))
    if method == "scored" and weights and len(weights) == len(criteria) and sum(weights) != 100:
        out.append(
            problem(
                doc,
                ("evaluation", "criteria"),
                *said("problem.evaluation.weights-sum", total=sum(weights)),
                code="evaluation.weights-sum",
            )
        )
    return out
