"""The pull-request job summary: what the board will show for each changed opportunity.

Pure: it takes the board's rules, the opportunities as they are on the base branch and in the
pull request (plain mappings keyed by id), and a time, and returns Markdown. For an opportunity
already published on the base branch it also lists the fields that change, and puts a moved
closing date or a changed price first, in bold, because applicants rely on them.

Reviewers may read either official language, so every part is given in English, then in French:
dates, times and money in French follow the board's own conventions (`board.site.formatting`),
e.g. "5 mars 2027, 23 h 59 HE" and "8 600 $".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo

from babel.numbers import format_decimal

from .changes import Change, diff
from .model import Board, Opportunity
from .rekeying import KeyChange, key_section
from .rules.price import money
from .site import formatting
from .site.i18n import colon, t

_WIDTH = 80
LANGS = ("en", "fr")

# The summary's own words, (English, French).
TEXT: dict[str, tuple[str, str]] = {
    "heading": ("What the board will show", "Ce que le tableau affichera"),
    "no_change": (
        "This pull request changes no opportunity.",
        "Cette demande de tirage ne modifie aucune opportunité.",
    ),
    "removed": (
        "**Removed** from the board by this pull request.",
        "**Retirée** du tableau par cette demande de tirage.",
    ),
    "not_previewed": (
        "Not previewed: the file does not validate yet (see the errors above).",
        "Aucun aperçu{c} le fichier n'est pas encore valide (voir les erreurs ci-dessus).",
    ),
    "status": ("Status", "État"),
    "status_value": ("{shown} (file: {file})", "{shown} (fichier{c} {file})"),
    "price": ("Price", "Prix"),
    "closing": ("Closing", "Date de clôture"),
    "posted": ("Posted", "Date de publication"),
    "new": ("New opportunity.", "Nouvelle opportunité."),
    "published": ("Already published; what changes:", "Déjà publiée; ce qui change{c}"),
    "not_published": (
        "Not yet published (was {status}).",
        "Pas encore publiée (état précédent{c} {status}).",
    ),
    "no_field": ("No field changes.", "Aucun champ modifié."),
    "warning": (
        "Applicants rely on {names}: announce the change in an addendum before merging; the "
        "board shows the opportunity as *Updated*.",
        "Les candidats se fient à {names}{c} annoncez le changement dans un addenda avant de "
        "fusionner la demande de tirage; le tableau affiche l'opportunité comme *Mise à jour*.",
    ),
    "moved_closing": (
        "**Moved closing date**: from {old} to {new}",
        "**Date de clôture modifiée**{c} du {old} au {new}",
    ),
    "changed_price": (
        "**Changed price**: from {old} to {new}",
        "**Prix modifié**{c} de {old} à {new}",
    ),
    "changed_taxes": (
        "**Changed taxes**: from “{old}” to “{new}”",
        "**Taxes modifiées**{c} de «\u00a0{old}\u00a0» à «\u00a0{new}\u00a0»",
    ),
    "changed_currency": (
        "**Changed currency**: from {old} to {new}",
        "**Devise modifiée**{c} de {old} à {new}",
    ),
    "changed_field": (
        "**Changed `{field}`**: from {old} to {new}",
        "**`{field}` modifié**{c} de {old} à {new}",
    ),
    "within": ("within the {cap} cap", "dans les limites du plafond de {cap}"),
    "over": (
        "**over the {cap} cap** (largest price before tax: {largest})",
        "**dépasse le plafond de {cap}** (prix le plus élevé avant taxes{c} {largest})",
    ),
}
TABLE_HEADER = "| field / champ | before / avant | after / après |"
# What the board shows, and what the file says (draft, published, cancelled), in each language.
STATUS: dict[str, tuple[str, str]] = {
    "draft": ("draft", "brouillon"),
    "scheduled": (
        "scheduled: appears on its posting date",
        "prévue : paraîtra à sa date de publication",
    ),
    "open": ("open", "ouverte"),
    "closed": ("closed", "fermée"),
    "awarded": ("awarded", "attribuée"),
    "cancelled": ("cancelled", "annulée"),
    "published": ("published", "publiée"),
}


def _t(lang: str, key: str, **values: object) -> str:
    """The summary's text ``key`` in ``lang``; ``{c}`` is the colon as the language types it."""
    return TEXT[key][lang == "fr"].format(c=colon(lang), **values)


