"""The pull-request job summary: what the board will show for each changed opportunity.

Pure: it takes the board's rules, the opportunities as they are on the base branch and in the
pull request (plain mappings keyed by id), and a time, and returns Markdown. For an opportunity
already published on the base branch it also lists the fields that change, and puts a moved
closing date or a changed price first, in bold, because applicants rely on them.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .changes import Change, diff
from .model import Board, Opportunity
from .rules.price import money
from .when import moment_text

_WIDTH = 80


def changes(before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    """Every field that differs, highlighted ones first, then in file order."""
    return sorted(diff(before, after), key=lambda c: not c.highlighted)


def price_line(opp: Opportunity, board: Board) -> str:
    """``8,600 CAD + 15% tax 1,290 CAD = 9,890 CAD, within the 10,000 CAD cap``."""
    cur, cap = board.currency, board.max_total
    amount = opp.price.amount
    if opp.price.taxes_included:
        total = amount
        computed = f"{money(amount)} {cur}, taxes included"
    else:
        tax = (amount * board.tax_rate).quantize(Decimal("0.01"))
        total = amount + tax
        computed = (
            f"{money(amount)} {cur} + {money(board.tax_rate * 100)}% tax {money(tax)} {cur} "
            f"= {money(total)} {cur}"
        )
    verdict = (
        f"within the {money(cap)} {cur} cap"
        if total <= cap
        else f"**over the {money(cap)} {cur} cap** (largest price before tax: "
        f"{money(board.largest_pre_tax())} {cur})"
    )
    return f"{computed}, {verdict}"


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    text = str(value).replace("\n", " ").replace("|", "\\|")
    return text if len(text) <= _WIDTH else text[: _WIDTH - 1] + "…"


def _card(oid: str, raw: dict[str, Any], board: Board, now: Any) -> list[str]:
    try:
        opp = Opportunity.from_raw(raw)
    except (KeyError, TypeError, ValueError, ArithmeticError):
        return [
            f"### `{oid}`",
            "",
            "Not previewed: the file does not validate yet (see the errors above).",
            "",
        ]
    tz = board.tz
    return [
        f"### {opp.title.en} / {opp.title.fr} (`{oid}`)",
        "",
        "| | |",
        "|---|---|",
        f"| Status | {opp.status_at(now).value} (file: {opp.status}) |",
        f"| Price | {price_line(opp, board)} |",
        f"| Closing | {moment_text(opp.closing, tz, 'en')} / {moment_text(opp.closing, tz, 'fr')} |",
        f"| Posted | {opp.posted.isoformat()} |",
        "",
    ]


def _change_table(found: list[Change]) -> list[str]:
    if not found:
        return ["No field changes.", ""]
    lines = []
    moved = [c for c in found if c.highlighted]
    if moved:
        names = ", ".join(f"`{c.field}`" for c in moved)
        lines += [
            f"> [!WARNING]\n> Applicants rely on {names}: announce the change in an addendum "
            "before merging; the board shows the opportunity as *Updated*.",
            "",
        ]
    lines += ["| field | before | after |", "|---|---|---|"]
    for c in found:
        mark = "**" if c.highlighted else ""
        lines.append(f"| {mark}{c.field}{mark} | {_cell(c.old)} | {mark}{_cell(c.new)}{mark} |")
    return [*lines, ""]


def summary(
    board: Board,
    base: dict[str, dict[str, Any]],
    head: dict[str, dict[str, Any]],
    now: Any,
) -> str:
    """Markdown for ``$GITHUB_STEP_SUMMARY``: one card per added, changed or removed opportunity."""
    ids = sorted(oid for oid in set(base) | set(head) if base.get(oid) != head.get(oid))
    lines = ["## What the board will show", ""]
    if not ids:
        return "\n".join([*lines, "This pull request changes no opportunity."]) + "\n"
    for oid in ids:
        old, new = base.get(oid), head.get(oid)
        if new is None:
            lines += [f"### `{oid}`", "", "**Removed** from the board by this pull request.", ""]
            continue
        lines += _card(oid, new, board, now)
        if not new:  # does not parse: the validation step says why
            continue
        if old is None:
            lines += ["New opportunity.", ""]
        elif old.get("status") == "published":
            lines += ["Already published; what changes:", "", *_change_table(changes(old, new))]
        else:
            lines += [f"Not yet published (was {old.get('status')}).", ""]
    return "\n".join(lines)
