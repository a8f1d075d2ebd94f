"""Repeat awards: the same supplier awarded by the same department too often in a fiscal year.

More than ``repeat_awards_max`` awards, or more than ``repeat_awards_total`` in value (each
award's price with the worst-case tax when its opportunity's price excludes tax), to one
supplier by one department within one fiscal year (1 April to 31 March): each award past the
limit is an error unless its opportunity carries ``justifications: repeat_award: {en, fr}``.

The awards are those of ``content/outcomes/<id>/award.yaml`` that `Content` holds (read once by
`outcomes.records`).
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from .. import formats
from ..content import Content
from ..outcomes.records import Awarded
from ..problems import Problem, Say
from .facts import Facts
from .settings import Guardrails, fiscal_label, fiscal_year


def read_awards(content: Content) -> list[Awarded]:
    """The awards given, as `content` loaded them (`outcomes.records`), folder by folder."""
    found = (content.outcomes[oid].award for oid in sorted(content.outcomes))
    return [a.award for a in found if a is not None and a.award is not None]


def _supplier(award: Awarded) -> str:
    """The supplier's name as compared and shown: its spaces collapsed."""
    return " ".join(award.supplier.split())


def problems(
    awards: list[Awarded], facts: dict[str, Facts], rails: Guardrails, tax_rate: Decimal
) -> list[Problem]:
    groups: dict[tuple[str, str, int], list[tuple[Awarded, Decimal]]] = defaultdict(list)
    for a in awards:
        opp = facts.get(a.opportunity)
        if opp is None:
            continue
        worst = a.price if opp.taxes_included else a.price * (1 + tax_rate)
        groups[(opp.department, _supplier(a).casefold(), fiscal_year(a.date))].append((a, worst))
    out = []
    for (_, _, year), found in groups.items():
        found.sort(key=lambda item: (item[0].date, item[0].opportunity))
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
    award: Awarded, opp: Facts, earlier: list[str], year: int, so_far: tuple[int, Decimal]
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
            f"repeat award: this is award number {count} to {_supplier(award)} by "
            f"{dept.en} in fiscal year {fy}{after_en}, worth "
            f"{formats.amount(running, 'en')} in total",
            f"award to another supplier, or add justifications: repeat_award: {{en: ..., fr: "
            f"...}} to {opp.path} saying why; the procurement reviewer approves it through the "
            "code owners",
        ),
        Say(
            f"attribution répétée : c'est la {count}e attribution à {_supplier(award)} par "
            f"{dept.fr} pendant l'exercice {fy}{after_fr}, pour "
            f"{formats.amount(running, 'fr')} au total",
            f"attribuez le contrat à un autre fournisseur ou ajoutez justifications: "
            f"repeat_award: {{en: ..., fr: ...}} à {opp.path} pour expliquer pourquoi; l'agent "
            "d'approvisionnement l'approuve par les responsables du code (code owners)",
        ),
        *award.at,
        code="guardrail.repeat-award",
    )