def _status(value: object, lang: str) -> str:
    return STATUS[str(value)][lang == "fr"] if str(value) in STATUS else str(value)


def changes(before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    """Every field that differs: the sealing key first, then highlighted ones, then in file
    order."""
    return sorted(diff(before, after), key=lambda c: (not c.security, not c.highlighted))


def _money(amount: Decimal, board: Board, lang: str) -> str:
    """``8,600 CAD`` in English, ``8 600 $`` in French."""
    if lang == "fr":
        return formatting.money(amount, board.currency, "fr")
    return f"{money(amount)} {board.currency}"


def _percent(rate: Decimal, lang: str) -> str:
    """``15%`` in English, ``15 %`` in French."""
    if lang == "fr":
        return format_decimal(rate * 100, format="#,##0.###", locale="fr_CA") + "\u00a0%"
    return f"{money(rate * 100)}%"


def price_line(opp: Opportunity, board: Board, lang: str = "en") -> str:
    """``8,600 CAD + 15% tax 1,290 CAD = 9,890 CAD, within the 10,000 CAD cap``.

    In French: ``8 600 $ + 1 290 $ de taxes (15 %) = 9 890 $, dans les limites du plafond de
    10 000 $``.
    """
    amount = opp.price.amount

    def cash(value: Decimal) -> str:
        return _money(value, board, lang)

    if opp.price.taxes_included:
        total = amount
        computed = f"{cash(amount)}, {t(lang, 'opp.taxes_included')}"
    else:
        tax = (amount * board.tax_rate).quantize(Decimal("0.01"))
        total = amount + tax
        rate = _percent(board.tax_rate, lang)
        if lang == "fr":
            computed = f"{cash(amount)} + {cash(tax)} de taxes ({rate}) = {cash(total)}"
        else:
            computed = f"{cash(amount)} + {rate} tax {cash(tax)} = {cash(total)}"
    cap = cash(board.max_total)
    verdict = (
        _t(lang, "within", cap=cap)
        if total <= board.max_total
        else _t(lang, "over", cap=cap, largest=cash(board.largest_pre_tax()))
    )
    return f"{computed}, {verdict}"


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    text = str(value).replace("\n", " ").replace("|", "\\|")
    return text if len(text) <= _WIDTH else text[: _WIDTH - 1] + "…"


def _facts(opp: Opportunity, board: Board, now: Any, lang: str) -> list[str]:
    status = _t(
        lang,
        "status_value",
        shown=_status(opp.status_at(now, board.tz).value, lang),
        file=_status(opp.status, lang),
    )
    rows = [
        (_t(lang, "status"), status),
        (_t(lang, "price"), price_line(opp, board, lang)),
        (_t(lang, "closing"), formatting.datetime_text(opp.closing, board.tz, lang)),
        (_t(lang, "posted"), formatting.date_text(opp.posted, lang)),
    ]
    return ["| | |", "|---|---|", *(f"| {label} | {value} |" for label, value in rows), ""]


def _card(oid: str, raw: dict[str, Any], board: Board, now: Any) -> list[str]:
    try:
        opp = Opportunity.from_raw(raw)
    except (KeyError, TypeError, ValueError, ArithmeticError):
        return [
            f"### `{oid}`",
            "",
            *(line for lang in LANGS for line in (_t(lang, "not_previewed"), "")),
        ]
    return [
        f"### {opp.title.en} / {opp.title.fr} (`{oid}`)",
        "",
        *(line for lang in LANGS for line in _facts(opp, board, now, lang)),
    ]


def _moment(value: Any, tz: ZoneInfo, lang: str) -> str:
    """A closing date as the board shows it; the raw value if it is not an aware date and time."""
    if value is None:
        return t(lang, "opp.added")
    try:
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    except ValueError:
        return f"`{_cell(value)}`"
    if moment.tzinfo is None:
        return f"`{_cell(value)}`"
    return formatting.datetime_text(moment, tz, lang)


def _amount(value: Any, board: Board, lang: str) -> str:
    if value is None:
        return t(lang, "opp.added")
    try:
        return _money(Decimal(str(value)), board, lang)
    except (InvalidOperation, ValueError):
        return f"`{_cell(value)}`"


def _taxes(value: Any, lang: str) -> str:
    key = f"opp.taxes_{value}"
    return t(lang, key) if value in ("included", "excluded") else _cell(value)


def highlight(change: Change, board: Board, lang: str) -> str:
    """One line on a moved closing date or a changed price, as applicants will read it."""
    old, new = change.old, change.new
    if change.field == "closing":
        return _t(
            lang,
            "moved_closing",
            old=_moment(old, board.tz, lang),
            new=_moment(new, board.tz, lang),
        )
    if change.field == "price.amount":
        return _t(
            lang, "changed_price", old=_amount(old, board, lang), new=_amount(new, board, lang)
        )
    if change.field == "price.taxes":
        return _t(lang, "changed_taxes", old=_taxes(old, lang), new=_taxes(new, lang))
    if change.field == "price.currency":
        return _t(lang, "changed_currency", old=_cell(old), new=_cell(new))
    return _t(lang, "changed_field", field=change.field, old=_cell(old), new=_cell(new))


def _change_table(found: list[Change], board: Board) -> list[str]:
    if not found:
        return [_t("en", "no_field"), "", _t("fr", "no_field"), ""]
    lines = []
    moved = [c for c in found if c.highlighted]
    if moved:
        names = ", ".join(f"`{c.field}`" for c in moved)
        english, french = (_t(lang, "warning", names=names) for lang in LANGS)
        lines += [f"> [!WARNING]\n> {english}\n>\n> {french}", ""]
        # a different bullet starts a separate list: English, then French
        for lang, bullet in zip(LANGS, "-*", strict=True):
            lines += [*(f"{bullet} {highlight(c, board, lang)}" for c in moved), ""]
    lines += [TABLE_HEADER, "|---|---|---|"]
    for c in found:
        mark = "**" if c.highlighted or c.security else ""
        lines.append(f"| {mark}{c.field}{mark} | {_cell(c.old)} | {mark}{_cell(c.new)}{mark} |")
    return [*lines, ""]


def _both(key: str, **values: object) -> list[str]:
    """The paragraph ``key`` in English, then in French."""
    return [_t("en", key, **values), "", _t("fr", key, **values), ""]


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
    lines = [f"## {_t('en', 'heading')} / {_t('fr', 'heading')}", "", *key_section(key_changes)]
    if not ids:
        return "\n".join([*lines, *_both("no_change")]).rstrip("\n") + "\n"
    for oid in ids:
        old, new = base.get(oid), head.get(oid)
        if new is None:
            lines += [f"### `{oid}`", "", *_both("removed")]
            continue
        lines += _card(oid, new, board, now)
        if not new:  # does not parse: the validation step says why
            continue
        if old is None:
            lines += _both("new")
        elif old.get("status") == "published":
            lines += [*_both("published"), *_change_table(changes(old, new), board)]
        else:
            lines += [
                _t("en", "not_published", status=_status(old.get("status"), "en")),
                "",
                _t("fr", "not_published", status=_status(old.get("status"), "fr")),
                "",
            ]
    return "\n".join(lines)
