"""``board new``: the questions asked to scaffold an opportunity, and the file built from them.

The questions are data (`ASKS`); each one's prompt is derived from the schema's ``description``
of its field, so the prompts follow the schema. They are asked in English or French: the French
descriptions are the ones the "how to post" guide shows (`board.schemas.fr.FRENCH`), so both
languages follow the schema alike; a choice is explained in the words the site uses for it
(`board.words`), numbered, and answered in either language (`board.client.choices`). Defaults
are computed from the board's rules and the client's estimate: the price from (hours + hours of
administration) × hourly rate, never the largest the cap allows, a closing date that meets the minimum posting period, a start and a
delivery date after it. `board.client.draft.build` turns the answers into the opportunity mapping;
nothing here reads the terminal or writes a file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from .. import catalog, formats
from ..calendar import add_business_days
from ..formats import colon
from ..model import Board
from ..schemas import load_schema
from ..schemas.fr import FRENCH
from .choices import estimate, numbered
from .draft import ATTESTATIONS as ATTESTATIONS
from .draft import build as build
from .draft import number
from .draft import render as render

Answers = dict[str, str]
START_AFTER_CLOSING = 3  # business days to evaluate and award (the pilot named a winner in 2)
WORK_WEEKS = 6

LANGUAGES = ("en", "fr")  # a key ending in one of these asks for that language's text


@dataclass(frozen=True)
class Ask:
    key: str  # dotted path in the file, e.g. ``client.team.fr``
    default: Callable[[Answers, Board, date], str] | None = None
    choices: Callable[[Board], tuple[str, ...]] | None = None
    what: str | None = None  # a catalog key (``new.what.skills``) that replaces the description

    def prompt(self, lang: str = "en", choices: tuple[str, ...] = ()) -> str:
        """``title (English): Short title, 100 characters at most per language``, in ``lang``.

        In French: ``titre (anglais) : Titre court, 100 caractères au plus par langue``.
        """
        parts = self.key.split(".")
        language = parts[-1] if parts[-1] in LANGUAGES else None
        field = ".".join(parts[:-1] if language else parts)
        name = catalog.t(lang, f"new.field.{field}")
        label = f"{name} ({catalog.t(lang, f'new.language.{language}')})" if language else name
        description = catalog.t(lang, self.what) if self.what else describe(self.key, lang)
        if choices:
            description = f"{description} ({numbered(self.key, choices, lang)})"
        shown = f"{label}{colon(lang, terminal=True)} {description}" if description else label
        return formats.terminal(shown)


def _described(key: str) -> tuple[str, str]:
    """The guide's path (e.g. ``evaluation.criteria[].max_words``) and the English description
    of the deepest described field along ``key`` (the parent's, for en/fr)."""
    node: dict[str, Any] = load_schema("opportunity")
    path, found = "", ("", "")
    for part in key.split("."):
        properties = node.get("properties", {})
        if part in properties:
            node, path = properties[part], f"{path}.{part}" if path else part
        else:
            node = node.get("items", {}).get("properties", {}).get(part, {})
            path = f"{path}[].{part}"
        if "description" in node:
            found = (path, node["description"])
    return found


def describe(key: str, lang: str = "en") -> str:
    """The schema's description of the field at ``key`` (or of its parent, for en/fr).

    In French, the translation that the "how to post" guide shows for the same field.
    """
    path, english = _described(key)
    text = FRENCH[path][1] if lang == "fr" and path else english
    return text.rstrip(".")


DATES = frozenset({"posted", "closing", "start", "delivery"})
NUMBERS = frozenset(
    {
        "price.amount",
        "evaluation.criteria.max_words",
        "estimate.hours",
        "estimate.rate",
        "estimate.admin_hours",
    }
)


def malformed(key: str, value: str, lang: str = "en") -> str | None:
    """Why ``value`` cannot answer the question ``key`` (in ``lang``), or None if it can."""
    try:
        if key in DATES:
            date.fromisoformat(value.strip())
        elif key in NUMBERS:
            number(value)
        return None
    except (ValueError, ArithmeticError):
        kind = "new.malformed.date" if key in DATES else "new.malformed.number"
        return formats.terminal(catalog.t(lang, kind, value=value))


def _estimated(answers: Answers, board: Board, today: date) -> str:
    """The estimate as the price (never the largest the cap allows); no estimate, no proposal."""
    amount = estimate(answers)
    if amount is None:
        raise ValueError("no estimate")
    return str(amount)


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
    Ask(
        "skills",
        what="new.what.skills",
    ),
    Ask("client.department.en"),
    Ask("client.department.fr"),
    Ask("client.team.en"),
    Ask("client.team.fr"),
    Ask("client.contact"),
    Ask("price.taxes", _const("excluded"), lambda board: ("excluded", "included")),
    Ask(
        "estimate.hours",
        what="new.what.estimate.hours",
    ),
    Ask(
        "estimate.rate",
        what="new.what.estimate.rate",
    ),
    Ask(
        "estimate.admin_hours",
        _const("10"),
        what="new.what.estimate.admin_hours",
    ),
    Ask("price.amount", _estimated),
    Ask("posted", lambda answers, board, today: today.isoformat()),
    Ask(
        "closing",
        _closing,
        what="new.what.closing",
    ),
    Ask("start", _start),
    Ask(
        "delivery",
        _delivery,
        what="new.what.delivery",
    ),
    Ask("repository"),
    Ask("licence", _const("MIT")),
    Ask(
        "payment",
        lambda answers, board, today: board.payment_methods[0],
        lambda board: board.payment_methods,
    ),
    Ask(
        "status",
        _const("published"),
        lambda board: ("published", "draft"),
        what="new.what.status",
    ),
    Ask(
        "evaluation.criteria.en",
        what="new.what.evaluation.criteria.en",
    ),
    Ask(
        "evaluation.criteria.fr",
        what="new.what.evaluation.criteria.fr",
    ),
    Ask("evaluation.criteria.max_words", _const("250")),
    Ask(
        "acceptance.en",
        what="new.what.acceptance.en",
    ),
    Ask(
        "acceptance.fr",
        what="new.what.acceptance.fr",
    ),
)
