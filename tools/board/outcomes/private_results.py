"""The private results file: each application's result per criterion, kept by the procurement
officer beside the packet and the identities file (never in the repository).

``<id>-results.yaml``, written by the officer from the client team's decisions on the lettered
packet (docs/after-closing.md):

    opportunity: accessible-pdf-forms
    applications:
      - application: A            # the letter in the evaluation packet
        criteria:
          - id: skills            # every criterion of the opportunity, by id
            passed: true
            score: 17             # scored opportunities only (optional)
            comment:              # optional: the reason, for this applicant only
              en: Two examples of tagged PDF forms, tested with a screen reader.
              fr: Deux exemples de formulaires PDF balisés, testés avec un lecteur d'écran.

Problems are values with the file's line and column, so one run reports all of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import Opportunity, Text
from ..problems import Problem, said
from ..yamlio.load import Document, load


@dataclass(frozen=True)
class CriterionResult:
    id: str
    passed: bool
    score: float | None
    comment: Text | None


@dataclass(frozen=True)
class Results:
    by_letter: dict[str, tuple[CriterionResult, ...]]


def _problem(doc: Document, path: tuple[str | int, ...], key: str, **values: object) -> Problem:
    """A ``results.invalid`` problem at ``path``, worded by the catalog's ``key``."""
    line, column = doc.where(path)
    return Problem.of(doc.path, "", *said(key, **values), line, column, code="results.invalid")


def _criterion(doc: Document, at: tuple[str | int, ...], raw: Any, ids: set[str]) -> Any:
    if (
        not isinstance(raw, dict)
        or raw.get("id") not in ids
        or not isinstance(raw.get("passed"), bool)
    ):
        return _problem(doc, at, "problem.results.invalid", ids=", ".join(sorted(ids)))
    comment = raw.get("comment")
    has_text = isinstance(comment, dict) and all(
        isinstance(comment.get(k), str) for k in ("en", "fr")
    )
    if comment is not None and not has_text:
        return _problem(doc, at + ("comment",), "problem.results.invalid.comment")
    score = raw.get("score")
    if score is not None and (isinstance(score, bool) or not isinstance(score, int | float)):
        return _problem(doc, at + ("score",), "problem.results.invalid.score")
    return CriterionResult(
        raw["id"],
        raw["passed"],
        score,
        Text.of(comment) if isinstance(comment, dict) and has_text else None,
    )


def read(path: Path, opp: Opportunity) -> tuple[Results | None, list[Problem]]:
    doc, problems = load(path, str(path))
    if doc is None:
        return None, problems
    data = doc.data
    if not isinstance(data, dict) or data.get("opportunity") != opp.id:
        return None, [
            _problem(
                doc, (), "problem.results.invalid.opportunity", setting=f"opportunity: {opp.id}"
            )
        ]
    ids = {c.id for c in opp.criteria}
    out: dict[str, tuple[CriterionResult, ...]] = {}
    items = data.get("applications")
    for i, item in enumerate(items if isinstance(items, list) else []):
        at: tuple[str | int, ...] = ("applications", i)
        letter = item.get("application") if isinstance(item, dict) else None
        criteria = item.get("criteria") if isinstance(item, dict) else None
        if not isinstance(letter, str) or not isinstance(criteria, list) or letter in out:
            problems.append(_problem(doc, at, "problem.results.invalid.application"))
            continue
        found = [_criterion(doc, at + ("criteria", j), c, ids) for j, c in enumerate(criteria)]
        problems += [f for f in found if isinstance(f, Problem)]
        results = tuple(f for f in found if isinstance(f, CriterionResult))
        if {r.id for r in results} != ids and not any(isinstance(f, Problem) for f in found):
            problems.append(_problem(doc, at, "problem.results.invalid.every-criterion"))
        out[letter] = results
    if not isinstance(items, list):
        problems.append(_problem(doc, (), "problem.results.invalid.applications"))
    return (None, problems) if problems else (Results(out), [])
