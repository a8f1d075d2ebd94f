"""``board new``: the questions asked to scaffold an opportunity, and the file built from them.

The questions are data (`ASKS`); each one's prompt is derived from the schema's ``description``
of its field, so the prompts follow the schema. Defaults are computed from the board's rules:
the largest price the cap allows, a closing date that meets the minimum posting period, a start
and a delivery date after it. `build` turns the answers into the opportunity mapping; nothing
here reads the terminal or writes a file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import yaml

from .calendar import add_business_days
from .model import Board
from .schemas import load_schema

Answers = dict[str, str]
START_AFTER_CLOSING = 3  # business days to evaluate and award (the pilot named a winner in 2)
WORK_WEEKS = 6


@dataclass(frozen=True)
class Ask:
    key: str  # dotted path in the file, e.g. ``client.team.fr``
    default: Callable[[Answers, Board, date], str] | None = None
    choices: Callable[[Board], tuple[str, ...]] | None = None
    what: str = ""  # overrides the schema's description when it has none

    def prompt(self) -> str:
        """``title (English): Short title, 100 characters at most per language``."""
        parts = self.key.split(".")
        lang = {"en": "English", "fr": "French"}.get(parts[-1])
        name = " ".join(p.replace("_", " ") for p in (parts[:-1] if lang else parts))
        name = name.replace("criteria", "criterion").replace("  ", " ")
        label = f"{name} ({lang})" if lang else name
        description = self.what or describe(self.key)
        return f"{label}: {description}" if description else label


def describe(key: str) -> str:
    """The schema's description of the field at ``key`` (or of its parent, for en/fr)."""
    node: dict[str, Any] = load_schema("opportunity")
    found = ""
    for part in key.split("."):
        node = node.get("properties", {}).get(part) or node.get("items", {}).get(
            "properties", {}
        ).get(part, {})
        found = node.get("description", found)
    return found.rstrip(".")


def _largest(answers: Answers, board: Board, today: date) -> str:
    return str(
        board.max_total if answers.get("price.taxes") == "included" else board.largest_pre_tax()
    )


def _closing(answers: Answers, board: Board, today: date) -> str:
    posted = date.fromisoformat(answers["posted"])
    return add_business_days(posted, board.min_posting_business_days).isoformat()


def _start(answers: Answers, board: Board, today: date) -> str:
    return add_business_days(
        date.fromisoformat(answers["closing"]), START_AFTER_CLOSING
    ).isoformat()


def _delivery(answers: Answers, board: Board, today: date) -> str:
    return (date.fromisoformat(answers["start"]) + timedelta(weeks=WORK_WEEKS)).isoformat()


def _const(value: str) -> Callable[[Answers, Board, date], str]:
    return lambda answers, board, today: value


ASKS: tuple[Ask, ...] = (
    Ask("id"),
    Ask("title.en"),
    Ask("title.fr"),
    Ask("summary.en"),
    Ask("summary.fr"),
    Ask("description.en"),
    Ask("description.fr"),
    Ask("skills", what="1 to 10 skills, separated by commas"),
    Ask("client.department.en"),
    Ask("client.department.fr"),
    Ask("client.team.en"),
    Ask("client.team.fr"),
    Ask("client.contact"),
    Ask("price.taxes", _const("excluded"), lambda board: ("excluded", "included")),
    Ask("price.amount", _largest),
    Ask("posted", lambda answers, board, today: today.isoformat()),
    Ask(
        "closing",
        _closing,
        what="Closing date (YYYY-MM-DD); applications close at 23:59:59 in the board's time zone",
    ),
    Ask("start", _start),
    Ask(
        "delivery",
        _delivery,
        what="Delivery date (YYYY-MM-DD), due at 23:59:59 in the board's time zone",
    ),
    Ask("repository"),
    Ask("licence", _const("MIT")),
    Ask(
        "payment",
        lambda answers, board, today: board.payment_methods[0],
        lambda board: board.payment_methods,
    ),
    Ask(
        "evaluation.criteria.en",
        what="The one criterion applicants answer in writing, in English (add more later)",
    ),
    Ask("evaluation.criteria.fr", what="The same criterion, in French"),
    Ask("evaluation.criteria.max_words", _const("250")),
    Ask("acceptance.en", what="One work acceptance criterion, in English (add more later)"),
    Ask("acceptance.fr", what="The same work acceptance criterion, in French"),
)

ATTESTATIONS = ("standalone_work", "no_internal_capacity")


def end_of_day(day: str, board: Board) -> str:
    """``2027-02-26T23:59:59-05:00``: the end of ``day`` in the board's time zone."""
    moment = datetime.combine(date.fromisoformat(day), time(23, 59, 59), board.tz)
    return moment.isoformat()


def _number(text: str) -> int | float:
    value = Decimal(text.replace(",", "").replace("$", "").strip())
    return int(value) if value == value.to_integral_value() else float(value)


def build(answers: Answers, board: Board) -> dict[str, Any]:
    """The opportunity, as a draft, in the schema's field order."""
    a = answers
    return {
        "id": a["id"],
        "status": "draft",
        "title": {"en": a["title.en"], "fr": a["title.fr"]},
        "summary": {"en": a["summary.en"], "fr": a["summary.fr"]},
        "description": {"en": a["description.en"], "fr": a["description.fr"]},
        "skills": [s.strip() for s in a["skills"].split(",") if s.strip()],
        "client": {
            "department": {"en": a["client.department.en"], "fr": a["client.department.fr"]},
            "team": {"en": a["client.team.en"], "fr": a["client.team.fr"]},
            "contact": a["client.contact"],
        },
        "price": {
            "amount": _number(a["price.amount"]),
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
                    "max_words": int(_number(a["evaluation.criteria.max_words"])),
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
