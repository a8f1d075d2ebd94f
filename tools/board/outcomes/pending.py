"""The draws due: valid evaluation records that need a draw and have none yet, with the seconds
until their round is published and its address. The draw workflow waits that long, then fetches
the round."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from ..content import Content
from . import folder
from .beacon import chain_of
from .draw import FILE as DRAW_FILE


def due(root: Path, content: Content, now: datetime) -> Iterator[tuple[str, int, int, str]]:
    chain = chain_of(content.board.raw if content.board is not None else None)
    for oid, ev in sorted(content.evaluations.items()):
        if not ev.needs_draw or ev.draw_round is None:
            continue
        if (folder.folder(root, oid) / DRAW_FILE).exists():
            continue
        wait = (chain.round_time(ev.draw_round) - now).total_seconds()
        yield oid, ev.draw_round, max(0, int(wait) + 1), chain.url(ev.draw_round)
