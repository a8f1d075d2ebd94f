"""Guardrails that read the whole history (issue #12, section 5), for ``board validate``.

Finance's guardrails against misuse, across opportunities and years rather than within one
file: no silent change after publication (`silent`, over the history read by `versions`),
contract splitting (`splitting`), repeat awards (`awards`) and budgets (`budgets`). Settings
are in content/board.yaml (`settings`). Each problem says which other opportunities or commits
are involved and how to proceed, in English and French.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

from ..content import OPPORTUNITIES_DIR, Content, display_path
from ..problems import Problem
from . import awards, budgets, settings, silent, splitting, versions
from .facts import Facts
from .messages import Blame

__all__ = ["Facts", "problems"]


def problems(content: Content, facts: list[Facts], *, history: bool = True) -> list[Problem]:
    """Every guardrail problem of a whole content root (whose board passed its schema)."""
    board = content.board
    if board is None:
        return []
    rails = settings.of(board.raw)
    by_id = {f.id: f for f in facts}
    found = awards.read_awards(content)
    out = splitting.problems(facts, board.max_total, rails.splitting_window_days, board.currency)
    out += awards.problems(found, by_id, rails, board.tax_rate)
    by_award = {a.opportunity: a for a in found}
    out += budgets.problems(facts, by_award, rails, (board.tax_rate, board.currency))
    if history:
        today = datetime.now(board.tz).date()
        out += _history(content.root, by_id, rails.min_business_days_after_change, today)
    return out


def _history(root: Path, by_id: dict[str, Facts], need: int, today: date) -> list[Problem]:
    problem, steps, head = versions.steps(root)
    if problem or not steps:
        return []
    current = versions.current_data(root, {s.opportunity for s in steps})
    blame = Blame(by_id, display_path(root / OPPORTUNITIES_DIR))
    # An addendum is read no earlier than today where today is known to be when it lands: the
    # uncommitted changes, and the pull request under check (a backdated addendum gains nothing).
    in_review = os.environ.get("GITHUB_EVENT_NAME", "").startswith("pull_request")
    fresh = {versions.WORKING_COPY} | ({head} if in_review else set())
    return silent.problems(steps, current, blame, (need, today, fresh))
