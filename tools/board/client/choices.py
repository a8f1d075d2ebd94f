"""`board new`'s answers to choices and to the price estimate, in English or in French.

A choice is answered by its value (``excluded``), its number in the list shown (``1``), or its
words in either language, in any case, with or without accents or French quotation marks
(« exclues », « carte d'achat », "plus applicable taxes"). The price is proposed from the
estimate the pilot used: (hours of work + hours of administration) × hourly rate, shown
against the board's cap.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal, InvalidOperation

from ..formats import colon, money, percent
from ..model import Board
from ..words import choice as choice_words

# Other words people use for a choice, beyond the board's own (the catalog's `choice.*`).
SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "price.taxes": {
        "excluded": ("exclues", "exclu", "hors taxes", "en sus", "taxes en sus", "plus taxes"),
        "included": ("incluses", "inclus", "comprises", "taxes comprises", "toutes taxes"),
    },
    "payment": {"acquisition-card": ("carte d'achat", "carte", "acquisition card")},
    "status": {
        "published": ("publiee", "publier", "publish", "publie"),
        "draft": ("brouillon",),
    },
}
STATUS_WORDS = {
    "published": (
        "publish when the pull request is merged",
        "publier à la fusion de la demande de tirage",
    ),
    "draft": ("draft: never shown on the board", "brouillon : jamais affiché sur le tableau"),
}


def _plain(text: str) -> str:
    """Lower case, no accents, no quotation marks, single spaces, straight apostrophes."""
    text = text.replace("’", "'").strip().strip('«»"“” \u00a0\u202f')
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def meaning_of(key: str, choice: str) -> tuple[str, str] | None:
    """The board's words for ``choice`` of ``key`` (English, French), from the catalog."""
    if key == "status":
        return STATUS_WORDS.get(choice)
    en, fr = choice_words(key, choice, "en"), choice_words(key, choice, "fr")
    return (en, fr) if en is not None and fr is not None else None


def resolve(key: str, answer: str, choices: tuple[str, ...]) -> str | None:
    """The choice ``answer`` names, or None."""
    wanted = _plain(answer)
    if wanted.isdigit() and 1 <= int(wanted) <= len(choices):
        return choices[int(wanted) - 1]
    for choice in choices:
        names = (choice, *(meaning_of(key, choice) or ()), *SYNONYMS.get(key, {}).get(choice, ()))
        if wanted in {_plain(name) for name in names}:
            return choice
    return None


def numbered(key: str, choices: tuple[str, ...], lang: str) -> str:
    """``1. excluded: plus applicable taxes; 2. included: taxes included``."""
    parts = []
    for number, choice in enumerate(choices, 1):
        meaning = meaning_of(key, choice)
        said = (
            f"{choice}{colon(lang, terminal=True)} {meaning[lang == 'fr']}" if meaning else choice
        )
        parts.append(f"{number}. {said}")
    return "; ".join(parts)


def estimate(answers: dict[str, str]) -> Decimal | None:
    """(hours + administration hours) × hourly rate, or None while an answer is missing."""
    try:
        hours = Decimal(answers["estimate.hours"].replace(",", "."))
        admin = Decimal(answers["estimate.admin_hours"].replace(",", "."))
        rate = Decimal(answers["estimate.rate"].replace(",", ".").replace("$", ""))
    except (KeyError, InvalidOperation, ValueError):
        return None
    return ((hours + admin) * rate).quantize(Decimal("1"))


def estimate_text(answers: dict[str, str], board: Board, lang: str) -> str:
    """The estimate's computation and where it stands against the cap, in ``lang``."""
    amount = estimate(answers)
    if amount is None:
        return ""
    fr = lang == "fr"
    rate = money(Decimal(answers["estimate.rate"].replace(",", ".").replace("$", "")),
                 board.currency, lang)  # fmt: skip
    hours, admin = answers["estimate.hours"], answers["estimate.admin_hours"]
    taxes = amount if answers.get("price.taxes") == "included" else amount * (1 + board.tax_rate)
    cap, shown = money(board.max_total, board.currency, lang), money(amount, board.currency, lang)
    with_tax = money(taxes.quantize(Decimal("1")), board.currency, lang)
    tax = percent(board.tax_rate, lang)
    largest = money(board.largest_pre_tax(), board.currency, lang)
    if fr:
        line = f"Estimation : ({hours} h + {admin} h d'administration) × {rate} = {shown}"
        line += f"; avec les taxes ({tax}) : {with_tax}"
        verdict = "sous le plafond" if taxes <= board.max_total else "au-delà du plafond"
        return f"{line}, {verdict} de {cap} (prix le plus élevé avant taxes : {largest})"
    line = f"Estimate: ({hours} h + {admin} h of administration) × {rate} = {shown}"
    line += f"; with {tax} tax: {with_tax}"
    verdict = "within" if taxes <= board.max_total else "over"
    return f"{line}, {verdict} the {cap} cap (largest price before tax: {largest})"
