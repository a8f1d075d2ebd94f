"""Everything that makes a draw trustworthy, checked from the repository alone (``board draw
verify``, and ``board validate`` on every pull request and push): the round is the one the
evaluation record named; its signature verifies against the beacon's pinned public key; the
randomness is SHA-256 of that signature; the round was published at least 10 minutes after the
record was merged; the ranking is the rule's (docs/draw.md); and the record is byte for byte the
one the draw ranked, unchanged in git history since the draw was committed.

Each check that holds is said in plain words (`Checked`), each that fails is a `Problem`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from .. import catalog
from ..problems import LANGS, Problem
from ..yamlio.load import Document
from . import beacon, draw_words
from .beacon import Chain
from .draw import Draw
from .evaluation import Evaluation
from .evaluation_rules import MARGIN, Place

Outcome = Callable[..., bool]  # (held, words, **placeholders): records the check, says if it held


@dataclass(frozen=True)
class Checked:
    en: str
    fr: str

    def get(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


@dataclass(frozen=True)
class History:
    """What git says about the two files; None fields where the history does not show it."""

    merged: tuple[str, datetime] | None  # the commit that brought the evaluation record in
    drawn: tuple[str, datetime] | None  # the commit that brought draw.yaml in
    changed_after: tuple[str, ...] = ()  # commits that changed the record after ``drawn``


@dataclass(frozen=True)
class Verdict:
    checked: tuple[Checked, ...]
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(
    doc: Document, draw: Draw, ev: Evaluation, chain: Chain, history: History | None
) -> Verdict:
    """Every check of ``draw`` against the record ``ev``; ``history`` None skips the two checks
    that need git (``board validate`` on a tree without history)."""
    at = Place(doc)
    checked: list[Checked] = []
    found: list[Problem] = []

    def outcome(ok: bool, words: draw_words.Words, **values: object) -> bool:
        if ok:
            checked.append(Checked(*words.held_text(**values)))
        else:
            en, fr = words.failed(**values)
            found.append(at(words.path, en, fr, code=words.code))
        return ok

    outcome(draw.round == ev.draw_round, draw_words.ROUND, round=draw.round, named=ev.draw_round)
    signed = beacon.verifies(chain, draw.round, draw.signature)
    outcome(signed, draw_words.SIGNATURE, round=draw.round, chain=chain.chain_hash[:16])
    randomness = beacon.randomness_of(draw.signature)
    line = f"randomness: {randomness}"
    outcome(draw.randomness == randomness, draw_words.RANDOMNESS, randomness=randomness, line=line)
    ranking = ev.ranking(randomness)
    receipts = {lang: catalog.tn(lang, "draw.count.receipts", len(ranking)) for lang in LANGS}
    outcome(
        draw.ranking == ranking, draw_words.RANKING, receipts=receipts, ranking=" ".join(ranking)
    )
    outcome(draw.evaluation_sha256 == ev.sha256, draw_words.RECORD, sha256=ev.sha256)
    if history is not None:
        _history(outcome, draw, chain, history)
    return Verdict(tuple(checked), tuple(found))


def _history(check: Outcome, draw: Draw, chain: Chain, history: History) -> None:
    published = chain.round_time(draw.round)
    if history.merged is None:
        check(False, draw_words.NO_HISTORY)
        return
    commit, merged = history.merged
    on_time = published >= merged + MARGIN
    check(
        on_time,
        draw_words.TIMING,
        round=draw.round,
        published=_utc(published),
        merged=_utc(merged),
        commit=commit[:12],
    )
    if history.drawn is None:
        check(False, draw_words.NO_HISTORY)
        return
    later = ", ".join(sha[:12] for sha in history.changed_after)
    check(
        not history.changed_after, draw_words.UNCHANGED, commit=history.drawn[0][:12], later=later
    )


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
