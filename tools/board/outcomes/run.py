"""``board draw run <id>``: the draw, made from a published beacon round, as the value of the file
to write (the CLI writes it through `board.writers`). Everything is checked before: the record is
valid and needs a draw, the round is the one it names, its signature verifies against the pinned
key, and it was published at least 10 minutes after the record was merged (git history)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

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
        raise DrawError(
            f"the evaluation record of {oid} has problems: run board validate and fix them first",
            f"le dossier d'évaluation de {oid} comporte des problèmes : lancez board validate "
            "et corrigez-les d'abord",
            lang,
        )
    if not ev.needs_draw or ev.draw_round is None:
        raise DrawError(
            f"{oid} needs no draw ({len(ev.passed)} passed)",
            f"{oid} n'a pas besoin de tirage ({len(ev.passed)} réussite(s))",
            lang,
        )
    if (folder.folder(root, oid) / DRAW_FILE).exists():
        raise DrawError(
            f"{oid} already has a draw; check it with board draw verify {oid}",
            f"{oid} a déjà un tirage; vérifiez-le avec board draw verify {oid}",
            lang,
        )
    if published.round != ev.draw_round:
        raise DrawError(
            f"the beacon gave round {published.round}, the record names {ev.draw_round}",
            f"la balise a donné la ronde {published.round}, le dossier désigne {ev.draw_round}",
            lang,
        )
    chain = chain_of(content.board.raw if content.board is not None else None)
    if not verifies(chain, published.round, published.signature):
        raise DrawError(
            f"the signature of round {published.round} does not verify against the public key "
            "in content/board.yaml: nothing was written",
            f"la signature de la ronde {published.round} n'est pas vérifiée par la clé publique "
            "de content/board.yaml : rien n'a été écrit",
            lang,
        )
    _check_timing(root, oid, chain.round_time(published.round), lang)
    randomness = randomness_of(published.signature)
    return Draw(
        oid, published.round, published.signature, randomness, ev.sha256, ev.ranking(randomness)
    )


def _check_timing(root: Path, oid: str, published: datetime, lang: str) -> None:
    merged = history.merged(root, folder.folder(root, oid) / EVALUATION_FILE)
    if merged is None:
        raise DrawError(
            "the evaluation record is not committed, or the clone is shallow: the draw needs "
            "its merge time from git history",
            "le dossier d'évaluation n'est pas validé, ou le clone est superficiel : le tirage "
            "a besoin de l'heure de sa fusion dans l'historique git",
            lang,
        )
    commit, when = merged
    if published < when + MARGIN:
        raise DrawError(
            f"the round was published less than 10 minutes after the record was merged "
            f"(commit {commit[:12]}): name a later round in a new record",
            f"la ronde a été publiée moins de 10 minutes après la fusion du dossier "
            f"(commit {commit[:12]}) : désignez une ronde plus tardive dans un nouveau dossier",
            lang,
        )
