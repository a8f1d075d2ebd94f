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

from .. import catalog, formats
from ..problems import LANGS, Problem, said
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
        for lang in LANGS
    }
    justification = "justifications: splitting: {en: ..., fr: ...}"
    return Problem.of(
        newer.path,
        "posted",
        *said(
            "problem.guardrail.splitting",
            others=others,
            window={lang: catalog.tn(lang, "guardrail.window-days", window) for lang in LANGS},
            combined={lang: money[lang][0] for lang in LANGS},
            cap={lang: money[lang][1] for lang in LANGS},
            justification=justification,
        ),
        line,
        col,
        code="guardrail.splitting",
    )
