"""The draft opportunity file that `board new` writes from its answers.

Pure: answers (dotted key → text) and the board's rules in, a mapping in the schema's field
order out; `render` turns it into the YAML file with its header.
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

import yaml

from ..model import Board

Answers = dict[str, str]

ATTESTATIONS = ("standalone_work", "no_internal_capacity")


def end_of_day(day: str, board: Board) -> str:
    """``2027-02-26T23:59:59-05:00``: the end of ``day`` in the board's time zone."""
    moment = datetime.combine(date.fromisoformat(day), time(23, 59, 59), board.tz)
    return moment.isoformat()


def number(text: str) -> int | float:
    value = Decimal(text.replace(",", "").replace("$", "").strip())
    return int(value) if value == value.to_integral_value() else float(value)


def skill_ids(text: str, board: Board) -> list[str]:
    """The board's ids for comma-separated skills, each given by id or by its English or French
    label (any case); an unknown one is kept as written, for the validator to name the closest."""
    by_name: dict[str, str] = {}
    for skill in board.skills:
        for name in (skill.id, skill.text.en, skill.text.fr):
            by_name.setdefault(name.casefold(), skill.id)
    given = [s.strip() for s in text.split(",") if s.strip()]
    return list(dict.fromkeys(by_name.get(s.casefold(), s) for s in given))


def build(answers: Answers, board: Board) -> dict[str, Any]:
    """The opportunity, published when merged unless the answers say draft, in the schema's
    field order."""
    a = answers
    return {
        "id": a["id"],
        "status": a.get("status", "published"),
        "title": {"en": a["title.en"], "fr": a["title.fr"]},
        "summary": {"en": a["summary.en"], "fr": a["summary.fr"]},
        "description": {"en": a["description.en"], "fr": a["description.fr"]},
        "skills": skill_ids(a["skills"], board),
        "client": {
            "department": {"en": a["client.department.en"], "fr": a["client.department.fr"]},
            "team": {"en": a["client.team.en"], "fr": a["client.team.fr"]},
            "contact": a["client.contact"],
        },
        "price": {
            "amount": number(a["price.amount"]),
            "currency": board.currency,
            "taxes": a["price.taxes"],
        },
        "posted": a["posted"],
        "closing": end_of_day(a["closing"], board),
        "start": a["start"],
        "delivery": end_of_day(a["delivery"], board),
        "repository": a["repository"],
        "licence": a["licence"],
        "evaluation": {
            "method": "pass-fail-draw",
            "criteria": [
                {
                    "id": "skills",
                    "max_words": int(number(a["evaluation.criteria.max_words"])),
                    "en": a["evaluation.criteria.en"],
                    "fr": a["evaluation.criteria.fr"],
                }
            ],
        },
        "acceptance": {"en": [a["acceptance.en"]], "fr": [a["acceptance.fr"]]},
        "attestations": dict.fromkeys(ATTESTATIONS, True),
        "payment": a["payment"],
    }


def render(data: dict[str, Any]) -> str:
    header = "# Scaffolded by `board new`. Schema: schemas/opportunity.schema.json\n"
    return header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
