"""Repeat awards: the same supplier awarded by the same department too often in a fiscal year.

More than ``repeat_awards_max`` awards, or more than ``repeat_awards_total`` in value (each
award's price with the worst-case tax when its opportunity's price excludes tax), to one
supplier by one department within one fiscal year (1 April to 31 March): each award past the
limit is an error unless its opportunity carries ``justifications: repeat_award: {en, fr}``.

The awards are read from ``content/outcomes/<id>/award.yaml`` (the shape fixed by the outcomes
contract, issue #10) by the small reader below.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from .. import formats
from ..content import display_path
from ..problems import Problem, Say
from ..yamlio.load import load
from .facts import Facts
from .settings import Guardrails, fiscal_label, fiscal_year

OUTCOMES = "outcomes"


@dataclass(frozen=True)
class Award:
    opportunity: str
    supplier: str
    day: date
    price: Decimal
    path: str
    line: int
    column: int


# LEAD: reconcile with the `award` engineer's loader (issue #10) once both branches are merged;
# this reader takes only the fields the guardrails need and skips what it cannot read (the
# award's own schema check reports those files).
def read_awards(content_root: Path) -> list[Award]:
    out = []
    for path in sorted((content_root / OUTCOMES).glob("*/award.yaml")):
        shown = display_path(path)
        doc, _ = load(path, shown)
        data = doc.data if doc is not None and isinstance(doc.data, dict) else {}
        award = data.get("award")
        if doc is None or not isinstance(award, dict):
            continue
        try:
            line, col = doc.where(("award", "supplier"))
            out.append(
                Award(
                    path.parent.name,
                    " ".join(str(award["supplier"]).split()),
                    date.fromisoformat(str(award["date"])),
                    Decimal(str(award["price"])),
                    shown,
                    line,
                    col,
                )
            )
        except (KeyError, ValueError, ArithmeticError):
            continue
    return out


def problems(
    awards: list[Award], facts: dict[str, Facts], rails: Guardrails, tax_rate: Decimal
) -> list[Problem]:
    groups: dict[tuple[str, str, int], list[tuple[Award, Decimal]]] = defaultdict(list)
    for a in awards:
        opp = facts.get(a.opportunity)
        if opp is None:
            continue
        worst = a.price if opp.taxes_included else a.price * (1 + tax_rate)
        groups[(opp.department, a.supplier.casefold(), fiscal_year(a.day))].append((a, worst))
    out = []
    for (_, _, year), found in groups.items():
        found.sort(key=lambda item: (item[0].day, item[0].opportunity))
        running = Decimal(0)
        for count, (award, worth) in enumerate(found, start=1):
            running += worth
            over_count = count > rails.repeat_awards_max
            over_total = (
                rails.repeat_awards_total is not None and running > rails.repeat_awards_total
            )
            opp = facts[award.opportunity]
            if (over_count or over_total) and "repeat_award" not in opp.justified:
                earlier = [a.opportunity for a, _ in found[: count - 1]]
                out.append(_problem(award, opp, earlier, year, (count, running)))
    return out


def _problem(
    award: Award, opp: Facts, earlier: list[str], year: int, so_far: tuple[int, Decimal]
) -> Problem:
    count, running = so_far
    after_en = f" (after {', '.join(earlier)})" if earlier else ""
    after_fr = f" (après {', '.join(earlier)})" if earlier else ""
    fy = fiscal_label(year)
    dept = opp.department_text
    return Problem.of(
        award.path,
        "award.supplier",
        Say(
            f"repeat award: this is award number {count} to {award.supplier} by "
            f"{dept.en} in fiscal year {fy}{after_en}, worth "
            f"{formats.amount(running, 'en')} in total",
            f"award to another supplier, or add justifications: repeat_award: {{en: ..., fr: "
            f"...}} to {opp.path} saying why; the procurement reviewer approves it through the "
            "code owners",
        ),
        Say(
            f"attribution répétée : c'est la {count}e attribution à {award.supplier} par "
            f"{dept.fr} pendant l'exercice {fy}{after_fr}, pour "
            f"{formats.amount(running, 'fr')} au total",
            f"attribuez le contrat à un autre fournisseur ou ajoutez justifications: "
            f"repeat_award: {{en: ..., fr: ...}} à {opp.path} pour expliquer pourquoi; l'agent "
            "d'approvisionnement l'approuve par les responsables du code (code owners)",
        ),
        award.line,
        award.column,
        code="guardrail.repeat-award",
    )
