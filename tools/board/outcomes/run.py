"""``board draw run <id>``: the draw, made from a published beacon round, as the value of the file
to write (the CLI writes it through `board.writers`). Everything is checked before: the record is
valid and needs a draw, the round is the one it names, its signature verifies against the pinned
key, and it was published at least 10 minutes after the record was merged (git history)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from .. import catalog
from ..content import Content
from . import folder, history
from .audit import DrawError, load_pair
from .beacon import PublishedRound, chain_of, randomness_of, verifies
from .draw import FILE as DRAW_FILE
from .draw import Draw
from .evaluation import FILE as EVALUATION_FILE
from .evaluation_rules import MARGIN


def make(root: Path, content: Content, oid: str, published: PublishedRound, lang: str) -> Draw:
    ev, _, _ = load_pair(root, content, oid, lang)
    if oid not in content.evaluations:
        raise DrawError("draw.error.record-has-problems", lang, id=oid)
    if not ev.needs_draw or ev.draw_round is None:
        passed = {k: catalog.tn(k, "draw.count.passed", len(ev.passed)) for k in ("en", "fr")}
        raise DrawError("draw.error.not-needed", lang, id=oid, passed=passed)
    if (folder.folder(root, oid) / DRAW_FILE).exists():
        raise DrawError("draw.error.already-drawn", lang, id=oid)
    if published.round != ev.draw_round:
        raise DrawError("draw.error.wrong-round", lang, given=published.round, named=ev.draw_round)
    chain = chain_of(content.board.raw if content.board is not None else None)
    if not verifies(chain, published.round, published.signature):
        raise DrawError("draw.error.bad-signature", lang, round=published.round)
    _check_timing(root, oid, chain.round_time(published.round), lang)
    randomness = randomness_of(published.signature)
    return Draw(
        oid, published.round, published.signature, randomness, ev.sha256, ev.ranking(randomness)
    )


def _check_timing(root: Path, oid: str, published: datetime, lang: str) -> None:
    merged = history.merged(root, folder.folder(root, oid) / EVALUATION_FILE)
    if merged is None:
        raise DrawError("draw.error.no-merge-time", lang)
    commit, when = merged
    if published < when + MARGIN:
        raise DrawError("draw.error.too-early", lang, commit=commit[:12])
