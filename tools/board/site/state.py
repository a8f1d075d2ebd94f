"""Gather phase: everything the pages need, computed once so that all pages agree.

Drafts, and opportunities whose posting date has not come, are dropped here, so nothing
downstream can publish one by mistake.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..content import Content
from ..metrics.compute import compute as compute_metrics
from ..metrics.values import Metrics
from ..model import Board, Opportunity, SealingKey, Status
from ..outcomes import result
from ..outcomes.records import Outcome
from ..outcomes.result import Result
from . import draw_view, receipts, revisions
from .draw_view import DrawView
from .receipts import Ledger
from .revisions import History


@dataclass(frozen=True)
class Listing:
    """One published opportunity as the board shows it at build time."""

    opp: Opportunity
    status: Status
    history: History
    ledger: Ledger  # active receipts, `digest` (SHA-256 of the entries), `incidents`
    key: SealingKey | None
    result: Result | None = None  # after closing: evaluation, award, due date (issue #10)
    draw: DrawView | None = None  # after closing (#10): the draw, or the round it will use

    @property
    def is_open(self) -> bool:
        return self.status is Status.OPEN


@dataclass(frozen=True)
class SiteData:
    board: Board
    now: datetime
    listings: tuple[Listing, ...]
    repository: str  # https://github.com/<owner>/<repo>, where the issue forms live
    site_url: str  # absolute URL of the published site, ending with /
    sealing_available: bool
    # issue #12: what happened after closing, and the measures of the Results page
    outcomes: Mapping[str, Outcome] = field(default_factory=dict)
    metrics: Metrics | None = None

    @property
    def open(self) -> list[Listing]:
        """Open opportunities, soonest closing first."""
        return sorted(
            (x for x in self.listings if x.is_open), key=lambda x: (x.opp.closing, x.opp.id)
        )

    @property
    def past(self) -> list[Listing]:
        """Closed, awarded and cancelled, most recently closed first."""
        past = [x for x in self.listings if not x.is_open]
        return sorted(past, key=lambda x: (x.opp.closing, x.opp.id), reverse=True)

    def issue_form(self, oid: str, template: str = "application.yml") -> str:
        """The GitHub issue form ``template``, prefilled with the opportunity id."""
        return f"{self.repository.rstrip('/')}/issues/new?template={template}&opportunity={oid}"


def _source_path(content: Content, opp: Opportunity) -> Path:
    path = Path(opp.source)
    if path.is_absolute() or path.exists():
        return path
    return content.root / "opportunities" / f"{opp.id}.yaml"


def _listing(
    content: Content, o: Opportunity, now: datetime, histories: dict[str, History]
) -> Listing:
    assert content.board is not None
    base = o.status_at(now, content.board.tz)
    outcome = content.outcome(o.id)
    return Listing(
        opp=o,
        status=result.status(base, outcome),
        history=histories.get(o.id, revisions.UNAVAILABLE),
        ledger=receipts.of(content.ledger(o.id)),  # loaded once, with the content
        key=o.key(content.board),
        result=result.of(o, content.board, outcome, base, now),
        draw=draw_view.of(content, o),
    )


def gather(
    content: Content,
    now: datetime,
    repository: str,
    site_url: str,
    sealing_available: bool,
) -> SiteData:
    assert content.board is not None, "gather() needs content that passed validation"
    board = content.board
    hidden = (Status.DRAFT, Status.SCHEDULED)
    tz = content.board.tz if content.board is not None else None
    published = [o for o in content.opportunities if o.status_at(now, tz) not in hidden]
    histories = revisions.read({o.id: _source_path(content, o) for o in published})
    listings = tuple(_listing(content, o, now, histories) for o in published)
    return SiteData(
        board=board,
        now=now,
        listings=listings,
        repository=repository,
        site_url=site_url if site_url.endswith("/") else site_url + "/",
        sealing_available=sealing_available,
        outcomes=content.outcomes,
        metrics=compute_metrics(
            content,
            now,
            {
                o: h.published.astimezone(board.tz).date()
                for o, h in histories.items()
                if h.published
            },
        ),
    )
