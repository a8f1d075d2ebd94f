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

from .. import catalog
from ..formats import colon, money, percent, terminal
from ..model import Board

# Other words people use for a choice, beyond the board's own (the catalog's
# ``choice.<key>.<value>`` entries).
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


def _plain(text: str) -> str:
    """Lower case, no accents, no quotation marks, single spaces, straight apostrophes."""
    text = text.replace("’", "'").strip().strip('«»"“” \u00a0\u202f')
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def words(key: str, choice: str) -> tuple[str, ...]:
    """The board's words for ``choice`` of ``key`` (``choice.<key>.<choice>``), (English,
    French); none when the catalog has no words for it."""
    name = f"choice.{key}.{choice}"
    return catalog.both(name) if catalog.has(name) else ()


def resolve(key: str, answer: str, choices: tuple[str, ...]) -> str | None:
    """The choice ``answer`` names, or None."""
    wanted = _plain(answer)
    if wanted.isdigit() and 1 <= int(wanted) <= len(choices):
        return choices[int(wanted) - 1]
    for choice in choices:
        names = (choice, *words(key, choice), *SYNONYMS.get(key, {}).get(choice, ()))
        if wanted in {_plain(name) for name in names}:
            return choice
    return None


def numbered(key: str, choices: tuple[str, ...], lang: str) -> str:
    """``1. excluded: plus applicable taxes; 2. included: taxes included``."""
    parts = []
    for number, choice in enumerate(choices, 1):
        meaning = words(key, choice)
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
    rate = money(Decimal(answers["estimate.rate"].replace(",", ".").replace("$", "")),
                 board.currency, lang)  # fmt: skip
    taxes = amount if answers.get("price.taxes") == "included" else amount * (1 + board.tax_rate)
    cap = money(board.max_total, board.currency, lang)
    verdict = "new.estimate.within" if taxes <= board.max_total else "new.estimate.over"
    return _said(
        lang,
        "new.estimate",
        hours=answers["estimate.hours"],
        admin=answers["estimate.admin_hours"],
        rate=rate,
        amount=money(amount, board.currency, lang),
        tax=percent(board.tax_rate, lang),
        with_tax=money(taxes.quantize(Decimal("1")), board.currency, lang),
        verdict=_said(lang, verdict, cap=cap),
        largest=money(board.largest_pre_tax(), board.currency, lang),
    )


def _said(lang: str, key: str, /, **values: str) -> str:
    """The catalog's ``key`` as a terminal shows it; the values (money) keep their own spaces."""
    return catalog.fill(lang, terminal(catalog.forms(lang, key)[0]), **values)
