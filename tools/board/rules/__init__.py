"""Business rules a JSON Schema cannot express, one concept per module.

Each rule is a function ``(doc, board) -> list[Problem]`` that reads the raw document
defensively: where a value it needs is missing or of the wrong type, it says nothing, because
the schema check already reports that. So a file with a schema error still gets every other
problem reported in the same run.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Board
from ..problems import Problem
from ..yamlio.load import Document
from . import (
    attestations,
    dates,
    evaluation,
    languages,
    markdown,
    payment,
    plaintext,
    price,
    published_answers,
    sealing,
    skills,
    text,
)

Rule = Callable[[Document, Board], list[Problem]]

OPPORTUNITY_RULES: tuple[Rule, ...] = (
    text.check,
    markdown.check,
    plaintext.check,
    price.check,
    dates.check,
    evaluation.check,
    attestations.check,
    payment.check,
    published_answers.check,
    sealing.check,
    skills.check,
)
# The wording's quality: checked before content is merged, never where an application is
# decided (intake), so that no judgement on wording can turn an applicant away.
QUALITY_RULES: tuple[Rule, ...] = (languages.check,)


def check_opportunity(doc: Document, board: Board, *, quality: bool = True) -> list[Problem]:
    out: list[Problem] = []
    for rule in OPPORTUNITY_RULES + (QUALITY_RULES if quality else ()):
        out.extend(rule(doc, board))
    return out
