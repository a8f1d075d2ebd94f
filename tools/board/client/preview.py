"""The pull-request job summary: what the board will show for each changed opportunity.

Pure: it takes the board's rules, the opportunities as they are on the base branch and in the
pull request (plain mappings keyed by id), and a time, and returns Markdown. For an opportunity
already published on the base branch it also lists the fields that change, and puts a moved
closing date or a changed price first, in bold, because applicants rely on them.

Reviewers may read either official language, so every part is given in English, then in French:
dates, times and money follow the board's conventions (`board.formats`),
e.g. "5 mars 2027, 23 h 59 HE" and "8 600 $".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

from ..catalog import t
from ..changes import Change, diff
from ..formats import amount, moment, percent
from ..formats import day as date_text
from ..formats import money as currency
from ..model import Board, Opportunity
from ..words import choice
from .preview_words import status_word, table_header
from .rekeying import KeyChange, key_section

_WIDTH = 80
LANGS = ("en", "fr")


def changes(before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    """Every field that differs: the sealing key first, then highlighted ones, then in file
    order."""
    return sorted(diff(before, after), key=lambda c: (not c.security, not c.highlighted))


def _money(value: Decimal, board: Board, lang: str) -> str:
    """``8,600 CAD`` in English, ``8 600 $`` in French."""
    if lang == "fr":
        return currency(value, board.currency, "fr")
    return f"{amount(value)} {board.currency}"


def price_line(opp: Opportunity, board: Board, lang: str = "en") -> str:
    """``8,600 CAD + 15% tax 1,290 CAD = 9,890 CAD, within the 10,000 CAD cap``.

    In French: ``8 600 $ + 1 290 $ de taxes (15 %) = 9 890 $, dans les limites du plafond de
    10 000 $``.
    """
    price = opp.price.amount

    def cash(value: Decimal) -> str:
        return _money(value, board, lang)

    if opp.price.taxes_included:
        total = price
        computed = f"{cash(price)}, {choice('price.taxes', 'included', lang)}"
    else:
        tax = (price * board.tax_rate).quantize(Decimal("0.01"))
        total = price + tax
        rate = percent(board.tax_rate, lang)
        computed = t(
            lang,
            "preview.price_with_tax",
            price=cash(price),
            rate=rate,
            tax=cash(tax),
            total=cash(total),
        )
    cap = cash(board.max_total)
    verdict = (
        t(lang, "preview.within", cap=cap)
        if total <= board.max_total
        else t(lang, "preview.over", cap=cap, largest=cash(board.largest_pre_tax()))
    )
    return f"{computed}, {verdict}"


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    text = str(value).replace("\n", " ").replace("|", "\\|")
    return text if len(text) <= _WIDTH else text[: _WIDTH - 1] + "…"


def _facts(opp: Opportunity, board: Board, now: Any, lang: str) -> list[str]:
    status = t(
        lang,
        "preview.status_value",
        shown=status_word(opp.status_at(now, board.tz).value, lang),
        file=status_word(opp.status, lang),
    )
    rows = [
        (t(lang, "preview.status"), status),
        (t(lang, "preview.price"), price_line(opp, board, lang)),
        (t(lang, "preview.closing"), moment(opp.closing, board.tz, lang)),
        (t(lang, "preview.posted"), date_text(opp.posted, lang)),
    ]
    return ["| | |", "|---|---|", *(f"| {label} | {value} |" for label, value in rows), ""]


def _card(oid: str, raw: dict[str, Any], board: Board, now: Any) -> list[str]:
    try:
        opp = Opportunity.from_raw(raw)
    except (KeyError, TypeError, ValueError, ArithmeticError):
        return [
            f"### `{oid}`",
            "",
            *(line for lang in LANGS for line in (t(lang, "preview.not_previewed"), "")),
        ]
    return [
        f"### {opp.title.en} / {opp.title.fr} (`{oid}`)",
        "",
        *(line for lang in LANGS for line in _facts(opp, board, now, lang)),
    ]


def _moment(value: Any, tz: ZoneInfo, lang: str) -> str:
    """A closing date as the board shows it; the raw value if it is not an aware date and time."""
    if value is None:
        return t(lang, "preview.none")
    try:
        when = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    except ValueError:
        return f"`{_cell(value)}`"
    if when.tzinfo is None:
        return f"`{_cell(value)}`"
    return moment(when, tz, lang)


def _amount(value: Any, board: Board, lang: str) -> str:
    if value is None:
        return t(lang, "preview.none")
    try:
        return _money(Decimal(str(value)), board, lang)
    except (InvalidOperation, ValueError):
        return f"`{_cell(value)}`"


def _taxes(value: Any, lang: str) -> str:
    return (isinstance(value, str) and choice("price.taxes", value, lang)) or _cell(value)


def highlight(change: Change, board: Board, lang: str) -> str:
    """One line on a moved closing date or a changed price, as applicants will read it."""
    old, new = change.old, change.new
    if change.field == "closing":
        return t(
            lang,
            "preview.moved_closing",
            old=_moment(old, board.tz, lang),
            new=_moment(new, board.tz, lang),
        )
    if change.field == "price.amount":
        return t(
            lang,
            "preview.changed_price",
            old=_amount(old, board, lang),
            new=_amount(new, board, lang),
        )
    if change.field == "price.taxes":
        return t(lang, "preview.changed_taxes", old=_taxes(old, lang), new=_taxes(new, lang))
    if change.field == "price.currency":
        return t(lang, "preview.changed_currency", old=_cell(old), new=_cell(new))
    return t(lang, "preview.changed_field", field=change.field, old=_cell(old), new=_cell(new))


def _change_table(found: list[Change], board: Board) -> list[str]:
    if not found:
        return [t("en", "preview.no_field"), "", t("fr", "preview.no_field"), ""]
    lines = []
    moved = [c for c in found if c.highlighted]
    if moved:
        names = ", ".join(f"`{c.field}`" for c in moved)
        english, french = (t(lang, "preview.warning", names=names) for lang in LANGS)
        lines += [f"> [!WARNING]\n> {english}\n>\n> {french}", ""]
        # a different bullet starts a separate list: English, then French
        for lang, bullet in zip(LANGS, "-*", strict=True):
            lines += [*(f"{bullet} {highlight(c, board, lang)}" for c in moved), ""]
    lines += [table_header(), "|---|---|---|"]
    for c in found:
        mark = "**" if c.highlighted or c.security else ""
        lines.append(f"| {mark}{c.field}{mark} | {_cell(c.old)} | {mark}{_cell(c.new)}{mark} |")
    return [*lines, ""]


def _both(key: str, **values: object) -> list[str]:
    """The paragraph ``key`` in English, then in French."""
    return [t("en", key, **values), "", t("fr", key, **values), ""]


def summary(
    board: Board,
    base: dict[str, dict[str, Any]],
    head: dict[str, dict[str, Any]],
    now: Any,
    key_changes: Sequence[KeyChange] = (),
) -> str:
    """Markdown for ``$GITHUB_STEP_SUMMARY``: a changed sealing key first, then one card per
    added, changed or removed opportunity, each part in English then in French."""
    ids = sorted(oid for oid in set(base) | set(head) if base.get(oid) != head.get(oid))
    lines = [
        f"## {t('en', 'preview.heading')} / {t('fr', 'preview.heading')}",
        "",
        *key_section(key_changes),
    ]
    if not ids:
        return "\n".join([*lines, *_both("preview.no_change")]).rstrip("\n") + "\n"
    for oid in ids:
        old, new = base.get(oid), head.get(oid)
        if new is None:
            lines += [f"### `{oid}`", "", *_both("preview.removed")]
            continue
        lines += _card(oid, new, board, now)
        if not new:  # does not parse: the validation step says why
            continue
        if old is None:
            lines += _both("preview.new_draft" if new.get("status") == "draft" else "preview.new")
        elif old.get("status") == "published":
            lines += [*_both("preview.published"), *_change_table(changes(old, new), board)]
        else:
            lines += [
                t("en", "preview.not_published", status=status_word(old.get("status"), "en")),
                "",
                t("fr", "preview.not_published", status=status_word(old.get("status"), "fr")),
                "",
            ]
    return "\n".join(lines)
