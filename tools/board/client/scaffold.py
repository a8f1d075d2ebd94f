"""``board new``: the questions asked to scaffold an opportunity, and the file built from them.

The questions are data (`ASKS`); each one's prompt is derived from the schema's ``description``
of its field, so the prompts follow the schema. They are asked in English or French: the French
descriptions are the ones the "how to post" guide shows (`board.schemas.fr.FRENCH`), so both
languages follow the schema alike; a choice is explained in the words the site uses for it
(`board.words`). Defaults are computed from the board's rules: the largest
price the cap allows, a closing date that meets the minimum posting period, a start and a
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
from ..words import choice as choice_words
from .draft import ATTESTATIONS as ATTESTATIONS
from .draft import build as build
from .draft import number
from .draft import render as render

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
        return f"{label}{colon(lang, terminal=True)} {description}" if description else label

    def meanings(self, lang: str, choices: tuple[str, ...]) -> str:
        """``excluded: plus applicable taxes; included: taxes included``: every choice, with
        what it means when the board has words for it."""
        words = {choice: choice_words(self.key, choice, lang) for choice in choices}
        if not any(words.values()):
            return ""
        return "; ".join(
            f"{choice}{colon(lang, terminal=True)} {words[choice]}" if words[choice] else choice
            for choice in choices
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
