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

from .. import catalog, formats
from ..content import Content
from ..outcomes.records import Awarded
from ..problems import LANGS, Problem, said
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
    after = {"en": "", "fr": ""}
    if earlier:
        ids = ", ".join(earlier)
        after = {lang: " " + catalog.t(lang, "guardrail.after", ids=ids) for lang in LANGS}
    return Problem.of(
        award.path,
        "award.supplier",
        *said(
            "problem.guardrail.repeat-award",
            number={"en": str(count), "fr": formats.ordinal("fr", count, feminine=True)},
            supplier=_supplier(award),
            department={"en": opp.department_text.en, "fr": opp.department_text.fr},
            year=fiscal_label(year),
            after=after,
            total={lang: formats.amount(running, lang) for lang in LANGS},
            justification="justifications: repeat_award: {en: ..., fr: ...}",
            path=opp.path,
        ),
        *award.at,
        code="guardrail.repeat-award",
    )
