"""``board new``: the questions asked to scaffold an opportunity, and the file built from them.

The questions are data (`ASKS`); each one's prompt is derived from the schema's ``description``
of its field, so the prompts follow the schema. They are asked in English or French: the French
descriptions are the ones the "how to post" guide shows (`board.site.schema_doc.FRENCH`), so both
languages follow the schema alike. Defaults are computed from the board's rules: the largest
price the cap allows, a closing date that meets the minimum posting period, a start and a
delivery date after it. `build` turns the answers into the opportunity mapping; nothing here
reads the terminal or writes a file.
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
from .site.i18n import STRINGS
from .site.schema_doc import FRENCH

Answers = dict[str, str]
START_AFTER_CLOSING = 3  # business days to evaluate and award (the pilot named a winner in 2)
WORK_WEEKS = 6

LANGUAGE = {"en": ("English", "anglais"), "fr": ("French", "français")}

# What each question is called in French (in English, the key itself made readable).
FRENCH_NAMES = {
    "id": "identifiant",
    "title": "titre",
    "summary": "résumé",
    "description": "description",
    "skills": "compétences",
    "client.department": "ministère ou organisme client",
    "client.team": "équipe cliente",
    "client.contact": "personne-ressource du client",
    "price.taxes": "taxes",
    "price.amount": "montant du prix",
    "posted": "date de publication",
    "closing": "date de clôture",
    "start": "date de début",
    "delivery": "date de livraison",
    "repository": "dépôt",
    "licence": "licence",
    "payment": "mode de paiement",
    "evaluation.criteria": "critère d'évaluation",
    "evaluation.criteria.max_words": "critère d'évaluation, nombre maximal de mots",
    "acceptance": "critère d'acceptation des travaux",
}

# What each choice means, in the words the board itself uses (`board.site.i18n`).
CHOICE_TEXT = {"price.taxes": "opp.taxes_{}", "payment": "payment.{}"}


def colon(lang: str) -> str:
    """``:`` in English, `` :`` in French (a space before the colon)."""
    return " :" if lang == "fr" else ":"


@dataclass(frozen=True)
class Ask:
    key: str  # dotted path in the file, e.g. ``client.team.fr``
    default: Callable[[Answers, Board, date], str] | None = None
    choices: Callable[[Board], tuple[str, ...]] | None = None
    what: tuple[str, str] | None = None  # (English, French): replaces the schema's description

    def prompt(self, lang: str = "en", choices: tuple[str, ...] = ()) -> str:
        """``title (English): Short title, 100 characters at most per language``, in ``lang``.

        In French: ``titre (anglais) : Titre court, 100 caractères au plus par langue``.
        """
        fr = lang == "fr"
        parts = self.key.split(".")
        language = LANGUAGE.get(parts[-1])
        field = parts[:-1] if language else parts
        if fr:
            name = FRENCH_NAMES[".".join(field)]
        else:
            name = " ".join(p.replace("_", " ") for p in field)
            name = name.replace("criteria", "criterion").replace("  ", " ")
        label = f"{name} ({language[fr]})" if language else name
        description = self.what[fr] if self.what else describe(self.key, lang)
        if choices:
            meanings = self.meanings(lang, choices) or ", ".join(choices)
            description = f"{description} ({meanings})"
        return f"{label}{colon(lang)} {description}" if description else label

    def meanings(self, lang: str, choices: tuple[str, ...]) -> str:
        """``excluded: plus applicable taxes; included: taxes included``: every choice, with
        what it means when the board has words for it."""
        pattern = CHOICE_TEXT.get(self.key)
        keys = [(choice, pattern.format(choice)) for choice in choices] if pattern else []
        return "; ".join(
            f"{choice}{colon(lang)} {STRINGS[key][lang == 'fr']}" if key in STRINGS else choice
            for choice, key in keys
        )


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
NUMBERS = frozenset({"price.amount", "evaluation.criteria.max_words"})
_MALFORMED = {
    "date": (
        "{value!r} is not a date as YYYY-MM-DD",
        "{value!r} n'est pas une date au format AAAA-MM-JJ",
    ),
    "number": ("{value!r} is not a number", "{value!r} n'est pas un nombre"),
}


def malformed(key: str, value: str, lang: str = "en") -> str | None:
    """Why ``value`` cannot answer the question ``key`` (in ``lang``), or None if it can."""
    try:
        if key in DATES:
            date.fromisoformat(value.strip())
        elif key in NUMBERS:
            _number(value)
        return None
    except (ValueError, ArithmeticError):
        kind = "date" if key in DATES else "number"
        return _MALFORMED[kind][lang == "fr"].format(value=value)


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
    Ask(
        "skills",
        what=(
            "1 to 10 skills, separated by commas",
            "De 1 à 10 compétences, séparées par des virgules",
        ),
    ),
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
        what=(
            "Closing date (YYYY-MM-DD); applications close at 23:59:59 in the board's time zone",
            "Date de clôture (AAAA-MM-JJ); les candidatures sont reçues jusqu'à 23 h 59 min 59 s, "
            "heure du tableau",
        ),
    ),
    Ask("start", _start),
    Ask(
        "delivery",
        _delivery,
        what=(
            "Delivery date (YYYY-MM-DD), due at 23:59:59 in the board's time zone",
            "Date de livraison (AAAA-MM-JJ), au plus tard à 23 h 59 min 59 s, heure du tableau",
        ),
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
        what=(
            "The one criterion applicants answer in writing, in English (add more later)",
            "Le critère auquel les candidats répondent par écrit, en anglais (vous pourrez en "
            "ajouter d'autres plus tard)",
        ),
    ),
    Ask(
        "evaluation.criteria.fr",
        what=("The same criterion, in French", "Le même critère, en français"),
    ),
    Ask("evaluation.criteria.max_words", _const("250")),
    Ask(
        "acceptance.en",
        what=(
            "One work acceptance criterion, in English (add more later)",
            "Un critère d'acceptation des travaux, en anglais (vous pourrez en ajouter "
            "d'autres plus tard)",
        ),
    ),
    Ask(
        "acceptance.fr",
        what=(
            "The same work acceptance criterion, in French",
            "Le même critère d'acceptation des travaux, en français",
        ),
    ),
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
