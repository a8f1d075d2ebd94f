"""What a material change says to a supplier: "Closing date moved from … to …".

One sentence per changed field of a material revision (see `board.changes.MATERIAL`), in the
reader's language, with dates and money as the board shows them. Its words are the
catalog's ``change.*`` entries.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from .. import catalog
from ..changes import Change
from ..model import Board
from . import formatting

DATES = ("closing", "posted", "start", "delivery")


def _t(lang: str, key: str, **values: object) -> str:
    return catalog.t(lang, key, **values)


def _head(field: str) -> str:
    return field.split(".", 1)[0].split("[", 1)[0]


def _when(value: Any, board: Board, lang: str) -> tuple[datetime | date, str] | None:
    if not isinstance(value, str):
        return None
    try:
        if "T" in value:
            moment = datetime.fromisoformat(value)
            return moment, formatting.datetime_text(moment, board.tz, lang)
        day = date.fromisoformat(value)
        return day, formatting.date_text(day, lang)
    except (ValueError, TypeError):
        return None


def summary(change: Change, board: Board, lang: str) -> str:
    """One sentence: what changed in this field, old and new as the board shows them."""
    head = _head(change.field)
    name = _t(lang, f"change.name.{head}")
    if head in DATES:
        old, new = _when(change.old, board, lang), _when(change.new, board, lang)
        if old and new and type(old[0]) is type(new[0]):
            later = new[0] > old[0]  # type: ignore[operator]
            return _t(lang, "change.later" if later else "change.earlier", name=name,
                      old=old[1], new=new[1])  # fmt: skip
    if change.field == "price.amount":
        try:
            old_price = formatting.money(Decimal(str(change.old)), board.currency, lang)
            new_price = formatting.money(Decimal(str(change.new)), board.currency, lang)
        except (InvalidOperation, ValueError):
            return _t(lang, "change.other", name=name)
        return _t(lang, "change.value", name=name, old=old_price, new=new_price)
    if head in ("status", "payment") and isinstance(change.old, str):
        return _t(lang, "change.value", name=name, old=change.old, new=change.new)
    return _t(lang, "change.other", name=name)


def summaries(changes: tuple[Change, ...], board: Board, lang: str) -> list[str]:
    """The sentences of a revision's material changes, one per field group, in order."""
    out: list[str] = []
    for change in changes:
        if change.material:
            text = summary(change, board, lang)
            if text not in out:
                out.append(text)
    return out
