"""Contract splitting: one need cut into several opportunities to stay under the cap.

Opportunities of the same client team (same department, same team), posted within the window,
whose skills overlap or which share a repository, and whose combined value (each with the
worst-case tax) exceeds the board's cap: the newer one is an error unless it carries a written
bilingual justification (``justifications: splitting: {en, fr}``), which the procurement
reviewer approves through the code owners. Cancelled opportunities and drafts do not count.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from .. import formats
from ..problems import Problem, Say
from .facts import Facts


def _related(newer: Facts, older: Facts, window: int) -> bool:
    close = 0 <= (newer.posted - older.posted).days <= window
    shared = bool(newer.skills & older.skills) or (
        bool(newer.repository) and newer.repository == older.repository
    )
    return close and shared


def problems(facts: list[Facts], cap: Decimal, window: int, currency: str) -> list[Problem]:
    teams: dict[tuple[str, str], list[Facts]] = defaultdict(list)
    for f in facts:
        if f.status == "published":
            teams[(f.department, f.team)].append(f)
    out = []
    for group in teams.values():
        group.sort(key=lambda f: (f.posted, f.id))
        first = 0  # the oldest still within the window of the current one
        for index, newer in enumerate(group):
            while (newer.posted - group[first].posted).days > window:
                first += 1
            earlier = [o for o in group[first:index] if _related(newer, o, window)]
            combined = newer.total + sum((o.total for o in earlier), Decimal(0))
            if earlier and combined > cap and "splitting" not in newer.justified:
                out.append(_problem(newer, earlier, (combined, cap, currency), window))
    return out


def _problem(
    newer: Facts, earlier: list[Facts], sums: tuple[Decimal, Decimal, str], window: int
) -> Problem:
    others = ", ".join(f"{o.id} ({o.path})" for o in earlier)
    line, col = newer.at("posted")
    combined, cap, currency = sums
    money = {
        lang: (formats.money(combined, currency, lang), formats.money(cap, currency, lang))
        for lang in ("en", "fr")
    }
    return Problem.of(
        newer.path,
        "posted",
        Say(
            f"possible contract splitting: with {others}, posted by the same team within "
            f"{window} days for overlapping skills or the same repository, the combined value is "
            f"{money['en'][0]}, over the cap of {money['en'][1]}",
            "merge the work into one opportunity under the cap, or, if the needs are truly "
            "separate, add justifications: splitting: {en: ..., fr: ...} saying why; the "
            "procurement reviewer approves it through the code owners",
        ),
        Say(
            f"fractionnement possible du marché : avec {others}, publiées par la même équipe à "
            f"{window} jours d'intervalle au plus pour des compétences communes ou le même "
            f"dépôt, la valeur combinée est de {money['fr'][0]}, au-delà du plafond de "
            f"{money['fr'][1]}",
            "regroupez les travaux en une seule opportunité sous le plafond ou, si les besoins "
            "sont vraiment distincts, ajoutez justifications: splitting: {en: ..., fr: ...} pour "
            "expliquer pourquoi; l'agent d'approvisionnement l'approuve par les responsables "
            "du code (code owners)",
        ),
        line,
        col,
        code="guardrail.splitting",
    )
