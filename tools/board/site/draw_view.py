"""The draw as the opportunity page shows it (``theme/board/draw.html``): its inputs (round,
signature, randomness, the beacon's address for the round, the evaluation record), the ranking,
and what the page's script needs to recompute it (``theme/assets/draw.js``). A record that names
a round not drawn yet shows the round and when it is published."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..content import Content
from ..model import Opportunity
from ..outcomes.beacon import chain_of
from ..outcomes.folder import OUTCOMES_DIR


@dataclass(frozen=True)
class DrawView:
    opportunity: str
    method: str
    round: int
    published: datetime  # when the round is (or was) published
    beacon_url: str
    record_path: str  # the evaluation record, relative to the repository
    passes: tuple[tuple[str, int | None], ...]  # (receipt, score) as the record lists them
    signature: str = ""  # empty: not drawn yet
    randomness: str = ""
    ranking: tuple[str, ...] = ()

    @property
    def drawn(self) -> bool:
        return bool(self.ranking)

    @property
    def command(self) -> str:
        return f"board draw verify {self.opportunity}"


def of(content: Content, opp: Opportunity) -> DrawView | None:
    """The page's view of the draw of ``opp``; None when its record needs no draw (or has none)."""
    record = content.evaluations.get(opp.id)
    if record is None or record.draw_round is None or not record.needs_draw:
        return None
    chain = chain_of(content.board.raw if content.board is not None else None)
    drawn = content.draws.get(opp.id)
    return DrawView(
        opportunity=opp.id,
        method=record.method,
        round=record.draw_round,
        published=chain.round_time(record.draw_round),
        beacon_url=chain.url(record.draw_round),
        record_path=f"content/{OUTCOMES_DIR}/{opp.id}/evaluation.yaml",
        passes=record.passed,
        signature=drawn.signature if drawn else "",
        randomness=drawn.randomness if drawn else "",
        ranking=drawn.ranking if drawn else (),
    )
